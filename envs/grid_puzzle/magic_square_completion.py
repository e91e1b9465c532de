"""MagicSquareCompletion: fill the empty cells of an N x N magic square.

The grid must hold every number 1..N^2 exactly once, and every row, every column and both main
diagonals must add up to the magic constant N (N^2 + 1) / 2. Some cells are given. The solver
answers with the completed grid; any grid meeting the rules is correct. Up to N = 7 the givens
leave exactly one completion (the prompt says so); beyond, they are a random 30% of the cells of
a planted square and any valid completion is accepted. Scores are binary.

Generation plants a random magic square: up to N = 5 the constraint solver finds one with
random value orders (all-different plus 2N + 2 linear sums); for N prime to 6 (7, 11, 13, ...)
it is N * A + B + 1 for two orthogonal "linear" Latin squares A, B (entries (a i + b j) mod N
with every line, diagonals included, holding each residue once) under random relabelings of
their residues; otherwise a classical construction (the Siamese method for odd N, the
complemented-diagonals method for N divisible by 4) is transformed at random by a symmetric
permutation of rows and columns (the same permutation on both, mapping mirror-image lines to
mirror-image lines, which keeps both diagonals), one of the 8 symmetries of the square and
possibly the complement x -> N^2 + 1 - x. Up to N = 7 cells are
then emptied in random order while a search of at most 100 branchings still proves the
completion unique, until the blank share below is reached or no given can go.

Difficulty schedule (N skips 6, 10, 14, ...: sizes 2 mod 4 need a different construction):

    d               0-2   3-5   6-8   9-11  12-14  15-17  18-20  ...  d
    N                4     5     7     8     9      11     12    ...  k-th of 4, 5, 7, 8, 9, 11, ... (k = d // 3)
    blank_percent   40 + 5d up to 100 (d >= 12); past N = 7 a fixed 70% of the cells are empty

Level 0 is 4 x 4 (there are only 8 magic squares of order 3, so a fixed answer would often be
right; there are 7,040 of order 4). The board grows every three levels and, up to level 12, the
share of cells the generator tries to empty grows every level; at 100% a 4 x 4 square keeps
about 4 givens, a 7 x 7 square about 26. Unique puzzles stop at 7 x 7 (49 values is within the
solver's 63-value domains, 64 is not).
"""

from __future__ import annotations

import math

from rlve_gym.envs.grid_puzzle._number_grid import (
    NumberGridCompletion,
    answer_text,
    format_grid,
    proven_givens,
    puzzle_grid,
    random_arrangement,
    random_fill,
    to_rows,
    whole_grid,
)
from rlve_gym.kernels.constraint_solver import ConstraintModel

#: the largest order whose givens are thinned with a uniqueness proof
UNIQUE_MAX_SIDE = 7
#: the largest order whose planted square the solver draws (random value orders)
SOLVER_FILL_MAX_SIDE = 5
#: branchings allowed: drawing a random square with the solver, one uniqueness proof
FILL_NODES = 10_000
PROOF_NODES = 100
#: cells given past the uniqueness cap (percent)
RANDOM_GIVEN_PERCENT = 30


def order_for(k: int) -> int:
    """The k-th order (from 0) among 4, 5, 7, 8, 9, 11, 12, ...: no order 2 mod 4, no 3."""
    return 4 + 4 * (k // 3) + (0, 1, 3)[k % 3]


def magic_constant(n: int) -> int:
    return n * (n * n + 1) // 2


def magic_lines(n: int) -> list[tuple[str, list[tuple[int, int]]]]:
    rows = [(f"row {r + 1}", [(r, c) for c in range(n)]) for r in range(n)]
    cols = [(f"column {c + 1}", [(r, c) for r in range(n)]) for c in range(n)]
    diagonals = [
        ("the main diagonal", [(i, i) for i in range(n)]),
        ("the anti-diagonal", [(i, n - 1 - i) for i in range(n)]),
    ]
    return rows + cols + diagonals


def magic_model(n: int) -> ConstraintModel:
    model = ConstraintModel(n * n, 1, n * n).all_different(range(n * n))
    total = magic_constant(n)
    for _, cells in magic_lines(n):
        model.linear([r * n + c for r, c in cells], lo=total, hi=total)
    return model


def classical_square(n: int) -> list[list[int]]:
    """Siamese method for odd n; complemented 4 x 4 sub-block diagonals for n divisible by 4."""
    if n % 2 == 1:
        grid = [[0] * n for _ in range(n)]
        r, c = 0, n // 2
        for x in range(1, n * n + 1):
            grid[r][c] = x
            up, right = (r - 1) % n, (c + 1) % n
            if grid[up][right]:
                r = (r + 1) % n
            else:
                r, c = up, right
        return grid
    if n % 4 != 0:
        raise ValueError(f"no construction here for order {n} (2 mod 4)")
    return [
        [
            n * n + 1 - (r * n + c + 1) if r % 4 == c % 4 or r % 4 + c % 4 == 3 else r * n + c + 1
            for c in range(n)
        ]
        for r in range(n)
    ]


def linear_square(rng, n: int) -> list[list[int]]:
    """For n prime to 6: n * A + B + 1 with A = s((a i + b j) mod n), B = t((c i + e j) mod n),
    where a, b, a + b, a - b (and c, e, ...) are units mod n, so every row, column and diagonal
    of A and B holds each residue once, and a e - b c is a unit, so the pairs (A, B) are all
    different; s and t are random permutations of the residues."""
    units = [u for u in range(1, n) if math.gcd(u, n) == 1]

    def steps():
        while True:
            a, b = rng.choice(units), rng.choice(units)
            if math.gcd(a + b, n) == 1 and math.gcd(a - b, n) == 1:
                return a, b

    while True:
        (a, b), (c, e) = steps(), steps()
        if math.gcd(a * e - b * c, n) == 1:
            break
    s, t = rng.sample(range(n), n), rng.sample(range(n), n)
    return [
        [n * s[(a * i + b * j) % n] + t[(c * i + e * j) % n] + 1 for j in range(n)]
        for i in range(n)
    ]


def transformed_square(rng, n: int) -> list[list[int]]:
    """A random square of the linear family for n prime to 6; else a classical square under a
    random symmetric line permutation, symmetry and complement."""
    if math.gcd(n, 6) == 1:
        return linear_square(rng, n)
    half = rng.sample(range(n // 2), n // 2)
    perm = [0] * n
    for i, j in enumerate(half):  # pair i <-> j, possibly flipped to the mirror side
        if rng.random() < 0.5:
            perm[i], perm[n - 1 - i] = j, n - 1 - j
        else:
            perm[i], perm[n - 1 - i] = n - 1 - j, j
    if n % 2:
        perm[n // 2] = n // 2
    base = classical_square(n)
    grid = [[base[perm[r]][perm[c]] for c in range(n)] for r in range(n)]
    if rng.random() < 0.5:
        grid = [list(row) for row in zip(*grid)]
    for _ in range(rng.randrange(4)):  # quarter turns
        grid = [list(row) for row in zip(*grid[::-1])]
    if rng.random() < 0.5:
        grid = [[n * n + 1 - x for x in row] for row in grid]
    return grid


def wrong_line_sum(grid, n: int) -> str | None:
    total = magic_constant(n)
    for label, cells in magic_lines(n):
        s = sum(grid[r][c] for r, c in cells)
        if s != total:
            return f"{label} adds up to {s}, not {total}"
    return None


class MagicSquareCompletion(NumberGridCompletion):
    description = "The completed grid of a partially filled N x N magic square"
    answer_example = "1 2\n3 4"
    catalog_name = "MagicSquarePuzzle"
    max_answer_chars = 400_000

    def schedule(self, difficulty):
        return {
            "n": order_for(difficulty // 3),
            "blank_percent": min(100, 40 + 5 * difficulty),
        }

    def generate_instance(self, rng, sizes):
        n = sizes["n"]
        unique = n <= UNIQUE_MAX_SIDE
        model = magic_model(n) if unique else None
        solution = None
        if n <= SOLVER_FILL_MAX_SIDE:
            cells = model.shuffle_values(rng).solve(max_nodes=FILL_NODES)
            model.shuffle_values(None)
            solution = None if cells is None else to_rows(cells, n)
        if solution is None:
            solution = transformed_square(rng, n)
        order = rng.sample(range(n * n), n * n)
        if unique:
            given = proven_givens(model, solution, order, sizes["blank_percent"], PROOF_NODES)
        else:
            given = set(order[: n * n * RANDOM_GIVEN_PERCENT // 100])
        return {"puzzle": puzzle_grid(solution, given), "solution": solution, "unique": unique}

    def render(self, instance):
        n = len(instance["puzzle"])
        uniqueness = (
            "The given numbers determine the completion uniquely."
            if instance["unique"]
            else "Any completion that obeys the rules is accepted."
        )
        return (
            f"Complete this {n} x {n} magic square ('.' marks an empty cell):\n\n"
            f"{format_grid(instance['puzzle'])}\n\n"
            f"Fill the empty cells so that the grid contains every number from 1 to {n * n} "
            f"exactly once and every row, every column and both main diagonals (top-left to "
            f"bottom-right and top-right to bottom-left) add up to {magic_constant(n)}. The "
            f"given numbers must stay. {uniqueness}\n"
            f"Answer with the completed grid: {n} lines, one per row from top to bottom, each "
            f"with {n} numbers separated by spaces (for a 2 x 2 grid of rows '1 2' and '3 4' you "
            "would write those two lines)."
        )

    def largest_value(self, instance):
        return len(instance["puzzle"]) ** 2

    def distinct_lines(self, instance):
        n = len(instance["puzzle"])
        return whole_grid(n, n)

    def rule_violation(self, instance, grid):
        return wrong_line_sum(grid, len(instance["puzzle"]))

    def random_answer(self, problem, rng, other):
        """The givens kept and the missing numbers placed in a random order."""
        puzzle = problem.instance["puzzle"]
        n = len(puzzle)
        arrangement = random_arrangement(rng, puzzle, n * n)
        if rng.random() < 0.2:
            return random_fill(rng, puzzle, 1, n * n)
        return arrangement

    def near_misses(self, problem):
        instance = problem.instance
        solution = instance["solution"]
        n = len(solution)
        empty = [
            (r, c)
            for r, row in enumerate(instance["puzzle"])
            for c, x in enumerate(row)
            if x is None
        ]
        misses = []
        if len(empty) >= 2:  # two empty cells swapped: some line sum changes
            (r1, c1), (r2, c2) = (
                empty[0],
                next(
                    (
                        cell
                        for cell in empty[1:]
                        if cell[0] != empty[0][0] and cell[1] != empty[0][1]
                    ),
                    empty[1],
                ),
            )
            grid = [list(row) for row in solution]
            grid[r1][c1], grid[r2][c2] = grid[r2][c2], grid[r1][c1]
            misses.append(grid)
        bumped = [list(row) for row in solution]
        r, c = empty[0] if empty else (0, 0)
        bumped[r][c] = solution[r][c] % (n * n) + 1  # a repeated number
        misses.append(bumped)
        misses.append([[n * n + 1 - x for x in row] for row in solution])  # complement: givens
        misses.append([row[::-1] for row in solution])  # mirrored: givens move
        return [answer_text(m) for m in misses if not self.check(instance, m, None).correct]
