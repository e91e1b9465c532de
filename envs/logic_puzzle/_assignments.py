"""Pieces shared by the puzzles answered with 0/1 values of variables x1..xn that make a planted
formula true (3-CNF, 2-CNF, AND/OR/XOR expressions): the planted assignment, CNF clauses, the
answer's wording and reading, and near misses.

An assignment is a list ``values`` with ``values[k - 1]`` in {0, 1} the value of x_k. A clause is
a list of literals: k means x_k is true, -k means x_k is false (k >= 1).
"""

from __future__ import annotations

import random
from typing import ClassVar

from rlve_gym import Environment, Verdict
from rlve_gym.answers import ParseError, parse_int_list

Clause = list[int]


def planted_assignment(rng: random.Random, variables: int) -> list[int]:
    """Random 0/1 values for x_1..x_n, not all equal (one is flipped if they are), so that a
    formula true under them can be made false under both constant assignments."""
    hidden = [rng.randint(0, 1) for _ in range(variables)]
    if len(set(hidden)) == 1:
        hidden[rng.randrange(variables)] ^= 1
    return hidden


def clause_holds(clause: Clause, values: list[int]) -> bool:
    """``values[k - 1]`` is 0 or 1 for variable x_k."""
    return any((values[abs(lit) - 1] == 1) == (lit > 0) for lit in clause)


def broken_clauses(clauses: list[Clause], values: list[int]) -> list[int]:
    """1-based numbers of the clauses ``values`` makes false."""
    return [i for i, c in enumerate(clauses, start=1) if not clause_holds(c, values)]


def values_answer_format(variables: int, several: str) -> str:
    """The prompt's answer paragraph; ``several`` completes "If several assignments ..."."""
    n = variables
    return (
        f"Answer with the values of x1, x2, ..., x{n} in that order, as {n} digits 0 or 1 "
        "separated by spaces (for example 1 0 0 1 means x1 = 1, x2 = 0, x3 = 0, x4 = 1). If "
        f"several assignments {several}, any one of them is accepted."
    )


class SatisfyingAssignmentPuzzle(Environment):
    """A formula over ``instance["variables"]`` variables, true under a planted assignment; any
    assignment that makes it true is accepted. Subclasses say when values satisfy it
    (``satisfied``); reading answers and near misses are shared."""

    abstract = True
    multiple_valid_answers = True
    answer_example = "1 0 0 1"

    def satisfied(self, instance, values: list[int]) -> bool:
        raise NotImplementedError

    def parse(self, text, instance):
        values = parse_int_list(text, length=instance["variables"], max_digits=3)
        if any(v not in (0, 1) for v in values):
            raise ParseError("every value must be 0 or 1")
        return values

    def near_misses(self, problem):
        """Both constant assignments, one value short, and the answer with one variable flipped
        so that the formula turns false (the first such flip, if any)."""
        values = [int(t) for t in problem.answer.split()]
        n = len(values)
        misses = [" ".join(["0"] * n), " ".join(["1"] * n), " ".join(map(str, values[:-1]))]
        for k in range(n):
            flipped = values[:k] + [1 - values[k]] + values[k + 1 :]
            if not self.satisfied(problem.instance, flipped):
                misses.append(" ".join(map(str, flipped)))
                break
        return misses


class CnfAssignmentPuzzle(SatisfyingAssignmentPuzzle):
    """A satisfiable CNF formula (``instance["clauses"]``): its prompt, and a checker that names
    how many clauses an answer breaks (with ``partial_score`` for a wrong answer)."""

    abstract = True
    answer_kind = "assignment"
    #: how the prompt names a clause's literals ("its parts", "its two parts")
    clause_parts: ClassVar[str] = "its parts"

    def partial_score(self, instance, broken: int) -> float:
        """Credit for an assignment that makes ``broken`` clauses false (default none)."""
        return 0.0

    def satisfied(self, instance, values):
        return all(clause_holds(c, values) for c in instance["clauses"])

    def render(self, instance):
        def literal(lit):
            return f"x{lit}" if lit > 0 else f"NOT x{-lit}"

        n = instance["variables"]
        lines = "\n".join(
            f"({' OR '.join(literal(lit) for lit in c)})" for c in instance["clauses"]
        )
        return (
            f"There are {n} boolean variables x1, ..., x{n}, each either 1 (true) or 0 (false). "
            f"Find values that make every one of these {len(instance['clauses'])} clauses true:\n"
            f"{lines}\n\n"
            f"A clause is true when at least one of {self.clause_parts} is true; NOT x3 is true "
            "exactly when x3 is 0. A solution exists.\n"
            f"{values_answer_format(n, 'make every clause true')}"
        )

    def check(self, instance, answer, reference):
        clauses = instance["clauses"]
        broken = broken_clauses(clauses, answer)
        if not broken:
            return Verdict.right()
        return Verdict.wrong(
            f"{len(broken)} of {len(clauses)} clauses are false (the first is clause {broken[0]})",
            score=self.partial_score(instance, len(broken)),
        )
