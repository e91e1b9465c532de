"""RowEndCaptureAgainstOpponent: capture stones from the ends of a row, against a built-in
opponent, and finish with more points.

A row of stones carries point values. The players move in turn, the model first; a move
captures 1 to ``reach`` stones from the left end or from the right end of the row, and their
points go to the capturer. When the row is empty, the player with more points wins (equal scores
are a draw, which is not a win). The start position is won for the model: the exact value of
the game (an interval search over every part of the row that can remain, best score difference
for the player to move) is positive. Each turn the feedback states the model's capture, the
opponent's reply, the remaining row and both scores; an illegal or unreadable move costs the turn
and changes nothing. Reward 1 for winning, 0 for a draw, a loss or running out of turns.

The opponent looks ``depth`` moves ahead (both players' captures) and plays the move with the
best score difference at that horizon, the first in the order left 1..reach, right 1..reach
among ties; from level 8 on its depth covers the whole row, so it plays perfectly and only a
perfect player keeps the win. Every move captures at least one stone, so a game lasts at most
n moves and the turn limit is the model's share, ceil(n / 2): the longest game a winning
strategy can face.

Difficulty schedule (values drawn from -max_value..max_value; the start must be won by at most
max_value points, and by at most half of the first moves):

    d           0    1    2    3  ...    5  ...   10  ...   20  ...  d
    stones     18   19   20   21  ...   23  ...   28  ...   38  ...  18 + d
    reach       2    2    2    2  ...    2  ...    3  ...    4  ...  2 + d // 8
    max_value   9    9   10   10  ...   11  ...   14  ...   19  ...  9 + d // 2
    depth       3    3    4    4  ...    5  ...   28  ...   38  ...  3 + d // 2; all stones from d = 8
    turns       9   10   10   11  ...   12  ...   14  ...   19  ...  ceil(stones / 2)

Negative stones make every capture a trade-off (a move must capture something, and taking a
good stone may hand the opponent a better one or leave you a bad one), and a small winning
margin leaves little room for error. Longer rows and a longer reach make the interval search
the model must do in its head larger; the opponent's look-ahead grows until it plays perfectly.
The moves are the same four or so in every position, so any fixed transcript is legal
everywhere and plays like a random player: eighteen stones at level 0 keep that below one win
in a hundred (twelve stones gave one in twenty, whatever the opponent).
"""

from __future__ import annotations

from functools import cache, lru_cache

from rlve_gym.answers import ParseError
from rlve_gym.envs.interactive._opponent_games import DRAW, LOSS, WIN, OpponentGame, read_move

SIDES = ("left", "right")


@lru_cache(maxsize=64)
def best_differences(values: tuple[int, ...], reach: int) -> tuple[tuple[int, ...], ...]:
    """table[i][j]: the best score difference the player to move can force on values[i:j]."""
    n = len(values)
    prefix = [0]
    for v in values:
        prefix.append(prefix[-1] + v)
    table = [[0] * (n + 1) for _ in range(n + 1)]
    for length in range(1, n + 1):
        most = min(reach, length)
        for i in range(n - length + 1):
            j = i + length
            best = prefix[i + 1] - prefix[i] - table[i + 1][j]
            for t in range(1, most + 1):
                left = prefix[i + t] - prefix[i] - table[i + t][j]
                right = prefix[j] - prefix[j - t] - table[i][j - t]
                best = max(best, left, right)
            table[i][j] = best
    return tuple(tuple(row) for row in table)


def moves_in_order(i: int, j: int, reach: int) -> list[tuple[int, int]]:
    """(side 0 = left / 1 = right, count) in the tie-break order: left 1..reach, right 1..reach."""
    most = min(reach, j - i)
    return [(0, t) for t in range(1, most + 1)] + [(1, t) for t in range(1, most + 1)]


def captured(values, i, j, move) -> tuple[int, int, int]:
    """(points captured, new i, new j)."""
    side, count = move
    if side == 0:
        return sum(values[i : i + count]), i + count, j
    return sum(values[j - count : j]), i, j - count


def exact_move(values, reach: int, i: int, j: int) -> tuple[int, int]:
    """The move with the best exact score difference (first among ties)."""
    table = best_differences(tuple(values), reach)
    best_move, best_score = None, None
    for move in moves_in_order(i, j, reach):
        gain, a, b = captured(values, i, j, move)
        if best_score is None or gain - table[a][b] > best_score:
            best_move, best_score = move, gain - table[a][b]
    return best_move


def lookahead_move(values, reach: int, i: int, j: int, depth: int) -> tuple[int, int]:
    """The move with the best score difference ``depth`` moves ahead (first among ties)."""

    @cache
    def value(a: int, b: int, left: int) -> int:
        if a == b or left == 0:
            return 0
        best = None
        for move in moves_in_order(a, b, reach):
            gain, a2, b2 = captured(values, a, b, move)
            score = gain - value(a2, b2, left - 1)
            best = score if best is None else max(best, score)
        return best

    best_move, best_score = None, None
    for move in moves_in_order(i, j, reach):
        gain, a2, b2 = captured(values, i, j, move)
        score = gain - value(a2, b2, depth - 1)
        if best_score is None or score > best_score:
            best_move, best_score = move, score
    return best_move


class RowEndCaptureAgainstOpponent(OpponentGame):
    description = "Capture stones from the ends of a valued row against a built-in opponent and finish with more points"
    action_example = "take 2 from left"

    def schedule(self, difficulty):
        stones = 18 + difficulty
        return {
            "stones": stones,
            "reach": 2 + difficulty // 8,
            "max_value": 9 + difficulty // 2,
            "depth": stones if difficulty >= 8 else 3 + difficulty // 2,
        }

    def generate_instance(self, rng, sizes):
        n, reach = sizes["stones"], sizes["reach"]
        for _ in range(200):
            values = tuple(rng.randint(-sizes["max_value"], sizes["max_value"]) for _ in range(n))
            table = best_differences(values, reach)
            if not 0 < table[0][n] <= sizes["max_value"]:
                continue
            first = [captured(values, 0, n, m) for m in moves_in_order(0, n, reach)]
            if 2 * sum(gain - table[a][b] > 0 for gain, a, b in first) <= len(first):
                break
        else:  # a first stone worth more than all the others: taking it alone wins
            values = (sum(values[1:]) + 1,) + values[1:]
        return {
            "values": list(values),
            "reach": reach,
            "depth": sizes["depth"],
            "position": [0, n, 0, 0],
            "turn_limit": (n + 1) // 2,
        }

    def render(self, instance):
        reach = instance["reach"]
        return (
            "We play a capture game on a row of stones, each worth the points written on it. "
            f"{self.position_text(instance, instance['position'])}\n"
            f"Players move in turn and you move first. A move captures 1 to {reach} stones from "
            "the left end or from the right end of the row, and their points go to the "
            "capturer. When the row is empty, the player with more points wins (equal points "
            "are a draw). After each of your moves I reply with my move, the remaining row and "
            "the scores. Write a move as: take N from left or take N from right (for example: "
            "take 2 from left). An illegal or unreadable move uses up your turn and changes "
            f"nothing. Win within {instance['turn_limit']} turns."
        )

    def position_text(self, instance, position):
        i, j, mine, theirs = position
        row = " ".join(map(str, instance["values"][i:j])) or "(empty)"
        return f"Row (left to right): {row}. Points: you {mine}, me {theirs}."

    def move_text(self, move):
        side, count = move
        return f"take {count} from {SIDES[side]}"

    def parse_action(self, text, instance):
        words = text.lower().split()
        side = words[-1] if words else ""
        if side not in SIDES:
            raise ParseError(
                "write a move as: take N from left or take N from right (for example: "
                f"{self.action_example})"
            )
        (count,) = read_move(text, f"take # from {side}", self.action_example)
        return SIDES.index(side), count

    def legal_moves(self, instance, position, player):
        return moves_in_order(position[0], position[1], instance["reach"])

    def illegal_reason(self, instance, position, move):
        side, count = move
        left = position[1] - position[0]
        if not 1 <= count <= instance["reach"]:
            return f"a move captures 1 to {instance['reach']} stones"
        if count > left:
            return f"only {left} stones are left"
        return None

    def play(self, instance, position, move, player):
        i, j, mine, theirs = position
        gain, i, j = captured(instance["values"], i, j, move)
        return [i, j, mine + gain, theirs] if player == 0 else [i, j, mine, theirs + gain]

    def result(self, instance, position, to_move):
        i, j, mine, theirs = position
        if i < j:
            return None
        tally = f"The row is empty, {mine} points to {theirs}"
        if mine > theirs:
            return WIN, tally
        return (LOSS, tally) if mine < theirs else (DRAW, tally)

    def perfect_move(self, instance, position):
        return exact_move(instance["values"], instance["reach"], position[0], position[1])

    def opponent_move(self, instance, position):
        i, j = position[0], position[1]
        if instance["depth"] >= j - i:
            return exact_move(instance["values"], instance["reach"], i, j)
        return lookahead_move(tuple(instance["values"]), instance["reach"], i, j, instance["depth"])
