"""NonAttackingQueenCompletion: every placement of K queens on small boards judged by brute force."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.grid_puzzle.queen_placement import explicit_queens, random_queens

ENV = rlve_gym.make("NonAttackingQueenCompletion")


def peaceful(cells):
    for (r1, c1), (r2, c2) in itertools.combinations(cells, 2):
        if r1 == r2 or c1 == c2 or abs(r1 - r2) == abs(c1 - c2):
            return False
    return True


def board_text(n, cells):
    return "\n".join("".join("Q" if (r, c) in cells else "." for c in range(n)) for r in range(n))


@pytest.mark.parametrize("n,k", [(5, 2), (5, 3), (6, 2), (6, 3)])
def test_exactly_the_peaceful_placements_are_accepted(n, k):
    for seed in range(6):
        inst = ENV.generate_instance(random.Random(seed), {"board": n, "queens_to_add": k})
        given = {
            (r, c) for r, row in enumerate(inst["board"]) for c, t in enumerate(row) if t == "Q"
        }
        assert len(given) == n - k and peaceful(given)
        empty = [(r, c) for r in range(n) for c in range(n) if (r, c) not in given]
        accepted = 0
        for extra in itertools.combinations(empty, k):
            cells = given | set(extra)
            v = ENV.check(inst, ENV.parse(board_text(n, cells), inst), None)
            assert v.correct == peaceful(cells), (extra, v)
            accepted += v.correct
        assert accepted >= 1
        reference = ENV.solve(inst)
        assert ENV.check(inst, ENV.parse(reference, inst), None).correct


@pytest.mark.parametrize("n", range(4, 40))
def test_queen_constructions_are_solutions(n):
    assert sorted(explicit_queens(n)) == list(range(n))
    assert peaceful(list(enumerate(explicit_queens(n))))
    cols = random_queens(random.Random(n), n)
    assert peaceful(list(enumerate(cols))) and len(cols) == n


def test_wrong_counts_missing_givens_and_malformed_answers():
    problem = ENV.generate(2, 5)
    inst = problem.instance
    n = len(inst["board"])
    rows = problem.answer.split("\n")
    r = next(i for i, row in enumerate(inst["board"]) if "Q" in row)
    no_given = rows[:r] + ["." * n] + rows[r + 1 :]
    v = ENV.check(inst, ENV.parse("\n".join(no_given), inst), None)
    assert not v.correct and "missing" in v.reason
    extra_row = next(i for i, row in enumerate(inst["board"]) if "Q" not in row)
    fewer = rows[:extra_row] + ["." * n] + rows[extra_row + 1 :]
    v = ENV.check(inst, ENV.parse("\n".join(fewer), inst), None)
    assert not v.correct and "added" in v.reason
    for text in ("Q.\n..", "\n".join(rows[:-1]), problem.answer.replace(".", "x", 1)):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
    spaced = "\n".join(" ".join(row) for row in rows)
    assert ENV.verify(problem, f"<answer>{spaced}</answer>").correct
