"""EuclidGameWinner: who wins Euclid's subtraction game under optimal play.

Two positive integers are on a board. Alice and Bob alternate, Alice first; a move subtracts a
positive multiple of the smaller number from the larger one, leaving it non-negative, and the
player who makes a number 0 wins. From (a, b) with a > b the player to move wins at once when
b divides a or a >= 2b (they can choose which of the two reachable positions the opponent gets);
otherwise the only move is to (b, a - b). So the winner is fixed by the number t of leading 1s in
the continued fraction of a / b: Alice wins exactly when t is even.

Instances are built from that continued fraction: t (with the parity of a winner drawn by a fair
coin, so both answers are equally likely) followed by a quotient >= 2 and a random tail, then
scaled by a random factor. Long runs of forced moves (t large, numbers near the golden ratio
apart) are what make a position hard to read.

Difficulty schedule:

    d                    0    1    2    3  ...   10  ...   20  ...  d
    max_value           48  108  192  300  ... 1728  ... 6348  ...  12 (d + 2)^2
    max_forced_moves     2    3    3    4  ...    7  ...   12  ...  2 + (d + 1) // 2

Level 0 already allows numbers up to 48: below that a level holds only a few dozen positions.

max_forced_moves bounds t; numbers are cut back (tail, quotient, then t by 2) until both fit in
max_value, which grows polynomially while t grows with its logarithm's worth of room.
"""

from __future__ import annotations

from fractions import Fraction

from rlve_gym import Environment
from rlve_gym.games import PLAYERS, WinnerQuestion


def first_player_wins(a: int, b: int) -> bool:
    """Follow the forced moves until the player to move has a choice (and so wins)."""
    first_to_move = True
    while True:
        if a < b:
            a, b = b, a
        if a % b == 0 or a >= 2 * b:
            return first_to_move
        a, b = b, a - b
        first_to_move = not first_to_move


def from_continued_fraction(terms: list[int]) -> tuple[int, int]:
    """(numerator, denominator) in lowest terms of [q0; q1, q2, ...]."""
    value = Fraction(terms[-1])
    for term in reversed(terms[:-1]):
        value = term + 1 / value
    return value.numerator, value.denominator


class EuclidGameWinner(WinnerQuestion, Environment):
    description = "Winner (Alice or Bob) of Euclid's subtract-a-multiple game under optimal play"
    catalog_name = "EuclidGame"

    def schedule(self, difficulty):
        return {
            "max_value": 12 * (difficulty + 2) ** 2,
            "max_forced_moves": 2 + (difficulty + 1) // 2,
        }

    def generate_instance(self, rng, sizes):
        max_value = sizes["max_value"]
        alice_wins = rng.random() < 0.5
        forced = rng.choice(
            [t for t in range(sizes["max_forced_moves"] + 1) if (t % 2 == 0) == alice_wins]
        )
        quotient = rng.randint(2, 4)
        tail = [rng.randint(1, 3) for _ in range(rng.randint(0, 3))]
        while True:  # shrink until it fits; ends at [2] or [1; 2], which always fit
            larger, smaller = from_continued_fraction([1] * forced + [quotient] + tail)
            if larger <= max_value:
                break
            if tail:
                tail.pop()
            elif quotient > 2:
                quotient = 2
            else:
                forced -= 2
        scale = rng.randint(1, max_value // larger)
        pair = [larger * scale, smaller * scale]
        rng.shuffle(pair)
        return {"a": pair[0], "b": pair[1]}

    def solve(self, instance):
        return PLAYERS[0] if first_player_wins(instance["a"], instance["b"]) else PLAYERS[1]

    def render(self, instance):
        a, b = instance["a"], instance["b"]
        return (
            f"Two positive integers, {a} and {b}, are written on a board. Alice and Bob take turns, "
            "Alice first.\n"
            "On a turn, the player picks a positive multiple of the smaller number (k times the "
            "smaller number, for some integer k >= 1) and subtracts it from the larger number; the "
            "result must not be negative. (If the two numbers are equal, either one may be reduced, "
            "to 0.) The player who makes one of the numbers equal to 0 wins immediately.\n"
            "For example, from 7 and 3 a player may move to 4 and 3 or to 1 and 3, but not to "
            "-2 and 3.\n\n"
            "Both players play optimally. Who wins? Answer with the name only: Alice or Bob."
        )
