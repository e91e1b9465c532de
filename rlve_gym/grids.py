"""Shared pieces for environments on rectangular grids of characters.

Conventions every grid environment follows, so that prompts read alike:

* a grid is a list of equal-length strings, row 0 first (plain strings: instances are JSON);
* a cell is ``(row, column)``, 0-based in code; prompts number rows and columns from 1, row 1
  at the top and column 1 at the left;
* moves are the letters ``U`` (row - 1), ``D`` (row + 1), ``L`` (column - 1), ``R`` (column + 1);
* ``.`` is an open cell and ``#`` a wall unless an environment says otherwise.

Everything here is plain Python: grids in prompts stay small (a few thousand cells at most),
where a breadth-first search takes well under a millisecond.
"""

from __future__ import annotations

import random
from collections import deque
from collections.abc import Iterator

from .answers import ParseError

Cell = tuple[int, int]

OPEN = "."
WALL = "#"

#: move letter -> (row step, column step); the order is the tie-break order of searches
MOVES: dict[str, Cell] = {"U": (-1, 0), "D": (1, 0), "L": (0, -1), "R": (0, 1)}


def render_char_grid(rows: list[str], spaced: bool = False) -> str:
    """One line per row; ``spaced`` puts a space between cells (easier to count for long rows)."""
    return "\n".join(" ".join(row) if spaced else row for row in rows)


def neighbours(height: int, width: int, cell: Cell) -> Iterator[tuple[str, Cell]]:
    """(move letter, cell) for each in-bounds 4-neighbour, in ``MOVES`` order."""
    r, c = cell
    for letter, (dr, dc) in MOVES.items():
        nr, nc = r + dr, c + dc
        if 0 <= nr < height and 0 <= nc < width:
            yield letter, (nr, nc)


def bfs_distances(rows: list[str], start: Cell, passable: str = OPEN) -> list[list[int]]:
    """Steps from ``start`` to every cell over cells whose character is in ``passable``; -1 if
    unreachable (or if ``start`` itself is not passable)."""
    height, width = len(rows), len(rows[0])
    dist = [[-1] * width for _ in range(height)]
    if rows[start[0]][start[1]] not in passable:
        return dist
    dist[start[0]][start[1]] = 0
    queue = deque([start])
    while queue:
        cell = queue.popleft()
        for _, (nr, nc) in neighbours(height, width, cell):
            if dist[nr][nc] < 0 and rows[nr][nc] in passable:
                dist[nr][nc] = dist[cell[0]][cell[1]] + 1
                queue.append((nr, nc))
    return dist


def shortest_path_moves(
    rows: list[str], start: Cell, goal: Cell, passable: str = OPEN
) -> str | None:
    """A shortest move string from ``start`` to ``goal``, or None when unreachable.

    Walks back from the goal along decreasing distances, so the result is deterministic."""
    dist = bfs_distances(rows, goal, passable)  # distances to the goal
    if dist[start[0]][start[1]] < 0:
        return None
    height, width = len(rows), len(rows[0])
    moves, cell = [], start
    while cell != goal:
        here = dist[cell[0]][cell[1]]
        for letter, (nr, nc) in neighbours(height, width, cell):
            if dist[nr][nc] == here - 1:
                moves.append(letter)
                cell = (nr, nc)
                break
    return "".join(moves)


def follow_moves(
    rows: list[str], start: Cell, moves: str, passable: str = OPEN
) -> tuple[Cell | None, str]:
    """Walk ``moves`` from ``start``. Returns (end cell, "") or (None, why the walk is illegal),
    with 1-based move numbers, rows and columns in the reason."""
    height, width = len(rows), len(rows[0])
    r, c = start
    for step, letter in enumerate(moves, start=1):
        dr, dc = MOVES[letter]
        r, c = r + dr, c + dc
        if not (0 <= r < height and 0 <= c < width):
            return None, f"move {step} ({letter}) leaves the grid"
        if rows[r][c] not in passable:
            return (
                None,
                f"move {step} ({letter}) enters the blocked cell at row {r + 1}, column {c + 1}",
            )
    return (r, c), ""


def parse_moves(text: str, max_len: int) -> str:
    """A string of U/D/L/R (any case; spaces and commas between moves are ignored)."""
    if len(text) > 4 * max_len + 16:
        raise ParseError(f"answer is too long: at most {max_len} moves expected")
    moves = "".join(ch for ch in text if ch not in " \t\r\n,").upper()
    if len(moves) > max_len:
        raise ParseError(f"{len(moves)} moves, at most {max_len} expected")
    bad = set(moves) - set(MOVES)
    if bad:
        shown = sorted(bad)[0]
        raise ParseError(f"{shown!r} is not a move; use only U, D, L and R")
    return moves


def carve_maze(
    rng: random.Random, cell_rows: int, cell_cols: int, loop_percent: int = 0
) -> list[str]:
    """A maze of ``.`` and ``#`` with (2 cell_rows - 1) rows and (2 cell_cols - 1) columns.

    Rooms sit at even (row, column); a randomised depth-first search knocks out the walls between
    them to form a spanning tree (long winding corridors, every room reachable), then each wall
    still standing between two rooms is opened with probability ``loop_percent`` / 100, adding
    loops (and with them, sometimes, several shortest routes). Cells at odd (row, column) stay
    walls. The four corners are rooms, so they are always open and connected."""
    height, width = 2 * cell_rows - 1, 2 * cell_cols - 1
    grid = [[WALL] * width for _ in range(height)]
    grid[0][0] = OPEN
    seen = {(0, 0)}
    stack = [(0, 0)]
    while stack:
        r, c = stack[-1]
        unvisited = [
            (r + dr, c + dc)
            for dr, dc in MOVES.values()
            if 0 <= r + dr < cell_rows and 0 <= c + dc < cell_cols and (r + dr, c + dc) not in seen
        ]
        if not unvisited:
            stack.pop()
            continue
        nr, nc = rng.choice(unvisited)
        grid[r + nr][c + nc] = OPEN  # the wall between room (r, c) and room (nr, nc)
        grid[2 * nr][2 * nc] = OPEN
        seen.add((nr, nc))
        stack.append((nr, nc))
    for r in range(height):
        for c in range(
            (r + 1) % 2, width, 2
        ):  # walls between two rooms: exactly one odd coordinate
            if grid[r][c] == WALL and rng.random() * 100 < loop_percent:
                grid[r][c] = OPEN
    return ["".join(row) for row in grid]


def differing_cells(grid: list[list[int]], other: list[list[int]]) -> int:
    """How many cells of two grids of the same shape hold different values (a checker's count
    of wrong entries in an answer matrix)."""
    return sum(
        a != b
        for row, other_row in zip(grid, other, strict=True)
        for a, b in zip(row, other_row, strict=True)
    )
