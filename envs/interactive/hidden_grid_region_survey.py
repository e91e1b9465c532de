"""HiddenGridRegionSurvey: explore a grid you see only 3 x 3 around you, then report the size of
the region you can reach and how many gems it holds.

The grid has R rows and C columns of cells: walls (#), open cells (.) and open cells holding a
gem (*). The model starts on an open cell without a gem and sees only the 3 x 3 block around it (itself as @,
outside the grid as #). Each turn it either moves one cell (U, D, L or R; a move into a wall
costs the turn) or gives its one final answer "answer N G": N the number of open cells it can
reach from the start by moves (the start included), G how many of those hold a gem. A right
answer solves the episode (reward 1); a wrong one ends it (reward 0).

Open cells seen diagonally may be cut off from the start: only cells joined by moves count.

Turn limit: 2 (N - 1) moves and the answer. A depth-first walk that steps on every reachable
cell uses at most 2 (N - 1) moves (each edge of its search tree twice), and then everything
reachable and every wall around it has been seen. The scripted policy is such a walk, stopping
as soon as no reachable known cell has an unseen side (so it often answers well before the
limit).

Difficulty schedule:

    d           0     1     2     3     5    10    20  ...  d
    R (rows)    6     6     6     6     7     8    11  ...  6 + d // 4
    C (cols)    6     6     7     7     7     9    11  ...  6 + (d + 2) // 4
    turns     ~48   ~46   ~55   ~55   ~62   ~92  ~159  ...  2 (N - 1) + 1 (per instance)

Rows and columns each grow every four levels, in turn; wall density (15-45%) and gem density (5-50%)
are drawn per instance and the start's region covers at least a third of the grid, so the pair
(N, G) is spread out: at d = 0 no pair is the answer on more than about 3% of instances, and
a blind answer is rarely right.
"""

from __future__ import annotations

from rlve_gym.answers import ParseError
from rlve_gym.envs.interactive._plans import next_planned_action
from rlve_gym.grids import MOVES
from rlve_gym.interactive import InteractiveEnvironment, Outcome

Cell = tuple[int, int]


def reachable(grid: list[str], start: Cell) -> list[Cell]:
    """Open cells joined to ``start`` by moves (depth-first search)."""
    seen, stack = {start}, [start]
    while stack:
        r, c = stack.pop()
        for dr, dc in MOVES.values():
            nr, nc = r + dr, c + dc
            if (
                0 <= nr < len(grid)
                and 0 <= nc < len(grid[0])
                and grid[nr][nc] != "#"
                and (nr, nc) not in seen
            ):
                seen.add((nr, nc))
                stack.append((nr, nc))
    return sorted(seen)


def view(grid: list[str], at: Cell) -> list[str]:
    rows = []
    for r in range(at[0] - 1, at[0] + 2):
        line = ""
        for c in range(at[1] - 1, at[1] + 2):
            if (r, c) == at:
                line += "@"
            elif 0 <= r < len(grid) and 0 <= c < len(grid[0]):
                line += grid[r][c]
            else:
                line += "#"
        rows.append(line)
    return rows


def _plan(instance):
    """The scripted policy as a generator: yields moves or the answer, receives (position,
    view rows)."""
    grid = instance["grid"]
    at: Cell = tuple(instance["start"])
    known: dict[Cell, str] = {}
    region: set[Cell] = set()  # cells known to be reachable
    unseen_sides: dict[Cell, int] = {}  # for each cell of the region, its sides not yet seen

    def sides(cell: Cell):
        return [(cell[0] + dr, cell[1] + dc) for dr, dc in MOVES.values()]

    def join(cell: Cell) -> None:
        stack = [cell]
        region.add(cell)
        while stack:
            here = stack.pop()
            unseen_sides[here] = sum(side not in known for side in sides(here))
            for side in sides(here):
                if known.get(side, "#") != "#" and side not in region:
                    region.add(side)
                    stack.append(side)

    def look(position: Cell, rows: list[str]) -> None:
        for i, line in enumerate(rows):
            for j, ch in enumerate(line):
                cell = (position[0] - 1 + i, position[1] - 1 + j)
                if cell in known:
                    continue
                known[cell] = "." if ch == "@" else ch
                for side in sides(cell):
                    if side in region:
                        unseen_sides[side] -= 1
                if ch != "#" and any(side in region for side in sides(cell)):
                    join(cell)

    look(at, view(grid, at))
    join(at)
    entered: dict[Cell, Cell | None] = {at: None}
    while any(unseen_sides.values()):
        fresh = [
            (letter, (at[0] + dr, at[1] + dc))
            for letter, (dr, dc) in MOVES.items()
            if known.get((at[0] + dr, at[1] + dc), "#") != "#"
            and (at[0] + dr, at[1] + dc) not in entered
        ]
        if fresh:
            letter, nxt = fresh[0]
            entered[nxt] = at
        else:
            back = entered[at]
            letter = next(k for k, (dr, dc) in MOVES.items() if (at[0] + dr, at[1] + dc) == back)
        position, rows = yield letter
        at = tuple(position)
        look(at, rows)
    gems = sum(known[cell] == "*" for cell in region)
    while True:
        yield f"answer {len(region)} {gems}"


class HiddenGridRegionSurvey(InteractiveEnvironment):
    description = "Explore a grid seen only 3 x 3 around you, then report how many open cells are reachable and how many gems they hold"
    action_example = "U"
    max_answer_chars = 400_000

    def schedule(self, difficulty):
        return {"rows": 6 + difficulty // 4, "cols": 6 + (difficulty + 2) // 4}

    def generate_instance(self, rng, sizes):
        rows, cols = sizes["rows"], sizes["cols"]
        wall_share = rng.uniform(0.15, 0.45)
        gem_share = rng.uniform(0.05, 0.5)
        for _ in range(30):  # a start whose region covers at least a third of the grid
            cells = [
                "#" if rng.random() < wall_share else "*" if rng.random() < gem_share else "."
                for _ in range(rows * cols)
            ]
            grid = ["".join(cells[r * cols : (r + 1) * cols]) for r in range(rows)]
            opened = [(r, c) for r in range(rows) for c in range(cols) if grid[r][c] != "#"]
            if not opened:
                continue
            start = rng.choice(opened)
            region = reachable(grid, start)
            if 3 * len(region) >= rows * cols:
                break
        else:  # (rare) no walls at all
            grid = [
                "".join("*" if rng.random() < gem_share else "." for _ in range(cols))
                for _ in range(rows)
            ]
            start = (rng.randrange(rows), rng.randrange(cols))
            region = reachable(grid, start)
        row = grid[start[0]]
        grid[start[0]] = row[: start[1]] + "." + row[start[1] + 1 :]  # no gem under the start
        return {
            "grid": grid,
            "start": list(start),
            "cells": len(region),
            "gems": sum(grid[r][c] == "*" for r, c in region),
            "turn_limit": 2 * (len(region) - 1) + 1,
        }

    def render(self, instance):
        grid, (sr, sc) = instance["grid"], instance["start"]
        return (
            f"You are on a grid of {len(grid)} rows and {len(grid[0])} columns (row 1 is the top, "
            "column 1 the left). Each cell is a wall (#), open (.), or open with a gem (*). You "
            "see only the 3 x 3 block around you, where @ is you and cells outside the grid show "
            "as #.\n"
            "Find out how many open cells (with or without a gem) you can reach from your start "
            "by moves, the start included, and how many of them hold a gem. Cells you can see "
            "but cannot walk to do not count.\n"
            f"You start in row {sr + 1}, column {sc + 1} (a cell without a gem), and see:\n"
            + "\n".join(view(grid, (sr, sc)))
            + "\nEach turn, either move one cell by writing one letter: U (up), D (down), L "
            "(left) or R (right) (moving into a wall uses the turn and you stay); or give your "
            "final answer by writing: answer N G (N the number of reachable open cells, G the "
            "number of gems among them). The first answer ends the game: you win if both "
            f"numbers are right. You have at most {instance['turn_limit']} turns in all."
        )

    def parse_action(self, text, instance):
        words = text.split()
        if words and words[0].lower() == "answer":
            if len(words) != 3 or not all(w.isdigit() and len(w) <= 9 for w in words[1:]):
                raise ParseError("write: answer N G, with two whole numbers")
            return int(words[1]), int(words[2])
        if len(words) == 2 and words[0].lower() == "move":
            words = words[1:]
        if len(words) != 1 or words[0].upper() not in MOVES:
            raise ParseError("write one move (U, D, L or R) or: answer N G")
        return words[0].upper()

    def initial_state(self, instance):
        return {"at": tuple(instance["start"]), "history": []}

    def apply(self, instance, state, action):
        if isinstance(action, tuple):
            if list(action) == [instance["cells"], instance["gems"]]:
                return Outcome("Right. Solved.", solved=True)
            return Outcome("Wrong. The game is over.", over=True)
        grid = instance["grid"]
        r, c = state["at"]
        dr, dc = MOVES[action]
        nr, nc = r + dr, c + dc
        if not (0 <= nr < len(grid) and 0 <= nc < len(grid[0])) or grid[nr][nc] == "#":
            return Outcome(f"Wall: you stay in row {r + 1}, column {c + 1}.")
        state["at"] = (nr, nc)
        sight = view(grid, (nr, nc))
        state["history"].append((action, ((nr, nc), sight)))
        return Outcome("\n".join(sight) + f"\nYou are in row {nr + 1}, column {nc + 1}.")

    def policy(self, instance, state, actions):
        return next_planned_action(state, lambda: _plan(instance), state["history"])

    def random_action(self, instance, state, rng):
        if rng.random() < 0.05:
            return f"answer {rng.randint(1, 3 * len(instance['grid']) * len(instance['grid'][0]) // 4)} {rng.randint(0, 10)}"
        return rng.choice("UDLR")
