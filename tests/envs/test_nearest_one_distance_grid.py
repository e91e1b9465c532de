"""NearestOneDistanceGrid: BFS distances against per-cell searches by repeated relaxation."""

from __future__ import annotations

import random

import pytest

import rlve_gym
from rlve_gym.envs.grid_puzzle.nearest_one_distance_grid import nearest_one_distances

ENV = rlve_gym.make("NearestOneDistanceGrid")


def distances_by_relaxation(grid):
    """Bellman-Ford style: start at 0 on 1-cells, infinity elsewhere, relax until nothing changes."""
    height, width = len(grid), len(grid[0])
    inf = float("inf")
    dist = {
        (r, c): 0 if grid[r][c] == "1" else inf
        for r in range(height)
        for c in range(width)
        if grid[r][c] != "X"
    }
    changed = True
    while changed:
        changed = False
        for (r, c), d in dist.items():
            for other in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if other in dist and dist[other] + 1 < d:
                    d = dist[other] + 1
                    dist[(r, c)] = d
                    changed = True
    return [
        [
            -1 if (r, c) not in dist or dist[(r, c)] == inf else int(dist[(r, c)])
            for c in range(width)
        ]
        for r in range(height)
    ]


@pytest.mark.parametrize("shape", [(1, 1), (1, 6), (5, 1), (3, 4), (6, 6), (8, 5)])
def test_solver_matches_relaxation(shape):
    rows, cols = shape
    for seed in range(40):
        instance = ENV.generate_instance(random.Random(seed), {"rows": rows, "cols": cols})
        assert ENV.solve(instance) == distances_by_relaxation(instance["grid"])


def test_generated_problems_match_relaxation_and_some_cells_are_sealed_off():
    sealed = 0
    for seed in range(40):
        problem = ENV.generate(4, seed)
        expected = distances_by_relaxation(problem.instance["grid"])
        assert ENV.parse(problem.answer, problem.instance) == expected
        sealed += any(
            v == -1 and ch != "X"
            for row, grid_row in zip(expected, problem.instance["grid"], strict=True)
            for v, ch in zip(row, grid_row, strict=True)
        )
    assert sealed > 0


def test_edge_cases():
    assert nearest_one_distances(["1"]) == [[0]]
    assert nearest_one_distances(["0X1"]) == [[-1, -1, 0]]
    assert nearest_one_distances(["10", "X0"]) == [[0, 1], [-1, 2]]
    assert nearest_one_distances(["000"]) == [[-1, -1, -1]]


def test_one_wrong_cell_and_malformed_grids_are_rejected():
    problem = ENV.generate(3, 7)
    rows = [row.split() for row in problem.answer.splitlines()]
    rows[2][3] = str(int(rows[2][3]) + 1)
    v = ENV.verify(problem, "<answer>" + "\n".join(map(" ".join, rows)) + "</answer>")
    assert not v.correct and "1 of the" in v.reason
    too_short = "\n".join(problem.answer.splitlines()[:-1])
    v = ENV.verify(problem, f"<answer>{too_short}</answer>")
    assert not v.format_ok and "rows" in v.reason
    v = ENV.verify(problem, "<answer>" + problem.answer.replace("0", "a", 1) + "</answer>")
    assert not v.format_ok
    assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct
