"""Counting tables shared by the counting environments.

Everything here is exact: either integers of any size (``mod=None``) or residues modulo a prime
``mod`` that the caller states in its prompt. The tables are small pure-Python loops: at the
sizes the environments use (hundreds to a few thousands of cells) they build in well under a
millisecond, so no Numba compile cost is paid for them.

Modular answers: counting environments ask for the count modulo a prime drawn from
``COUNTING_PRIMES`` (all above 10**6, so small counts are asked exactly as they are).
"""

from __future__ import annotations

import random

#: Primes a counting prompt may reduce its answer modulo; each is stated in the prompt.
COUNTING_PRIMES: tuple[int, ...] = (
    1_000_000_007,
    998_244_353,
    1_000_000_009,
    999_999_937,
    1_000_003,
)


def choose_prime(rng: random.Random) -> int:
    """One of ``COUNTING_PRIMES``, drawn with ``rng``."""
    return COUNTING_PRIMES[rng.randrange(len(COUNTING_PRIMES))]


def _reduce(value: int, mod: int | None) -> int:
    return value % mod if mod is not None else value


class FactorialTable:
    """``n!`` and ``1/n!`` modulo a prime ``mod`` for ``0 <= n <= limit``, and binomials from them.

    ``limit`` must be below ``mod`` (above it every factorial is 0 and has no inverse); use
    ``binomial_mod`` (Lucas) for binomials with arguments at or beyond the prime.
    """

    def __init__(self, limit: int, mod: int) -> None:
        if limit < 0:
            raise ValueError(f"limit must be >= 0, got {limit}")
        if limit >= mod:
            raise ValueError(f"limit {limit} must be below the prime modulus {mod}")
        self.limit = limit
        self.mod = mod
        fact = [1] * (limit + 1)
        for i in range(1, limit + 1):
            fact[i] = fact[i - 1] * i % mod
        inv_fact = [1] * (limit + 1)
        inv_fact[limit] = pow(fact[limit], mod - 2, mod)
        for i in range(limit, 0, -1):
            inv_fact[i - 1] = inv_fact[i] * i % mod
        self.fact = fact
        self.inv_fact = inv_fact

    def factorial(self, n: int) -> int:
        return self.fact[n]

    def binomial(self, n: int, k: int) -> int:
        """C(n, k) mod p; 0 when k < 0 or k > n."""
        if k < 0 or k > n or n < 0:
            return 0
        return self.fact[n] * self.inv_fact[k] % self.mod * self.inv_fact[n - k] % self.mod


def binomial_mod(n: int, k: int, prime: int) -> int:
    """C(n, k) modulo a prime, for any n >= 0 (Lucas' theorem digit by digit in base ``prime``).

    Fine for primes up to ~10**6 per digit (each digit costs O(min(k, n-k)) multiplications);
    for large primes with n < prime it is a single product.
    """
    if k < 0 or k > n:
        return 0
    result = 1
    while n or k:
        n_digit, k_digit = n % prime, k % prime
        if k_digit > n_digit:
            return 0
        result = result * _small_binomial_mod(n_digit, k_digit, prime) % prime
        n //= prime
        k //= prime
    return result


def _small_binomial_mod(n: int, k: int, prime: int) -> int:
    """C(n, k) mod prime for 0 <= k <= n < prime."""
    k = min(k, n - k)
    numerator = denominator = 1
    for i in range(k):
        numerator = numerator * (n - i) % prime
        denominator = denominator * (i + 1) % prime
    return numerator * pow(denominator, prime - 2, prime) % prime


def inversion_counts(n: int, mod: int | None = None) -> list[int]:
    """Mahonian numbers: entry k is the number of permutations of 1..n with exactly k inversions.

    The list has n*(n-1)/2 + 1 entries (just ``[1]`` for n <= 1). Inserting the value i into a
    permutation of i-1 values adds 0..i-1 inversions, so each step is a sliding-window sum:
    O(n**3) cells overall, prefix sums keep each cell O(1).
    """
    counts = [1]
    for size in range(2, n + 1):
        width = len(counts) + size - 1
        prefix = [0] * (len(counts) + 1)
        for k, c in enumerate(counts):
            prefix[k + 1] = prefix[k] + c
        new = [0] * width
        for k in range(width):
            high = min(k, len(counts) - 1)
            low = k - (size - 1)
            new[k] = _reduce(prefix[high + 1] - prefix[max(low, 0)], mod)
        counts = new
    return counts


def derangement_numbers(n: int, mod: int | None = None) -> list[int]:
    """D(0..n): permutations of m items with no fixed point, D(m) = (m-1) (D(m-1) + D(m-2))."""
    values = [1, 0]
    for m in range(2, n + 1):
        values.append(_reduce((m - 1) * (values[m - 1] + values[m - 2]), mod))
    return values[: n + 1]


def stirling2_table(n: int, k: int, mod: int | None = None) -> list[list[int]]:
    """S2[i][j] for 0 <= i <= n, 0 <= j <= k: partitions of an i-set into j non-empty blocks."""
    table = [[0] * (k + 1) for _ in range(n + 1)]
    table[0][0] = 1
    for i in range(1, n + 1):
        row, previous = table[i], table[i - 1]
        for j in range(1, min(i, k) + 1):
            row[j] = _reduce(j * previous[j] + previous[j - 1], mod)
    return table


def partitions_into_parts(n: int, k: int, mod: int | None = None) -> list[list[int]]:
    """P[i][j] for 0 <= i <= n, 0 <= j <= k: partitions of the integer i into exactly j positive parts.

    Either every part is >= 2 (subtract 1 from each: P[i-j][j]) or some part is 1 (drop it:
    P[i-1][j-1]).
    """
    table = [[0] * (k + 1) for _ in range(n + 1)]
    table[0][0] = 1
    for i in range(1, n + 1):
        for j in range(1, min(i, k) + 1):
            table[i][j] = _reduce(table[i - j][j] + table[i - 1][j - 1], mod)
    return table


def non_adjacent_masks(width: int) -> list[int]:
    """Bit masks over ``width`` cells with no two neighbouring bits set (rows of an independent set)."""
    return [mask for mask in range(1 << width) if mask & (mask >> 1) == 0]


def staircase_independent_sets(widths: list[int], mod: int) -> int:
    """Independent sets of a staircase grid graph, modulo ``mod`` (< 2**31).

    Row r holds cells 0 .. widths[r] - 1 (``widths`` non-increasing); a cell is adjacent to its
    left/right neighbours in the row and to the cell in the same column of the next row. The DP
    runs row by row over bit masks: a row mask ``m`` may follow every previous-row mask inside the
    complement of ``m``, so a subset-sum (zeta) transform of the previous row gives all those sums
    at once, O(w * 2**w) numpy work per row.
    """
    import numpy as np

    if not widths or widths[0] == 0:
        return 1 % mod
    if any(later > earlier for earlier, later in zip(widths, widths[1:])):
        raise ValueError(f"row widths must be non-increasing, got {widths}")
    width = widths[0]
    masks = np.arange(1 << width, dtype=np.int64)
    ways = ((masks & (masks >> 1)) == 0).astype(np.int64)
    previous_width = width
    for width in widths[1:]:
        if width == 0:
            break
        subset_sums = ways.copy()
        for bit in range(previous_width):
            view = subset_sums.reshape(-1, 2, 1 << bit)
            view[:, 1, :] += view[:, 0, :]
            view[:, 1, :] %= mod
        row_masks = masks[: 1 << width]
        complement = ~row_masks & ((1 << previous_width) - 1)
        valid = (row_masks & (row_masks >> 1)) == 0
        ways = np.where(valid, subset_sums[complement], 0)
        previous_width = width
    return int(ways.sum() % mod)


def interpolate_consecutive(values: list[int], x: int, prime: int) -> int:
    """P(x) mod ``prime`` for the polynomial P of degree < len(values) with P(i) = values[i], i = 0, 1, ...

    Lagrange interpolation on the nodes 0..D in O(D): prefix and suffix products of (x - i) and
    the factorial table give every basis polynomial at once. Needs D < prime.
    """
    degree = len(values) - 1
    if degree < 0:
        return 0
    if 0 <= x <= degree:
        return values[x] % prime
    table = FactorialTable(degree, prime)
    prefix = [1] * (degree + 2)
    suffix = [1] * (degree + 2)
    for i in range(degree + 1):
        prefix[i + 1] = prefix[i] * ((x - i) % prime) % prime
    for i in range(degree, -1, -1):
        suffix[i] = suffix[i + 1] * ((x - i) % prime) % prime
    total = 0
    for i, value in enumerate(values):
        basis = (
            prefix[i]
            * suffix[i + 1]
            % prime
            * table.inv_fact[i]
            % prime
            * table.inv_fact[degree - i]
            % prime
        )
        total += -value * basis if (degree - i) % 2 else value * basis
    return total % prime


def avoiding_321_completions(n: int) -> list[list[int]]:
    """``table[i][m]``: ways to complete a 321-avoiding prefix of length i and maximum m to a
    321-avoiding permutation of 1..n (exact integers; ``table[0][0]`` is the Catalan number C(n)).

    A prefix extends to a 321-avoiding permutation exactly when each entry is either a new maximum
    or the smallest value not yet used, so the number of completions depends only on (i, m):
    the next entry is the smallest unused value (when that is below m) or any new maximum v > m.
    Entries with m < i are 0.
    """
    table = [[0] * (n + 1) for _ in range(n + 1)]
    table[n][n] = 1
    for i in range(n - 1, -1, -1):
        above = 0  # sum of table[i + 1][v] for v > m
        for m in range(n, i - 1, -1):
            table[i][m] = above + (table[i + 1][m] if m > i else 0)
            above += table[i + 1][m]
    return table


def avoiding_321_prefixes(n: int) -> list[list[int]]:
    """``table[i][m]``: 321-avoidable prefixes of length i with maximum m among values 1..n (each
    entry a new maximum or the smallest unused value); the forward twin of ``avoiding_321_completions``."""
    table = [[0] * (n + 1) for _ in range(n + 1)]
    table[0][0] = 1
    for i in range(n):
        for m in range(i, n + 1):
            ways = table[i][m]
            if not ways:
                continue
            if m > i:
                table[i + 1][m] += ways
            for v in range(m + 1, n + 1):
                table[i + 1][v] += ways
    return table
