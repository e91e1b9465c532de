"""FogMazeKeyAndDoor: each phase's budget is the longest depth-first exploration (every order
enumerated on small mazes), key and door are the far cells a separate search finds, the 3 x 3
views match the grid, and the policy wins from every start cell within the limit."""

from __future__ import annotations

import random

import rlve_gym
from rlve_gym.envs.interactive.fog_maze_key_and_door import worst_exploration
from rlve_gym.grids import bfs_distances, carve_maze

ENV = rlve_gym.make("FogMazeKeyAndDoor")
STEPS = {"U": (-1, 0), "D": (1, 0), "L": (0, -1), "R": (0, 1)}


def open_cells(grid):
    return [(r, c) for r in range(len(grid)) for c in range(len(grid[0])) if grid[r][c] == "."]


def adjacency(grid):
    cells = set(open_cells(grid))
    return {
        (r, c): [(r + dr, c + dc) for dr, dc in STEPS.values() if (r + dr, c + dc) in cells]
        for r, c in cells
    }


def longest_exploration(adjacent, start, goal):
    best = 0

    def explore(path, visited, moves):
        nonlocal best
        here = path[-1]
        if here == goal:
            best = max(best, moves)
            return
        fresh = [n for n in adjacent[here] if n not in visited]
        if not fresh:
            explore(path[:-1], visited, moves + 1)
            return
        for n in fresh:
            explore(path + [n], visited | {n}, moves + 1)

    explore([start], {start}, 0)
    return best


def far_cells(grid, start):
    dist = bfs_distances(grid, start)
    cells = open_cells(grid)
    key = max(cells, key=lambda c: (dist[c[0]][c[1]], c))
    from_key = bfs_distances(grid, key)
    door = max((c for c in cells if c != start), key=lambda c: (from_key[c[0]][c[1]], c))
    return key, door


def test_phase_budget_is_the_longest_depth_first_exploration():
    rng = random.Random(11)
    for rows, cols in [(2, 2), (2, 3), (3, 3)]:
        grid = carve_maze(rng, rows, cols)
        adjacent = adjacency(grid)
        cells = open_cells(grid)
        for _ in range(4):
            a, b = rng.sample(cells, 2)
            assert worst_exploration(grid, a, b) == longest_exploration(adjacent, a, b)


def test_key_and_door_are_the_far_cells_and_views_match_the_grid():
    problem = ENV.generate(2, 9)
    instance = problem.instance
    grid = instance["grid"]
    key, door = far_cells(grid, tuple(instance["start"]))
    assert [list(key), list(door)] == [instance["key"], instance["door"]]
    episode = ENV.start(problem)
    holding = False
    while not episode.done:
        move = ENV.policy(instance, episode._run.state, episode.actions)
        text = episode.step(f"<answer>{move}</answer>").observation
        if episode.done:
            break
        r, c = episode._run.state["at"]
        holding = holding or [r, c] == instance["key"]
        expected = []
        for i in range(r - 1, r + 2):
            line = ""
            for j in range(c - 1, c + 2):
                inside = 0 <= i < len(grid) and 0 <= j < len(grid[0])
                if (i, j) == (r, c):
                    line += "@"
                elif not inside or grid[i][j] == "#":
                    line += "#"
                elif [i, j] == instance["key"] and not holding:
                    line += "K"
                elif [i, j] == instance["door"]:
                    line += "D"
                else:
                    line += "."
            expected.append(line)
        assert text.startswith("\n".join(expected) + f"\nYou are in row {r + 1}, column {c + 1}.")
    assert episode.solved


def test_the_policy_wins_from_every_start_cell():
    grid = carve_maze(random.Random(4), 4, 4)
    for start in open_cells(grid):
        key, door = far_cells(grid, start)
        limit = worst_exploration(grid, start, key) + worst_exploration(grid, key, door)
        case = {
            "grid": grid,
            "start": list(start),
            "key": list(key),
            "door": list(door),
            "turn_limit": limit,
        }
        actions = ENV.solve(case)
        assert ENV.check(case, actions, None).correct, start


def test_the_door_needs_the_key_and_walls_cost_a_turn():
    grid = ["....."]
    case = {"grid": grid, "start": [0, 2], "key": [0, 0], "door": [0, 4], "turn_limit": 6}
    for moves, solved in [("RR", False), ("LLRRRR", True), ("ULLRRRR", False), ("RRLLLL", False)]:
        assert ENV.check(case, list(moves), None).correct is solved
    episode = ENV.start(ENV.generate(0, 2))
    for text in ("UP", "north", "move", "U R"):
        assert "write one move" in episode.step(f"<answer>{text}</answer>").observation
    assert episode.turns_used == 4 and not episode.done
