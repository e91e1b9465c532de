"""Sorting 2^N numbers by block swaps, each block size used at most once: find such a sequence.

Operation k (k = 1..N) cuts the array into blocks of 2^(k-1) entries and swaps two of them; each
operation may be used at most once, in any order. Give a sequence of operations that sorts the
array; any sequence that does is accepted (the checker replays it). An operation on blocks of
size s never splits a block of size 2s or more, so deciding the operations from the smallest
size up works: after deciding size s, every aligned block of 2s entries must already hold 2s
consecutive ranks starting at a multiple of 2s. If all such blocks are fine, operation k is
skipped; if one is broken its two halves must be swapped; if two are broken, one of the 6 swaps
among their four halves may fix both; three or more is hopeless. Operations found this way act
on disjoint scales, so they sort the array in any order: a search with at most 6 branches per
level. (An earlier version asked for the number of such sequences, the sum of |set|! over the
successful sets; that is one of a few small numbers such as 2, 6 or 24, which a guess hits
often, so the task now asks for a sequence itself.)

Difficulty schedule (the array holds 2^N distinct integers from 1..V, scrambled by one random swap
for each of at least two distinct operations):

    d     0   1   2   3   5   7   10   15   20   31   ...
    N     4   5   5   6   6   7    7    8    8    9   ...  4 + floor(log2(d + 1))
    V    40  80 120 160 240 320  440  640  840 1280   ...  40(d + 1)

The array length 2^N grows about linearly in d (16(d + 1) at most), keeping prompts short; the
value range V grows every level and stays above 2.5 times the length. Level 0 starts at 16
entries: with 4 or 8, another instance's sequence sorts the array too often.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import ParseError, parse_int_list


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


def find_sorting_operations(values: list[int]) -> list[tuple[int, int, int]] | None:
    """Operations (k, a, b): swap blocks a and b (1-based) of size 2^(k-1), each k at most once,
    that sort ``values`` (length 2^N), in increasing k; None when no such sequence exists."""
    length = len(values)
    levels = length.bit_length() - 1
    if length != 1 << levels:
        raise ValueError(f"the array length must be a power of two, got {length}")
    ranks = _ranks(values)
    chosen: list[tuple[int, int, int]] = []

    def search(level: int) -> bool:
        if level == levels:
            return True
        size = 1 << level
        broken = _broken_pairs(ranks, size)
        if not broken:
            return search(level + 1)
        if len(broken) > 2:
            return False
        halves = [2 * j + h for j in broken for h in (0, 1)]
        for a in range(len(halves)):
            for b in range(a + 1, len(halves)):
                _swap_blocks(ranks, halves[a], halves[b], size)
                if not _broken_pairs(ranks, size):
                    chosen.append((level + 1, halves[a] + 1, halves[b] + 1))
                    if search(level + 1):
                        return True
                    chosen.pop()
                _swap_blocks(ranks, halves[a], halves[b], size)
        return False

    return list(chosen) if search(0) else None


def apply_operations(values: list[int], operations: list[tuple[int, int, int]]) -> list[int]:
    """``values`` after the swaps, in the given order (the operations must be valid)."""
    array = list(values)
    for kind, first, second in operations:
        _swap_blocks(array, first - 1, second - 1, 1 << (kind - 1))
    return array


def _ranks(values: list[int]) -> list[int]:
    position = {v: i for i, v in enumerate(sorted(values))}
    return [position[v] for v in values]


def _format_operations(operations) -> str:
    return "\n".join(f"{k} {a} {b}" for k, a, b in operations)


class LevelBlockSwapSort(Environment):
    description = "Give a sequence of block swaps, one per block size at most, that sorts an array of 2^N numbers"
    answer_kind = "construction_with_checker"
    multiple_valid_answers = True
    answer_example = "2 1 3\n1 5 6"
    catalog_name = "SegmentTreeSortingCounting"

    def schedule(self, difficulty):
        return {
            "levels": 4 + (difficulty + 1).bit_length() - 1,
            "value_range": 40 * (difficulty + 1),
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
        operations = find_sorting_operations(instance["values"])
        if operations is None:  # undoing the generator's swaps always sorts
            raise RuntimeError("generated array cannot be sorted")
        return operations

    def format_answer(self, answer):
        return _format_operations(answer)

    def render(self, instance):
        n, values = instance["levels"], instance["values"]
        length = len(values)
        return (
            f"An array of 2^{n} = {length} distinct integers is given:\n{' '.join(map(str, values))}\n\n"
            f"There are {n} kinds of operation. Operation k (k = 1, ..., {n}) cuts the array into "
            f"consecutive blocks of 2^(k-1) entries each (so {length} / 2^(k-1) blocks, numbered from "
            "1 at the left) and swaps any two of these blocks (keeping the order inside each block). "
            "Each kind of operation may be used at most once, and the kinds used may come in any "
            "order.\n\n"
            "Give a sequence of operations that turns the array into increasing order; any sequence "
            "that does is accepted. Write one operation per line as three integers k a b: operation k "
            "swaps block a with block b (block numbers counted for that block size). The operations "
            'are applied from the first line to the last. For example, the two lines "2 1 3" and '
            '"1 5 6" first swap entries 1-2 with entries 5-6, then entry 5 with entry 6.'
        )

    def parse(self, text, instance):
        levels = instance["levels"]
        values = parse_int_list(text, max_items=3 * levels + 1, max_digits=12)
        if not values or len(values) % 3:
            raise ParseError(
                f"expected lines of three integers k a b (at most {levels} lines), got "
                f"{len(values)} integers"
            )
        return [tuple(values[i : i + 3]) for i in range(0, len(values), 3)]

    def check(self, instance, answer, reference):
        levels, values = instance["levels"], instance["values"]
        used = set()
        for kind, first, second in answer:
            if not 1 <= kind <= levels:
                return Verdict.wrong(f"there is no operation {kind} (operations are 1 to {levels})")
            if kind in used:
                return Verdict.wrong(f"operation {kind} is used more than once")
            used.add(kind)
            blocks = len(values) >> (kind - 1)
            if not (1 <= first <= blocks and 1 <= second <= blocks) or first == second:
                return Verdict.wrong(
                    f"operation {kind} must swap two different blocks among 1 to {blocks}, "
                    f"got {first} and {second}"
                )
        if apply_operations(values, answer) != sorted(values):
            return Verdict.wrong("the operations do not sort the array")
        return Verdict.right()

    def random_answer(self, problem, rng, other):
        """Random operations of random distinct kinds, each swapping two random blocks."""
        levels, length = problem.instance["levels"], len(problem.instance["values"])
        kinds = rng.sample(range(1, levels + 1), rng.randint(1, levels))
        operations = []
        for kind in kinds:
            first, second = rng.sample(range(1, (length >> (kind - 1)) + 1), 2)
            operations.append((kind, first, second))
        return _format_operations(operations)

    def near_misses(self, problem):
        operations = self.solve(problem.instance)
        length = len(problem.instance["values"])
        misses = []
        if len(operations) > 1:
            misses.append(_format_operations(operations[:-1]))  # one swap left out
        kind, first, second = operations[0]
        blocks = length >> (kind - 1)
        other = next((b for b in range(1, blocks + 1) if b not in (first, second)), None)
        if other is not None:  # the smallest kind has at least 4 blocks: swap a wrong partner
            misses.append(_format_operations([(kind, first, other), *operations[1:]]))
        misses.append(_format_operations([*operations, operations[-1]]))  # a kind used twice
        return misses
