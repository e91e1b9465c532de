"""The shared shape of probability tasks whose rational answer is asked modulo a prime.

A probability or expectation a/b (a rational number) is given as the residue a * b^(-1) modulo a
stated prime M, where b^(-1) is the inverse of b modulo M; the generators make sure that M does
not divide the denominator, so the residue exists and is unique. ``fraction_sentence`` is the
prompt text that states this convention; ``ModularFractionEnvironment`` is the checker (only the
remainder in [0, M) is accepted, like ``rlve_gym.modular.ModularCountEnvironment``, whose parser
and near misses it keeps).
"""

from __future__ import annotations

from fractions import Fraction
from typing import ClassVar

from rlve_gym import Verdict
from rlve_gym.modular import ModularCountEnvironment


def fraction_mod(value: Fraction, modulus: int) -> int:
    """a * b^(-1) mod ``modulus`` for value = a / b (b must not be divisible by the prime)."""
    return value.numerator % modulus * pow(value.denominator, -1, modulus) % modulus


def fraction_sentence(modulus: int, what: str = "expected value") -> str:
    """The prompt lines that define the modular form of a rational answer."""
    return (
        f"The {what} is a rational number a/b (a and b coprime integers, b > 0); b is not "
        f"divisible by the prime M = {modulus}. Give it modulo M, that is, the unique integer "
        f"r from 0 to {modulus - 1} with r * b = a (mod M), which is r = a * b^(-1) mod M where "
        f"b^(-1) is the inverse of b modulo M. For example, 1/2 would be given as "
        f"{(modulus + 1) // 2} and 3 as 3."
    )


class ModularFractionEnvironment(ModularCountEnvironment):
    """Single-integer answers that are rational values reduced modulo ``instance["modulus"]``."""

    abstract: ClassVar[bool] = True

    def check(self, instance, answer, reference):
        modulus = instance["modulus"]
        if not 0 <= answer < modulus:
            return Verdict.wrong(
                f"the answer must be a residue modulo {modulus}: an integer from 0 to {modulus - 1}"
            )
        if answer == reference:
            return Verdict.right()
        return Verdict.wrong("not the expected residue")
