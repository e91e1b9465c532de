"""MinPrefixXorSumFill: fill the unknown entries of an array so the sum of its prefix XORs is smallest.

The solver sees an array A of N entries: non-negative integers and some unknown entries written
-1. It replaces every -1 by a non-negative integer of its choice, so as to minimise
S = P_1 + P_2 + ... + P_N, where P_i = A_1 xor A_2 xor ... xor A_i (bitwise exclusive or). It
answers with the chosen values, one per -1 entry, left to right. Any filling reaching the smallest
S is correct (when a bit costs the same either way there are several); others earn nothing.

Solution idea (the reference): a filled entry at position f sets P_f to any value x it likes
(A_f = P_{f-1} xor x), and until the next unknown entry every prefix is x xor c_j, with c_j the
XOR of the known entries after f up to j. So x minimises x + sum_j (x xor c_j), bit by bit: bit b
of x is set exactly when 1 + (number of c_j with bit b clear) < (number of c_j with bit b set).
O(N * bits).

Difficulty schedule (known entries are uniform in 0 .. 2^bits - 1):

    d          0   1   2   3   4  ...  10  ...  20  ...  d
    length    10  12  14  16  18  ...  30  ...  50  ...  10 + 2d
    bits       5   5   5   5   6  ...   7  ...  10  ...  5 + d // 4

Between N/5 and N/3 of the entries (at least 2) are unknown, at random places other than the last
(an unknown last entry would just cancel the prefix before it). Level 0 has 10 entries with 5-bit
values: with 8 entries and 4 bits the fills "0 0" or another pair were optimal on 3-7% of the
instances. Longer arrays and wider values mean more blocks and more bits to balance.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.sequences import random_values, render_array

UNKNOWN = -1


def best_block_prefix(following: list[int]) -> int:
    """Smallest x minimising x + sum((x ^ c) for c in following), bit by bit."""
    top = max(following, default=0).bit_length()
    x = 0
    for b in range(top):
        ones = sum(c >> b & 1 for c in following)
        if 1 + len(following) - ones < ones:
            x |= 1 << b
    return x


def prefix_xor_sum(values: list[int]) -> int:
    total = running = 0
    for v in values:
        running ^= v
        total += running
    return total


def fill_min_prefix_xor(values: list[int]) -> list[int]:
    """One filling (values for the UNKNOWN entries, left to right) with the smallest prefix-XOR sum."""
    n = len(values)
    fills, running, i = [], 0, 0
    while i < n:
        if values[i] != UNKNOWN:
            running ^= values[i]
            i += 1
            continue
        following, c, j = [], 0, i + 1
        while j < n and values[j] != UNKNOWN:
            c ^= values[j]
            following.append(c)
            j += 1
        x = best_block_prefix(following)
        fills.append(running ^ x)
        running = x ^ c
        i = j
    return fills


def filled(values: list[int], fills: list[int]) -> list[int]:
    it = iter(fills)
    return [next(it) if v == UNKNOWN else v for v in values]


class MinPrefixXorSumFill(Environment):
    description = "Values for the unknown entries of an array minimising the sum of its prefix XORs"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "13 0 7"
    catalog_name = "MinSumPreXor"

    def schedule(self, difficulty):
        return {"length": 10 + 2 * difficulty, "bits": 5 + difficulty // 4}

    def generate_instance(self, rng, sizes):
        n = sizes["length"]
        values = random_values(rng, n, 0, 2 ** sizes["bits"] - 1)
        for p in rng.sample(range(n - 1), rng.randint(max(2, n // 5), max(2, n // 3))):
            values[p] = UNKNOWN
        best = prefix_xor_sum(filled(values, fill_min_prefix_xor(values)))
        return {"values": values, "best_sum": best}

    def solve(self, instance):
        return fill_min_prefix_xor(instance["values"])

    def render(self, instance):
        values = instance["values"]
        unknown = values.count(UNKNOWN)
        return (
            f"{render_array('A', values)}\n\n"
            f"The {unknown} entries equal to -1 are unknown. Replace each of them by a non-negative "
            "integer of your choice (different entries may get different values). Then let "
            "P_i = A[1] xor A[2] xor ... xor A[i] for every i, where xor is the bitwise exclusive "
            "or (for example 6 xor 3 = 5). Make S = P_1 + P_2 + ... + "
            f"P_{len(values)} as small as possible.\n"
            f"Answer with the {unknown} values you put in place of the -1 entries, from left to "
            "right, separated by spaces. For example, if A = [5, -1, 1] then the answer 4 gives "
            "the array [5, 4, 1] with P = 5, 1, 0 and S = 6. If several choices reach the smallest "
            "S, any one of them is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, length=instance["values"].count(UNKNOWN), max_digits=12)

    def check(self, instance, answer, reference):
        if any(v < 0 for v in answer):
            return Verdict.wrong("the chosen values must be non-negative integers")
        total = prefix_xor_sum(filled(instance["values"], answer))
        if total == instance["best_sum"]:
            return Verdict.right()
        return Verdict.wrong(
            f"the filled array has S = {total}, which is not the smallest possible"
        )

    def random_answer(self, problem, rng, other):
        values = problem.instance["values"]
        top = max(values)
        return " ".join(str(rng.randint(0, top)) for _ in range(values.count(UNKNOWN)))

    def near_misses(self, problem):
        values = problem.instance["values"]
        fills = [int(t) for t in problem.answer.split()]
        above_all = 1 << max(values).bit_length()  # setting a bit no known entry has always costs
        misses = [
            " ".join(map(str, [fills[0] ^ above_all] + fills[1:])),
            " ".join(map(str, fills[:-1] + [-1])),  # negative
            " ".join(map(str, fills[:-1])),  # one value missing
        ]
        for bit in (1, 2, 4):  # a low bit of the last choice flipped, unless that bit is a tie
            changed = fills[:-1] + [fills[-1] ^ bit]
            if prefix_xor_sum(filled(values, changed)) > problem.instance["best_sum"]:
                misses.append(" ".join(map(str, changed)))
        return misses
