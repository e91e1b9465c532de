"""SubsetMinimumGameScoreDifference: score margin of the first player in the take-a-subset game.

A multiset of positive integer cards lies on the table. Alice and Bob alternate, Alice first; a
move takes any non-empty set of the remaining cards, and the mover scores the smallest value among
the cards taken. The game ends when the table is empty. Each player plays to maximise their own
score minus the opponent's. The answer is Alice's score minus Bob's score under optimal play (one
integer; no partial credit).

Solution: with the cards sorted increasingly, a_1 <= ... <= a_n, some optimal move always takes a
run of the largest remaining cards, so the remaining position is a prefix. With f(0) = 0 and
f(i) = max(f(i - 1), a_i - f(i - 1)) (either the first move's run does not start at the i-th card,
or it takes exactly from there), the answer is f(n); the tests check this against a search over
every subset move.

Difficulty schedule:

    d            0    1    2    3  ...   10  ...   20  ...  d
    cards        6    7    8    9  ...   16  ...   26  ...  6 + d
    max_value  150  175  200  225  ...  400  ...  650  ...  150 + 25 d

Each instance draws its own value cap between max_value / 3 and max_value. Level 0 has 6 cards
with values up to 150: the answer lies between half the largest card and the largest card, so
smaller or fixed value ranges make a single guessed number right too often. More cards
mean more interleavings of the alternating recurrence to get right by hand.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import parse_int


def optimal_margin(cards: list[int]) -> int:
    """First player's score minus the second's under optimal play (the prefix recurrence)."""
    margin = 0
    for value in sorted(cards):
        margin = max(margin, value - margin)
    return margin


class SubsetMinimumGameScoreDifference(Environment):
    description = (
        "Optimal score difference in a game where each move takes a subset of cards and scores "
        "its minimum"
    )
    answer_kind = "single_int"
    answer_example = "-3"
    catalog_name = "GraMinimaGame"

    def schedule(self, difficulty):
        return {"cards": 6 + difficulty, "max_value": 150 + 25 * difficulty}

    def generate_instance(self, rng, sizes):
        top = rng.randint(sizes["max_value"] // 3, sizes["max_value"])  # spreads the answers
        cards = [rng.randint(1, top) for _ in range(sizes["cards"])]
        return {"cards": cards}

    def solve(self, instance):
        return optimal_margin(instance["cards"])

    def render(self, instance):
        cards = instance["cards"]
        return (
            f"There are {len(cards)} cards on a table with these values: "
            f"{' '.join(map(str, cards))}\n\n"
            "Alice and Bob take turns, Alice first. On a turn, the player takes any non-empty set "
            "of the cards still on the table (one card, several, or all of them) and adds the "
            "smallest value among the cards just taken to their own score. The game ends when no "
            "card is left. Each player plays to make (own final score) - (opponent's final score) "
            "as large as possible.\n"
            "For example, with cards 1 2 3, Alice can take 2 and 3 (scoring 2), then Bob takes 1 "
            "(scoring 1).\n\n"
            "Assuming both play optimally, what is Alice's final score minus Bob's final score? "
            "Answer with a single integer."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=12)
