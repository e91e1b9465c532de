"""HitoriShading: the checker against every shading mask of small grids."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.grid_puzzle.hitori_puzzle import random_latin_rectangle

ENV = rlve_gym.make("HitoriShading")


def valid(numbers, shaded):
    rows, cols = len(numbers), len(numbers[0])
    white = [(r, c) for r in range(rows) for c in range(cols) if (r, c) not in shaded]
    for (r1, c1), (r2, c2) in itertools.combinations(sorted(shaded), 2):
        if abs(r1 - r2) + abs(c1 - c2) == 1:
            return False
    for (r1, c1), (r2, c2) in itertools.combinations(white, 2):
        if (r1 == r2 or c1 == c2) and numbers[r1][c1] == numbers[r2][c2]:
            return False
    if not white:
        return False
    parent = {cell: cell for cell in white}

    def root(x):
        while parent[x] != x:
            x = parent[x]
        return x

    for (r1, c1), (r2, c2) in itertools.combinations(white, 2):
        if abs(r1 - r2) + abs(c1 - c2) == 1:
            parent[root((r1, c1))] = root((r2, c2))
    return len({root(cell) for cell in white}) == 1


@pytest.mark.parametrize("rows,cols", [(2, 3), (3, 3), (3, 4)])
def test_exactly_the_valid_masks_are_accepted(rows, cols):
    for seed in range(6):
        inst = ENV.generate_instance(random.Random(seed), {"rows": rows, "columns": cols})
        numbers = inst["numbers"]
        cells = [(r, c) for r in range(rows) for c in range(cols)]
        accepted = 0
        for bits in itertools.product((False, True), repeat=len(cells)):
            shaded = {cell for cell, b in zip(cells, bits, strict=True) if b}
            text = "\n".join(
                "".join("#" if (r, c) in shaded else "." for c in range(cols)) for r in range(rows)
            )
            v = ENV.check(inst, ENV.parse(text, inst), None)
            assert v.correct == valid(numbers, shaded), (text, v)
            accepted += v.correct
        assert accepted >= 1


def test_latin_rectangles_and_planted_solutions():
    for n in range(2, 12):
        grid = random_latin_rectangle(random.Random(n), n, n + 2)
        assert all(len(set(row)) == len(row) for row in grid)
        assert all(len({row[c] for row in grid}) == n for c in range(n + 2))
    for d in (0, 5, 12):
        for seed in range(10):
            inst = ENV.generate(d, seed).instance
            shaded = {
                (r, c)
                for r, line in enumerate(inst["solution"])
                for c, t in enumerate(line)
                if t == "#"
            }
            assert shaded and valid(inst["numbers"], shaded)
            assert not valid(inst["numbers"], set())


def test_malformed_answers():
    problem = ENV.generate(1, 2)
    for text in ("#.\n..", problem.answer.replace(".", "o", 1), problem.answer + "\n."):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
    assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct
