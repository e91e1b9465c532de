"""The shared shape of a counting task whose answer is asked modulo a stated number (usually a prime).

Counting environments subclass ``ModularCountEnvironment``: the instance carries the prime under
``"modulus"``, the prompt states it with ``modulus_sentence``, and the checker accepts only the
remainder in [0, modulus) (an unreduced but congruent number is judged wrong, as the prompt
asks for the remainder). The near misses are the neighbouring residues and the unreduced form.
"""

from __future__ import annotations

from typing import Any, ClassVar

from .answers import parse_int
from .environment import Environment
from .problem import Problem, Verdict

#: no remainder modulo the primes in use has more digits; longer answers are not worth parsing
MAX_RESIDUE_DIGITS = 40


def number_with_digits(rng, digits: int, smallest: int = 1) -> int:
    """A uniformly random integer with ``digits`` decimal digits, at least ``smallest`` (for
    counting parameters that grow by digits, such as a length N with 15 digits)."""
    return rng.randint(max(smallest, 10 ** (digits - 1)), 10**digits - 1)


def modulus_sentence(modulus: int, what: str = "count", prime: bool = True) -> str:
    """The prompt line that says which remainder to give (``prime=False`` for a composite modulus)."""
    kind = "the prime " if prime else ""
    return (
        f"The {what} can be large: give it modulo {kind}{modulus}, that is, the remainder "
        f"of the {what} divided by {modulus} (an integer from 0 to {modulus - 1})."
    )


class ModularCountEnvironment(Environment):
    """Base for single-integer answers reduced modulo ``instance["modulus"]``."""

    abstract: ClassVar[bool] = True
    answer_kind: ClassVar[str] = "single_int"
    answer_example: ClassVar[str] = "42"

    def parse(self, text: str, instance: dict[str, Any]) -> int:
        return parse_int(text, max_digits=MAX_RESIDUE_DIGITS)

    def check(self, instance: dict[str, Any], answer: int, reference: int) -> Verdict:
        modulus = instance["modulus"]
        if not 0 <= answer < modulus:
            return Verdict.wrong(
                f"the answer must be a remainder modulo {modulus}: an integer from 0 to {modulus - 1}"
            )
        if answer == reference:
            return Verdict.right()
        return Verdict.wrong("not the expected count")

    def near_misses(self, problem: Problem) -> list[str]:
        modulus = problem.instance["modulus"]
        reference = int(problem.answer)
        return [
            str((reference + 1) % modulus),
            str((reference - 1) % modulus),
            str(reference + modulus),
        ]
