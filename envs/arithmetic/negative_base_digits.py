"""NegativeBaseDigits: the digits of an integer N written in the negative base -R.

Every integer (negative ones too) has exactly one representation N = sum d_i * (-R)^i with
digits 0 <= d_i <= R - 1 and no leading zero, so the answer is unique. The answer lists the
digits from the most significant to the least significant, each as a decimal number (so digit
11 of base -12 is written 11). The base R is drawn from 2..16 and |N| >= R, so the answer
always has at least two digits.

Difficulty schedule (|N| drawn from [R, max_abs], N negative half of the time, R from 2..16):

    d          0    1    2     3  ...      10  ...          20  ...  d
    max_abs   256  512  1024  2048 ...  262144 ...  268435456 ...  2^(8 + d)

|N| doubles every level, so the representation gains a digit every level in base -2 and every
few levels in base -16: polynomial growth of the work (one division per digit). Level 0 already
allows three-digit numbers: with |N| <= 16 the answers repeat across seeds.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list

MAX_BASE = 16


def negative_base_digits(n: int, base: int) -> list[int]:
    """Digits (most significant first) of n in base -base, each in 0..base-1."""
    if n == 0:
        return [0]
    digits = []
    while n != 0:
        n, r = divmod(n, -base)  # r in (-base, 0]
        if r < 0:
            r += base
            n += 1
        digits.append(r)
    return digits[::-1]


def value_in_base(digits: list[int], base: int) -> int:
    value = 0
    for digit in digits:
        value = value * base + digit
    return value


class NegativeBaseDigits(Environment):
    description = "Digits of an integer N written in the negative base -R"
    answer_kind = "int_list"
    answer_example = "1 0 17"
    catalog_name = "NegativeBase"

    def schedule(self, difficulty):
        return {"max_abs": 2 ** (8 + difficulty)}

    def generate_instance(self, rng, sizes):
        base = rng.randint(2, MAX_BASE)
        n = rng.randint(base, max(base, sizes["max_abs"]))
        if rng.random() < 0.5:
            n = -n
        return {"n": n, "base": base}

    def solve(self, instance):
        return negative_base_digits(instance["n"], instance["base"])

    def render(self, instance):
        n, r = instance["n"], instance["base"]
        return (
            f"Write the integer N = {n} in base -{r} (negative {r}).\n"
            f"In base -{r}, a digit string d_k d_(k-1) ... d_1 d_0 stands for the number "
            f"d_k * (-{r})^k + ... + d_1 * (-{r})^1 + d_0 * (-{r})^0, where every digit d_i is an "
            f"integer from 0 to {r - 1} and the first digit d_k is not 0. Every integer, positive "
            "or negative, has exactly one such representation.\n"
            "Answer with the digits from the most significant (d_k) to the least significant "
            "(d_0), each written as a decimal number and separated by spaces. For example, in "
            "base -10 the number 190 is 2 1 0 (2 * 100 + 1 * (-10) + 0) and -9 is 1 1 "
            "(1 * (-10) + 1)."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_items=4 * len(str(abs(instance["n"]))) + 8, max_digits=3)

    def check(self, instance, answer, reference):
        base = instance["base"]
        if not answer:
            return Verdict.wrong("no digits given")
        if any(not 0 <= digit < base for digit in answer):
            return Verdict.wrong(f"every digit must be between 0 and {base - 1}")
        if answer[0] == 0 and len(answer) > 1:
            return Verdict.wrong("the first digit must not be 0")
        value = value_in_base(answer, -base)
        if value != instance["n"]:
            return Verdict.wrong(f"these digits stand for {value}, not {instance['n']}")
        return Verdict.right()
