"""MaxBombsWithoutLineOfSight: matching optimum and checker against all subsets of allowed cells."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym

ENV = rlve_gym.make("MaxBombsWithoutLineOfSight")


def see_each_other(grid, a, b):
    (r1, c1), (r2, c2) = sorted([a, b])
    if r1 == r2:
        return all(grid[r1][c] != "#" for c in range(c1, c2 + 1))
    if c1 == c2:
        return all(grid[r][c1] != "#" for r in range(r1, r2 + 1))
    return False


def answer_text(grid, bombs):
    return "\n".join(
        "".join("B" if (r, c) in bombs else t for c, t in enumerate(line))
        for r, line in enumerate(grid)
    )


@pytest.mark.parametrize("rows,cols", [(3, 3), (3, 4), (4, 4)])
def test_optimum_and_checker_match_all_subsets(rows, cols):
    for seed in range(12):
        inst = ENV.generate_instance(random.Random(seed), {"rows": rows, "columns": cols})
        grid = inst["grid"]
        allowed = [(r, c) for r, line in enumerate(grid) for c, t in enumerate(line) if t == "*"]
        feasible = []
        for size in range(len(allowed) + 1):
            for subset in itertools.combinations(allowed, size):
                if all(
                    not see_each_other(grid, a, b) for a, b in itertools.combinations(subset, 2)
                ):
                    feasible.append(subset)
        best = max(len(s) for s in feasible)
        assert inst["max_bombs"] == best
        for subset in feasible:
            v = ENV.check(inst, ENV.parse(answer_text(grid, set(subset)), inst), None)
            assert v.correct == (len(subset) == best), (subset, v)
        ref = ENV.parse(ENV.solve(inst), inst)
        assert ENV.check(inst, ref, None).correct


def test_conflicts_and_changed_cells_are_rejected():
    grid = ["*.*", "#**", "*#*"]
    inst = {"grid": grid, "max_bombs": 3}
    assert ENV.check(inst, ENV.parse("B.*\n#*B\n*#*", inst), None).correct is False  # only 2
    assert ENV.check(inst, ENV.parse("B.*\n#*B\nB#*", inst), None).correct
    v = ENV.check(inst, ENV.parse("B.B\n#*B\nB#*", inst), None)
    assert not v.correct and "conflict" in v.reason
    v = ENV.check(inst, ENV.parse("BB*\n#*B\nB#*", inst), None)
    assert not v.correct and "row 1, column 2" in v.reason
    v = ENV.check(inst, ENV.parse("B.*\n**B\nB#*", inst), None)
    assert not v.correct and "row 2, column 1" in v.reason


def test_malformed_answers():
    problem = ENV.generate(1, 3)
    lines = problem.answer.split("\n")
    for text in ("B#\n.*", "\n".join(lines[:-1]), problem.answer.replace("#", "X", 1)):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
    assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct
