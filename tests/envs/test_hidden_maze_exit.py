"""HiddenMazeExit: the maze is a perfect maze whose exit is the farthest room (checked on the
character grid by a separate search), the turn limit is the exact maximum over every
depth-first exploration order (enumerated on small mazes), and the policy escapes from every
start room within it."""

from __future__ import annotations

import random

import rlve_gym
from rlve_gym.grids import bfs_distances, carve_maze

ENV = rlve_gym.make("HiddenMazeExit")
STEPS = {"U": (-1, 0), "D": (1, 0), "L": (0, -1), "R": (0, 1)}


def room_graph(grid, rows, cols):
    """Rooms and doorways read straight off the carved character grid."""
    adjacent = {(r, c): [] for r in range(rows) for c in range(cols)}
    for r in range(rows):
        for c in range(cols):
            if c + 1 < cols and grid[2 * r][2 * c + 1] == ".":
                adjacent[(r, c)].append((r, c + 1))
                adjacent[(r, c + 1)].append((r, c))
            if r + 1 < rows and grid[2 * r + 1][2 * c] == ".":
                adjacent[(r, c)].append((r + 1, c))
                adjacent[(r + 1, c)].append((r, c))
    return adjacent


def every_dfs_length(adjacent, start, goal):
    """Moves of every depth-first exploration (all orders of trying unvisited neighbours) until
    it first stands on ``goal``."""
    lengths = set()

    def explore(path, visited, moves):
        here = path[-1]
        if here == goal:
            lengths.add(moves)
            return
        fresh = [n for n in adjacent[here] if n not in visited]
        if not fresh:
            if len(path) > 1:
                explore(path[:-1], visited, moves + 1)
            return
        for n in fresh:
            explore(path + [n], visited | {n}, moves + 1)

    explore([start], {start}, 0)
    return lengths


def test_instances_are_perfect_mazes_with_the_exit_farthest_from_the_start():
    for d in (0, 5, 10):
        for seed in range(5):
            instance = ENV.generate(d, seed).instance
            rows, cols, grid = instance["rows"], instance["cols"], instance["grid"]
            adjacent = room_graph(grid, rows, cols)
            assert sum(map(len, adjacent.values())) // 2 == rows * cols - 1
            sr, sc = instance["start"]
            cells = bfs_distances(grid, (2 * sr, 2 * sc))
            rooms = [cells[2 * r][2 * c] // 2 for r in range(rows) for c in range(cols)]
            assert min(rooms) >= 0  # every room reachable: a spanning tree
            er, ec = instance["exit"]
            assert cells[2 * er][2 * ec] // 2 == max(rooms)
            assert instance["turn_limit"] == 2 * (rows * cols - 1) - max(rooms)


def test_turn_limit_is_the_longest_depth_first_exploration():
    rng = random.Random(3)
    for rows, cols in [(2, 3), (3, 3), (3, 4)]:
        for _ in range(3):
            grid = carve_maze(rng, rows, cols)
            adjacent = room_graph(grid, rows, cols)
            start = (rng.randrange(rows), rng.randrange(cols))
            cells = bfs_distances(grid, (2 * start[0], 2 * start[1]))
            far = max(cells[2 * r][2 * c] for r in range(rows) for c in range(cols)) // 2
            goal = next(
                (r, c) for r in range(rows) for c in range(cols) if cells[2 * r][2 * c] // 2 == far
            )
            assert max(every_dfs_length(adjacent, start, goal)) == 2 * (rows * cols - 1) - far


def test_the_policy_escapes_from_every_start_room():
    base = ENV.generate(3, 2).instance
    rows, cols, grid = base["rows"], base["cols"], base["grid"]
    for sr in range(rows):
        for sc in range(cols):
            cells = bfs_distances(grid, (2 * sr, 2 * sc))
            far = max(cells[2 * r][2 * c] for r in range(rows) for c in range(cols))
            goal = next(
                [r, c] for r in range(rows) for c in range(cols) if cells[2 * r][2 * c] == far
            )
            case = {
                **base,
                "start": [sr, sc],
                "exit": goal,
                "turn_limit": 2 * (rows * cols - 1) - far // 2,
            }
            actions = ENV.solve(case)
            assert ENV.check(case, actions, None).correct


def test_walls_and_malformed_moves_use_a_turn_and_do_not_move():
    problem = ENV.generate(0, 5)
    instance = problem.instance
    episode = ENV.start(problem)
    sr, sc = instance["start"]
    walls = [
        m
        for m, (dr, dc) in STEPS.items()
        if not (
            0 <= 2 * sr + dr < len(instance["grid"]) and 0 <= 2 * sc + dc < len(instance["grid"][0])
        )
        or instance["grid"][2 * sr + dr][2 * sc + dc] != "."
    ]
    assert walls  # this start room has a wall (or the maze's edge) on some side
    assert "Wall" in episode.step(f"<answer>{walls[0]}</answer>").observation
    for text in ("UP", "U D", "north", "move"):
        assert "write one move" in episode.step(f"<answer>{text}</answer>").observation
    assert episode._run.state["at"] == (sr, sc) and episode.turns_used == 5
