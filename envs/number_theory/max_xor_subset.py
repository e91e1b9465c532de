"""MaxXorSubset: choose a subset of given numbers whose XOR is as large as possible.

There are more numbers than bits, so the numbers are linearly dependent over GF(2) and many
subsets reach the maximum; any of them is accepted. The reference runs Gaussian elimination
(a "linear basis"), remembering which original numbers make up each basis vector, then builds the
maximum greedily from the highest bit down. The checker recomputes the XOR of the chosen numbers
and compares it with the maximum stored in the instance.

Difficulty schedule:

    d         0   1   2   3   4   5  ...  10  ...  20  ...  d
    numbers  10  11  12  13  14  15  ...  20  ...  30  ...  10 + d
    bits      7   8   8   9   9  10  ...  12  ...  17  ...  7 + (d + 1) // 2

Level 0 starts at seven bits: a blind subset of the indices reaches the maximum with
probability about 2^-rank, which was 1/8 to 1/16 with three or four bits (a random subset was
right on a third of the tries).

No number equals the maximum on its own, and the XOR of all the numbers is not the maximum
(redrawn a bounded number of times), so neither a single index (such as the prompt's example 2)
nor the blind answer "every index" is right. A blind answer is a random
subset of the indices (``random_answer``).
"""

from __future__ import annotations

from functools import reduce
from operator import xor

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list

MAX_ATTEMPTS = 30


def max_xor_with_witness(numbers: list[int]) -> tuple[int, list[int]]:
    """(maximum XOR over all subsets, sorted 1-based indices of one subset reaching it)."""
    basis: dict[int, tuple[int, int]] = {}  # leading bit -> (vector, bitmask of original indices)
    for index, value in enumerate(numbers):
        vector, members = value, 1 << index
        while vector:
            top = vector.bit_length() - 1
            if top not in basis:
                basis[top] = (vector, members)
                break
            vector ^= basis[top][0]
            members ^= basis[top][1]
    best, members = 0, 0
    for top in sorted(basis, reverse=True):
        vector, used = basis[top]
        if best ^ vector > best:
            best ^= vector
            members ^= used
    return best, [i + 1 for i in range(len(numbers)) if members >> i & 1]


class MaxXorSubset(Environment):
    description = "A subset of the numbers (by index) whose XOR is maximum"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "2"
    catalog_name = "MaxXorSet"

    def schedule(self, difficulty):
        return {"numbers": 10 + difficulty, "bits": 7 + (difficulty + 1) // 2}

    def generate_instance(self, rng, sizes):
        count, top = sizes["numbers"], 2 ** sizes["bits"] - 1
        numbers, best = [], 0
        for _ in range(MAX_ATTEMPTS):
            numbers = [rng.randint(1, top) for _ in range(count)]
            best = max_xor_with_witness(numbers)[0]
            if best not in numbers and reduce(xor, numbers) != best:
                break
        return {"numbers": numbers, "max_xor": best}

    def solve(self, instance):
        return max_xor_with_witness(instance["numbers"])[1]

    def render(self, instance):
        numbers = instance["numbers"]
        listing = "\n".join(f"{i}: {v}" for i, v in enumerate(numbers, start=1))
        return (
            f"You are given {len(numbers)} numbers, indexed from 1 to {len(numbers)}:\n{listing}\n\n"
            "Choose a set of distinct indices so that the bitwise XOR of the chosen numbers is as large "
            "as possible. If several sets reach the maximum, any of them is accepted.\n"
            "Answer with the chosen indices separated by spaces, e.g. 2."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_items=len(instance["numbers"]) + 1, max_digits=12)

    def check(self, instance, answer, reference):
        numbers = instance["numbers"]
        if len(set(answer)) != len(answer):
            return Verdict.wrong("an index is repeated")
        if any(not 1 <= i <= len(numbers) for i in answer):
            return Verdict.wrong(f"indices must be between 1 and {len(numbers)}")
        value = 0
        for i in answer:
            value ^= numbers[i - 1]
        if value != instance["max_xor"]:
            return Verdict.wrong(
                f"the XOR of the chosen numbers is {value}, which is not the maximum"
            )
        return Verdict.right()

    def random_answer(self, problem, rng, other):
        """Each index chosen with probability 1/2 (at least one): a subset picked blindly."""
        count = len(problem.instance["numbers"])
        chosen = [i for i in range(1, count + 1) if rng.random() < 0.5] or [rng.randint(1, count)]
        return " ".join(map(str, chosen))

    def near_misses(self, problem):
        chosen = [int(t) for t in problem.answer.split()]
        count = len(problem.instance["numbers"])
        unused = [i for i in range(1, count + 1) if i not in chosen]
        misses = [
            " ".join(map(str, chosen[1:])),
            " ".join(map(str, chosen + chosen[:1])),
            f"{count + 1}",
        ]
        if unused:  # adding one more non-zero number changes the XOR
            misses.append(" ".join(map(str, chosen + unused[:1])))
        return misses
