"""Grid local minima: count the numberings of a 2 x C grid whose local minima are exactly the marked cells.

The numbers 1 .. 2C are written once each into a grid of 2 rows and C columns. Two cells are
neighbours when they share a side or a corner; a cell is a local minimum when its number is
smaller than the numbers of all its neighbours. Given a set X of marked cells, the task asks how
many numberings have exactly X as their set of local minima, modulo a prime.

Solver. Inclusion-exclusion over the sets Y of "forced" minima, Y a superset of X with no two
cells of Y neighbours: the answer is the sum over such Y of (-1)^(|Y| - |X|) h(Y), where h(Y)
counts the numberings in which every cell of Y is a local minimum (others may be minima too).
Give every cell an independent uniform value in [0, 1]; h(Y) / (2C)! is the probability that
every cell of Y is below its neighbours. Integrate out the cells outside Y first: such a cell
only has to exceed the largest value of its neighbours in Y, which has probability
1 - max(...). With two rows this is a chain: a column holds at most one cell of Y, two columns
holding a cell of Y are never adjacent, the other cell of a Y column sees only that cell, and
both cells of an empty column see the Y cells of the two columns beside it (whatever their
rows). So the sum over Y is a left-to-right sweep whose state is a polynomial in the value u of
the last Y cell (exact arithmetic modulo the prime, which exceeds the polynomial degrees, so
the 1 / (i + 1) of each integration is a modular inverse). An unmarked Y column weighs -2 (two
rows, sign -1), a marked one +1. A column costs O(C) operations, the whole count O(C^2).

Why two rows: the same integration works for more rows, but from three rows on a column step
must integrate a two-variable piecewise polynomial of degree about 3C against four variables at
once (an empty column between two columns holding their top and bottom cells), which is far
heavier; the classical exact method (numbering the marked cells by a subset DP inside the
inclusion-exclusion) is exponential in the number of forced minima. Two rows keep the solver
exact and polynomial at every difficulty, and the number of columns grows without bound.

Difficulty schedule (the number of marked cells K is drawn from min_marked .. ceil(C/2) - 1,
just short of the densest packing, which for odd C is a single pattern; its lower end grows
with C):

    d            0   1   2   3   4   5   6  ...  10  ...  20  ...  d
    rows         2   2   2   2   2   2   2  ...   2  ...   2  ...  2
    columns     10  11  12  13  14  15  16  ...  20  ...  30  ...  10 + d
    min_marked   2   2   3   3   3   3   4  ...   5  ...   7  ...  max(2, (10 + d) // 4)

The count depends only on which columns are marked (not on the rows), so short grids hold few
distinct counts: level 0 starts at ten columns and two marks, where a guess no longer hits.
One column is added at every level, so the numberings (2C)! grow fast and the answer is asked
modulo a prime from ``COUNTING_PRIMES`` at every level.
"""

from __future__ import annotations

from rlve_gym.grids import render_char_grid
from rlve_gym.kernels.combinatorics import FactorialTable, choose_prime
from rlve_gym.modular import ModularCountEnvironment, modulus_sentence

ROWS = 2
MARK = "X"
PLAIN = "."


def _integral_from_zero(poly: list[int], inverses: list[int], mod: int) -> list[int]:
    """Coefficients of v -> integral of ``poly`` from 0 to v (``inverses[i]`` = 1/i mod ``mod``)."""
    return [0] + [coef * inverses[i + 1] % mod for i, coef in enumerate(poly)]


def _times_one_minus(poly: list[int], power: int, mod: int) -> list[int]:
    """``poly`` multiplied by (1 - v)^power."""
    for _ in range(power):
        poly = [
            ((poly[i] if i < len(poly) else 0) - (poly[i - 1] if i else 0)) % mod
            for i in range(len(poly) + 1)
        ]
    return poly


def _add(first: list[int] | None, second: list[int], mod: int) -> list[int]:
    if first is None:
        return second
    if len(first) < len(second):
        first, second = second, first
    return [(a + (second[i] if i < len(second) else 0)) % mod for i, a in enumerate(first)]


def _scale(poly: list[int], factor: int, mod: int) -> list[int]:
    return [coef * factor % mod for coef in poly]


def _integral_zero_one(poly: list[int], inverses: list[int], mod: int) -> int:
    return sum(coef * inverses[i + 1] for i, coef in enumerate(poly)) % mod


def count_two_row_numberings(columns: int, marked: dict[int, int], mod: int) -> int:
    """Numberings of a 2 x ``columns`` grid whose local minima (8 neighbours) are exactly the
    cells ``{(row, col): col -> row in marked}``, modulo the prime ``mod`` (> 2 * columns + 2).

    ``marked`` maps a column to the row (0 or 1) of its marked cell; at most one cell per column
    can be a minimum, so a column with two marked cells cannot be expressed and means a count 0
    (the caller checks that). Marked cells in adjacent columns give 0.
    """
    cells = ROWS * columns
    inverses = [0, 1]
    for i in range(2, cells + 4):
        inverses.append((mod - (mod // i) * inverses[mod % i] % mod) % mod)
    # after column j: ``ending_y`` = column j holds a Y cell of value u (poly in u); ``pending``
    # = column j is empty and column j - 1 holds a Y cell of value u (column j's two factors
    # wait for column j + 1); ``settled`` = column j is empty, column j - 1 is not a Y column.
    first_weight = 1 if 0 in marked else mod - 2
    ending_y: list[int] | None = [first_weight, mod - first_weight]  # the partner cell: (1 - u)
    pending: list[int] | None = None
    settled = 0 if 0 in marked else 1
    for col in range(1, columns):
        weight = 1 if col in marked else mod - 2
        new_y: list[int] | None = None
        if pending is not None:
            # column col - 1 is empty; its two cells see u and the new Y value v:
            # int_0^1 F(u) (1 - max(u, v))^2 du = (1 - v)^2 int_0^v F + int_v^1 F(u) (1 - u)^2 du
            below = _integral_from_zero(pending, inverses, mod)
            weighted = _integral_from_zero(_times_one_minus(pending, 2, mod), inverses, mod)
            above = [(sum(weighted) - weighted[0]) % mod] + [(-coef) % mod for coef in weighted[1:]]
            seen_both = _add(_times_one_minus(below, 2, mod), above, mod)
            new_y = _times_one_minus(_scale(seen_both, weight, mod), 1, mod)
        if settled:
            # the empty column col - 1 sees only v, (1 - v)^2, and the partner cell adds (1 - v)
            new_y = _add(new_y, _times_one_minus([settled * weight % mod], 3, mod), mod)
        new_pending, new_settled = None, 0
        if col not in marked:
            new_pending, new_settled = ending_y, settled
            if pending is not None:
                closing = _integral_zero_one(_times_one_minus(pending, 2, mod), inverses, mod)
                new_settled = (new_settled + closing) % mod
        ending_y, pending, settled = new_y, new_pending, new_settled
    probability = settled
    if ending_y is not None:
        probability += _integral_zero_one(ending_y, inverses, mod)
    if pending is not None:
        probability += _integral_zero_one(_times_one_minus(pending, 2, mod), inverses, mod)
    return probability % mod * FactorialTable(cells, mod).factorial(cells) % mod


def random_marked_columns(rng, columns: int, count: int) -> list[int]:
    """``count`` pairwise non-adjacent columns out of ``columns``, uniformly: pick ``count``
    positions among ``columns - count + 1`` and spread them apart by one."""
    picks = sorted(rng.sample(range(columns - count + 1), count))
    return [pick + index for index, pick in enumerate(picks)]


class GridLocalMinimumCounting(ModularCountEnvironment):
    description = "Numberings of a 2-row grid whose set of 8-neighbour local minima is exactly the marked cells, modulo a prime"
    catalog_name = "GridLocalMinimumCounting"

    def schedule(self, difficulty):
        columns = 10 + difficulty
        return {"rows": ROWS, "columns": columns, "min_marked": max(2, columns // 4)}

    def generate_instance(self, rng, sizes):
        columns = sizes["columns"]
        # the densest packing (every other column) is a single pattern for odd C: leave it out
        most = max(sizes["min_marked"], (columns + 1) // 2 - 1)
        count = rng.randint(sizes["min_marked"], most)
        grid = [[PLAIN] * columns for _ in range(ROWS)]
        for col in random_marked_columns(rng, columns, count):
            grid[rng.randrange(ROWS)][col] = MARK
        return {"grid": ["".join(row) for row in grid], "modulus": choose_prime(rng)}

    def solve(self, instance):
        grid = instance["grid"]
        marked: dict[int, int] = {}
        for row, line in enumerate(grid):
            for col, char in enumerate(line):
                if char == MARK:
                    if col in marked:
                        return 0  # two marked cells of one column are neighbours
                    marked[col] = row
        return count_two_row_numberings(len(grid[0]), marked, instance["modulus"])

    def render(self, instance):
        grid = instance["grid"]
        rows, columns = len(grid), len(grid[0])
        return (
            f"A grid has {rows} rows and {columns} columns. A numbering writes the integers 1, 2, ..., "
            f"{rows * columns} into its cells, each integer in exactly one cell. Two cells are neighbours "
            "when they share a side or a corner (so a cell has at most 8 neighbours). In a numbering, a "
            "cell is a local minimum when its number is smaller than the number of every neighbour.\n"
            f"Some cells are marked with {MARK} (the others are shown as {PLAIN}):\n\n"
            f"{render_char_grid(grid)}\n\n"
            f"How many numberings have as their local minima exactly the marked cells (every marked cell "
            "is a local minimum and no other cell is)?\n"
            "For example, in a grid of 2 rows and 2 columns every two cells are neighbours, so the only "
            "local minimum is the cell holding 1; with one marked cell there are 3! = 6 such numberings.\n"
            f"{modulus_sentence(instance['modulus'])}\n"
            "Answer with a single integer."
        )
