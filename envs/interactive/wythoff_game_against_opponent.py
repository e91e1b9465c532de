"""WythoffGameAgainstOpponent: win Wythoff's game (two heaps; take from one heap, or the same
amount from both) against a built-in opponent, moving first.

Two heaps of stones. The players move in turn, the model first; a move takes one or more stones
from one heap, or the same number (one or more) from both heaps. Whoever takes the last stone
wins. The positions lost for the player to move are the pairs (floor(k * phi), floor(k * phi^2))
and their mirror images (phi = (1 + sqrt 5) / 2, k = 0, 1, 2, ...); the start position is not one
of them, so it is won for the model, whose strategy is to move to such a pair every time. Each
turn the feedback states the model's move, the opponent's reply and the heaps after them; an
illegal or unreadable move costs the turn and changes nothing. Reward 1 for winning, 0 otherwise.

The opponent moves to a lost pair (the move taking the most stones) whenever it can and no more
than ``horizon`` stones are left; otherwise it takes half (rounded up) of the larger heap. Its
horizon starts at a third of the largest possible total and is the whole game from level 8 on,
where a single mistake loses. Against a perfect player the opponent never has a winning move,
so each of its moves halves a heap and lowers bit_length(heap 1) + bit_length(heap 2) by one:
a won game lasts at most that sum + 1 model moves, and that is the turn limit (it binds only a
player who wastes turns).

Difficulty schedule (heaps drawn from 1..max_heap, the start not a lost pair):

    d          0    1    2    3  ...    5  ...   10  ...   20  ...  d
    max_heap  60   69   80   93  ...  125  ...  240  ...  620  ...  60 + 8d + d^2
    horizon   40   57   80  108  ...  187  ...  480  ... 1240  ...  2 * max_heap from d = 8
    turns    ~11  ~12  ~12  ~13  ...  ~13  ...  ~15  ...  ~18  ...  bit_length sum + 1

Larger heaps make the lost pairs harder to compute (the model must evaluate floor(k * phi)
exactly for larger k), and the horizon grows until the opponent forgives nothing. Level 0
already has heaps of up to 60 stones, about 90 moves to choose from: a player moving at random
loses almost every game.
"""

from __future__ import annotations

from math import isqrt

from rlve_gym.envs.interactive._opponent_games import (
    LOSS,
    MODEL,
    WIN,
    OpponentGame,
    horizon_levels,
    read_move,
)

MOVE_FORMS = ("take # from heap #", "take # from both")
BOTH = "both"  # where a move takes from both heaps (else the heap index, 0 or 1)


def lower_of_pair(k: int) -> int:
    """floor(k * phi), exactly: (k + isqrt(5 k^2)) // 2."""
    return (k + isqrt(5 * k * k)) // 2


def partner(heap: int) -> int:
    """The other heap of the lost pair containing ``heap`` (every whole number is in exactly one
    pair; 0 pairs with 0)."""
    if heap == 0:
        return 0
    k = max(0, heap * 1000 // 1618 - 2)  # a little below heap / phi: heap = floor(k * phi)?
    while lower_of_pair(k) < heap:
        k += 1
    if lower_of_pair(k) == heap:
        return heap + k
    k = max(0, heap * 1000 // 2619 - 2)  # heap = floor(k * phi^2) = floor(k * phi) + k?
    while lower_of_pair(k) + k < heap:
        k += 1
    return lower_of_pair(k)


def is_lost(heaps: list[int]) -> bool:
    return partner(heaps[0]) == heaps[1]


def winning_moves(heaps: list[int]) -> list[tuple[int, int]]:
    """Every move to a lost pair, as (stones, heap index 0 or 1, or BOTH)."""
    x, y = heaps
    moves = []
    if partner(x) < y:
        moves.append((y - partner(x), 1))
    if partner(y) < x:
        moves.append((x - partner(y), 0))
    gap = abs(x - y)
    take = min(x, y) - lower_of_pair(gap)
    if take > 0:
        moves.append((take, BOTH))
    return moves


def biggest_winning_move(heaps: list[int]) -> tuple[int, int] | None:
    moves = winning_moves(heaps)
    """The winning move taking the most stones (both heaps before heap 1 before heap 2)."""
    order = {BOTH: 0, 0: 1, 1: 2}
    return (
        max(moves, key=lambda m: (m[0] * (2 if m[1] == BOTH else 1), -order[m[1]]))
        if moves
        else None
    )


def halving_move(heaps: list[int]) -> tuple[int, int]:
    index = 0 if heaps[0] >= heaps[1] else 1
    return (heaps[index] + 1) // 2, index


class WythoffGameAgainstOpponent(OpponentGame):
    description = "Win Wythoff's game (take from one heap or equally from both; last stone wins) against a built-in opponent"
    action_example = "take 3 from both"

    def schedule(self, difficulty):
        max_heap = 60 + 8 * difficulty + difficulty * difficulty
        return {"max_heap": max_heap, "horizon": horizon_levels(difficulty, 8, 2 * max_heap)}

    def generate_instance(self, rng, sizes):
        while True:
            heaps = [rng.randint(1, sizes["max_heap"]) for _ in range(2)]
            if not is_lost(heaps):
                break
        return {
            "position": heaps,
            "horizon": sizes["horizon"],
            "turn_limit": heaps[0].bit_length() + heaps[1].bit_length() + 1,
        }

    def render(self, instance):
        return (
            "We play Wythoff's game with two heaps of stones. "
            f"{self.position_text(instance, instance['position'])}\n"
            "Players move in turn and you move first. A move takes one or more stones from one "
            "heap, or the same number of stones (one or more) from both heaps. Whoever takes "
            "the last stone wins. After each of your moves I reply with my move and the heaps "
            "after it. Write a move as: take N from heap H (H is 1 or 2) or take N from both "
            "(for example: take 3 from both). An illegal or unreadable move uses up your turn "
            f"and changes nothing. Win within {instance['turn_limit']} turns."
        )

    def position_text(self, instance, heaps):
        return f"Heaps: 1:{heaps[0]}, 2:{heaps[1]}."

    def move_text(self, move):
        stones, where = move
        return (
            f"take {stones} from both" if where == BOTH else f"take {stones} from heap {where + 1}"
        )

    def parse_action(self, text, instance):
        if text.lower().split()[-1:] == ["both"]:
            (stones,) = read_move(text, MOVE_FORMS[1], self.action_example)
            return stones, BOTH
        stones, heap = read_move(text, MOVE_FORMS[0], self.action_example)
        return stones, heap - 1

    def legal_moves(self, instance, heaps, player):
        x, y = heaps
        return (
            [(s, 0) for s in range(1, x + 1)]
            + [(s, 1) for s in range(1, y + 1)]
            + [(s, BOTH) for s in range(1, min(x, y) + 1)]
        )

    def illegal_reason(self, instance, heaps, move):
        stones, where = move
        if where not in (0, 1, BOTH):
            return f"there is no heap {where + 1}; the heaps are 1 and 2"
        if stones == 0:
            return "a move takes at least one stone"
        if where == BOTH and stones > min(heaps):
            return f"the heaps hold {heaps[0]} and {heaps[1]} stones"
        if where != BOTH and stones > heaps[where]:
            return f"heap {where + 1} holds only {heaps[where]} stones"
        return None

    def play(self, instance, heaps, move, player):
        stones, where = move
        return [h - stones if where in (i, BOTH) else h for i, h in enumerate(heaps)]

    def result(self, instance, heaps, to_move):
        if any(heaps):
            return None
        return (
            (LOSS, "I took the last stone")
            if to_move == MODEL
            else (WIN, "You took the last stone")
        )

    def perfect_move(self, instance, heaps):
        return biggest_winning_move(heaps) or halving_move(heaps)

    def opponent_move(self, instance, heaps):
        if sum(heaps) <= instance["horizon"]:
            move = biggest_winning_move(heaps)
            if move is not None:
                return move
        return halving_move(heaps)
