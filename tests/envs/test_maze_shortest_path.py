"""MazeShortestPath and rlve_gym.grids: BFS against networkx; every shortest path accepted."""

from __future__ import annotations

import itertools
import random

import networkx as nx
import pytest

import rlve_gym
from rlve_gym.answers import ParseError
from rlve_gym.grids import MOVES, carve_maze, follow_moves, parse_moves, shortest_path_moves

ENV = rlve_gym.make("MazeShortestPath")


def maze_graph(maze):
    graph = nx.grid_2d_graph(len(maze), len(maze[0]))
    graph.remove_nodes_from(
        [(r, c) for r, row in enumerate(maze) for c, ch in enumerate(row) if ch != "."]
    )
    return graph


def path_to_moves(cells):
    letter = {step: name for name, step in MOVES.items()}
    return "".join(letter[(b[0] - a[0], b[1] - a[1])] for a, b in itertools.pairwise(cells))


def all_walks(maze, length):
    """Every move string of the given length that stays on open cells (revisits allowed)."""
    walks = [("", (0, 0))]
    for _ in range(length):
        walks = [
            (moves + name, (r + dr, c + dc))
            for moves, (r, c) in walks
            for name, (dr, dc) in MOVES.items()
            if 0 <= r + dr < len(maze)
            and 0 <= c + dc < len(maze[0])
            and maze[r + dr][c + dc] == "."
        ]
    return [moves for moves, _ in walks]


def verdict(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


@pytest.mark.parametrize("difficulty", range(6))
def test_shortest_length_and_reference_match_networkx(difficulty):
    for seed in range(30):
        problem = ENV.generate(difficulty, seed)
        maze = problem.instance["maze"]
        goal = (len(maze) - 1, len(maze[0]) - 1)
        length = nx.shortest_path_length(maze_graph(maze), (0, 0), goal)
        assert problem.instance["shortest_length"] == length == len(problem.answer)
        assert follow_moves(maze, (0, 0), problem.answer) == (goal, "")


@pytest.mark.parametrize("seed", range(12))
def test_exactly_the_shortest_paths_are_accepted(seed):
    """On small 5x5 mazes (below level 0), where every walk of the shortest length can be listed."""
    instance = ENV.generate_instance(random.Random(seed), {"room_rows": 3, "room_cols": 3})
    maze = instance["maze"]
    goal = (len(maze) - 1, len(maze[0]) - 1)
    shortest = {path_to_moves(p) for p in nx.all_shortest_paths(maze_graph(maze), (0, 0), goal)}
    accepted = {
        w
        for w in all_walks(maze, instance["shortest_length"])
        if ENV.check(instance, ENV.parse(w, instance), None).correct
    }
    assert accepted == shortest


def test_some_generated_mazes_have_several_shortest_paths_and_all_are_accepted():
    several = 0
    for seed in range(40):
        problem = ENV.generate(4, seed)
        maze = problem.instance["maze"]
        paths = [
            path_to_moves(p)
            for p in nx.all_shortest_paths(
                maze_graph(maze), (0, 0), (len(maze) - 1, len(maze[0]) - 1)
            )
        ]
        assert all(verdict(problem, p).correct for p in paths)
        several += len(paths) > 1
    assert several >= 3


def test_longer_legal_paths_get_partial_credit():
    problem = ENV.generate(3, 2)
    path = problem.answer
    back = {"U": "D", "D": "U", "L": "R", "R": "L"}
    longer = path[0] + back[path[0]] + path
    v = verdict(problem, longer)
    assert not v.correct and v.format_ok and v.score == pytest.approx(len(path) / (len(path) + 2))


def test_illegal_paths_say_where_they_fail():
    problem = ENV.generate(2, 1)
    path = problem.answer
    assert "leaves the grid" in verdict(problem, "L" + path).reason
    assert "ends at row" in verdict(problem, path[:-1]).reason
    assert (
        "blocked cell at row 2, column 2"
        in verdict(problem, "DR" if path[0] == "D" else "RD").reason
    )
    assert verdict(problem, path.lower()).correct
    assert verdict(problem, " ".join(path)).correct


def test_malformed_move_strings_are_format_failures():
    problem = ENV.generate(1, 0)
    for text in ("DDX", "down down", "1 2 3", "D" * 10_000):
        v = verdict(problem, text)
        assert not v.correct and not v.format_ok


def test_carved_mazes_connect_every_room_and_keep_odd_odd_cells_walls():

    rng = random.Random(5)
    for rows, cols, loops in ((1, 1, 0), (1, 5, 0), (4, 6, 0), (6, 3, 40)):
        maze = carve_maze(rng, rows, cols, loops)
        assert len(maze) == 2 * rows - 1 and {len(r) for r in maze} == {2 * cols - 1}
        graph = maze_graph(maze)
        rooms = [(2 * r, 2 * c) for r in range(rows) for c in range(cols)]
        assert all(room in nx.node_connected_component(graph, (0, 0)) for room in rooms)
        assert all(
            maze[r][c] == "#" for r in range(1, len(maze), 2) for c in range(1, len(maze[0]), 2)
        )
        if loops == 0:  # a spanning tree of rooms: open cells = 2 * rooms - 1, no cycles
            assert nx.is_tree(graph)


def test_grid_helpers_on_a_hand_made_grid():
    grid = ["..#", "#..", "#.#"]
    assert shortest_path_moves(grid, (0, 0), (2, 1)) == "RDD"
    assert shortest_path_moves(grid, (0, 0), (0, 2), passable=".") is None
    assert follow_moves(grid, (0, 0), "RR") == (
        None,
        "move 2 (R) enters the blocked cell at row 1, column 3",
    )
    assert parse_moves(" r, d\nD ", max_len=5) == "RDD"
    with pytest.raises(ParseError):
        parse_moves("RDDDDD", max_len=5)


@pytest.mark.parametrize("difficulty", [0, 1, 3])
def test_no_generated_maze_has_a_monotone_shortest_route(difficulty):
    """Regression: 70% of d=0 mazes were solved by a blind D...DR...R-style string."""
    for seed in range(100):
        problem = ENV.generate(difficulty, seed)
        maze = problem.instance["maze"]
        assert problem.instance["shortest_length"] > len(maze) + len(maze[0]) - 2
        down, right = "D" * (len(maze) - 1), "R" * (len(maze[0]) - 1)
        for guess in (down + right, right + down):
            assert not ENV.verify(problem, f"<answer>{guess}</answer>").correct


def test_local_carving_and_route_match_the_shared_grid_helpers():
    """The environment's byte-buffer carving and compiled route must reproduce
    ``carve_maze`` (same rng draws, same maze) and ``shortest_path_moves`` (same moves)."""
    import random

    from rlve_gym.envs.grid_puzzle.maze_shortest_path import carve, shortest_route
    from rlve_gym.grids import carve_maze, shortest_path_moves

    for seed in range(300):
        rows, cols = 1 + seed % 9, 1 + (seed * 7) % 11
        percent = (0, 15, 60, 100)[seed % 4]
        a, b = random.Random(seed), random.Random(seed)
        maze = carve(a, rows, cols, percent)
        assert maze == carve_maze(b, rows, cols, percent)
        assert a.random() == b.random()  # the same number of draws was used
        goal = (len(maze) - 1, len(maze[0]) - 1)
        expected = shortest_path_moves(maze, (0, 0), goal)
        if goal == (0, 0):
            continue
        assert shortest_route(maze) == expected
    blocked = ["..#", "###", "#.."]
    assert shortest_route(blocked) is None
