"""MinXorPair: pick two positions i < j of an array of distinct non-negative integers that
minimise (A[i] AND A[j]) XOR (A[i] OR A[j]).

The expression is A[i] XOR A[j] (a bit is set in exactly one of AND/OR when it is set in exactly
one of the two numbers). The minimum XOR over all pairs is reached by two neighbours in sorted
order: if a < b < c, the highest bit where a and c differ also separates b from one of them, so
a XOR c is larger than a XOR b or b XOR c. Several pairs can tie; any pair reaching the minimum
is accepted, and the checker compares the pair's value to the stored minimum.

Difficulty schedule (N distinct values from [0, 2^bits)):

    d      0   1   2   3   5   10  20         d
    N     24  26  28  30  34   44  64   24 + 2d
    bits   9   9   9   9  10   10  11   bit length of 4N, plus 2

N starts at 24 (276 pairs): with six values (15 pairs) a blind pair was optimal on a sixth of
the tries, and the prompt's example pair 0 2 on a twelfth of the seeds. A blind answer is a
uniformly random pair i < j (``random_answer``).
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list


def min_xor_value(values: list[int]) -> int:
    """min over i < j of values[i] XOR values[j] (at least two values)."""
    ordered = sorted(values)
    return min(a ^ b for a, b in zip(ordered, ordered[1:], strict=False))


def min_xor_pair(values: list[int]) -> tuple[int, int]:
    """Positions (i, j), i < j, of a pair reaching the minimum XOR (the first in sorted order)."""
    order = sorted(range(len(values)), key=values.__getitem__)
    i, j = min(zip(order, order[1:], strict=False), key=lambda p: values[p[0]] ^ values[p[1]])
    return min(i, j), max(i, j)


class MinXorPair(Environment):
    description = "Two positions of an array minimising (a AND b) XOR (a OR b)"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "0 2"
    catalog_name = "MinXorPair"

    def schedule(self, difficulty):
        n = 24 + 2 * difficulty
        return {"n": n, "bits": (4 * n).bit_length() + 2}

    def generate_instance(self, rng, sizes):
        values = rng.sample(range(1 << sizes["bits"]), sizes["n"])
        return {"values": values, "best": min_xor_value(values)}

    def solve(self, instance):
        return list(min_xor_pair(instance["values"]))

    def render(self, instance):
        values = instance["values"]
        n = len(values)
        listing = "\n".join(f"A[{i}] = {v}" for i, v in enumerate(values))
        return (
            f"You are given an array A of {n} distinct non-negative integers (indices from 0):\n"
            f"{listing}\n"
            f"Find indices i and j with 0 <= i < j <= {n - 1} that make "
            "(A[i] AND A[j]) XOR (A[i] OR A[j]) as small as possible, where AND, OR and XOR are "
            "bitwise operations. If several pairs reach the smallest value, any of them is "
            "accepted.\n"
            "Answer with i and j separated by a space, e.g. 0 2."
        )

    def parse(self, text, instance):
        return parse_int_list(text, length=2, max_digits=len(str(len(instance["values"]))) + 1)

    def check(self, instance, answer, reference):
        values = instance["values"]
        i, j = answer
        if not 0 <= i < j < len(values):
            return Verdict.wrong(f"need indices 0 <= i < j <= {len(values) - 1}")
        a, b = values[i], values[j]
        if (a & b) ^ (a | b) != instance["best"]:
            return Verdict.wrong("this pair does not reach the smallest value")
        return Verdict.right()

    def random_answer(self, problem, rng, other):
        i, j = sorted(rng.sample(range(len(problem.instance["values"])), 2))
        return f"{i} {j}"

    def near_misses(self, problem):
        values, best = problem.instance["values"], problem.instance["best"]
        i, j = (int(t) for t in problem.answer.split())
        misses = [f"{j} {i}", f"{i} {i}", f"{i} {len(values)}"]
        worse = next(
            (
                f"{p} {q}"
                for p in range(len(values))
                for q in range(p + 1, len(values))
                if values[p] ^ values[q] != best
            ),
            None,
        )
        return misses + ([worse] if worse else [])
