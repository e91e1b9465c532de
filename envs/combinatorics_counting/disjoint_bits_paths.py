"""Paths S -> T in the graph on the naturals with an edge s -> t when s < t and s AND t = 0.

Along such a path the highest 1 bit strictly rises (an equal top bit would share a 1, a lower
one would make the number smaller), and the edge condition is "no bit position holds a 1 in two
consecutive vertices". So the path is fixed by the set of top-bit positions of its inner
vertices, and then every bit position is an independent column: a 0/1 string over the vertices
alive at that position (those whose top bit is at least the position), with no two adjacent 1s,
where S's and T's entries are given and an inner vertex's top bit is 1. A DP from the highest bit
down over "how many vertices are alive" multiplies the column counts: O(L**2) for L-bit labels.
S and T are given in binary.

Difficulty schedule (T has between max(4, L/2) and L bits, S at most as many bits as T minus 3;
the generator prefers instances with at least 200 paths; the count is asked modulo a prime):

    d     0   1   2   3   5   10   20   30   ...
    L    10  11  12  13  15   20   30   40   ...  10 + d

The labels grow by one bit per level. Level 0 starts at ten bits, with S well below T: shorter
labels, or S close to T, leave a handful of small counts that a guess hits often. With nine bits
and a floor of 20 paths the counts still piled up on a few small values (26 was the answer on
5.5% of one range of 200 seeds); a floor of 200 and one more bit keep every count under about
3% of a level. The count grows roughly like phi**(L**2 / 2), so it is asked modulo a prime from
the start.
"""

from __future__ import annotations

from rlve_gym.kernels.combinatorics import choose_prime
from rlve_gym.modular import ModularCountEnvironment, modulus_sentence

_ATTEMPTS = 30
#: paths the generator asks for before it settles for fewer
_FEWEST_PATHS = 200


def _column_counts(max_length: int, modulus: int) -> dict[tuple[int, int | None, int], int]:
    """0/1 strings of each length with no two adjacent 1s, by (length, first bit or None, last bit)."""
    counts: dict[tuple[int, int | None, int], int] = {}
    for first in (None, 0, 1):
        # ends[b]: strings of the current length ending in b, with the first entry as required
        ends = [1 if first in (None, 0) else 0, 1 if first in (None, 1) else 0]
        counts[(1, first, 0)], counts[(1, first, 1)] = ends
        for length in range(2, max_length + 1):
            ends = [(ends[0] + ends[1]) % modulus, ends[0]]
            counts[(length, first, 0)], counts[(length, first, 1)] = ends
    return counts


def count_disjoint_bit_paths(start: int, target: int, modulus: int) -> int:
    """Paths start = v0 < v1 < ... < vk = target with v_i AND v_{i+1} = 0, modulo ``modulus``."""
    if start == target:
        return 1 % modulus
    top_start, top_target = start.bit_length() - 1, target.bit_length() - 1
    if start <= 0 or top_start >= top_target:
        return 0
    columns = _column_counts(top_target + 2, modulus)
    alive = {1: 1}  # vertices alive above the current bit (T, and inner vertices) -> ways
    for bit in range(top_target - 1, top_start, -1):
        t_bit = target >> bit & 1
        nxt: dict[int, int] = {}
        for count, ways in alive.items():
            stay = ways * columns[(count, None, t_bit)] % modulus
            nxt[count] = (nxt.get(count, 0) + stay) % modulus
            # an inner vertex whose top bit is here: first entry of a longer column is 1
            grow = ways * columns[(count + 1, 1, t_bit)] % modulus
            nxt[count + 1] = (nxt.get(count + 1, 0) + grow) % modulus
        alive = nxt
    total = 0
    for count, ways in alive.items():
        for bit in range(top_start, -1, -1):
            ways = ways * columns[(count + 1, start >> bit & 1, target >> bit & 1)] % modulus
        total += ways
    return total % modulus


class DisjointBitsIncreasingPathCounting(ModularCountEnvironment):
    description = "Count paths S -> T through increasing numbers with pairwise-disjoint consecutive bits, modulo a prime"
    catalog_name = "BitAndZero_PathCounting"

    def schedule(self, difficulty):
        return {"bits": 10 + difficulty}

    def generate_instance(self, rng, sizes):
        bits = sizes["bits"]
        modulus = choose_prime(rng)
        for attempt in range(_ATTEMPTS):
            # a handful of paths is the most common count of random labels: insist on many in
            # the first half of the attempts, so that no small count is a safe blind answer
            fewest = _FEWEST_PATHS if attempt < _ATTEMPTS // 2 else 3
            target_bits = rng.randint(max(4, bits // 2), bits)
            start_bits = rng.randint(1, max(1, target_bits - 3))
            target = rng.randrange(1 << (target_bits - 1), 1 << target_bits)
            start = rng.randrange(1 << (start_bits - 1), 1 << start_bits)
            if count_disjoint_bit_paths(start, target, modulus) >= fewest:
                break
        else:  # 1 -> 2**(bits-1) has at least the direct edge and the detour through 2
            start, target = 1, 1 << (bits - 1)
        return {"start": bin(start)[2:], "target": bin(target)[2:], "modulus": modulus}

    def solve(self, instance):
        return count_disjoint_bit_paths(
            int(instance["start"], 2), int(instance["target"], 2), instance["modulus"]
        )

    def render(self, instance):
        return (
            "Consider the directed graph whose vertices are the non-negative integers 0, 1, 2, ..., "
            "with an edge from s to t exactly when s < t and s AND t = 0 (AND is the bitwise AND: the "
            "two numbers have no 1 bit in the same position). For example 2 -> 5 is an edge "
            "(binary 10 and 101), while 3 -> 5 is not.\n\n"
            "Two vertices are given in binary (base 2):\n"
            f"S = {instance['start']}\nT = {instance['target']}\n\n"
            "How many different paths (sequences of vertices S = v0, v1, ..., vk = T, each step "
            "following an edge) lead from S to T?\n"
            f"{modulus_sentence(instance['modulus'])}\n"
            "Answer with a single integer (in decimal)."
        )
