"""DigitSumIntervalDivisible: construct an interval [L, R] (1 <= L <= R <= 10 * MOD) whose total
of decimal digit sums, f(L) + f(L+1) + ... + f(R), is divisible by MOD.

One always exists with R <= MOD: the MOD + 1 prefix totals S(0), ..., S(MOD) (S(x) = f(0) + ...
+ f(x)) cannot all differ modulo MOD, and two equal ones S(a) = S(b), a < b, give [a+1, b]. The
reference walks the prefix totals until the first repeated residue. The checker evaluates any
interval in O(digits) through the closed-form digit-sum total, so every valid interval is
accepted.

Difficulty schedule (MOD drawn from [2, max_mod]):

    d         0    1    2    3     5      10      20            d
    max_mod  10   80  270  640  2160  13310   92610   10 * (d + 1)^3
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.kernels.number_theory import digit_sum_total


def divisible_digit_sum_interval(mod: int) -> tuple[int, int]:
    """The first [L, R] (by R) with f(L) + ... + f(R) = 0 (mod mod), R <= mod."""
    first_seen = {0: 0}
    total = 0
    for x in range(1, mod + 1):
        total = (total + sum(map(int, str(x)))) % mod
        if total in first_seen:
            return first_seen[total] + 1, x
        first_seen[total] = x
    raise AssertionError("pigeonhole guarantees a repeat")  # pragma: no cover


class DigitSumIntervalDivisible(Environment):
    description = "An interval [L, R] whose total of decimal digit sums is divisible by MOD"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "5 123"
    catalog_name = "ConstructHackInterval"

    def schedule(self, difficulty):
        return {"max_mod": 10 * (difficulty + 1) ** 3}

    def generate_instance(self, rng, sizes):
        return {"mod": rng.randint(2, sizes["max_mod"])}

    def solve(self, instance):
        return list(divisible_digit_sum_interval(instance["mod"]))

    def render(self, instance):
        mod = instance["mod"]
        return (
            "Let f(x) be the sum of the decimal digits of x (f(1234) = 1 + 2 + 3 + 4 = 10).\n"
            f"Find integers L and R with 1 <= L <= R <= {10 * mod} such that "
            f"f(L) + f(L + 1) + ... + f(R) is divisible by {mod}. Any such interval is accepted.\n"
            "Answer with L and R separated by a space, e.g. 5 123."
        )

    def parse(self, text, instance):
        return parse_int_list(text, length=2, max_digits=len(str(10 * instance["mod"])) + 1)

    def check(self, instance, answer, reference):
        mod = instance["mod"]
        low, high = answer
        if not 1 <= low <= high <= 10 * mod:
            return Verdict.wrong(f"need 1 <= L <= R <= {10 * mod}")
        if (digit_sum_total(high) - digit_sum_total(low - 1)) % mod:
            return Verdict.wrong(f"the digit-sum total of [L, R] is not divisible by {mod}")
        return Verdict.right()

    def near_misses(self, problem):
        mod = problem.instance["mod"]
        low, high = (int(t) for t in problem.answer.split())
        candidates = [
            [low, high + 1],
            [low + 1, high + 1],
            [low, high - 1],
            [0, high],
            [high + 1, low],
            [low, 10 * mod + 1],
            [1, 1],
        ]
        return [
            f"{a} {b}"
            for a, b in candidates
            if not self.check(problem.instance, [a, b], None).correct
        ]
