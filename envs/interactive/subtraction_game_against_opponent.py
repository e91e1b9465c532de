"""SubtractionGameAgainstOpponent: win a subtraction game on several heaps against a built-in
opponent, moving first.

The instance gives heaps of stones and a set S of allowed amounts (for example S = {1, 3, 4}).
The players move in turn, the model first; a move takes exactly s stones from one heap, for some
s in S not larger than that heap. A player who cannot move loses (so stones fewer than the
smallest amount in S are dead). The start position is won for the model: the XOR of the heaps'
Grundy values (g(n) = the least value not among g(n - s), s in S) is not 0. Each turn the feedback
states the model's move, the opponent's reply and the heaps after them; an illegal or unreadable
move costs the turn and changes nothing. Reward 1 for winning, 0 otherwise.

The opponent plays a winning move (the one taking the most stones) whenever it has one and no
more than ``horizon`` stones are left; otherwise it takes the largest allowed amount from its
largest heap. Its horizon starts at half the largest possible total (with fewer moves to choose
from than in Nim, a random player would win too often against a weaker opponent) and is the
whole game from level 6 on, where a single mistake loses. Each move takes at least min(S)
stones, so no game lasts more than floor(stones / min(S)) moves, and the turn limit is the
model's share of that, ceil(floor(stones / min(S)) / 2): the longest game a winning strategy can
face, whatever the opponent does.

Difficulty schedule (heap sizes drawn from 5..max_heap, the start's Grundy XOR not 0; S is
`amounts` distinct numbers from 1..max_amount whose Grundy values are not just 0 and 1):

    d            0    1    2    3  ...    5  ...   10  ...   20  ...  d
    heaps        3    3    3    3  ...    4  ...    5  ...    8  ...  3 + d // 4
    max_heap    36   42   48   54  ...   66  ...   96  ...  156  ...  36 + 6d
    amounts      3    3    3    3  ...    4  ...    5  ...    7  ...  3 + d // 5
    max_amount   6    6    7    7  ...    8  ...   11  ...   16  ...  6 + d // 2
    horizon     54   73   96  121  ...  242  ...  480  ... 1248  ...  heaps * max_heap from d = 6
    turns      ~23  ~26  ~21  ~27  ...  ~50  ...  ~79  ... ~220  ...  ceil(floor(stones / min S) / 2)

The Grundy values of a subtraction game are periodic with a period that grows with the amounts,
so larger and more numerous amounts make the pattern longer to find, and more heaps make the
XOR longer to keep at 0; the horizon grows until the opponent forgives nothing. Level 0 already
has three heaps of up to 36 stones: a player moving at random loses almost every game. Sets
whose Grundy values are only 0 and 1 (S = {1, 3, 5}, say, where every move flips the parity
of a heap) are redrawn: there the winner is fixed and no move is a decision.
"""

from __future__ import annotations

from functools import lru_cache, reduce
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


@lru_cache(maxsize=256)
def grundy_values(amounts: tuple[int, ...], largest: int) -> tuple[int, ...]:
    """g(0..largest) of the subtraction game with these amounts."""
    values: list[int] = []
    for n in range(largest + 1):
        seen = {values[n - s] for s in amounts if s <= n}
        values.append(next(v for v in range(len(seen) + 1) if v not in seen))
    return tuple(values)


def winning_moves(heaps: list[int], amounts: tuple[int, ...]) -> list[tuple[int, int]]:
    """Every legal (amount, heap index) that leaves the XOR of Grundy values 0."""
    values = grundy_values(amounts, max(heaps))
    total = reduce(xor, (values[h] for h in heaps), 0)
    if not total:
        return []
    return [
        (s, i)
        for i, h in enumerate(heaps)
        for s in amounts
        if s <= h and values[h - s] == values[h] ^ total
    ]


def biggest_winning_move(heaps, amounts):
    moves = winning_moves(heaps, amounts)
    return max(moves, key=lambda m: (m[0], -m[1])) if moves else None


def largest_take(heaps, amounts):
    """The largest allowed amount from the largest heap (the first among ties)."""
    index = max(range(len(heaps)), key=lambda i: (heaps[i], -i))
    return max(s for s in amounts if s <= heaps[index]), index


class SubtractionGameAgainstOpponent(OpponentGame):
    description = "Win a multi-heap subtraction game (take an allowed amount from one heap; no move loses) against a built-in opponent"
    action_example = "take 1 from heap 1"

    def schedule(self, difficulty):
        heaps = 3 + difficulty // 4
        max_heap = 36 + 6 * difficulty
        return {
            "heaps": heaps,
            "max_heap": max_heap,
            "amounts": 3 + difficulty // 5,
            "max_amount": 6 + difficulty // 2,
            "horizon": horizon_levels(difficulty, 6, heaps * max_heap, first_share=(1, 2)),
        }

    def generate_instance(self, rng, sizes):
        for _ in range(100):
            amounts = tuple(sorted(rng.sample(range(1, sizes["max_amount"] + 1), sizes["amounts"])))
            values = grundy_values(amounts, sizes["max_heap"])
            if max(values) >= 2:  # Grundy values 0/1 only: a parity game, every move alike
                break
        else:
            amounts = tuple(range(1, sizes["amounts"] + 1))
            values = grundy_values(amounts, sizes["max_heap"])
        while True:
            heaps = [rng.randint(5, sizes["max_heap"]) for _ in range(sizes["heaps"])]
            if reduce(xor, (values[h] for h in heaps), 0):
                break
        plies = sum(heaps) // amounts[0]
        return {
            "position": heaps,
            "amounts": list(amounts),
            "horizon": sizes["horizon"],
            "turn_limit": (plies + 1) // 2,
        }

    def render(self, instance):
        heaps = instance["position"]
        amounts = ", ".join(map(str, instance["amounts"]))
        return (
            f"We play a take-away game with {len(heaps)} heaps of stones, numbered 1 to "
            f"{len(heaps)}. {self.position_text(instance, heaps)}\n"
            f"Players move in turn and you move first. A move takes exactly s stones from one "
            f"heap, where s is one of the allowed amounts {{{amounts}}} and the heap holds at "
            "least s stones. A player who cannot move loses. After each of your moves I reply "
            "with my move and the heaps after it. Write a move as: take S from heap H (for "
            "example: take 1 from heap 1). An illegal or unreadable move uses up your turn and "
            f"changes nothing. Win within {instance['turn_limit']} turns."
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
        return [(s, i) for i, h in enumerate(heaps) for s in instance["amounts"] if s <= h]

    def illegal_reason(self, instance, heaps, move):
        stones, index = move
        if not 0 <= index < len(heaps):
            return f"there is no heap {index + 1}; the heaps are numbered 1 to {len(heaps)}"
        if stones not in instance["amounts"]:
            return f"{stones} is not an allowed amount"
        if stones > heaps[index]:
            return f"heap {index + 1} holds only {heaps[index]} stones"
        return None

    def play(self, instance, heaps, move, player):
        stones, index = move
        after = list(heaps)
        after[index] -= stones
        return after

    def result(self, instance, heaps, to_move):
        if max(heaps) >= instance["amounts"][0]:
            return None
        if to_move == MODEL:
            return LOSS, "You have no legal move"
        return WIN, "I have no legal move"

    def perfect_move(self, instance, heaps):
        amounts = tuple(instance["amounts"])
        return biggest_winning_move(heaps, amounts) or largest_take(heaps, amounts)

    def opponent_move(self, instance, heaps):
        amounts = tuple(instance["amounts"])
        if sum(heaps) <= instance["horizon"]:
            move = biggest_winning_move(heaps, amounts)
            if move is not None:
                return move
        return largest_take(heaps, amounts)
