"""Row- and column-exclusive colourings: place X[c] identical pieces of each colour c on an N x M
grid (at most one piece per cell) so that no row and no column holds two different colours;
count the placements modulo a prime.

Every colour occupies its own set of rows and its own set of columns. Let g_c(a, b) be the
number of ways to put X[c] pieces into an a x b board using every one of its rows and columns:
C(ab, X[c]) counts the placements inside the board, and a two-dimensional binomial inversion
(first over columns, then over rows) removes those that miss a row or a column. Colours then
combine by an exponential-style convolution over the rows and columns used so far:
h'(i, j) = sum_{a,b} C(i, a) C(j, b) h(i - a, j - b) g_c(a, b), and the answer is
sum_{i,j} C(N, i) C(M, j) h(i, j). The convolution is a Numba loop per colour over the
boxes a, b <= X[c] with a * b >= X[c] that a colour can fill, at most O(N^2 M^2).

The instances come from a hidden placement (each colour gets disjoint row and column sets), so
the count is at least 1.

Difficulty schedule (the number of colours is drawn from 1 .. min(C_max, N, M); a 2 x 2 grid,
the prompt's worked example, becomes 2 x 3; one colour on every cell, a count of 1, leaves one
cell empty instead):

    d       0   1   2   3   5   10   20   30   ...  d
    N, M    7   8   9  10  12   17   27   37   ...  7 + d (each drawn from the upper half)
    C_max   3   3   3   4   4    6    9   10   ...  min(3 + d // 3, 10)

The grid starts at 7 x 7 (sides 4 .. 7): on grids of side 2 .. 3 one count (6) answered a third
of level 0, and up to side 6 the few ways to split the lines between full colour blocks
(3600) still answered one instance in sixteen.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from rlve_gym.kernels.combinatorics import choose_prime
from rlve_gym.modular import ModularCountEnvironment, modulus_sentence

MAX_COLOURS = 10


@njit(cache=True)
def _factorials(limit, mod):  # pragma: no cover - compiled
    """n! and 1/n! modulo the prime ``mod`` (< 2^31, so products fit int64) for n <= limit."""
    fact = np.ones(limit + 1, dtype=np.int64)
    for n in range(1, limit + 1):
        fact[n] = fact[n - 1] * n % mod
    inverse, base, power = 1, fact[limit], mod - 2
    while power:
        if power & 1:
            inverse = inverse * base % mod
        base = base * base % mod
        power >>= 1
    inv_fact = np.ones(limit + 1, dtype=np.int64)
    inv_fact[limit] = inverse
    for n in range(limit, 0, -1):
        inv_fact[n - 1] = inv_fact[n] * n % mod
    return fact, inv_fact


@njit(cache=True)
def _exclusive_colourings(rows, cols, counts, mod):  # pragma: no cover - compiled
    """The inversion and convolution of the module docstring. A colour with X pieces that
    uses every one of a rows and b columns needs a <= X, b <= X and a * b >= X, so its block
    table and its convolution only run over that box, which is small for the many-colour
    instances (each colour's X is at most its hidden block's area)."""
    fact, inv_fact = _factorials(rows * cols, mod)

    def binom(n, k):
        if k < 0 or k > n:
            return 0
        return fact[n] * inv_fact[k] % mod * inv_fact[n - k] % mod

    scaled = np.zeros((rows + 1, cols + 1), dtype=np.int64)  # h(i, j) / (i! j!)
    scaled[0, 0] = 1
    for pieces in counts:
        top_a, top_b = min(rows, pieces), min(cols, pieces)
        inner = np.zeros((top_a + 1, top_b + 1), dtype=np.int64)  # inverted over columns
        for a in range(1, top_a + 1):
            for b in range(1, top_b + 1):
                total = 0
                for used in range((pieces + a - 1) // a, b + 1):  # a * used >= pieces
                    term = binom(b, used) * binom(a * used, pieces) % mod
                    total = (total - term) % mod if (b - used) % 2 else (total + term) % mod
                inner[a, b] = total
        block = np.zeros((top_a + 1, top_b + 1), dtype=np.int64)  # g(a, b) / (a! b!)
        for a in range(1, top_a + 1):
            for b in range((pieces + a - 1) // a, top_b + 1):
                total = 0
                for used in range(1, a + 1):  # inner[0, b] = C(0, pieces) = 0
                    term = binom(a, used) * inner[used, b] % mod
                    total = (total - term) % mod if (a - used) % 2 else (total + term) % mod
                block[a, b] = total * inv_fact[a] % mod * inv_fact[b] % mod
        combined = np.zeros((rows + 1, cols + 1), dtype=np.int64)
        for i in range(rows + 1):
            for j in range(cols + 1):
                here = scaled[i, j]
                if here == 0:
                    continue
                for a in range(1, min(rows - i, top_a) + 1):
                    for b in range((pieces + a - 1) // a, min(cols - j, top_b) + 1):
                        combined[i + a, j + b] = (combined[i + a, j + b] + here * block[a, b]) % mod
        scaled = combined
    answer = 0
    for i in range(rows + 1):
        for j in range(cols + 1):
            term = scaled[i, j] * fact[i] % mod * fact[j] % mod
            answer = (answer + term * binom(rows, i) % mod * binom(cols, j)) % mod
    return answer


def count_exclusive_colourings(rows: int, cols: int, counts: list[int], modulus: int) -> int:
    if rows * cols >= modulus:  # the factorial table needs every n <= rows * cols below the prime
        raise ValueError(f"limit {rows * cols} must be below the prime modulus {modulus}")
    if any(c < 1 for c in counts):  # a colour with no pieces uses no line: no placement counts it
        return 0
    return int(_exclusive_colourings(rows, cols, np.array(counts, dtype=np.int64), modulus))


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
        return {"max_side": 7 + difficulty, "max_colours": min(3 + difficulty // 3, MAX_COLOURS)}

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
