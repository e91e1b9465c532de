"""NumberPathGridCompletion: the checker against every filling of the empty cells of small grids."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.grid_puzzle.numbrix import random_hamiltonian_path

ENV = rlve_gym.make("NumberPathGridCompletion")


def is_number_path(grid):
    rows, cols = len(grid), len(grid[0])
    cells = {grid[r][c]: (r, c) for r in range(rows) for c in range(cols)}
    if sorted(cells) != list(range(1, rows * cols + 1)):
        return False
    return all(
        abs(cells[k][0] - cells[k + 1][0]) + abs(cells[k][1] - cells[k + 1][1]) == 1
        for k in range(1, rows * cols)
    )


@pytest.mark.parametrize("rows,cols", [(2, 3), (3, 3), (3, 4)])
def test_exactly_the_valid_completions_are_accepted(rows, cols):
    for seed in range(8):
        inst = ENV.generate_instance(random.Random(seed), {"rows": rows, "columns": cols})
        solution = [line.split() for line in inst["solution"]]
        # at most 6 empty cells (generated puzzles hide at least 8): 720 fillings to try
        holes = random.Random(seed).sample([(r, c) for r in range(rows) for c in range(cols)], 6)
        puzzle = [
            ["*" if (r, c) in holes else t for c, t in enumerate(row)]
            for r, row in enumerate(solution)
        ]
        inst = {**inst, "puzzle": puzzle}
        missing = [int(solution[r][c]) for r, c in holes]
        accepted = 0
        for order in itertools.permutations(missing):
            grid = [[0 if t == "*" else int(t) for t in row] for row in puzzle]
            for (r, c), v in zip(holes, order, strict=True):
                grid[r][c] = v
            text = "\n".join(" ".join(map(str, row)) for row in grid)
            verdict = ENV.check(inst, ENV.parse(text, inst), None)
            assert verdict.correct == is_number_path(grid), (text, verdict)
            accepted += verdict.correct
        assert accepted >= 1


@pytest.mark.parametrize("rows,cols", [(1, 5), (2, 2), (5, 1), (4, 7), (13, 11)])
def test_planted_paths_visit_every_cell_side_to_side(rows, cols):
    paths = set()
    for seed in range(10):
        path = random_hamiltonian_path(random.Random(seed), rows, cols)
        grid = [[0] * cols for _ in range(rows)]
        for i, cell in enumerate(path):
            grid[cell // cols][cell % cols] = i + 1
        assert is_number_path(grid)
        paths.add(tuple(path))
    if rows * cols > 20:
        assert len(paths) == 10


def test_rule_reasons_and_malformed_answers():
    inst = {"puzzle": [["1", "*"], ["*", "*"]], "solution": ["1 2", "4 3"]}
    assert ENV.check(inst, ENV.parse("1 2\n4 3", inst), None).correct
    assert ENV.check(inst, ENV.parse("1 4\n2 3", inst), None).correct
    assert "share a side" in ENV.check(inst, ENV.parse("1 3\n2 4", inst), None).reason
    assert "more than once" in ENV.check(inst, ENV.parse("1 2\n2 3", inst), None).reason
    assert "outside" in ENV.check(inst, ENV.parse("1 2\n5 3", inst), None).reason
    assert "given as 1" in ENV.check(inst, ENV.parse("2 1\n3 4", inst), None).reason
    problem = ENV.generate(2, 3)
    for text in ("1 2\n4 3", problem.answer.replace(" ", " x ", 1), problem.answer + "\n1"):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
    assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct
