"""Pieces shared by the tasks whose answer is one exact list of integers (a spiral reading, the
window minima, a sorted list): reading the list, judging it entry by entry, and blind answers.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from rlve_gym import Verdict
from rlve_gym.answers import ParseError, parse_int_list


def parse_values(text: str, count: int) -> list[int]:
    """At least one and at most ``count + 1`` integers (one too many is still read, so that the
    checker can say the count is wrong), each at most 8 digits."""
    values = parse_int_list(text, max_items=count + 1, max_digits=8)
    if not values:
        raise ParseError("no integers in the answer")
    return values


def list_verdict(
    answer: Sequence[int], reference: Sequence[int], wrong_count: str, wrong_entry: str
) -> Verdict:
    """Right when ``answer`` equals ``reference``. Otherwise wrong with ``wrong_count`` (formatted
    with ``got`` and ``want``, the lengths) when the lengths differ, else with ``wrong_entry``
    (formatted with ``position``, the 1-based position of the first entry that differs)."""
    if list(answer) == list(reference):
        return Verdict.right()
    if len(answer) != len(reference):
        return Verdict.wrong(wrong_count.format(got=len(answer), want=len(reference)))
    first = next(i for i, (a, b) in enumerate(zip(answer, reference, strict=True)) if a != b)
    return Verdict.wrong(wrong_entry.format(position=first + 1))


def shuffled_or_other(rng: random.Random, values: Sequence[int], other) -> str:
    """A blind answer: another seed's answer half the time, else ``values`` in a random order."""
    if rng.random() < 0.5:
        return other.answer
    shuffled = list(values)
    rng.shuffle(shuffled)
    return " ".join(map(str, shuffled))
