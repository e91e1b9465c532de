"""SmallestBinaryMultiple: the smallest positive B such that A*B is written with digits 0 and 1 only.

Every A has such a multiple (pigeonhole on the remainders of 1, 11, 111, ...). The reference
searches numbers made of 0s and 1s in increasing order by breadth-first search over remainders
modulo A (appending a 0 or a 1), which visits each remainder once: O(A) work. B = (that
multiple) / A can have many digits (for A = 9999 the multiple has 36 ones).

Difficulty schedule (A drawn from [2, max_a]):

    d        0    1    2     3     5     10    20     d
    max_a   560  720  900  1100  1560  3060  7560   10 * (d + 7) * (d + 8)

Level 0 starts at A <= 560: with A <= 20 there were 16 distinct problems and B = 5 was the
answer on a seventh of the seeds.

A whose own digits are all 0 and 1 (answer B = 1) is redrawn, and so is any A with A * 37 made
of 0s and 1s (A = 3 * 10^j, 273, ...), whose answer could be 37, the prompt's worked example.
"""

from __future__ import annotations

from collections import deque

from rlve_gym import Environment

MAX_ATTEMPTS = 50


def smallest_zero_one_multiple(a: int) -> int:
    """The least positive multiple of a >= 1 whose decimal digits are all 0 or 1."""
    parent: dict[int, tuple[int, int]] = {
        1 % a: (-1, 1)
    }  # remainder -> (previous remainder, digit)
    queue = deque([1 % a])
    while 0 not in parent:
        rem = queue.popleft()
        for digit in (0, 1):
            nxt = (rem * 10 + digit) % a
            if nxt not in parent:
                parent[nxt] = (rem, digit)
                queue.append(nxt)
    digits, rem = [], 0
    while rem != -1:
        rem, digit = parent[rem]
        digits.append(str(digit))
    return int("".join(reversed(digits)))


def is_zero_one(n: int) -> bool:
    return set(str(n)) <= {"0", "1"}


class SmallestBinaryMultiple(Environment):
    description = "Smallest positive B such that A*B has only the digits 0 and 1"
    answer_kind = "single_int"
    answer_example = "37"
    catalog_name = "SmallestBinaryMultiple"

    def schedule(self, difficulty):
        return {"max_a": 10 * (difficulty + 7) * (difficulty + 8)}

    def generate_instance(self, rng, sizes):
        for _ in range(MAX_ATTEMPTS):
            a = rng.randint(2, sizes["max_a"])
            if not is_zero_one(a) and not is_zero_one(a * 37):
                return {"a": a}
        return {"a": 9}

    def solve(self, instance):
        return smallest_zero_one_multiple(instance["a"]) // instance["a"]

    def render(self, instance):
        a = instance["a"]
        return (
            f"Find the smallest positive integer B such that {a} * B, written in decimal, uses only the "
            f"digits 0 and 1. (For example, for A = 3 the answer is B = 37, since 3 * 37 = 111.)\n"
            "Answer with B only, e.g. 37."
        )
