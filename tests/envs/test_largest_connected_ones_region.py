"""LargestConnectedOnesRegion: BFS region sizes against a union-find count on many grids."""

from __future__ import annotations

import random

import pytest

import rlve_gym
from rlve_gym.envs.grid_puzzle.largest_connected_ones_region import largest_region

ENV = rlve_gym.make("LargestConnectedOnesRegion")


def largest_by_union_find(grid):
    height, width = len(grid), len(grid[0])
    parent = list(range(height * width))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for r in range(height):
        for c in range(width):
            if grid[r][c] != "1":
                continue
            for nr, nc in ((r + 1, c), (r, c + 1)):
                if nr < height and nc < width and grid[nr][nc] == "1":
                    parent[find(r * width + c)] = find(nr * width + nc)
    sizes = {}
    for r in range(height):
        for c in range(width):
            if grid[r][c] == "1":
                root = find(r * width + c)
                sizes[root] = sizes.get(root, 0) + 1
    return max(sizes.values(), default=0)


@pytest.mark.parametrize("shape", [(1, 1), (1, 7), (4, 1), (3, 3), (5, 8), (9, 6)])
def test_solver_matches_union_find_on_generated_grids(shape):
    rows, cols = shape
    for seed in range(40):
        instance = ENV.generate_instance(random.Random(seed), {"rows": rows, "cols": cols})
        assert ENV.solve(instance) == largest_by_union_find(instance["grid"])


@pytest.mark.parametrize("difficulty", (0, 3, 10))
def test_generated_answers_match_union_find(difficulty):
    for seed in range(20):
        problem = ENV.generate(difficulty, seed)
        assert int(problem.answer) == largest_by_union_find(problem.instance["grid"])


def test_edge_cases():
    assert largest_region(["000", "000"]) == 0
    assert largest_region(["111", "111"]) == 6
    assert largest_region(["101", "010", "101"]) == 1  # diagonal contact does not connect
    assert largest_region(["110", "011", "001"]) == 5
    assert largest_region(["1"]) == 1


def test_wrong_and_malformed_answers():
    problem = ENV.generate(2, 4)
    right = int(problem.answer)
    assert ENV.verify(problem, f"<answer>{right}</answer>").correct
    for text in (str(right + 1), str(right - 1), "-3"):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").correct
    for text in ("five", "1 2", "", "9" * 30):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
