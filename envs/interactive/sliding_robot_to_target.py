"""SlidingRobotToTarget: steer a robot that slides until it hits something onto a target cell of a
fully shown grid, within the fewest moves plus two.

The task shows a grid of open cells (.) and obstacles (#) with the robot (R) and the target (T).
Each turn the model sends one command, up, down, left or right; the robot slides in that
direction until the next cell is an obstacle or the edge of the grid, and the feedback says
where it stopped. Sliding over the target does not count: the episode is solved (reward 1) when
the robot stops on it. A command that cannot move the robot costs the turn. Running out of turns
earns 0.

The turn limit is the fewest commands that stop the robot on the target (breadth-first search
over the cells where the robot can stop) plus 2. The generator draws grids (about a fifth of the
cells are obstacles) and a random start until some cell is at least (rows + columns) / 3
commands away (the best of at most 30 draws), and the target is a cell as far from the start as
any (ties broken at random): the shortest plan is long for the grid and has to be planned around
where slides stop, not where they pass. The scripted policy follows a shortest plan from
wherever the robot is.

Difficulty schedule:

    d               0    1    2    3  ...   10  ...   20  ...  d
    rows            9    9   10   10  ...   14  ...   19  ...  9 + floor(d / 2)
    columns         9   10   10   11  ...   14  ...   19  ...  9 + floor((d + 1) / 2)
    turns (mean)   10   10   10   12  ...   14  ...   18  ...  fewest commands + 2

The grid gains a row or a column every level, and the fewest commands grow with it (over 40 at
d = 100). Level 0 starts at 9 x 9: on smaller grids a fixed cycle of commands (down, right, up,
left) stops on the farthest cell of one grid in ten.
"""

from __future__ import annotations

from collections import deque
from functools import lru_cache

from rlve_gym.answers import ParseError
from rlve_gym.interactive import InteractiveEnvironment, Outcome

#: commands allowed beyond the fewest possible
SLACK = 2
OBSTACLE_SHARE = 0.2
DIRECTIONS = {"up": (-1, 0), "down": (1, 0), "left": (0, -1), "right": (0, 1)}


def slide(grid: tuple[str, ...], row: int, col: int, direction: str) -> tuple[int, int]:
    """Where the robot stops sliding from (row, col) in ``direction`` (0-based)."""
    dr, dc = DIRECTIONS[direction]
    rows, cols = len(grid), len(grid[0])
    while 0 <= row + dr < rows and 0 <= col + dc < cols and grid[row + dr][col + dc] != "#":
        row, col = row + dr, col + dc
    return row, col


@lru_cache(maxsize=256)
def moves_to_target(grid: tuple[str, ...], target: tuple[int, int]) -> dict:
    """Fewest commands from each cell to stop on ``target``: breadth-first search backwards over
    the slide graph (cell -> the stops of its four slides)."""
    rows, cols = len(grid), len(grid[0])
    arrivals: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "#":
                continue
            for direction in DIRECTIONS:
                stop = slide(grid, r, c, direction)
                if stop != (r, c):
                    arrivals.setdefault(stop, []).append((r, c))
    distance = {target: 0}
    queue = deque([target])
    while queue:
        cell = queue.popleft()
        for before in arrivals.get(cell, ()):
            if before not in distance:
                distance[before] = distance[cell] + 1
                queue.append(before)
    return distance


def moves_from_start(grid: tuple[str, ...], start: tuple[int, int]) -> dict:
    """Fewest commands from ``start`` to stop on each reachable cell (forward search)."""
    distance = {start: 0}
    queue = deque([start])
    while queue:
        cell = queue.popleft()
        for direction in DIRECTIONS:
            stop = slide(grid, *cell, direction)
            if stop not in distance:
                distance[stop] = distance[cell] + 1
                queue.append(stop)
    return distance


class SlidingRobotToTarget(InteractiveEnvironment):
    description = (
        "Steer a robot that slides until blocked onto a target cell of a shown grid, within the "
        "fewest commands plus two"
    )
    action_example = "left"
    max_answer_chars = 400_000

    def schedule(self, difficulty):
        return {"rows": 9 + difficulty // 2, "cols": 9 + (difficulty + 1) // 2}

    def generate_instance(self, rng, sizes):
        rows, cols = sizes["rows"], sizes["cols"]
        best = None
        for _ in range(30):
            grid = tuple(
                "".join("#" if rng.random() < OBSTACLE_SHARE else "." for _ in range(cols))
                for _ in range(rows)
            )
            open_cells = [(r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "."]
            if len(open_cells) < 2:
                continue
            start = rng.choice(open_cells)
            reach = moves_from_start(grid, start)
            far = max(reach.values())
            if best is None or far > best[0]:
                targets = sorted(cell for cell, moves in reach.items() if moves == far)
                best = (far, grid, start, rng.choice(targets))
            if far >= (rows + cols) // 3:
                break
        if best is None or best[0] == 0:  # no start with a move in 30 draws: an open grid
            grid = tuple("." * cols for _ in range(rows))
            best = (2, grid, (0, 0), (rows - 1, cols - 1))
        far, grid, start, target = best
        return {
            "grid": list(grid),
            "start": list(start),
            "target": list(target),
            "turn_limit": far + SLACK,
        }

    def render(self, instance):
        rows = [list(line) for line in instance["grid"]]
        (sr, sc), (tr, tc) = instance["start"], instance["target"]
        rows[sr][sc], rows[tr][tc] = "R", "T"
        picture = "\n".join("".join(line) for line in rows)
        height, width, limit = len(rows), len(rows[0]), instance["turn_limit"]
        return (
            f"A robot R is on this grid of {height} rows (numbered 1 to {height} from the top) and "
            f"{width} columns (1 to {width} from the left); # is an obstacle, . an open cell and T "
            f"the target (an open cell):\n{picture}\n"
            "Each turn, write one command: up, down, left or right. The robot slides in that "
            "direction until the next cell is an obstacle or the edge of the grid, and I tell "
            "you the row and column where it stopped. Passing over the target does not count: "
            "the robot must stop on it.\n"
            f"You have at most {limit} commands."
        )

    def parse_action(self, text, instance):
        word = text.strip().lower()
        if word not in DIRECTIONS:
            raise ParseError("write one command: up, down, left or right")
        return word

    def initial_state(self, instance):
        return {"robot": list(instance["start"])}

    def apply(self, instance, state, direction):
        grid = tuple(instance["grid"])
        row, col = state["robot"]
        stop = slide(grid, row, col, direction)
        if stop == (row, col):
            return Outcome(
                f"The robot cannot move {direction} from row {row + 1}, column {col + 1}; it stays."
            )
        state["robot"] = list(stop)
        where = f"row {stop[0] + 1}, column {stop[1] + 1}"
        if list(stop) == instance["target"]:
            return Outcome(f"Slid {direction} to {where}: the robot is on the target.", solved=True)
        return Outcome(f"Slid {direction} to {where}.")

    def policy(self, instance, state, actions):
        grid = tuple(instance["grid"])
        distance = moves_to_target(grid, tuple(instance["target"]))
        row, col = state["robot"]
        here = distance.get((row, col))
        for direction in DIRECTIONS:
            stop = slide(grid, row, col, direction)
            if here is not None and distance.get(stop) == here - 1:
                return direction
        return "up"  # the target cannot be reached from here (never on the policy's own path)

    def random_action(self, instance, state, rng):
        return rng.choice(list(DIRECTIONS))
