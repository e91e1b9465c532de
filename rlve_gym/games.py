"""What "who wins?" game tasks share: the two players and one way to read and judge the answer.

A game environment states the rules and computes the winner; mixing in ``WinnerQuestion`` gives
it the answer format (a player's name), the checker and the near misses, so that every such task
reads and judges answers the same way.
"""

from __future__ import annotations

from .answers import parse_choice
from .problem import Verdict

PLAYERS = ("Alice", "Bob")


class WinnerQuestion:
    """Mixin for an ``Environment`` whose answer is the winning player under optimal play."""

    answer_kind = "string"
    answer_example = "Bob"
    binary_outcome = True

    def parse(self, text, instance):
        return parse_choice(text, PLAYERS)

    def check(self, instance, answer, reference):
        if answer == reference:
            return Verdict.right()
        return Verdict.wrong(f"{answer} does not win with optimal play")

    def near_misses(self, problem):
        return [p for p in PLAYERS if p != problem.answer] + ["Alice and Bob"]
