"""Brute force for the skyscraper environments' tests: every grid that meets the clues."""

from __future__ import annotations

import itertools
import random

import pytest


def seen_from_start(line, score):
    """Visible buildings by prefix maxima: a building counts when it equals its prefix's max."""
    visible = [h for i, h in enumerate(line) if h == max(line[: i + 1])]
    return len(visible) if score == "count" else sum(visible)


def all_matching_grids(instance, score):
    """Rows from permutations meeting their left/right clues and givens, stacked with distinct
    columns; the columns' clues are checked on complete grids."""
    n = len(instance["puzzle"])
    clues = instance["clues"]
    row_options = []
    for r in range(n):
        options = [
            p
            for p in itertools.permutations(range(1, n + 1))
            if seen_from_start(p, score) == clues["left"][r]
            and seen_from_start(p[::-1], score) == clues["right"][r]
            and all(x is None or x == p[c] for c, x in enumerate(instance["puzzle"][r]))
        ]
        row_options.append(options)
    found = []

    def stack(rows):
        if len(rows) == n:
            cols = [[row[c] for row in rows] for c in range(n)]
            if all(
                seen_from_start(col, score) == clues["top"][c]
                and seen_from_start(col[::-1], score) == clues["bottom"][c]
                for c, col in enumerate(cols)
            ):
                found.append([list(row) for row in rows])
            return
        for p in row_options[len(rows)]:
            if all(p[c] != row[c] for row in rows for c in range(n)):
                stack(rows + [p])

    stack([])
    return found


def run_brute_force_checks(env, score):
    for n, seeds in ((4, 40), (5, 15), (6, 4)):
        for seed in range(seeds):
            instance = env.generate_instance(random.Random(seed), {"n": n})
            assert instance["unique"]
            grids = all_matching_grids(instance, score)
            assert grids == [instance["solution"]], (n, seed)
            text = "\n".join(" ".join(map(str, row)) for row in grids[0])
            assert env.check(instance, env.parse(text, instance), None).correct


def run_checker_on_every_4x4_square(env, score):
    squares = [
        [list(row) for row in rows]
        for rows in itertools.product(itertools.permutations(range(1, 5)), repeat=4)
        if all(len({row[c] for row in rows}) == 4 for c in range(4))
    ]
    assert len(squares) == 576
    for seed in range(3):
        instance = env.generate_instance(random.Random(100 + seed), {"n": 4})
        instance = {**instance, "puzzle": [[None] * 4 for _ in range(4)], "unique": False}
        valid = all_matching_grids(instance, score)
        assert valid
        for square in squares:
            text = "\n".join(" ".join(map(str, row)) for row in square)
            verdict = env.check(instance, env.parse(text, instance), None)
            assert verdict.correct == (square in valid)
            if not verdict.correct:
                assert verdict.reason.startswith("from the")


def run_large_board_checks(env):
    problem = env.generate(20, 0)  # 10 x 10, past the uniqueness cap
    assert not problem.instance["unique"] and "Any grid" in problem.prompt
    assert env.verify(problem, problem.reference_response()).correct
    for miss in env.near_misses(problem):
        assert not env.verify(problem, f"<answer>{miss}</answer>").correct
    n = len(problem.instance["puzzle"])
    with pytest.raises(Exception, match="row 2 has"):
        env.parse("\n".join(["1 " * n, "1 2"] + ["1 " * n] * (n - 2)), problem.instance)
