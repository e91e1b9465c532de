"""LightBulbPlacement: the checker against every set of bulbs on small grids."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym

ENV = rlve_gym.make("LightBulbPlacement")
STEPS = ((0, 1), (0, -1), (1, 0), (-1, 0))


def seen_from(grid, r, c):
    """White cells a bulb at (r, c) lights, walking outwards until a black cell or the edge."""
    out = {(r, c)}
    for dr, dc in STEPS:
        a, b = r + dr, c + dc
        while 0 <= a < len(grid) and 0 <= b < len(grid[0]) and grid[a][b] == ".":
            out.add((a, b))
            a, b = a + dr, b + dc
    return out


def solves(grid, bulbs):
    lit = set()
    for r, c in bulbs:
        view = seen_from(grid, r, c)
        if len(view & set(bulbs)) > 1:
            return False
        lit |= view
    whites = {(r, c) for r, line in enumerate(grid) for c, t in enumerate(line) if t == "."}
    if lit != whites:
        return False
    for r, line in enumerate(grid):
        for c, t in enumerate(line):
            if t.isdigit():
                near = sum((r + dr, c + dc) in bulbs for dr, dc in STEPS)
                if near != int(t):
                    return False
    return True


def text_of(grid, bulbs):
    return "\n".join(
        "".join("L" if (r, c) in bulbs else t for c, t in enumerate(line))
        for r, line in enumerate(grid)
    )


@pytest.mark.parametrize("rows,cols", [(3, 3), (3, 4), (4, 4)])
def test_exactly_the_valid_placements_are_accepted(rows, cols):
    checked = 0
    for seed in range(12):
        inst = ENV.generate_instance(random.Random(seed), {"rows": rows, "columns": cols})
        grid = inst["grid"]
        whites = [(r, c) for r, line in enumerate(grid) for c, t in enumerate(line) if t == "."]
        if len(whites) > 13:
            continue
        checked += 1
        accepted = 0
        for size in range(len(whites) + 1):
            for bulbs in itertools.combinations(whites, size):
                chosen = set(bulbs)
                v = ENV.check(inst, ENV.parse(text_of(grid, chosen), inst), None)
                assert v.correct == solves(grid, chosen), (text_of(grid, chosen), v)
                accepted += v.correct
        assert accepted >= 1
    assert checked >= 3


def test_planted_bulbs_solve_generated_grids():
    for d in (0, 3, 9):
        for seed in range(20):
            inst = ENV.generate(d, seed).instance
            assert solves(inst["grid"], {tuple(cell) for cell in inst["bulbs"]})


def test_rule_reasons_and_malformed_answers():
    inst = {"grid": ["..", ".2"], "bulbs": [[0, 1], [1, 0]]}
    assert (
        ENV.check(inst, ENV.parse("L.\n.2", inst), None).correct is False
    )  # the 2 has no bulb beside it
    assert ENV.check(inst, ENV.parse(".L\n.2", inst), None).correct is False  # (1, 0) dark
    assert ENV.check(inst, ENV.parse(".L\nL2", inst), None).correct
    assert "light each other" in ENV.check(inst, ENV.parse("LL\n.2", inst), None).reason
    assert "not lit" in ENV.check(inst, ENV.parse(".L\n.2", inst), None).reason
    problem = ENV.generate(2, 6)
    for text in ("L#\n.L", problem.answer.replace(".", "x", 1), problem.answer + "\n."):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
    assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct
