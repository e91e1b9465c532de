"""Tuples of bounded integers with a given XOR: count them, modulo a prime.

Count the N-tuples (x1, ..., xN) with L <= xi <= R for every i and x1 XOR ... XOR xN = K.
The solver splits [L, R] into O(log R) aligned blocks {p * 2^t, ..., p * 2^t + 2^t - 1}. For a
choice of one block per position, let T be the largest t: the lowest T bits of the XOR are then
spread evenly over all 2^T patterns (the widest block alone makes them uniform), and the higher
bits are fixed to the XOR of the block starts shifted right by T. So, for every T, a small
XOR-convolution power over the distinct shifted starts (raised to the N-th power by repeated
squaring) counts the block choices whose widest block has exactly T free bits, and dividing by
2^T gives their tuples. Work is polylogarithmic in R and logarithmic in N.

Difficulty schedule (R < 2^B; L < R drawn at random, never the worked example's L = 1, R = 3; N
drawn uniformly from 3 .. N_max; K is the XOR of one random valid tuple, so at least one tuple
exists):

    d       0   1   2   3   5   10   20   30   ...  d
    B       8   9  10  11  13   18   28   38   ...  8 + d
    N_max   4   4   5   5   6    9   14   19   ...  4 + d // 2

Level 0 starts at 8-bit bounds and triples: with pairs (N = 2) and 3- or 4-bit bounds a few small
counts (2, 4) answered up to almost half of a level.
"""

from __future__ import annotations

from rlve_gym.kernels.combinatorics import choose_prime
from rlve_gym.modular import ModularCountEnvironment, modulus_sentence


def aligned_blocks(low: int, high: int) -> list[tuple[int, int]]:
    """[low, high] as disjoint blocks (start, free_bits) with start a multiple of 2**free_bits."""
    blocks = []
    while low <= high:
        free_bits = 0
        while low % (1 << (free_bits + 1)) == 0 and low + (1 << (free_bits + 1)) - 1 <= high:
            free_bits += 1
        blocks.append((low, free_bits))
        low += 1 << free_bits
    return blocks


def _xor_convolve(a: dict[int, int], b: dict[int, int], prime: int) -> dict[int, int]:
    out: dict[int, int] = {}
    for x, wx in a.items():
        for y, wy in b.items():
            out[x ^ y] = (out.get(x ^ y, 0) + wx * wy) % prime
    return out


def _xor_power(weights: dict[int, int], exponent: int, prime: int) -> dict[int, int]:
    result = {0: 1}
    while exponent:
        if exponent & 1:
            result = _xor_convolve(result, weights, prime)
        weights = _xor_convolve(weights, weights, prime)
        exponent >>= 1
    return result


def count_xor_tuples(length: int, low: int, high: int, target: int, prime: int) -> int:
    blocks = aligned_blocks(low, high)
    total = 0
    for widest in sorted({t for _, t in blocks}):
        shifted_all: dict[int, int] = {}
        shifted_narrower: dict[int, int] = {}
        for start, free_bits in blocks:
            if free_bits > widest:
                continue
            key = start >> widest
            shifted_all[key] = (shifted_all.get(key, 0) + (1 << free_bits)) % prime
            if free_bits < widest:
                shifted_narrower[key] = (shifted_narrower.get(key, 0) + (1 << free_bits)) % prime
        goal = target >> widest
        with_widest = _xor_power(shifted_all, length, prime).get(goal, 0)
        with_widest -= (
            _xor_power(shifted_narrower, length, prime).get(goal, 0) if shifted_narrower else 0
        )
        total += with_widest * pow(pow(2, widest, prime), prime - 2, prime)
    return total % prime


class XorTupleCounting(ModularCountEnvironment):
    description = "Number of N-tuples with entries in [L, R] whose XOR equals K, modulo a prime"
    catalog_name = "XorEquationCounting"

    def schedule(self, difficulty):
        return {"bits": 8 + difficulty, "max_length": 4 + difficulty // 2}

    def generate_instance(self, rng, sizes):
        top = (1 << sizes["bits"]) - 1
        low, high = sorted((rng.randint(0, top), rng.randint(0, top)))
        high = max(high, low + 2)  # at least three values
        if (low, high) == (1, 3):
            high = 4  # L = 1, R = 3 is the prompt's worked example
        length = rng.randint(3, sizes["max_length"])
        target = 0
        for _ in range(length):
            target ^= rng.randint(low, high)
        return {
            "length": length,
            "low": low,
            "high": high,
            "target": target,
            "modulus": choose_prime(rng),
        }

    def solve(self, instance):
        return count_xor_tuples(
            instance["length"],
            instance["low"],
            instance["high"],
            instance["target"],
            instance["modulus"],
        )

    def render(self, instance):
        n, low, high, k = instance["length"], instance["low"], instance["high"], instance["target"]
        return (
            f"Count the ordered tuples (x1, x2, ..., xN) of N = {n} integers such that every xi "
            f"satisfies L <= xi <= R with L = {low} and R = {high}, and x1 XOR x2 XOR ... XOR xN = "
            f"K = {k}, where XOR is the bitwise exclusive or.\n"
            "For example, for N = 2, L = 1, R = 3 and K = 1 the tuples are (2, 3) and (3, 2), so the "
            "count is 2.\n"
            f"{modulus_sentence(instance['modulus'])}\n"
            "Answer with a single integer."
        )
