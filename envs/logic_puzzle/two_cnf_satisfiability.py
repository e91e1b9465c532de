"""TwoCnfSatisfiability: a true/false assignment that satisfies every clause of a 2-CNF formula.

The formula is a conjunction of clauses, each an OR of two literals (a variable or its negation)
on two different variables. It is built around a hidden random assignment that makes every
clause true, so it is always satisfiable; the solver may answer with any satisfying assignment
(there are often several) and the checker evaluates every clause. Scores are binary: an
assignment that leaves a clause false earns nothing (a random assignment already satisfies 3/4
of the clauses, so a share of satisfied clauses would pay for guessing). Formulas are repaired so
that neither "all false" nor "all true" satisfies them.

Unlike 3-CNF, 2-CNF satisfiability is solvable in linear time: every clause (a OR b) is two
implications (NOT a -> b, NOT b -> a), and a formula is satisfiable exactly when no variable
shares a strongly connected component of this implication graph with its negation; ordering
the components topologically gives an assignment. The reference solver does exactly that, so
the sizes grow without bound.

Difficulty schedule (three clauses per variable, well above the random 2-SAT threshold of one,
so the implications chain through most of the formula and few assignments survive):

    d            0   1   2   3  ...  10  ...  20  ...  d
    variables   10  11  12  13  ...  20  ...  30  ...  10 + d
    clauses     30  33  36  39  ...  60  ...  90  ...  3 (10 + d)

Level 0 has 10 variables: with fewer, the satisfying assignments are a few percent of all of
them and a random guess would too often be right.
"""

from __future__ import annotations

from rlve_gym.envs.logic_puzzle._assignments import (
    CnfAssignmentPuzzle,
    clause_holds,
    planted_assignment,
)
from rlve_gym.graphs import strongly_connected_components

FIRST_VARIABLES = 10
CLAUSES_PER_VARIABLE = 3


def _node(literal: int) -> int:
    """Implication-graph vertex of a literal: 2(k-1) for x_k, 2(k-1)+1 for NOT x_k."""
    return 2 * (abs(literal) - 1) + (0 if literal > 0 else 1)


def two_sat_assignment(variables: int, clauses: list[list[int]]) -> list[int] | None:
    """0/1 values for x_1..x_n satisfying every two-literal clause, or None when none exists
    (strongly connected components of the implication graph, linear time)."""
    arcs = []
    for a, b in clauses:
        arcs.append((_node(-a), _node(b)))
        arcs.append((_node(-b), _node(a)))
    component = strongly_connected_components(2 * variables, arcs)
    values = []
    for k in range(variables):
        true_side, false_side = component[2 * k], component[2 * k + 1]
        if true_side == false_side:
            return None
        # components are numbered in topological order: the literal that comes later is true
        values.append(1 if true_side > false_side else 0)
    return values


class TwoCnfSatisfiability(CnfAssignmentPuzzle):
    description = "A 0/1 assignment satisfying every clause of a satisfiable 2-CNF formula"
    catalog_name = "TwoSAT"
    clause_parts = "its two parts"

    def schedule(self, difficulty):
        variables = FIRST_VARIABLES + difficulty
        return {"variables": variables, "clauses": CLAUSES_PER_VARIABLE * variables}

    def generate_instance(self, rng, sizes):
        n, m = sizes["variables"], sizes["clauses"]
        hidden = planted_assignment(rng, n)
        clauses = []
        for _ in range(m):
            clause = [v if rng.random() < 0.5 else -v for v in rng.sample(range(1, n + 1), 2)]
            if not clause_holds(clause, hidden):
                k = rng.randrange(2)
                clause[k] = -clause[k]
            clauses.append(clause)
        slot_for_all_false, slot_for_all_true = rng.sample(range(m), 2)
        for slot, constant in ((slot_for_all_false, 0), (slot_for_all_true, 1)):
            if all(clause_holds(c, [constant] * n) for c in clauses):
                # a clause both of whose literals are false under the constant assignment, one
                # of them true under the hidden one
                witness = rng.choice([v for v in range(1, n + 1) if hidden[v - 1] != constant])
                other = rng.choice([v for v in range(1, n + 1) if v != witness])
                sign = 1 if constant == 0 else -1
                clauses[slot] = [sign * witness, sign * other]
        return {"variables": n, "clauses": clauses}

    def solve(self, instance):
        return two_sat_assignment(instance["variables"], instance["clauses"])
