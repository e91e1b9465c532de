"""NeighbourhoodParityGrid: build a 0/1 grid whose cell-plus-neighbours parities match a target.

For a 0/1 grid X, the parity of a cell is the XOR (sum modulo 2) of X at that cell and at its up
to four side-adjacent neighbours. The solver sees the parity of every cell (a 0/1 grid P) and must
write any 0/1 grid X with exactly these parities (the "Lights Out" equations). Every such grid is
accepted: the checker recomputes all parities of the answer. On some sizes the equations have
many solutions (4 x 4: 16 of them for every reachable P), on others exactly one. Only a grid
matching every parity counts; there is no partial credit (a random grid already matches half of
the cells).

Instances are planted: X is a uniformly random 0/1 grid and P its parities, so a solution exists;
P is never all 0 (that would make the all-0 grid an answer). The reference solves the equations
by "light chasing": the first row of X is left as unknowns, each later row is forced by the
parities of the row above it, and the last row's parities become a small linear system over
GF(2) (bitmask rows, Gaussian elimination), O(rows * cols * cols / 64) word operations.

Difficulty schedule:

    d        0   1   2   3   4  ...  10  ...  20  ...  d
    rows     4   4   5   5   6  ...   9  ...  14  ...  4 + d // 2
    cols     4   5   5   6   6  ...   9  ...  14  ...  4 + (d + 1) // 2

Level 0 is 4x4 (3x3 has only 511 possible puzzles, too few distinct prompts); one side grows
every level, so the number of unknowns grows with the area and the chasing gets longer.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_grid
from rlve_gym.grids import render_char_grid

BITS = frozenset({"0", "1"})


def parities(grid: list[list[int]]) -> list[list[int]]:
    """P[r][c] = XOR of grid at (r, c) and at its side-adjacent neighbours."""
    rows, cols = len(grid), len(grid[0])
    out = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            bit = grid[r][c]
            if r:
                bit ^= grid[r - 1][c]
            if r + 1 < rows:
                bit ^= grid[r + 1][c]
            if c:
                bit ^= grid[r][c - 1]
            if c + 1 < cols:
                bit ^= grid[r][c + 1]
            out[r][c] = bit
    return out


def grid_with_parities(target: list[list[int]]) -> list[list[int]] | None:
    """One 0/1 grid whose parities are ``target`` (free unknowns set to 0), or None if none is.

    Every cell is an affine form over the first row's unknowns: a bitmask with bit j for unknown
    j and bit ``cols`` for the constant 1."""
    rows, cols = len(target), len(target[0])
    one = 1 << cols
    forms = [[1 << j for j in range(cols)]]
    for r in range(rows):  # the parity of row r fixes row r + 1 (or gives the final equations)
        below = []
        for c in range(cols):
            form = forms[r][c] ^ (one if target[r][c] else 0)
            if r:
                form ^= forms[r - 1][c]
            if c:
                form ^= forms[r][c - 1]
            if c + 1 < cols:
                form ^= forms[r][c + 1]
            below.append(form)  # row r + 1 must equal this; for r = rows - 1 it must be 0
        if r + 1 < rows:
            forms.append(below)
    equations = below  # each form must evaluate to 0
    pivots: dict[int, int] = {}  # pivot bit -> equation with that lowest unknown bit, reduced
    for eq in equations:
        for bit, row in pivots.items():
            if eq >> bit & 1:
                eq ^= row
        unknowns = eq & (one - 1)
        if not unknowns:
            if eq:  # 0 = 1
                return None
            continue
        bit = (unknowns & -unknowns).bit_length() - 1
        for other in pivots:
            if pivots[other] >> bit & 1:
                pivots[other] ^= eq
        pivots[bit] = eq
    first = [0] * cols  # free unknowns 0; a pivot unknown equals the constant of its equation
    for bit, eq in pivots.items():
        first[bit] = 1 if eq & one else 0
    chosen = sum(v << j for j, v in enumerate(first)) | one  # the constant bit reads as 1
    return [[(form & chosen).bit_count() & 1 for form in row] for row in forms]


class NeighbourhoodParityGrid(Environment):
    description = "A 0/1 grid whose cell-plus-neighbours XOR equals a given parity grid"
    answer_kind = "grid"
    multiple_valid_answers = True
    answer_example = "0 1\n1 1"
    catalog_name = "GridParityConstruction"

    def schedule(self, difficulty):
        return {"rows": 4 + difficulty // 2, "cols": 4 + (difficulty + 1) // 2}

    def generate_instance(self, rng, sizes):
        rows, cols = sizes["rows"], sizes["cols"]
        while True:  # P = 0 only for the few grids in the kernel: rarely redrawn
            planted = [[rng.randint(0, 1) for _ in range(cols)] for _ in range(rows)]
            target = parities(planted)
            if any(map(any, target)):
                break
        return {"parity": ["".join(map(str, row)) for row in target]}

    def solve(self, instance):
        return grid_with_parities([[int(ch) for ch in row] for row in instance["parity"]])

    def format_answer(self, answer):
        return "\n".join(" ".join(map(str, row)) for row in answer)

    def render(self, instance):
        target = instance["parity"]
        rows, cols = len(target), len(target[0])
        return (
            f"Find a grid X with {rows} rows and {cols} columns in which every cell is 0 or 1, "
            "such that for every cell, the XOR (the sum modulo 2) of X at that cell and at the "
            "cells sharing a side with it (up, down, left, right; cells on the border have fewer "
            "neighbours) equals the value given for that cell below:\n"
            f"{render_char_grid(target, spaced=True)}\n\n"
            "For example, the 2 x 2 grid X with rows '0 1' and '1 1' gives the values "
            "'0 0' and '0 1' (top-left: 0 XOR 1 XOR 1 = 0).\n"
            f"Answer with X: {rows} lines, each with the {cols} values of one row separated by "
            "spaces. If several grids work, any one of them is accepted."
        )

    def parse(self, text, instance):
        target = instance["parity"]
        grid = parse_grid(text, len(target), len(target[0]), cells=BITS)
        return [[int(t) for t in row] for row in grid]

    def check(self, instance, answer, reference):
        got = parities(answer)
        wrong = sum(
            got[r][c] != int(ch)
            for r, row in enumerate(instance["parity"])
            for c, ch in enumerate(row)
        )
        if wrong == 0:
            return Verdict.right()
        cells = len(instance["parity"]) * len(instance["parity"][0])
        return Verdict.wrong(f"{wrong} of the {cells} cells have the wrong XOR value")

    def random_answer(self, problem, rng, other):
        target = problem.instance["parity"]
        return "\n".join(" ".join(str(rng.randint(0, 1)) for _ in target[0]) for _ in target)

    def near_misses(self, problem):
        grid = [[int(t) for t in line.split()] for line in problem.answer.splitlines()]
        misses = []
        for r, c in ((0, 0), (len(grid) // 2, len(grid[0]) // 2), (len(grid) - 1, 0)):
            flipped = [row[:] for row in grid]
            flipped[r][c] ^= 1  # one flip changes the value of that cell (and its neighbours)
            misses.append(self.format_answer(flipped))
        misses.append(self.format_answer([[0] * len(grid[0]) for _ in grid]))
        return misses
