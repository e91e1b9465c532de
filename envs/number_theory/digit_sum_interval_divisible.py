"""DigitSumIntervalDivisible: construct an interval [L, R] (1 <= L <= R <= 10 * MOD) whose total
of decimal digit sums, f(L) + f(L+1) + ... + f(R), is divisible by MOD.

One always exists with R <= MOD: the MOD + 1 prefix totals S(0), ..., S(MOD) (S(x) = f(0) + ...
+ f(x)) cannot all differ modulo MOD, and two equal ones S(a) = S(b), a < b, give [a+1, b]. The
reference finds the first repeated residue with numpy over growing prefixes (it usually comes
after about MOD / 15 numbers). The checker evaluates any interval in O(digits) through the
closed-form digit-sum total, so every valid interval is accepted.

Difficulty schedule (MOD drawn from [max_mod // 4, max_mod]):

    d           0     1     2     3      5      10      20            d
    max_mod  1250  2160  3430  5120  10000  33750  156250   10 * (d + 5)^3

Level 0 starts at moduli up to 1250: with MOD <= 80 a level held only about forty distinct
problems. Small moduli are also easy to hit blindly (for MOD <= 9 the one-number interval [MOD, MOD] works,
and [1, 10 MOD - 1] works for every MOD <= 10), hence the lower bound. A modulus for which
[1, 10 MOD - 1] or [1, MOD] already works is redrawn a few times.
"""

from __future__ import annotations

import numpy as np

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.kernels.number_theory import digit_sum_total

_DRAWS = 6
_FIRST_CHUNK = 1024


def _digit_sums(limit: int) -> np.ndarray:
    """f(x) for x = 0..limit: the table for 0..10^k - 1 is the one for 0..10^(k-1) - 1 with a
    last digit 0..9 appended to every entry (f(10q + r) = f(q) + r)."""
    sums = np.arange(10, dtype=np.int64)
    while len(sums) <= limit:
        sums = (sums[:, None] + np.arange(10, dtype=np.int64)[None, :]).ravel()
    return sums[: limit + 1]


def divisible_digit_sum_interval(mod: int) -> tuple[int, int]:
    """The first [L, R] (by R) with f(L) + ... + f(R) = 0 (mod mod), R <= mod.

    That is the first x with S(x) = S(a) (mod mod) for some a < x, then [a + 1, x]; looked for
    among S(0..size) for a size growing by factors of 4 up to mod (where pigeonhole guarantees it).
    """
    size = min(mod, _FIRST_CHUNK)
    while True:
        residues = np.cumsum(_digit_sums(size)) % mod  # residues[x] = S(x) mod mod
        order = np.argsort(residues, kind="stable")  # equal residues keep increasing x
        ranked = residues[order]
        later = order[1:][ranked[1:] == ranked[:-1]]  # every x whose residue occurred before
        if later.size:
            high = int(later.min())
            low = int(np.flatnonzero(residues == residues[high])[0]) + 1
            return low, high
        if size >= mod:  # pragma: no cover - pigeonhole: mod + 1 prefixes, mod residues
            raise AssertionError("pigeonhole guarantees a repeat")
        size = min(mod, 4 * size)


def _shortcut_works(mod: int) -> bool:
    """Whether [1, 10 mod - 1] or [1, mod], intervals guessable from mod alone, is divisible."""
    return digit_sum_total(10 * mod - 1) % mod == 0 or digit_sum_total(mod) % mod == 0


class DigitSumIntervalDivisible(Environment):
    description = "An interval [L, R] whose total of decimal digit sums is divisible by MOD"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "5 123"
    catalog_name = "ConstructHackInterval"

    def schedule(self, difficulty):
        return {"max_mod": 10 * (difficulty + 5) ** 3}

    def generate_instance(self, rng, sizes):
        top = sizes["max_mod"]
        for _ in range(_DRAWS):
            mod = rng.randint(top // 4, top)
            if not _shortcut_works(mod):
                break
        return {"mod": mod}

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
