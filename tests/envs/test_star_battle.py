"""NonTouchingStarPlacement: the checker against every set of stars on small grids."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.grid_puzzle.star_battle import random_star_columns

ENV = rlve_gym.make("NonTouchingStarPlacement")


def valid(rows, stars):
    if sorted(r for r, _ in stars) != list(range(rows)):
        return False
    if len({c for _, c in stars}) != len(stars):
        return False
    return all(
        max(abs(r1 - r2), abs(c1 - c2)) > 1
        for (r1, c1), (r2, c2) in itertools.combinations(stars, 2)
    )


@pytest.mark.parametrize("rows,cols", [(2, 4), (3, 4), (3, 5)])
def test_exactly_the_valid_star_sets_are_accepted(rows, cols):
    for seed in range(10):
        inst = ENV.generate_instance(random.Random(seed), {"rows": rows, "columns": cols})
        grid = inst["grid"]
        open_cells = [(r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "."]
        accepted = 0
        for size in range(len(open_cells) + 1):
            for stars in itertools.combinations(open_cells, size):
                chosen = set(stars)
                text = "\n".join(
                    "".join("*" if (r, c) in chosen else t for c, t in enumerate(line))
                    for r, line in enumerate(grid)
                )
                v = ENV.check(inst, ENV.parse(text, inst), None)
                assert v.correct == valid(rows, stars), (text, v)
                accepted += v.correct
        assert accepted >= 1


def test_planted_columns_follow_the_rules():
    for n in range(1, 30):
        cols = random_star_columns(random.Random(n), n, n + 1)
        assert valid(n, list(enumerate(cols)))


def test_stars_on_blocked_cells_and_malformed_answers():
    problem = ENV.generate(2, 9)
    inst = problem.instance
    rows = [list(line) for line in problem.answer.split("\n")]
    r, c = next(
        (r, c) for r, line in enumerate(inst["grid"]) for c, t in enumerate(line) if t == "X"
    )
    rows[r][c] = "*"
    v = ENV.check(inst, ENV.parse("\n".join("".join(x) for x in rows), inst), None)
    assert not v.correct and f"row {r + 1}, column {c + 1}" in v.reason
    for text in ("*.X\nX..", problem.answer.replace(".", "o", 1), problem.answer + "\n."):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
    assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct
