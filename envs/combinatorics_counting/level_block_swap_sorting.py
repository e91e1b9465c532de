"""Sorting 2^N numbers by block swaps, each block size used at most once: count the operation sequences.

Operation k (k = 1..N) cuts the array into blocks of 2^(k-1) entries and swaps two of them; each
operation may be used at most once, in any order. Count the sequences that sort the array. An
operation on blocks of size s never splits a block of size 2s or more, so deciding the
operations from the smallest size up works: after deciding size s, every aligned block of 2s
entries must already hold 2s consecutive ranks starting at a multiple of 2s. If all such blocks
are fine, operation k must be skipped; if one is broken its two halves must be swapped; if two
are broken, one of the 6 swaps among their four halves may fix both; three or more is hopeless.
Any successful set of operations works in every order (the swaps act on disjoint scales), so the
answer is the sum of |set|! over the successful sets: a search with at most 6 branches per level.

Difficulty schedule (the array holds 2^N distinct integers from 1..V, scrambled by one random swap
for each of at least two distinct operations):

    d     0   1   2   3   5   7   10   15   20   30   ...
    N     2   3   3   4   4   5    5    6    6    6   ...  2 + floor(log2(d + 1))
    V    10  20  30  40  60  80  110  160  210  310   ...  10(d + 1)

The array length 2^N grows about linearly in d (4(d + 1) at most), keeping prompts short; the
value range V grows every level.
"""

from __future__ import annotations

from math import factorial

from rlve_gym import Environment
from rlve_gym.answers import parse_int


def _swap_blocks(array: list[int], first: int, second: int, size: int) -> None:
    a, b = first * size, second * size
    array[a : a + size], array[b : b + size] = array[b : b + size], array[a : a + size]


def _broken_pairs(ranks: list[int], size: int) -> list[int]:
    """Indices of aligned 2*size blocks that do not hold consecutive ranks from a multiple of 2*size."""
    double = 2 * size
    return [
        j
        for j in range(len(ranks) // double)
        if ranks[j * double] % double != 0 or ranks[j * double + size] != ranks[j * double] + size
    ]


def count_sorting_sequences(values: list[int]) -> int:
    """Operation sequences (each block size at most once, any order) that sort ``values`` (length 2^N)."""
    length = len(values)
    levels = length.bit_length() - 1
    if length != 1 << levels:
        raise ValueError(f"the array length must be a power of two, got {length}")
    ranks = _ranks(values)

    def search(level: int, used: int) -> int:
        if level == levels:
            return factorial(used)
        size = 1 << level
        broken = _broken_pairs(ranks, size)
        if not broken:
            return search(level + 1, used)
        if len(broken) > 2:
            return 0
        halves = [2 * j + h for j in broken for h in (0, 1)]
        total = 0
        for a in range(len(halves)):
            for b in range(a + 1, len(halves)):
                _swap_blocks(ranks, halves[a], halves[b], size)
                if not _broken_pairs(ranks, size):
                    total += search(level + 1, used + 1)
                _swap_blocks(ranks, halves[a], halves[b], size)
        return total

    return search(0, 0)


def _ranks(values: list[int]) -> list[int]:
    position = {v: i for i, v in enumerate(sorted(values))}
    return [position[v] for v in values]


class LevelBlockSwapSortCounting(Environment):
    description = "Count sequences of block swaps, one per block size at most, that sort an array of 2^N numbers"
    answer_kind = "single_int"
    answer_example = "6"
    catalog_name = "SegmentTreeSortingCounting"

    def schedule(self, difficulty):
        return {
            "levels": 2 + (difficulty + 1).bit_length() - 1,
            "value_range": 10 * (difficulty + 1),
        }

    def generate_instance(self, rng, sizes):
        levels = sizes["levels"]
        length = 1 << levels
        sorted_values = sorted(rng.sample(range(1, sizes["value_range"] + 1), length))
        array = list(sorted_values)
        operations = rng.sample(range(1, levels + 1), rng.randint(2, levels))
        for k in operations:
            size = 1 << (k - 1)
            first, second = rng.sample(range(length // size), 2)
            _swap_blocks(array, first, second, size)
        return {"levels": levels, "values": array}

    def solve(self, instance):
        return count_sorting_sequences(instance["values"])

    def render(self, instance):
        n, values = instance["levels"], instance["values"]
        length = len(values)
        return (
            f"An array of 2^{n} = {length} distinct integers is given:\n{' '.join(map(str, values))}\n\n"
            f"There are {n} kinds of operation. Operation k (k = 1, ..., {n}) cuts the array into "
            f"consecutive blocks of 2^(k-1) entries each (so {length} / 2^(k-1) blocks) and swaps any "
            "two of these blocks (keeping the order inside each block). Each kind of operation may be "
            "used at most once, and the kinds used may come in any order.\n\n"
            "How many different sequences of operations turn the array into increasing order? Two "
            "sequences differ when they have different lengths, or when at some step they use a "
            "different kind of operation or swap a different pair of blocks. The empty sequence counts "
            "only if the array is already sorted.\n"
            "Answer with a single integer (the exact count)."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=40)
