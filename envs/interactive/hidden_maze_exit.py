"""HiddenMazeExit: walk out of a maze you cannot see, learning its doorways room by room.

The maze is a grid of R x C rooms; neighbouring rooms are joined by a doorway or separated by a
wall, and the doorways form a perfect maze (exactly one route between any two rooms). The model
knows the grid's size, its start room and the exit room, but not the walls: in each room it is
told which of the four sides have a doorway. Each turn it moves one room (U, D, L or R); a move
into a wall costs the turn and changes nothing. Reaching the exit room solves the episode
(reward 1); otherwise the reward is 0.

The exit is the room farthest (by the maze's route) from the start, so it is a dead end deep in
the maze and walking straight towards it rarely works.

Turn limit: 2 (N - 1) - D moves, N = R C rooms and D the route length from start to exit: the
most moves any depth-first exploration can need (it crosses each corridor off the route at most
twice, each corridor of the route once, and never enters the part beyond the exit because there
is none). Any exploration that never re-enters a finished dead end succeeds within it; the
scripted policy is depth-first search that tries the open doorways nearest the exit first.

Difficulty schedule:

    d            0     1     2     3     5    10    20  ...  d
    R (rows)     4     4     4     4     5     6     8  ...  4 + d // 5
    C (cols)     5     5     5     5     6     7    10  ...  5 + d // 4
    turns     ~26   ~26   ~26   ~26   ~41   ~57  ~114  ...  2 (R C - 1) - D (per instance)

The number of rooms grows quadratically in d (at least one side every four levels), and the
limit with it. Blind moves fail: a random walk that bumps into unseen walls needs far more
moves than the limit to reach a far dead end of a winding maze.
"""

from __future__ import annotations

from collections import deque

from rlve_gym.answers import ParseError
from rlve_gym.grids import MOVES, carve_maze
from rlve_gym.interactive import InteractiveEnvironment, Outcome

SIDE_NAMES = {"U": "up", "D": "down", "L": "left", "R": "right"}


def open_sides(grid: list[str], room: tuple[int, int]) -> list[str]:
    """The sides (U/D/L/R) of a room with a doorway; rooms are at even (row, column) of the
    carved grid and the cell between two rooms is the wall or doorway between them."""
    r, c = room
    sides = []
    for letter, (dr, dc) in MOVES.items():
        wr, wc = 2 * r + dr, 2 * c + dc
        if 0 <= wr < len(grid) and 0 <= wc < len(grid[0]) and grid[wr][wc] == ".":
            sides.append(letter)
    return sides


def route_lengths(grid: list[str], start: tuple[int, int], rows: int, cols: int) -> list[list[int]]:
    """Moves from ``start`` to every room through the doorways (breadth-first search)."""
    dist = [[-1] * cols for _ in range(rows)]
    dist[start[0]][start[1]] = 0
    queue = deque([start])
    while queue:
        r, c = queue.popleft()
        for letter in open_sides(grid, (r, c)):
            dr, dc = MOVES[letter]
            if dist[r + dr][c + dc] < 0:
                dist[r + dr][c + dc] = dist[r][c] + 1
                queue.append((r + dr, c + dc))
    return dist


def _sides_text(sides: list[str]) -> str:
    return ", ".join(SIDE_NAMES[s] for s in sides) if sides else "none"


class HiddenMazeExit(InteractiveEnvironment):
    description = "Reach the exit of a maze seen only room by room (the doorways of the current room) within the worst-case depth-first-search move budget"
    action_example = "R"
    max_answer_chars = 400_000

    def schedule(self, difficulty):
        return {"rows": 4 + difficulty // 5, "cols": 5 + difficulty // 4}

    def generate_instance(self, rng, sizes):
        rows, cols = sizes["rows"], sizes["cols"]
        grid = carve_maze(rng, rows, cols)
        start = (rng.randrange(rows), rng.randrange(cols))
        dist = route_lengths(grid, start, rows, cols)
        far = max(dist[r][c] for r in range(rows) for c in range(cols))
        exit_room = next((r, c) for r in range(rows) for c in range(cols) if dist[r][c] == far)
        return {
            "rows": rows,
            "cols": cols,
            "grid": grid,
            "start": list(start),
            "exit": list(exit_room),
            "turn_limit": 2 * (rows * cols - 1) - far,
        }

    def render(self, instance):
        rows, cols, limit = instance["rows"], instance["cols"], instance["turn_limit"]
        (sr, sc), (er, ec) = instance["start"], instance["exit"]
        sides = open_sides(instance["grid"], (sr, sc))
        return (
            f"You are in a maze of {rows} rows and {cols} columns of rooms (row 1 is the top, "
            "column 1 the left). Between two neighbouring rooms there is either a doorway or a "
            "wall, and there is exactly one route between any two rooms. You cannot see the "
            "maze: in each room you are told which sides have a doorway.\n"
            f"You start in row {sr + 1}, column {sc + 1}; the exit is the room in row {er + 1}, "
            f"column {ec + 1}. Here the doorways are: {_sides_text(sides)}.\n"
            "Each turn, move to a neighbouring room by writing one letter: U (up), D (down), L "
            "(left) or R (right). Moving into a wall uses the turn and you stay where you are. "
            f"You win when you reach the exit. You have at most {limit} moves."
        )

    def parse_action(self, text, instance):
        words = text.split()
        if len(words) == 2 and words[0].lower() == "move":
            words = words[1:]
        if len(words) != 1 or words[0].upper() not in MOVES:
            raise ParseError("write one move: U, D, L or R")
        return words[0].upper()

    def initial_state(self, instance):
        start = tuple(instance["start"])
        return {"at": start, "came_from": {start: None}}

    def apply(self, instance, state, move):
        r, c = state["at"]
        if move not in open_sides(instance["grid"], (r, c)):
            return Outcome(
                f"Wall: you cannot move {SIDE_NAMES[move]}; still in row {r + 1}, column {c + 1}."
            )
        dr, dc = MOVES[move]
        room = (r + dr, c + dc)
        state["at"] = room
        state["came_from"].setdefault(room, (r, c))
        where = f"row {room[0] + 1}, column {room[1] + 1}"
        if list(room) == instance["exit"]:
            return Outcome(f"You reach the exit in {where}. Solved.", solved=True)
        sides = open_sides(instance["grid"], room)
        return Outcome(f"Now in {where}. Doorways: {_sides_text(sides)}.")

    def policy(self, instance, state, actions):
        """Depth-first search: the unvisited neighbour nearest the exit, else back the way the
        current room was first entered."""
        (r, c), came_from = state["at"], state["came_from"]
        er, ec = instance["exit"]
        fresh = []
        for letter in open_sides(instance["grid"], (r, c)):
            dr, dc = MOVES[letter]
            if (r + dr, c + dc) not in came_from:
                fresh.append((abs(r + dr - er) + abs(c + dc - ec), letter))
        if fresh:
            return min(fresh)[1]
        pr, pc = came_from[(r, c)] or (r, c)
        for letter, (dr, dc) in MOVES.items():
            if (r + dr, c + dc) == (pr, pc):
                return letter
        return "U"  # (never: the start has an unvisited neighbour until the exit is found)

    def random_action(self, instance, state, rng):
        return rng.choice("UDLR")
