"""CnfSatisfiability: an assignment of true/false to variables that satisfies every clause of a CNF.

The formula is a conjunction of clauses, each an OR of three literals (a variable or its
negation). It is built around a hidden random assignment - every clause is made true by it - so
it is always satisfiable; the solver may answer with any satisfying assignment (often there are
many), and the checker simply evaluates every clause. An assignment that satisfies only some
clauses earns partial credit only for beating a blind baseline: the generator draws 32 random
assignments and stores the fewest clauses any of them breaks; an answer breaking fewer earns the
square of the share of that gap it closes (``gap_closed_score`` squared: one clause better than
the best of 32 guesses is worth little, most of the way to satisfying all is worth much),
anything else 0. (A random assignment
satisfies about 7/8 of the clauses, so credit for the share satisfied would pay for guessing.)
Formulas are repaired so that neither "all false" nor "all true" satisfies them, so a constant
guess is always wrong.

Difficulty schedule (clause/variable ratio 4, near where random 3-CNF turns hard):

    d            0   1   2   3  ...  10  ...  20  ...  30  ...  d > 30
    variables   10  11  12  13  ...  20  ...  30  ...  40  ...  40
    clauses     40  44  48  52  ...  80  ... 120  ... 160  ...  160 + 4 (d - 30)

Level 0 has 10 variables: with fewer, a few percent of all assignments satisfy the formula, so a
random guess would often be right. The reference answer is the planted assignment (any
satisfying one is accepted). Satisfiability is NP-hard: an exact DPLL search (unit propagation,
most-constrained branching; the tests use it as a cross-check) solves these planted formulas in
milliseconds at 40 variables but slows sharply beyond (seconds near 200 variables), and a model
has to search too. So the variable count stops at 40 and from then on only the clause count
grows: longer formulas to check, each extra clause constraining the search further rather than
widening it.
"""

from __future__ import annotations

from rlve_gym.envs.logic_puzzle._assignments import (
    Clause,
    CnfAssignmentPuzzle,
    clause_holds,
    planted_assignment,
)
from rlve_gym.scoring import gap_closed_score

CLAUSE_WIDTH = 3
FIRST_VARIABLES = 10
#: random assignments whose best result is the partial-credit baseline
BLIND_TRIES = 32
CLAUSES_PER_VARIABLE = 4
#: where the exact search stays within tens of milliseconds (see the schedule)
MAX_VARIABLES = 40


def _simplify(clauses: list[Clause], literal: int) -> list[Clause] | None:
    """Clauses left once ``literal`` is true (None when one becomes empty)."""
    out = []
    for clause in clauses:
        if literal in clause:
            continue
        if -literal in clause:
            clause = [lit for lit in clause if lit != -literal]
            if not clause:
                return None
        out.append(clause)
    return out


def _dpll(clauses: list[Clause], chosen: list[int]) -> list[int] | None:
    while True:  # unit propagation
        unit = next((c[0] for c in clauses if len(c) == 1), None)
        if unit is None:
            break
        clauses = _simplify(clauses, unit)
        if clauses is None:
            return None
        chosen = chosen + [unit]
    if not clauses:
        return chosen
    shortest = min(len(c) for c in clauses)
    counts: dict[int, int] = {}
    for clause in clauses:
        if len(clause) == shortest:
            for lit in clause:
                counts[lit] = counts.get(lit, 0) + 1
    branch = max(sorted(counts), key=counts.__getitem__)
    for literal in (branch, -branch):
        rest = _simplify(clauses, literal)
        if rest is not None:
            found = _dpll(rest, chosen + [literal])
            if found is not None:
                return found
    return None


def satisfying_assignment(variables: int, clauses: list[Clause]) -> list[int] | None:
    """0/1 values for x_1..x_n satisfying every clause (unconstrained variables get 0), or None."""
    literals = _dpll([list(c) for c in clauses], [])
    if literals is None:
        return None
    values = [0] * variables
    for lit in literals:
        values[abs(lit) - 1] = 1 if lit > 0 else 0
    return values


class CnfSatisfiability(CnfAssignmentPuzzle):
    description = "A 0/1 assignment satisfying every clause of a satisfiable 3-CNF formula"
    catalog_name = "SAT"

    def schedule(self, difficulty):
        variables = min(FIRST_VARIABLES + difficulty, MAX_VARIABLES)
        extra = CLAUSES_PER_VARIABLE * max(0, FIRST_VARIABLES + difficulty - MAX_VARIABLES)
        return {"variables": variables, "clauses": CLAUSES_PER_VARIABLE * variables + extra}

    def generate_instance(self, rng, sizes):
        n, m = sizes["variables"], sizes["clauses"]
        hidden = planted_assignment(rng, n)
        clauses = []
        for _ in range(m):
            chosen = rng.sample(range(1, n + 1), CLAUSE_WIDTH)
            clause = [v if rng.random() < 0.5 else -v for v in chosen]
            if not clause_holds(
                clause, hidden
            ):  # make one literal agree with the hidden assignment
                k = rng.randrange(CLAUSE_WIDTH)
                clause[k] = -clause[k]
            clauses.append(clause)
        trues = [v for v in range(1, n + 1) if hidden[v - 1] == 1]
        falses = [v for v in range(1, n + 1) if hidden[v - 1] == 0]
        slot_for_all_false, slot_for_all_true = rng.sample(range(m), 2)
        if all(clause_holds(c, [0] * n) for c in clauses):  # all-false must fail a clause
            clauses[slot_for_all_false] = self._one_sided_clause(rng, n, trues, positive=True)
        if all(clause_holds(c, [1] * n) for c in clauses):  # all-true must fail a clause
            clauses[slot_for_all_true] = self._one_sided_clause(rng, n, falses, positive=False)
        return {
            "variables": n,
            "clauses": clauses,
            "planted": hidden,
            "blind_broken": self._fewest_broken_by_random_assignments(rng, n, clauses),
        }

    @staticmethod
    def _fewest_broken_by_random_assignments(rng, n, clauses):
        """The fewest clauses any of ``BLIND_TRIES`` random assignments breaks. The assignments
        are bit-parallel: bit j of ``values[k]`` is x_(k+1) in assignment j."""
        everyone = (1 << BLIND_TRIES) - 1
        values = [rng.getrandbits(BLIND_TRIES) for _ in range(n)]
        broken = [0] * BLIND_TRIES
        for clause in clauses:
            holds = 0
            for lit in clause:
                holds |= values[lit - 1] if lit > 0 else everyone ^ values[-lit - 1]
            fails = everyone ^ holds
            while fails:
                lowest = fails & -fails
                broken[lowest.bit_length() - 1] += 1
                fails ^= lowest
        return min(broken)

    @staticmethod
    def _one_sided_clause(rng, n, witnesses, positive):
        """All-positive (or all-negative) literals, one on a variable the hidden assignment makes
        true (false) so the clause still holds for it."""
        first = rng.choice(witnesses)
        others = rng.sample([v for v in range(1, n + 1) if v != first], CLAUSE_WIDTH - 1)
        return [v if positive else -v for v in [first, *others]]

    def solve(self, instance):
        # the planted assignment satisfies every clause by construction (the tests check it, and
        # that ``satisfying_assignment`` finds a solution too); no search needed
        return instance["planted"]

    def partial_score(self, instance, broken):
        return gap_closed_score(broken, 0, instance["blind_broken"]) ** 2
