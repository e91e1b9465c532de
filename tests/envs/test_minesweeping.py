"""MineLayoutFromClues: the checker against every layout of the unknown cells of small grids."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym

ENV = rlve_gym.make("MineLayoutFromClues")


def agrees(clues, layout):
    rows, cols = len(clues), len(clues[0])
    for r in range(rows):
        for c in range(cols):
            if clues[r][c] == "?":
                continue
            if layout[r][c] == "M":
                return False
            near = [
                layout[a][b]
                for a in range(max(0, r - 1), min(rows, r + 2))
                for b in range(max(0, c - 1), min(cols, c + 2))
            ]
            if near.count("M") != int(clues[r][c]):
                return False
    return True


@pytest.mark.parametrize("rows,cols", [(3, 3), (3, 4), (4, 4)])
def test_exactly_the_agreeing_layouts_are_accepted(rows, cols):
    for seed in range(10):
        inst = ENV.generate_instance(random.Random(seed), {"rows": rows, "columns": cols})
        clues = inst["clues"]
        unknown = [(r, c) for r in range(rows) for c in range(cols) if clues[r][c] == "?"]
        accepted = 0
        for bits in itertools.product(".M", repeat=len(unknown)):
            layout = [["."] * cols for _ in range(rows)]
            for (r, c), b in zip(unknown, bits, strict=True):
                layout[r][c] = b
            text = "\n".join("".join(row) for row in layout)
            v = ENV.check(inst, ENV.parse(text, inst), None)
            assert v.correct == agrees(clues, layout), (text, v)
            accepted += v.correct
        assert accepted >= 1
        assert agrees(clues, inst["solution"])


def test_blind_layouts_are_wrong_on_generated_grids():
    for d in (0, 2, 6):
        for seed in range(40):
            inst = ENV.generate(d, seed).instance
            clues = inst["clues"]
            no_mines = ["." * len(clues[0])] * len(clues)
            all_unknown = ["".join("M" if t == "?" else "." for t in line) for line in clues]
            assert not agrees(clues, no_mines)
            assert not agrees(clues, all_unknown)


def test_mine_on_a_number_and_malformed_answers():
    problem = ENV.generate(2, 7)
    inst = problem.instance
    r, c = next(
        (r, c) for r, line in enumerate(inst["clues"]) for c, t in enumerate(line) if t != "?"
    )
    rows = [list(line) for line in problem.answer.split("\n")]
    rows[r][c] = "M"
    v = ENV.check(inst, ENV.parse("\n".join("".join(x) for x in rows), inst), None)
    assert not v.correct and "holds no mine" in v.reason
    for text in ("M.\n..", problem.answer.replace(".", "?", 1), problem.answer + "\n."):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
    assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct
