"""Sequences of M distinct non-empty subsets of {1..N} covering every element an even number of times.

Count ordered sequences T[1..M] of pairwise distinct non-empty subsets of {1, ..., N} such that
every element lies in an even number of them (0 included). Let f(i) be the answer for length i.
Choose T[1..i-1] freely (distinct, non-empty): P(2^N - 1, i - 1) ways; the parity condition then
forces T[i] (the symmetric difference of the others). Two kinds of choices fail: the forced set
is empty (the first i - 1 already qualify: f(i - 1) ways), or it repeats some T[j] (drop both:
f(i - 2) ways, times i - 1 positions for j, times 2^N - 1 - (i - 2) sets for the repeated one).
So f(i) = P(2^N - 1, i - 1) - f(i - 1) - (i - 1)(2^N - i + 1) f(i - 2), O(M) modulo a prime.

Difficulty schedule (N drawn from max(2, L/2) .. L, then M from 3 .. min(K, 2^N - 1), skipping
M = 2^N - 2, which always gives 0; the count is asked modulo a prime):

    d     0   1   2   3   5   10   20   30   ...
    L     9  11  13  15  19   29   49   69   ...  9 + 2d
    K    34  44  54  64  84  134  234  334   ...  34 + 10d

Both grow linearly; N enters only through 2^N modulo the prime. Level 0 starts at L = 9: with
fewer elements and shorter sequences a level holds a few dozen instances, whose counts a guess
hits often.
"""

from __future__ import annotations

from rlve_gym.kernels.combinatorics import choose_prime
from rlve_gym.modular import ModularCountEnvironment, modulus_sentence


def count_even_cover_sequences(elements: int, length: int, modulus: int) -> int:
    """Ordered sequences of ``length`` distinct non-empty subsets of an ``elements``-set with even cover."""
    subsets = (pow(2, elements, modulus) - 1) % modulus
    falling = [1] * (length + 1)  # falling[i] = P(subsets, i)
    for i in range(1, length + 1):
        falling[i] = falling[i - 1] * ((subsets - (i - 1)) % modulus) % modulus
    ways = [0] * (length + 1)
    ways[0] = 1 % modulus
    for i in range(2, length + 1):
        repeat = (i - 1) * ((subsets - (i - 2)) % modulus) % modulus * ways[i - 2]
        ways[i] = (falling[i - 1] - ways[i - 1] - repeat) % modulus
    return ways[length]


class EvenCoverSubsetSequences(ModularCountEnvironment):
    description = "Count sequences of M distinct non-empty subsets of {1..N} covering each element evenly, modulo a prime"
    catalog_name = "Canon"

    def schedule(self, difficulty):
        return {"max_elements": 9 + 2 * difficulty, "max_length": 34 + 10 * difficulty}

    def generate_instance(self, rng, sizes):
        top = sizes["max_elements"]
        elements = rng.randint(max(2, top // 2), top)
        longest = min(sizes["max_length"], (1 << min(elements, 62)) - 1)
        lengths = [m for m in range(3, longest + 1) if m != (1 << elements) - 2]
        return {"elements": elements, "length": rng.choice(lengths), "modulus": choose_prime(rng)}

    def solve(self, instance):
        return count_even_cover_sequences(
            instance["elements"], instance["length"], instance["modulus"]
        )

    def render(self, instance):
        n, m = instance["elements"], instance["length"]
        return (
            f"Let S = {{1, 2, ..., {n}}}. Count the sequences T[1], T[2], ..., T[{m}] of subsets of S "
            "such that:\n"
            "- every T[i] is non-empty;\n"
            "- the T[i] are pairwise different (as sets);\n"
            f"- every element x of S belongs to an even number of the {m} subsets (0 counts as even).\n"
            "The order matters: the same subsets listed in another order form another sequence. For "
            "example, when S = {1, 2, 3} the sequence {1, 2}, {2, 3}, {1, 3} qualifies (each element is "
            "in exactly two subsets), and so does {2, 3}, {1, 2}, {1, 3}.\n"
            f"{modulus_sentence(instance['modulus'])}\n"
            "Answer with a single integer."
        )
