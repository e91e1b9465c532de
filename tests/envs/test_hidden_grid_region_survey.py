"""HiddenGridRegionSurvey: the stored counts agree with a separate breadth-first search, the
policy answers right on every start cell of many random grids within 2 (N - 1) moves, and
moves, walls and answers follow the rules."""

from __future__ import annotations

import json
import random

import rlve_gym
from rlve_gym.grids import bfs_distances

ENV = rlve_gym.make("HiddenGridRegionSurvey")


def counts(grid, start):
    dist = bfs_distances(grid, start, passable=".*")
    cells = [(r, c) for r in range(len(grid)) for c in range(len(grid[0])) if dist[r][c] >= 0]
    return len(cells), sum(grid[r][c] == "*" for r, c in cells)


def test_stored_counts_match_a_breadth_first_search():
    for d in (0, 4, 12):
        for seed in range(10):
            instance = ENV.generate(d, seed).instance
            grid = instance["grid"]
            cells, gems = counts(grid, tuple(instance["start"]))
            assert (cells, gems) == (instance["cells"], instance["gems"])
            assert 3 * cells >= len(grid) * len(grid[0])
            assert grid[instance["start"][0]][instance["start"][1]] == "."
            assert instance["turn_limit"] == 2 * (cells - 1) + 1


def test_the_policy_answers_right_from_every_start_within_the_depth_first_bound():
    rng = random.Random(2)
    for _ in range(25):
        rows, cols = rng.randint(1, 6), rng.randint(1, 6)
        walls = rng.uniform(0.0, 0.5)
        grid = [
            "".join(
                rng.choice("#") if rng.random() < walls else rng.choice(".*") for _ in range(cols)
            )
            for _ in range(rows)
        ]
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] != ".":  # the start never holds a gem
                    continue
                cells, gems = counts(grid, (r, c))
                limit = 2 * (cells - 1) + 1
                case = {
                    "grid": grid,
                    "start": [r, c],
                    "cells": cells,
                    "gems": gems,
                    "turn_limit": limit,
                }
                actions = ENV.solve(case)
                assert actions[-1] == f"answer {cells} {gems}"
                assert len(actions) <= limit and ENV.check(case, actions, None).correct


def test_walls_malformed_actions_and_a_wrong_answer():
    grid = ["#.*", "..#"]
    case = {"grid": grid, "start": [1, 0], "cells": 4, "gems": 1, "turn_limit": 7}
    assert not ENV.check(case, ["answer 4 0"], None).correct
    assert not ENV.check(case, ["answer 3 1", "answer 4 1"], None).correct
    assert ENV.check(case, ["L", "U", "answer 4 1"], None).correct  # a wall, a wall, the answer
    problem = ENV.generate(0, 3)
    episode = ENV.start(problem)
    for text in ("answer 3", "answer x 2", "north", "U D"):
        assert "write" in episode.step(f"<answer>{text}</answer>").observation
    assert episode.turns_used == 4 and not episode.done
    wrong = json.dumps([f"answer {problem.instance['cells'] + 1} {problem.instance['gems']}"])
    assert not ENV.verify(problem, f"<answer>{wrong}</answer>").correct
