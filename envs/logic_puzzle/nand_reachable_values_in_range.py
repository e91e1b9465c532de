"""NandReachableValuesInRange: how many values in [L, R] can be built from given K-bit numbers
with the bitwise NAND operation.

Numbers are K-bit; x NAND y = (2^K - 1) - (x AND y), bit by bit NOT (x AND y). Starting from the
given numbers, any two numbers obtained so far (or one number with itself) may be combined by
NAND, any number of times; the given numbers count as obtained. The answer is how many distinct
obtainable values lie in [L, R].

Why it is countable: NAND acts on each bit position separately, and NAND alone builds every
Boolean function (NOT x = x NAND x, AND and OR follow, and x NAND (NOT x) is the all-ones
constant). So the obtainable values are exactly the K-bit values that agree on any two bit
positions where all given numbers agree - bit positions fall into classes by their column of
bits across the given numbers, and each class is either all 1s or all 0s in a value. The
reference counts such values up to a bound with one pass from the highest bit down (a digit DP
that remembers which classes the prefix has fixed), and takes the difference at R and L - 1:
O(K) big-integer steps. The tests compare with the closure of the given numbers under NAND.

The generator draws the classes first: C classes, C uniform from 2K/3 to K (at most 2^N), every
bit position in one, and a distinct random column of N bits for each class, from which the
numbers are read off. So some positions usually share a class and the obtainable values are
neither all values nor a sparse few. L and R are random K-bit values; ranges holding fewer than
3 obtainable values, or exactly the prompt's example 7, are redrawn (20 times at most).

Difficulty schedule:

    d          0   1   2   3  ...  10  ...  20  ...  d
    bits K    12  13  14  15  ...  22  ...  32  ...  12 + d
    numbers    4   4   5   5  ...   9  ...  14  ...  4 + d // 2

Level 0 has 12 bits: with 8, the counts cluster on a few small powers of two (4 and 8 were each
the answer on a tenth of the instances).
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import parse_int

FIRST_BITS = 12
EXAMPLE = 7
REDRAWS = 20
#: smaller counts are redrawn (an empty range would make 0 a common answer)
MIN_COUNT = 3


def bit_classes(numbers: list[int], bits: int) -> list[int]:
    """Class id of every bit position 0..bits-1: positions share a class exactly when every
    number has the same bit at both."""
    ids: dict[tuple[int, ...], int] = {}
    return [ids.setdefault(tuple((x >> b) & 1 for x in numbers), len(ids)) for b in range(bits)]


def obtainable_at_most(bound: int, classes: list[int]) -> int:
    """How many obtainable values (constant on every class) are <= ``bound``."""
    bits = len(classes)
    if bound < 0:
        return 0
    bound = min(bound, (1 << bits) - 1)
    # free_below[b]: classes met only below position b (still free once positions >= b are set)
    free_below = [0] * bits
    seen_at_or_above: set[int] = set()
    for b in range(bits - 1, -1, -1):
        seen_at_or_above.add(classes[b])
        free_below[b] = len(set(classes[:b]) - seen_at_or_above)
    fixed: dict[int, int] = {}
    count = 0
    for b in range(bits - 1, -1, -1):
        want = (bound >> b) & 1
        have = fixed.get(classes[b])
        if have is None:
            if want:
                count += 1 << free_below[b]  # this class 0: everything below is smaller
            fixed[classes[b]] = want
        elif have != want:
            if have < want:
                count += 1 << free_below[b]
            return count  # the prefix can no longer follow the bound
    return count + 1  # the bound itself is obtainable


class NandReachableValuesInRange(Environment):
    description = "Number of values in [L, R] obtainable from given K-bit numbers by bitwise NAND"
    answer_kind = "single_int"
    answer_example = str(EXAMPLE)
    catalog_name = "NANDResultCounting"

    def schedule(self, difficulty):
        return {"bits": FIRST_BITS + difficulty, "numbers": 4 + difficulty // 2}

    def generate_instance(self, rng, sizes):
        k, n = sizes["bits"], sizes["numbers"]
        for _ in range(REDRAWS):
            # C classes of bit positions, each given a distinct column of bits across the numbers
            classes = rng.randint(max(1, (2 * k) // 3), min(k, 1 << n))
            class_of = list(range(classes)) + [rng.randrange(classes) for _ in range(k - classes)]
            rng.shuffle(class_of)
            columns = rng.sample(range(1 << n), classes)
            numbers = [
                sum(1 << p for p in range(k) if (columns[class_of[p]] >> j) & 1) for j in range(n)
            ]
            low, high = sorted(rng.randrange(1 << k) for _ in range(2))
            instance = {"bits": k, "numbers": numbers, "low": low, "high": high}
            count = self.solve(instance)
            if count >= MIN_COUNT and count != EXAMPLE:
                break
        return instance

    def solve(self, instance):
        classes = bit_classes(instance["numbers"], instance["bits"])
        return obtainable_at_most(instance["high"], classes) - obtainable_at_most(
            instance["low"] - 1, classes
        )

    def render(self, instance):
        k = instance["bits"]
        return (
            f"All numbers here are {k}-bit: integers from 0 to {(1 << k) - 1}. For two such "
            "numbers x and y, x NAND y is computed bit by bit: a bit of the result is 0 exactly "
            f"when that bit is 1 in both x and y (so x NAND y = {(1 << k) - 1} - (x AND y)).\n\n"
            f"You start with the numbers {', '.join(map(str, instance['numbers']))}. You may "
            "combine any two numbers you already have (or one number with itself) by NAND and "
            "keep the result, as many times as you like; the starting numbers count as "
            "obtained too.\n\n"
            f"How many different numbers from {instance['low']} to {instance['high']} (both "
            "included) can be obtained? Answer with that count as a decimal integer (for example "
            f"{EXAMPLE})."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=len(str(1 << instance["bits"])) + 1)
