"""KakurasuShading: every shading by rows of matching 0/1 lines; the checker on all 3x3 grids."""

from __future__ import annotations

import itertools
import random

import rlve_gym

from ._number_grids import check_grid

ENV = rlve_gym.make("KakurasuShading")


def all_shadings(instance):
    """Rows chosen among the 0/1 lines meeting their clue and reveals, columns checked at the end."""
    rows, cols = len(instance["row_clues"]), len(instance["col_clues"])
    revealed = {v: x for v, x in instance["revealed"]}
    options = []
    for r, clue in enumerate(instance["row_clues"]):
        options.append(
            [
                line
                for line in itertools.product((0, 1), repeat=cols)
                if sum(c * x for c, x in enumerate(line, start=1)) == clue
                and all(revealed.get(r * cols + c, x) == x for c, x in enumerate(line))
            ]
        )
    found = []
    for grid in itertools.product(*options):
        if all(
            sum(r * grid[r - 1][c] for r in range(1, rows + 1)) == instance["col_clues"][c]
            for c in range(cols)
        ):
            found.append([list(row) for row in grid])
    return found


def check(instance, grid):
    return check_grid(ENV, instance, grid)


def test_generated_puzzles_have_exactly_the_planted_shading():
    for rows, cols, seeds in ((4, 4, 40), (4, 5, 20), (5, 5, 20), (6, 6, 8), (6, 7, 4)):
        for seed in range(seeds):
            instance = ENV.generate_instance(random.Random(seed), {"rows": rows, "cols": cols})
            assert instance["unique"]
            assert all_shadings(instance) == [instance["solution"]]
            # no reveal is superfluous: without any single one, a rival shading exists
            for drop in instance["revealed"]:
                fewer = {**instance, "revealed": [x for x in instance["revealed"] if x != drop]}
                assert len(all_shadings(fewer)) > 1


def test_checker_accepts_exactly_the_matching_3x3_shadings():
    instance = ENV.generate_instance(random.Random(7), {"rows": 3, "cols": 3})
    instance = {**instance, "revealed": [], "unique": False}
    valid = all_shadings(instance)
    for bits in itertools.product((0, 1), repeat=9):
        grid = [list(bits[0:3]), list(bits[3:6]), list(bits[6:9])]
        assert check(instance, grid).correct == (grid in valid)


def test_ambiguous_clues_accept_every_shading():
    rng = random.Random(3)
    for _ in range(200):  # find planted 4 x 4 shadings whose clues allow others
        grid = [[rng.randint(0, 1) for _ in range(4)] for _ in range(4)]
        instance = {
            "row_clues": [sum(c * x for c, x in enumerate(row, start=1)) for row in grid],
            "col_clues": [sum(r * x for r, x in enumerate(col, start=1)) for col in zip(*grid)],
            "revealed": [],
            "solution": grid,
            "unique": False,
        }
        shadings = all_shadings(instance)
        if len(shadings) >= 2:
            assert grid in shadings
            assert all(check(instance, other).correct for other in shadings)
            break
    else:
        raise AssertionError("no ambiguous 4 x 4 clues found")


def test_reveals_are_enforced_and_malformed_grids_rejected():
    problem = ENV.generate(30, 0)
    instance = problem.instance
    if instance["revealed"]:
        (v, x), cols = instance["revealed"][0], len(instance["col_clues"])
        grid = [list(row) for row in instance["solution"]]
        grid[v // cols][v % cols] = 1 - x
        assert "must be" in check(instance, grid).reason
    for miss in ENV.near_misses(problem):
        assert not ENV.verify(problem, f"<answer>{miss}</answer>").correct
    for text in ("0 1 2", "0 1\n1 0", "x"):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").format_ok


def test_large_boards_accept_the_planted_shading():
    problem = ENV.generate(40, 1)
    assert not problem.instance["unique"] and not problem.instance["revealed"]
    assert ENV.verify(problem, problem.reference_response()).correct
