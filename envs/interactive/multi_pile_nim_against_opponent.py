"""MultiPileNimAgainstOpponent: win a game of Nim against a built-in opponent, moving first.

There are several heaps of stones. The players move in turn, the model first; a move takes one
or more stones from one heap, and whoever takes the last stone wins. The start position is won
for the model: the XOR of the heap sizes is not 0, and the winning strategy is to leave it 0
after every move. Each turn the feedback states the model's move, the opponent's reply and the
heaps after them; an illegal or unreadable move costs the turn and changes nothing. Reward 1 for
winning, 0 for losing or running out of turns.

The opponent plays the winning move (the one taking the most stones) whenever it has one and
no more than ``horizon`` stones are left; otherwise it takes half (rounded up) of its largest
heap. So at low levels it blunders early in the game and plays the endgame perfectly; from level
8 on its horizon is the whole game and a single mistake loses. Against a perfect player the
opponent never has a winning move, so every one of its moves halves a heap: a won game lasts at
most sum(bit_length(heap)) + 1 model moves, and that is the turn limit (it binds only a player
who wastes turns).

Difficulty schedule (heap sizes drawn from 1..max_heap, the start XOR not 0):

    d          0    1    2    3  ...    5  ...   10  ...   20  ...  d
    heaps      3    3    3    4  ...    4  ...    6  ...    9  ...  3 + d // 3
    max_heap  12   16   20   24  ...   32  ...   52  ...   92  ...  12 + 4d
    horizon   12   20   30   56  ...   96  ...  312  ...  828  ...  heaps * max_heap from d = 8
    turns    ~10  ~11  ~12  ~17  ...  ~18  ...  ~30  ...  ~52  ...  sum(bit_length(heap)) + 1

The heaps and their sizes grow together, so the XOR the model must keep at 0 has more bits and
more terms; the horizon grows from a third of the stones to all of them, so the opponent stops
forgiving mistakes. Level 0 already has three heaps of up to 12 stones: a player moving at
random loses almost every game.
"""

from __future__ import annotations

from functools import reduce
from operator import xor

from rlve_gym.envs.interactive._opponent_games import (
    LOSS,
    MODEL,
    WIN,
    OpponentGame,
    horizon_levels,
    read_move,
)

MOVE_FORM = "take # from heap #"


def winning_moves(heaps: list[int]) -> list[tuple[int, int]]:
    """Every (stones, heap index) move that leaves the XOR of the heaps 0."""
    total = reduce(xor, heaps, 0)
    return [(h - (h ^ total), i) for i, h in enumerate(heaps) if (h ^ total) < h]


def biggest_winning_move(heaps: list[int]) -> tuple[int, int] | None:
    """The winning move taking the most stones (the lowest heap among ties), or None."""
    moves = winning_moves(heaps)
    return max(moves, key=lambda m: (m[0], -m[1])) if moves else None


def halving_move(heaps: list[int]) -> tuple[int, int]:
    """Half (rounded up) of the largest heap, the first such heap among ties."""
    index = max(range(len(heaps)), key=lambda i: (heaps[i], -i))
    return (heaps[index] + 1) // 2, index


class MultiPileNimAgainstOpponent(OpponentGame):
    description = "Win a game of multi-heap Nim (take any number from one heap; last stone wins) against a built-in opponent"
    action_example = "take 2 from heap 1"

    def schedule(self, difficulty):
        heaps = 3 + difficulty // 3
        max_heap = 12 + 4 * difficulty
        return {
            "heaps": heaps,
            "max_heap": max_heap,
            "horizon": horizon_levels(difficulty, 8, heaps * max_heap),
        }

    def generate_instance(self, rng, sizes):
        while True:
            heaps = [rng.randint(1, sizes["max_heap"]) for _ in range(sizes["heaps"])]
            if reduce(xor, heaps, 0):
                break
        return {
            "position": heaps,
            "horizon": sizes["horizon"],
            "turn_limit": sum(h.bit_length() for h in heaps) + 1,
        }

    def render(self, instance):
        heaps = instance["position"]
        return (
            f"We play Nim with {len(heaps)} heaps of stones, numbered 1 to {len(heaps)}. "
            f"{self.position_text(instance, heaps)}\n"
            "Players move in turn and you move first. A move takes one or more stones from a "
            "single heap; the player who takes the last stone wins. After each of your moves I "
            "reply with my move and the heaps after it. Write a move as: take N from heap H "
            "(for example: take 2 from heap 1). An illegal or unreadable move uses up your "
            f"turn and changes nothing. Win within {instance['turn_limit']} turns."
        )

    def position_text(self, instance, heaps):
        return "Heaps: " + ", ".join(f"{i + 1}:{h}" for i, h in enumerate(heaps)) + "."

    def move_text(self, move):
        stones, index = move
        return f"take {stones} from heap {index + 1}"

    def parse_action(self, text, instance):
        stones, heap = read_move(text, MOVE_FORM, self.action_example)
        return stones, heap - 1

    def legal_moves(self, instance, heaps, player):
        return [(s, i) for i, h in enumerate(heaps) for s in range(1, h + 1)]

    def illegal_reason(self, instance, heaps, move):
        stones, index = move
        if not 0 <= index < len(heaps):
            return f"there is no heap {index + 1}; the heaps are numbered 1 to {len(heaps)}"
        if stones == 0:
            return "a move takes at least one stone"
        if stones > heaps[index]:
            return f"heap {index + 1} holds only {heaps[index]} stones"
        return None

    def play(self, instance, heaps, move, player):
        stones, index = move
        after = list(heaps)
        after[index] -= stones
        return after

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
