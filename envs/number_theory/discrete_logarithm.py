"""DiscreteLogarithm: the smallest y >= 0 with X^y = K (mod Z).

Z is any modulus (not only a prime) and X need not be coprime to it, so the reference uses the
extended baby-step giant-step algorithm: divide out common factors of X and Z (checking the
few small exponents that this skips), then baby-step giant-step in O(sqrt Z). K is produced
as X^y0 mod Z from a hidden exponent, so a solution always exists.

The answer is below the multiplicative order of X (plus a short pre-period), and a random X
often has a small order, so drawing X and y0 freely made 2 the answer on half the seeds of level
0. The generator instead keeps an instance only when the hidden y0 itself is the smallest
solution (y0 below the order of X), so the answer is the uniformly drawn y0 whenever the draw is
kept; large orders are favoured, which is what makes the search non-trivial.

Difficulty schedule (Z drawn from [min_modulus, max_modulus], X from [2, Z - 1], y0 from
[2, Z - 1], min_modulus = max_modulus // 4):

    d            0     1     2     3      5      10      20      d
    max_modulus  645  1255  2165  3435  7295  27445  138245   5 + 10 * (d + 4)^3

Level 0 starts at moduli up to 645 (old level 3). After a bounded number of rejected draws the
instance 2^y = 4 (mod Z) (answer 2) is used: about one seed in a hundred at the larger levels.
"""

from __future__ import annotations

import math

from rlve_gym import Environment

MAX_ATTEMPTS = 30


def discrete_log(base: int, target: int, modulus: int) -> int | None:
    """Smallest y >= 0 with base^y = target (mod modulus), or None if there is none."""
    if modulus == 1:
        return 0
    base %= modulus
    target %= modulus
    if target == 1:
        return 0
    # Strip common factors: base^y = target with g = gcd(base, modulus) > 1 needs g | target.
    steps, scale = 0, 1
    while (g := math.gcd(base, modulus)) != 1:
        if target % g:
            return None
        modulus //= g
        target //= g
        scale = scale * (base // g) % modulus
        steps += 1
        if scale == target % modulus:
            return steps
    # Now solve scale * base^y = target (mod modulus) with gcd(base, modulus) = 1.
    target %= modulus
    size = math.isqrt(modulus) + 1
    baby: dict[int, int] = {}
    value = target
    for j in range(size):
        baby[value] = j  # later (larger) j overwrite: the largest j gives the smallest y
        value = value * base % modulus
    giant_step = pow(base, size, modulus)
    value = scale
    for i in range(1, size + 1):
        value = value * giant_step % modulus
        if value in baby:
            return steps + i * size - baby[value]
    return None


class DiscreteLogarithm(Environment):
    description = "Smallest non-negative y with X^y = K (mod Z)"
    answer_kind = "single_int"
    answer_example = "1"
    catalog_name = "DiscreteLogarithm"

    def schedule(self, difficulty):
        return {"max_modulus": 5 + 10 * (difficulty + 4) ** 3}

    def generate_instance(self, rng, sizes):
        top = sizes["max_modulus"]
        for _ in range(MAX_ATTEMPTS):
            modulus = rng.randint(top // 4, top)
            base = rng.randint(2, modulus - 1)
            exponent = rng.randint(2, modulus - 1)
            target = pow(base, exponent, modulus)
            if discrete_log(base, target, modulus) == exponent:
                return {"base": base, "target": target, "modulus": modulus}
        return {"base": 2, "target": 4, "modulus": top}

    def solve(self, instance):
        return discrete_log(instance["base"], instance["target"], instance["modulus"])

    def render(self, instance):
        x, k, z = instance["base"], instance["target"], instance["modulus"]
        return (
            f"Find the smallest non-negative integer y such that {x}^y leaves remainder {k} when divided "
            f"by {z}, that is, {x}^y = {k} (mod {z}). (Here {x}^0 = 1.) Such a y is guaranteed to exist.\n"
            "Answer with y only, e.g. 1."
        )
