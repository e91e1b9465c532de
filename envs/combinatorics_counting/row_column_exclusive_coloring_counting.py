"""Row- and column-exclusive colourings: place X[c] identical pieces of each colour c on an N x M
grid (at most one piece per cell) so that no row and no column holds two different colours;
count the placements modulo a prime.

Every colour occupies its own set of rows and its own set of columns. Let g_c(a, b) be the
number of ways to put X[c] pieces into an a x b board using every one of its rows and columns:
C(ab, X[c]) counts the placements inside the board, and a two-dimensional binomial inversion
(first over columns, then over rows) removes those that miss a row or a column. Colours then
combine by an exponential-style convolution over the rows and columns used so far:
h'(i, j) = sum_{a,b} C(i, a) C(j, b) h(i - a, j - b) g_c(a, b), and the answer is
sum_{i,j} C(N, i) C(M, j) h(i, j). The convolution is an O(N^2 M^2) Numba loop per colour.

The instances come from a hidden placement (each colour gets disjoint row and column sets), so
the count is at least 1.

Difficulty schedule (the number of colours is drawn from 1 .. min(C_max, N, M); a 2 x 2 grid,
the prompt's worked example, becomes 2 x 3; one colour on every cell, a count of 1, leaves one
cell empty instead):

    d       0   1   2   3   5   10   20   30   ...  d
    N, M    3   4   5   6   8   13   23   33   ...  3 + d (each drawn from the upper half)
    C_max   2   2   2   3   3    5    8   10   ...  min(2 + d // 3, 10)
"""

from __future__ import annotations

import numpy as np
from numba import njit

from rlve_gym.kernels.combinatorics import FactorialTable, choose_prime

from rlve_gym.modular import ModularCountEnvironment, modulus_sentence

MAX_COLOURS = 10


@njit(cache=True)
def _exclusive_colourings(rows, cols, counts, fact, inv_fact, mod):  # pragma: no cover - compiled
    def binom(n, k):
        if k < 0 or k > n:
            return 0
        return fact[n] * inv_fact[k] % mod * inv_fact[n - k] % mod

    scaled = np.zeros((rows + 1, cols + 1), dtype=np.int64)  # h(i, j) / (i! j!)
    scaled[0, 0] = 1
    for pieces in counts:
        inner = np.zeros((rows + 1, cols + 1), dtype=np.int64)  # inverted over columns
        for a in range(rows + 1):
            for b in range(cols + 1):
                total = 0
                for used in range(b + 1):
                    term = binom(b, used) * binom(a * used, pieces) % mod
                    total = (total - term) % mod if (b - used) % 2 else (total + term) % mod
                inner[a, b] = total
        block = np.zeros((rows + 1, cols + 1), dtype=np.int64)  # g(a, b) / (a! b!)
        for a in range(rows + 1):
            for b in range(cols + 1):
                total = 0
                for used in range(a + 1):
                    term = binom(a, used) * inner[used, b] % mod
                    total = (total - term) % mod if (a - used) % 2 else (total + term) % mod
                block[a, b] = total * inv_fact[a] % mod * inv_fact[b] % mod
        combined = np.zeros((rows + 1, cols + 1), dtype=np.int64)
        for i in range(rows + 1):
            for j in range(cols + 1):
                if scaled[i, j] == 0:
                    continue
                for a in range(1, rows - i + 1):
                    for b in range(1, cols - j + 1):
                        if block[a, b] != 0:
                            combined[i + a, j + b] = (
                                combined[i + a, j + b] + scaled[i, j] * block[a, b]
                            ) % mod
        scaled = combined
    answer = 0
    for i in range(rows + 1):
        for j in range(cols + 1):
            term = scaled[i, j] * fact[i] % mod * fact[j] % mod
            answer = (answer + term * binom(rows, i) % mod * binom(cols, j)) % mod
    return answer


def count_exclusive_colourings(rows: int, cols: int, counts: list[int], modulus: int) -> int:
    table = FactorialTable(rows * cols, modulus)
    return int(
        _exclusive_colourings(
            rows,
            cols,
            np.array(counts, dtype=np.int64),
            np.array(table.fact, dtype=np.int64),
            np.array(table.inv_fact, dtype=np.int64),
            modulus,
        )
    )


def _split(rng, items: list[int], parts: int) -> list[list[int]]:
    """A random prefix of ``items`` cut into ``parts`` non-empty groups."""
    used = rng.randint(parts, len(items))
    cuts = sorted(rng.sample(range(1, used), parts - 1))
    bounds = [0, *cuts, used]
    return [items[bounds[k] : bounds[k + 1]] for k in range(parts)]


class RowColumnExclusiveColoringCounting(ModularCountEnvironment):
    description = "Number of ways to place coloured pieces with given counts so no row or column mixes colours, modulo a prime"
    catalog_name = "GridColoringCounting"

    def schedule(self, difficulty):
        return {"max_side": 3 + difficulty, "max_colours": min(2 + difficulty // 3, MAX_COLOURS)}

    def generate_instance(self, rng, sizes):
        side = sizes["max_side"]
        rows, cols = rng.randint((side + 1) // 2, side), rng.randint((side + 1) // 2, side)
        if rows == cols == 2:  # the prompt's worked example is on the 2 x 2 grid
            cols = 3
        colours = rng.randint(1, min(sizes["max_colours"], rows, cols))
        row_order, col_order = list(range(rows)), list(range(cols))
        rng.shuffle(row_order)
        rng.shuffle(col_order)
        counts = []
        for r, c in zip(
            _split(rng, row_order, colours), _split(rng, col_order, colours), strict=True
        ):
            area = len(r) * len(c)
            counts.append(rng.randint(max(1, area // 3), area))
        if counts == [rows * cols]:  # one colour filling the grid: the trivial answer 1
            counts[0] -= 1
        return {"rows": rows, "cols": cols, "counts": counts, "modulus": choose_prime(rng)}

    def solve(self, instance):
        return count_exclusive_colourings(
            instance["rows"], instance["cols"], instance["counts"], instance["modulus"]
        )

    def render(self, instance):
        n, m, counts = instance["rows"], instance["cols"], instance["counts"]
        colours = len(counts)
        return (
            f"A grid has N = {n} rows and M = {m} columns. Place pieces of {colours} colours "
            f"(numbered 1 to {colours}) on its cells, at most one piece per cell, using exactly X[c] "
            "pieces of colour c, where X = " + " ".join(map(str, counts)) + ". Pieces of the same "
            "colour are identical, so a placement is determined by which cells hold a piece of which "
            "colour (cells may stay empty). No row and no column may contain pieces of two different "
            "colours.\n"
            "For example, on a 2 x 2 grid with X = 1 1 there are 4 placements (the two pieces on "
            "diagonally opposite cells, in either colour order).\n"
            "How many placements are there?\n"
            f"{modulus_sentence(instance['modulus'])}\n"
            "Answer with a single integer."
        )
