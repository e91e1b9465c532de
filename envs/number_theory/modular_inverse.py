"""ModularInverse: the smallest positive x with A*x = 1 (mod B).

A solvable linear congruence: A and B are coprime, so x is the inverse of A modulo B, unique in
[1, B-1]. The intended route is the extended Euclidean algorithm; A may exceed B.

Difficulty schedule (A and B drawn up to max_value):

    d          0     1     2     3     5      10      20      d
    max_value  768  1500  2592  4116  8748   32928  165888   12 * (d + 4)^3

Level 0 starts at values up to 768: with values up to 12 the answer was 5 on a quarter of the
seeds. Cubic growth adds a Euclid step or two every few levels while keeping the numbers readable.
Instances with A = 1 (mod B) are redrawn, so the answer is never 1 (the prompt's example).
"""

from __future__ import annotations

import math

from rlve_gym import Environment
from rlve_gym.kernels.number_theory import mod_inverse

MAX_ATTEMPTS = 50


class ModularInverse(Environment):
    description = "Smallest positive x with A*x = 1 (mod B), for coprime A and B"
    answer_kind = "single_int"
    answer_example = "1"
    catalog_name = "CongruentEquation"

    def schedule(self, difficulty):
        return {"max_value": 12 * (difficulty + 4) ** 3}

    def generate_instance(self, rng, sizes):
        top = sizes["max_value"]
        modulus = rng.randint(3, top)
        for _ in range(MAX_ATTEMPTS):
            a = rng.randint(2, top)
            if math.gcd(a, modulus) == 1 and a % modulus != 1:
                return {"a": a, "b": modulus}
        return {"a": modulus - 1, "b": modulus}  # coprime, and its inverse B - 1 is not 1 (B >= 3)

    def solve(self, instance):
        return mod_inverse(instance["a"], instance["b"])

    def render(self, instance):
        a, b = instance["a"], instance["b"]
        return (
            f"Find the smallest positive integer x such that {a} * x leaves remainder 1 when divided "
            f"by {b}, that is, {a} * x = 1 (mod {b}). Here gcd({a}, {b}) = 1, so such an x exists.\n"
            "Answer with the integer x only, e.g. 1."
        )
