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

from rlve_gym import Environment, Verdict
from rlve_gym.answers import ParseError, parse_int_list
from rlve_gym.envs.logic_puzzle.cnf_satisfiability import broken_clauses, clause_holds
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


class TwoCnfSatisfiability(Environment):
    description = "A 0/1 assignment satisfying every clause of a satisfiable 2-CNF formula"
    answer_kind = "assignment"
    multiple_valid_answers = True
    answer_example = "1 0 0 1"
    catalog_name = "TwoSAT"

    def schedule(self, difficulty):
        variables = FIRST_VARIABLES + difficulty
        return {"variables": variables, "clauses": CLAUSES_PER_VARIABLE * variables}

    def generate_instance(self, rng, sizes):
        n, m = sizes["variables"], sizes["clauses"]
        hidden = [rng.randint(0, 1) for _ in range(n)]
        if len(set(hidden)) == 1:
            hidden[rng.randrange(n)] ^= 1
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

    def render(self, instance):
        def literal(lit):
            return f"x{lit}" if lit > 0 else f"NOT x{-lit}"

        n = instance["variables"]
        lines = "\n".join(f"({literal(a)} OR {literal(b)})" for a, b in instance["clauses"])
        return (
            f"There are {n} boolean variables x1, ..., x{n}, each either 1 (true) or 0 (false). "
            f"Find values that make every one of these {len(instance['clauses'])} clauses true:\n"
            f"{lines}\n\n"
            "A clause is true when at least one of its two parts is true; NOT x3 is true exactly "
            "when x3 is 0. A solution exists.\n"
            f"Answer with the values of x1, x2, ..., x{n} in that order, as {n} digits 0 or 1 "
            "separated by spaces (for example 1 0 0 1 means x1 = 1, x2 = 0, x3 = 0, x4 = 1). If "
            "several assignments make every clause true, any one of them is accepted."
        )

    def parse(self, text, instance):
        values = parse_int_list(text, length=instance["variables"], max_digits=3)
        if any(v not in (0, 1) for v in values):
            raise ParseError("every value must be 0 or 1")
        return values

    def check(self, instance, answer, reference):
        clauses = instance["clauses"]
        broken = broken_clauses(clauses, answer)
        if not broken:
            return Verdict.right()
        return Verdict.wrong(
            f"{len(broken)} of {len(clauses)} clauses are false (the first is clause {broken[0]})"
        )

    def near_misses(self, problem):
        values = [int(t) for t in problem.answer.split()]
        n = len(values)
        misses = [" ".join(["0"] * n), " ".join(["1"] * n), " ".join(map(str, values[:-1]))]
        for k in range(n):  # flip one variable so that some clause breaks, if any single flip does
            flipped = values[:k] + [1 - values[k]] + values[k + 1 :]
            if not all(clause_holds(c, flipped) for c in problem.instance["clauses"]):
                misses.append(" ".join(map(str, flipped)))
                break
        return misses
