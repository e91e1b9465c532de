"""Counting machinery shared by counting environments: digit DP, Burnside/Polya, prime-power binomials.

Three families of helpers live here, each exact (Python integers of any size, or residues modulo
a number the caller states in its prompt):

- **digit DP** (``DigitAutomaton``): counts the integers in a range whose decimal (or base-b)
  digit string, read from the most significant digit without leading zeros, is accepted by a
  finite automaton. The automaton is given as a start state and a step function; its states are
  numbered once, and "completion" tables (how many digit strings of length k lead from a state to
  acceptance) make a range count cost O(length * states * base) big-integer additions;
- **Burnside / Polya**: closure of a permutation group from generators, cycle types, colourings
  with prescribed colour counts fixed by a permutation, orbit counts; and Polya's count of edge
  colourings of the complete graph K_n up to isomorphism, enumerating the cycle types of S_n
  (integer partitions) with the induced edge-cycle count updated incrementally;
- **binomials modulo a composite** (``binomial_mod_composite``): C(n, k) mod m for any m >= 1 by
  the prime-power generalisation of Lucas' theorem (factorials with the p-factors removed,
  periodic modulo p^e) and the Chinese remainder theorem.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from functools import lru_cache

import numpy as np

from rlve_gym.kernels.number_theory import crt, factorize

# ---------------------------------------------------------------------------------------------
# digit DP


def digits_of(n: int, base: int = 10) -> list[int]:
    """Digits of ``n >= 0`` in ``base``, most significant first (``[0]`` for 0)."""
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")
    if n == 0:
        return [0]
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(r)
    return out[::-1]


class DigitAutomaton:
    """A deterministic automaton over the digits of a number, most significant digit first.

    ``step(state, digit)`` must be a pure function of hashable states; the states reachable from
    ``start`` are numbered by breadth-first search. Numbers are read without leading zeros (the
    first digit read is 1 .. base-1; the number 0 is never counted).
    """

    def __init__(
        self, start: Hashable, step: Callable[[Hashable, int], Hashable], base: int = 10
    ) -> None:
        self.base = base
        index = {start: 0}
        states = [start]
        rows: list[list[int]] = []
        position = 0
        while position < len(states):
            state = states[position]
            row = []
            for digit in range(base):
                nxt = step(state, digit)
                if nxt not in index:
                    index[nxt] = len(states)
                    states.append(nxt)
                row.append(index[nxt])
            rows.append(row)
            position += 1
        self.states = states
        self.transitions = np.array(rows, dtype=np.int64)

    def accepting_mask(self, accept: Callable[[Hashable], bool]) -> np.ndarray:
        return np.array([bool(accept(s)) for s in self.states])

    def completions(self, accepting: np.ndarray, length: int) -> list[np.ndarray]:
        """table[k][s]: digit strings of length k (any digits) leading from state s to acceptance."""
        current = accepting.astype(object) * 1
        table = [current]
        for _ in range(length):
            nxt = current[self.transitions[:, 0]].copy()
            for digit in range(1, self.base):
                nxt = nxt + current[self.transitions[:, digit]]
            table.append(nxt)
            current = nxt
        return table

    def count_up_to(
        self, n: int, accepting: np.ndarray, table: list[np.ndarray] | None = None
    ) -> int:
        """How many integers x with 1 <= x <= n are accepted."""
        if n <= 0:
            return 0
        digits = digits_of(n, self.base)
        size = len(digits)
        if table is None or len(table) < size:
            table = self.completions(accepting, size)
        trans = self.transitions
        total = 0
        # shorter numbers: a first digit 1..base-1 then any length-1 digits
        for length in range(1, size):
            for first in range(1, self.base):
                total += table[length - 1][trans[0, first]]
        state = 0
        for position, bound in enumerate(digits):
            low = 1 if position == 0 else 0
            remaining = size - 1 - position
            for digit in range(low, bound):
                total += table[remaining][trans[state, digit]]
            state = trans[state, bound]
        if accepting[state]:
            total += 1
        return int(total)

    def count_range(self, low: int, high: int, accepting: np.ndarray) -> int:
        """How many integers x with max(low, 1) <= x <= high are accepted."""
        if high < max(low, 1):
            return 0
        table = self.completions(accepting, len(digits_of(high, self.base)))
        return self.count_up_to(high, accepting, table) - self.count_up_to(
            low - 1, accepting, table
        )


# ---------------------------------------------------------------------------------------------
# Burnside: permutation groups acting on positions


def compose(first: Sequence[int], second: Sequence[int]) -> tuple[int, ...]:
    """The permutation "apply ``first``, then ``second``" (position i goes to second[first[i]])."""
    return tuple(second[p] for p in first)


def group_closure(
    generators: Iterable[Sequence[int]], size: int, limit: int
) -> list[tuple[int, ...]] | None:
    """All elements of the group generated by ``generators`` (permutations of 0..size-1).

    Returns the identity first, then the rest in breadth-first order; ``None`` as soon as the
    group has more than ``limit`` elements (finite groups are closed under composition alone).
    """
    identity = tuple(range(size))
    gens = [tuple(g) for g in generators]
    seen = {identity}
    order = [identity]
    position = 0
    while position < len(order):
        element = order[position]
        position += 1
        for g in gens:
            nxt = compose(element, g)
            if nxt not in seen:
                seen.add(nxt)
                order.append(nxt)
                if len(order) > limit:
                    return None
    return order


def cycle_type(perm: Sequence[int]) -> tuple[int, ...]:
    """The cycle lengths of a permutation, in non-increasing order (fixed points are 1-cycles)."""
    seen = [False] * len(perm)
    lengths = []
    for startpoint in range(len(perm)):
        if seen[startpoint]:
            continue
        length = 0
        p = startpoint
        while not seen[p]:
            seen[p] = True
            p = perm[p]
            length += 1
        lengths.append(length)
    return tuple(sorted(lengths, reverse=True))


def fixed_colourings(cycle_lengths: Sequence[int], counts: Sequence[int]) -> int:
    """Colourings with exactly counts[c] positions of colour c that a permutation leaves unchanged.

    A colouring is fixed exactly when every cycle is single-coloured, so this is the number of
    ways to give each cycle one colour so that the colour totals (in positions) match ``counts``.
    """
    ways: dict[tuple[int, ...], int] = {tuple(counts): 1}
    for length in cycle_lengths:
        nxt: dict[tuple[int, ...], int] = {}
        for left, w in ways.items():
            for colour, available in enumerate(left):
                if available >= length:
                    key = left[:colour] + (available - length,) + left[colour + 1 :]
                    nxt[key] = nxt.get(key, 0) + w
        ways = nxt
    return ways.get(tuple(0 for _ in counts), 0)


def _three_colour_fixed_loop(lengths, red, green, blue):  # pragma: no cover - compiled
    # ways[r, g]: colourings of the cycles so far with r red and g green positions (blue is
    # the rest); every count is at most 3^(positions) (a multinomial), so int64 is exact when
    # the caller keeps the total below 40 positions
    ways = np.zeros((red + 1, green + 1), dtype=np.int64)
    ways[0, 0] = 1
    used = 0
    for length in lengths:
        following = np.zeros((red + 1, green + 1), dtype=np.int64)
        for r in range(red + 1):
            for g in range(green + 1):
                w = ways[r, g]
                if w == 0:
                    continue
                if r + length <= red:
                    following[r + length, g] += w
                if g + length <= green:
                    following[r, g + length] += w
                if used - r - g + length <= blue:
                    following[r, g] += w
        ways = following
        used += length
    if used != red + green + blue:
        return 0
    return ways[red, green]


_three_colour_fixed_compiled = None

#: 3^39 < 2^63: with at most this many positions every intermediate three-colour count fits int64
THREE_COLOUR_INT64_POSITIONS = 39


def fixed_colourings_three(cycle_lengths: Sequence[int], counts: Sequence[int]) -> int:
    """``fixed_colourings`` for at most three colours, as a compiled knapsack over a dense
    (red, green) table instead of a dictionary of tuples: Burnside sums call it once per cycle
    type, which dominated generation. Falls back to ``fixed_colourings`` past three colours or
    past 39 positions (where int64 could overflow). numba is imported on the first call only,
    so the other users of this module do not pay for it."""
    global _three_colour_fixed_compiled
    if len(counts) > 3 or sum(counts) > THREE_COLOUR_INT64_POSITIONS or min(counts, default=0) < 0:
        return fixed_colourings(cycle_lengths, counts)
    if _three_colour_fixed_compiled is None:
        from numba import njit

        _three_colour_fixed_compiled = njit(cache=True)(_three_colour_fixed_loop)
    red, green, blue = (list(counts) + [0, 0, 0])[:3]
    return int(
        _three_colour_fixed_compiled(np.asarray(cycle_lengths, dtype=np.int64), red, green, blue)
    )


def burnside_orbits(group: Sequence[Sequence[int]], counts: Sequence[int]) -> int:
    """Orbits of colourings with the given colour counts under ``group`` (all its elements)."""
    types = Counter(cycle_type(g) for g in group)
    total = sum(mult * fixed_colourings(t, counts) for t, mult in types.items())
    orbits, remainder = divmod(total, len(group))
    if remainder:
        raise ValueError("the permutations given do not form a group (Burnside sum not divisible)")
    return orbits


# ---------------------------------------------------------------------------------------------
# Polya: edge colourings of the complete graph up to isomorphism


def edge_colourings_of_complete_graph(vertices: int, colours: int, modulus: int) -> int:
    """Non-isomorphic colourings of the edges of K_n with ``colours`` colours, modulo a prime.

    Polya over S_n acting on the edges: a vertex permutation with cycle lengths l_1 .. l_k moves
    the edges in sum(floor(l_i / 2)) + sum_{i<j} gcd(l_i, l_j) cycles, and there are
    n! / (prod l_i * prod m_j!) permutations of that type (m_j = how many cycles have length j).
    The answer is sum over cycle types of colours**cycles / (prod l_i * prod m_j!). The partitions
    are enumerated with parts in decreasing order, adding each part size with its multiplicity
    and updating the cycle count from the part sizes chosen so far. ``modulus`` must be a prime
    larger than ``vertices``.
    """
    if vertices <= 1:
        return 1 % modulus
    max_cycles = vertices * (vertices - 1) // 2
    power = [1] * (max_cycles + 1)
    for i in range(1, max_cycles + 1):
        power[i] = power[i - 1] * colours % modulus
    inverse = [0] + [pow(i, modulus - 2, modulus) for i in range(1, vertices + 1)]
    total = 0
    chosen: list[tuple[int, int]] = []  # (part size, multiplicity)

    def extend(remaining: int, largest: int, cycles: int, weight: int) -> None:
        nonlocal total
        if remaining == 0:
            total = (total + power[cycles] * weight) % modulus
            return
        for size in range(min(largest, remaining), 0, -1):
            between = sum(math.gcd(size, other) * mult for other, mult in chosen)
            w = weight
            c = cycles
            for mult in range(1, remaining // size + 1):
                # the mult-th cycle of this size: its own edges, edges to earlier cycles of this
                # size (gcd = size each) and to the cycles of other sizes
                c += size // 2 + (mult - 1) * size + between
                w = w * inverse[size] % modulus * inverse[mult] % modulus
                chosen.append((size, mult))
                extend(remaining - size * mult, size - 1, c, w)
                chosen.pop()

    extend(vertices, vertices, 0, 1)
    return total


# ---------------------------------------------------------------------------------------------
# binomials modulo prime powers and composite moduli


@lru_cache(maxsize=32)
def _unit_factorials(prime: int, power: int) -> tuple[int, ...]:
    """table[i] = product of the j in 1..i not divisible by ``prime``, modulo ``power`` (i < power)."""
    table = [1] * (power + 1)
    for i in range(1, power + 1):
        table[i] = table[i - 1] * (i if i % prime else 1) % power
    return tuple(table)


def _factorial_without_prime(n: int, prime: int, power: int) -> int:
    """n! with every factor of ``prime`` removed, modulo ``power`` = prime**e."""
    table = _unit_factorials(prime, power)
    result = 1
    while n > 0:
        result = result * pow(table[power], n // power, power) % power * table[n % power] % power
        n //= prime
    return result


def _prime_exponent_of_factorial(n: int, prime: int) -> int:
    exponent = 0
    while n:
        n //= prime
        exponent += n
    return exponent


def binomial_mod_prime_power(n: int, k: int, prime: int, exponent: int) -> int:
    """C(n, k) modulo prime**exponent, for any n >= 0 (0 when k < 0 or k > n).

    Uses O(prime**exponent) memory for the unit-factorial table; meant for prime powers up to
    ~10**5.
    """
    if k < 0 or k > n:
        return 0
    power = prime**exponent
    if power == 1:
        return 0
    e = (
        _prime_exponent_of_factorial(n, prime)
        - _prime_exponent_of_factorial(k, prime)
        - _prime_exponent_of_factorial(n - k, prime)
    )
    if e >= exponent:
        return 0
    units = _factorial_without_prime(n, prime, power)
    denominator = (
        _factorial_without_prime(k, prime, power)
        * _factorial_without_prime(n - k, prime, power)
        % power
    )
    return units * pow(denominator, -1, power) % power * prime**e % power


def binomial_mod_composite(n: int, k: int, modulus: int) -> int:
    """C(n, k) modulo any ``modulus >= 1`` (prime-power Lucas per factor, then CRT)."""
    if modulus == 1 or k < 0 or k > n:
        return 0
    residues, moduli = [], []
    for prime, exponent in factorize(modulus).items():
        residues.append(binomial_mod_prime_power(n, k, prime, exponent))
        moduli.append(prime**exponent)
    solved = crt(residues, moduli)
    assert solved is not None  # coprime moduli always agree
    return solved[0]
