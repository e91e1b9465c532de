"""KaylesAgainstOpponent: win a game of Kayles (bowling pins in a row) against a built-in opponent,
moving first.

Pins stand in a row at positions 1..n; some are already down. The players move in turn, the
model first; a move knocks down one standing pin, or two standing pins at neighbouring
positions. Whoever knocks down the last pin wins. The standing pins form rows separated by
gaps, and each row is a separate game: the start position is won for the model because the XOR
of the rows' Grundy values (g(L) = the least value not among g(a) XOR g(b) with a + b = L - 1 or
L - 2) is not 0. Each turn the feedback states the model's move, the opponent's reply and the
standing pins after them; an illegal or unreadable move costs the turn and changes nothing.
Reward 1 for winning, 0 otherwise.

The opponent plays a winning move (two pins before one, the leftmost first) whenever it has one
and no more than ``horizon`` pins stand; otherwise it knocks down the middle of its longest row
(two pins when the row has two or more). Its horizon starts at three quarters of the pins (a
weaker opponent lets a random player win one game in four) and is the whole row from level 6
on, where a single mistake loses. Every move knocks down at least one pin, so no game lasts
more moves than there are standing pins, and the turn limit is the model's share,
ceil(standing / 2): the longest game a winning strategy can face, whatever the opponent does.

Difficulty schedule (`down` distinct positions drawn among 1..n are knocked down at the start,
which must leave a won position):

    d          0    1    2    3  ...    5  ...   10  ...   20  ...  d
    pins      18   22   26   30  ...   38  ...   58  ...   98  ...  18 + 4d
    down       3    3    3    3  ...    4  ...    5  ...    8  ...  3 + d // 4
    horizon   13   17   21   26  ...   36  ...   58  ...   98  ...  pins from d = 6
    turns      8   10   12   14  ...   17  ...   27  ...   45  ...  ceil((pins - down) / 2)

Longer rows and more of them make the Grundy values (periodic with period 12 only from 71 on)
and their XOR harder to keep at 0, and the horizon grows until the opponent forgives nothing.
Level 0 already has 15 standing pins in a few rows, with about 25 moves to choose from at the
start: a player moving at random loses almost every game.
"""

from __future__ import annotations

from functools import reduce
from operator import xor

from rlve_gym.answers import ParseError
from rlve_gym.envs.interactive._opponent_games import (
    LOSS,
    MODEL,
    WIN,
    OpponentGame,
    horizon_levels,
)

_GRUNDY = [0]


def kayles_grundy(length: int) -> int:
    """The Grundy value of one row of ``length`` standing pins (memoised for the process)."""
    while len(_GRUNDY) <= length:
        n = len(_GRUNDY)
        seen = {_GRUNDY[a] ^ _GRUNDY[n - 1 - a] for a in range(n)}
        seen |= {_GRUNDY[a] ^ _GRUNDY[n - 2 - a] for a in range(n - 1)}
        _GRUNDY.append(next(v for v in range(len(seen) + 1) if v not in seen))
    return _GRUNDY[length]


def rows_of(standing: str) -> list[tuple[int, int]]:
    """(start index, length) of each maximal run of standing pins ('I') in the row string."""
    rows, start = [], None
    for i, pin in enumerate(standing + "."):
        if pin == "I" and start is None:
            start = i
        elif pin != "I" and start is not None:
            rows.append((start, i - start))
            start = None
    return rows


def row_xor(standing: str) -> int:
    return reduce(xor, (kayles_grundy(length) for _, length in rows_of(standing)), 0)


def winning_moves(standing: str) -> list[tuple[int, ...]]:
    """Every move (one index or two neighbouring indices) leaving the Grundy XOR 0: two-pin
    moves first, then one-pin moves, each from left to right."""
    total = row_xor(standing)
    if not total:
        return []
    pairs, singles = [], []
    for start, length in rows_of(standing):
        target = kayles_grundy(length) ^ total
        for left in range(length - 1):
            if kayles_grundy(left) ^ kayles_grundy(length - 2 - left) == target:
                pairs.append((start + left, start + left + 1))
        for left in range(length):
            if kayles_grundy(left) ^ kayles_grundy(length - 1 - left) == target:
                singles.append((start + left,))
    return pairs + singles


def middle_move(standing: str) -> tuple[int, ...]:
    """The middle pin(s) of the longest row (the leftmost such row): two pins when it has two."""
    start, length = max(rows_of(standing), key=lambda row: (row[1], -row[0]))
    if length == 1:
        return (start,)
    left = start + (length - 2) // 2
    return (left, left + 1)


class KaylesAgainstOpponent(OpponentGame):
    description = "Win a game of Kayles (knock down one pin or two neighbouring pins; the last pin wins) against a built-in opponent"
    action_example = "knock 4 5"

    def schedule(self, difficulty):
        pins = 18 + 4 * difficulty
        return {
            "pins": pins,
            "down": 3 + difficulty // 4,
            "horizon": horizon_levels(difficulty, 6, pins, first_share=(3, 4)),
        }

    def generate_instance(self, rng, sizes):
        pins = sizes["pins"]
        while True:
            down = set(rng.sample(range(pins), sizes["down"]))
            standing = "".join("." if i in down else "I" for i in range(pins))
            if row_xor(standing):
                break
        return {
            "position": standing,
            "horizon": sizes["horizon"],
            "turn_limit": (standing.count("I") + 1) // 2,
        }

    def render(self, instance):
        standing = instance["position"]
        return (
            f"We play Kayles: pins stand in a row at positions 1 to {len(standing)}, some "
            f"already knocked down. {self.position_text(instance, standing)}\n"
            "Players move in turn and you move first. A move knocks down one standing pin, or "
            "two standing pins at neighbouring positions (like 4 and 5). Whoever knocks down "
            "the last pin wins. After each of your moves I reply with my move and the pins "
            "still standing. Write a move as: knock P (one pin) or knock P Q (two neighbouring "
            "pins), for example: knock 4 5. An illegal or unreadable move uses up your turn "
            f"and changes nothing. Win within {instance['turn_limit']} turns."
        )

    def position_text(self, instance, standing):
        spans = [
            f"{start + 1}-{start + length}" if length > 1 else f"{start + 1}"
            for start, length in rows_of(standing)
        ]
        return "Standing pins: " + (", ".join(spans) if spans else "none") + "."

    def move_text(self, move):
        return "knock " + " ".join(str(i + 1) for i in move)

    def parse_action(self, text, instance):
        words = text.lower().split()
        if not 2 <= len(words) <= 3 or words[0] != "knock":
            raise ParseError("write a move as: knock P or knock P Q (for example: knock 4 5)")
        for word in words[1:]:
            if not word.isascii() or not word.isdigit():
                raise ParseError(f"{word[:20]!r} is not a pin position (a whole number)")
            if len(word) > 6:
                raise ParseError(f"the position {word[:20]}... is too large")
        return tuple(sorted(int(w) - 1 for w in words[1:]))

    def legal_moves(self, instance, standing, player):
        singles = [(i,) for i, pin in enumerate(standing) if pin == "I"]
        pairs = [(i, i + 1) for i in range(len(standing) - 1) if standing[i : i + 2] == "II"]
        return singles + pairs

    def illegal_reason(self, instance, standing, move):
        for i in move:
            if not 0 <= i < len(standing):
                return f"there is no pin {i + 1}; the positions are 1 to {len(standing)}"
            if standing[i] != "I":
                return f"pin {i + 1} is already down"
        if len(move) == 2 and move[1] - move[0] != 1:
            return f"pins {move[0] + 1} and {move[1] + 1} are not neighbours"
        return None

    def play(self, instance, standing, move, player):
        pins = list(standing)
        for i in move:
            pins[i] = "."
        return "".join(pins)

    def result(self, instance, standing, to_move):
        if "I" in standing:
            return None
        if to_move == MODEL:
            return LOSS, "I knocked down the last pin"
        return WIN, "You knocked down the last pin"

    def perfect_move(self, instance, standing):
        moves = winning_moves(standing)
        return moves[0] if moves else middle_move(standing)

    def opponent_move(self, instance, standing):
        if standing.count("I") <= instance["horizon"]:
            moves = winning_moves(standing)
            if moves:
                return moves[0]
        return middle_move(standing)
