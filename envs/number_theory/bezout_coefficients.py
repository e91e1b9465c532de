"""BezoutCoefficients: integers X_1..X_n making A_1*X_1 + ... + A_n*X_n positive and as small as possible.

The smallest positive value of such a combination is gcd(A_1, ..., A_n) (Bezout), so the task
is to find Bezout coefficients for several numbers; any coefficients reaching the gcd are
accepted. The prompt bounds |X_i| by n * max(A) so answers stay short; the reference
(iterated extended Euclid, then each X_i for i >= 2 reduced modulo A_1 / gcd(A_1, A_i)) always
fits: |X_i| <= A_1 / 2 for i >= 2, hence |X_1| <= 1 + (n - 1) * max(A) / 2.

Difficulty schedule (A_i = c * b_i with a common factor c and b_i drawn from [2, max_value / c]):

    d          0    1    2    3    4    5  ...   10  ...    20  ...  d
    numbers    3    4    4    4    5    5  ...    7  ...    10  ...  2 + (d + 5) // 3
    max_value 1030 1240 1470 1720 1990 2280 ...  4030 ...  9030  ...  30 + 10 (d + 10)^2

Level 0 starts at three numbers up to 1030: with two numbers up to 30 the blind answer 1 -1
(two consecutive multiples of the gcd) was right on 12% of the seeds, and with three numbers up
to 280 each of 1 -1 0, 0 1 -1, ... was still right on about 1.7% (the best of them on 4% of
some ranges of 200 seeds); up to 1030 each is right on about 1%.

The format example -3 0 -1 has no positive entry, so with positive A_i its S is negative: it is
never an answer (the earlier example -3 1 2 was right on 1.5% of one range of 200 seeds).
"""

from __future__ import annotations

import math

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.kernels.number_theory import extended_gcd


def bezout_coefficients(values: list[int]) -> list[int]:
    """Small integers x with sum(values[i] * x[i]) = gcd(values), for positive values."""
    coefficients = [1] + [0] * (len(values) - 1)
    g = values[0]
    for i in range(1, len(values)):
        g, s, t = extended_gcd(g, values[i])
        coefficients = [c * s for c in coefficients[:i]] + [t] + coefficients[i + 1 :]
    first = values[0]
    for i in range(1, len(values)):
        # (X_1, X_i) -> (X_1 + k * A_i / h, X_i - k * A_1 / h) keeps the sum (h = gcd(A_1, A_i))
        h = math.gcd(first, values[i])
        step_i, step_1 = first // h, values[i] // h
        k = (coefficients[i] + step_i // 2) // step_i
        coefficients[i] -= k * step_i
        coefficients[0] += k * step_1
    return coefficients


class BezoutCoefficients(Environment):
    description = "Integer multipliers X_i making sum A_i * X_i positive and as small as possible"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "-3 0 -1"
    catalog_name = "BezoutIdentity"

    def schedule(self, difficulty):
        shifted = difficulty + 5
        wider = difficulty + 10
        return {"numbers": 2 + shifted // 3, "max_value": 30 + 10 * wider * wider}

    def generate_instance(self, rng, sizes):
        count, top = sizes["numbers"], sizes["max_value"]
        common = rng.randint(1, max(1, math.isqrt(top) // 3))
        values = [common * b for b in rng.sample(range(2, top // common + 1), count)]
        return {"values": values, "bound": count * max(values)}

    def solve(self, instance):
        return bezout_coefficients(instance["values"])

    def render(self, instance):
        values, bound = instance["values"], instance["bound"]
        terms = " + ".join(f"{a}*X_{i}" for i, a in enumerate(values, start=1))
        return (
            f"Find integers X_1, ..., X_{len(values)} (each may be negative, zero or positive, with "
            f"absolute value at most {bound}) such that\n    S = {terms}\n"
            "is positive and as small as possible (no other choice of integers gives a smaller "
            "positive S). If several choices reach that smallest S, any of them is accepted.\n"
            f"Answer with X_1 to X_{len(values)} in order, separated by spaces, e.g. -3 0 -1."
        )

    def parse(self, text, instance):
        return parse_int_list(
            text, length=len(instance["values"]), max_digits=len(str(instance["bound"])) + 1
        )

    def check(self, instance, answer, reference):
        values, bound = instance["values"], instance["bound"]
        if any(abs(x) > bound for x in answer):
            return Verdict.wrong(f"every |X_i| must be at most {bound}")
        total = sum(a * x for a, x in zip(values, answer, strict=True))
        if total <= 0:
            return Verdict.wrong(f"S = {total} is not positive")
        if total != math.gcd(*values):
            return Verdict.wrong(f"S = {total} is positive but not the smallest possible")
        return Verdict.right()

    def near_misses(self, problem):
        x = [int(t) for t in problem.answer.split()]
        return [
            " ".join(map(str, [x[0] + 1] + x[1:])),
            " ".join(str(-v) for v in x),
            " ".join(map(str, [2 * v for v in x])),
            " ".join(map(str, x[:-1])),
        ]
