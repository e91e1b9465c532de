"""MazeShortestPath: a shortest sequence of moves from the top-left to the bottom-right of a maze.

The maze is a grid of open cells '.' and walls '#'. The solver answers with a string of moves
(U, D, L, R). Any move string that stays on open cells, ends at the bottom-right cell and is as
short as possible is correct - mazes with loops often have several; a legal but longer path earns
partial credit shortest / length. Mazes are carved as a random spanning tree of rooms (long
winding corridors) with some extra walls knocked out to make loops; the corners are always
connected. Small mazes often still have a monotone route (only D and R moves: 70% of 5x5 carvings),
which a blind DDDDRRRR-style guess finds, so carvings are redrawn until the shortest route is
longer than the Manhattan distance (bounded; 30 draws leave under 1 in 10,000 monotone).

Difficulty schedule (rooms; the grid has 2 rooms - 1 cells per side):

    d            0   1   2   3   4  ...  10  ...  20  ...  d
    room_rows    5   5   6   6   7  ...  10  ...  15  ...  4 + (d + 2) // 2
    room_cols    5   6   6   7   7  ...  10  ...  15  ...  5 + (d + 1) // 2
    grid         9x9 9x11 11x11 11x13 13x13 ... 19x19 ... 29x29 ... (2 room_rows - 1) x (2 room_cols - 1)

Level 0 is a 9x9 grid (on 7x9 one fixed move string was right on about 5% of the seeds): smaller mazes come in too few shapes, and their few shortest routes are
guessed by a fixed move string too often. One side of the maze grows every level; the shortest path grows roughly with the grid's area
along a spanning tree's corridors, so prompts grow quadratically and stay far below the limit.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from rlve_gym import Environment, Verdict
from rlve_gym.grids import follow_moves, parse_moves, render_char_grid
from rlve_gym.scoring import optimality_score

#: chance (percent) that a wall between two rooms is knocked out after carving, making loops
LOOP_PERCENT = 15
#: carvings tried before keeping one whose shortest route is monotone anyway
MAZE_DRAWS = 30


def goal_of(maze: list[str]) -> tuple[int, int]:
    return len(maze) - 1, len(maze[0]) - 1


def carve(rng, room_rows: int, room_cols: int, loop_percent: int) -> list[str]:
    """``rlve_gym.grids.carve_maze`` on flat byte buffers: the same maze from the same rng draws
    (one ``choice`` among the unvisited neighbour rooms in U, D, L, R order per step, then one
    ``random`` per standing wall between two rooms), without tuples and sets per cell."""
    height, width = 2 * room_rows - 1, 2 * room_cols - 1
    cells = bytearray(b"#") * (height * width)
    cells[0] = 46  # '.'
    seen = bytearray(room_rows * room_cols)
    seen[0] = 1
    stack = [(0, 0)]
    while stack:
        r, c = stack[-1]
        here = r * room_cols + c
        unvisited = []
        if r > 0 and not seen[here - room_cols]:
            unvisited.append((r - 1, c))
        if r + 1 < room_rows and not seen[here + room_cols]:
            unvisited.append((r + 1, c))
        if c > 0 and not seen[here - 1]:
            unvisited.append((r, c - 1))
        if c + 1 < room_cols and not seen[here + 1]:
            unvisited.append((r, c + 1))
        if not unvisited:
            stack.pop()
            continue
        nr, nc = rng.choice(unvisited)
        cells[(r + nr) * width + c + nc] = 46  # the wall between the two rooms
        cells[2 * nr * width + 2 * nc] = 46
        seen[nr * room_cols + nc] = 1
        stack.append((nr, nc))
    for r in range(height):
        for i in range(r * width + (r + 1) % 2, (r + 1) * width, 2):
            if cells[i] == 35 and rng.random() * 100 < loop_percent:
                cells[i] = 46
    text = cells.decode()
    return [text[r * width : (r + 1) * width] for r in range(height)]


@njit(cache=True)
def _route_to_corner(cells, height, width):
    """Move codes (0..3 for U, D, L, R) of a shortest route from the top-left to the
    bottom-right over open cells (byte 46), or -1 alone when there is none. BFS from the goal,
    then from the start always the first move in U, D, L, R order one step closer, as
    ``rlve_gym.grids.shortest_path_moves`` walks."""
    dr = np.array([-1, 1, 0, 0])
    dc = np.array([0, 0, -1, 1])
    dist = np.full(height * width, -1, np.int64)
    queue = np.empty(height * width, np.int64)
    goal = height * width - 1
    if cells[goal] != 46 or cells[0] != 46:
        return np.full(1, -1, np.int64)
    dist[goal] = 0
    queue[0] = goal
    head, tail = 0, 1
    while head < tail:
        cell = queue[head]
        head += 1
        r, c = cell // width, cell % width
        for m in range(4):
            nr, nc = r + dr[m], c + dc[m]
            if 0 <= nr < height and 0 <= nc < width:
                nxt = nr * width + nc
                if dist[nxt] < 0 and cells[nxt] == 46:
                    dist[nxt] = dist[cell] + 1
                    queue[tail] = nxt
                    tail += 1
    if dist[0] < 0:
        return np.full(1, -1, np.int64)
    moves = np.empty(dist[0], np.int64)
    cell = 0
    for step in range(dist[0]):
        r, c = cell // width, cell % width
        for m in range(4):
            nr, nc = r + dr[m], c + dc[m]
            if 0 <= nr < height and 0 <= nc < width and dist[nr * width + nc] == dist[cell] - 1:
                moves[step] = m
                cell = nr * width + nc
                break
    return moves


def shortest_route(maze: list[str]) -> str | None:
    """A shortest move string from the top-left to the bottom-right cell (None if there is none)."""
    cells = np.frombuffer("".join(maze).encode(), dtype=np.uint8)
    codes = _route_to_corner(cells, len(maze), len(maze[0]))
    if len(codes) == 1 and codes[0] < 0:
        return None
    return "".join(["UDLR"[m] for m in codes.tolist()])


class MazeShortestPath(Environment):
    description = "A shortest U/D/L/R move string from the top-left to the bottom-right of a maze"
    answer_kind = "string"
    multiple_valid_answers = True
    answer_example = "DDRRU"
    catalog_name = "Maze"

    def schedule(self, difficulty):
        return {"room_rows": 4 + (difficulty + 2) // 2, "room_cols": 5 + (difficulty + 1) // 2}

    def generate_instance(self, rng, sizes):
        for _ in range(MAZE_DRAWS):
            maze = carve(rng, sizes["room_rows"], sizes["room_cols"], LOOP_PERCENT)
            goal = goal_of(maze)
            shortest = len(shortest_route(maze))
            if shortest > goal[0] + goal[1]:  # no monotone (only D and R) route
                break
        return {"maze": maze, "shortest_length": shortest}

    def solve(self, instance):
        return shortest_route(instance["maze"])

    def render(self, instance):
        maze = instance["maze"]
        height, width = len(maze), len(maze[0])
        return (
            f"Here is a maze with {height} rows and {width} columns; '.' is an open cell and '#' "
            "is a wall (cells are separated by spaces):\n"
            f"{render_char_grid(maze, spaced=True)}\n\n"
            "You start in the top-left cell and must reach the bottom-right cell. Each move goes "
            "to a neighbouring cell: U = up one row, D = down one row, L = left one column, "
            "R = right one column. You may only move onto open cells and may not leave the grid.\n"
            "Give a path that uses as few moves as possible, written as one string of the letters "
            "U, D, L and R, for example DDRRU. If several shortest paths exist, any one of them is "
            "accepted."
        )

    def parse(self, text, instance):
        maze = instance["maze"]
        return parse_moves(text, max_len=2 * len(maze) * len(maze[0]))

    def check(self, instance, answer, reference):
        maze = instance["maze"]
        end, why = follow_moves(maze, (0, 0), answer)
        if end is None:
            return Verdict.wrong(why)
        if end != goal_of(maze):
            return Verdict.wrong(
                f"the path ends at row {end[0] + 1}, column {end[1] + 1}, not at the bottom-right cell"
            )
        shortest = instance["shortest_length"]
        if len(answer) == shortest:
            return Verdict.right()
        return Verdict.wrong(
            f"the path is legal but has {len(answer)} moves; a shorter one exists",
            score=optimality_score(len(answer), shortest, maximize=False),
        )

    def near_misses(self, problem):
        path = problem.answer
        back = {"U": "D", "D": "U", "L": "R", "R": "L"}
        detour = path[:1] + back[path[0]] + path  # step out and back: legal, two moves too long
        return [path[:-1], "U" + path[1:], detour, path + path[-1]]
