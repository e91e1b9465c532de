"""OctalGameAgainstOpponent: win an octal take-and-split game on heaps against a built-in
opponent, moving first.

An octal game is given by a code 0.d1 d2 ... dK of octal digits: digit dk says what a move that
takes k tokens from one heap may leave behind. Bit 1 of dk: nothing (the heap had exactly k
tokens); bit 2: one heap (the rest stays together); bit 4: two nonempty heaps (the rest is
split in two). Kayles is 0.77, Dawson's Kayles 0.07, Dawson's chess 0.137; each instance draws
its own code, states it in words, and gives the heaps. The players move in turn, the model
first; a player who cannot move loses. The start position is won for the model: the XOR of the
heaps' Grundy values is not 0. Each turn the feedback states the model's move, the opponent's
reply and the heaps after them (a split heap is replaced by its two parts, in the order
written); an illegal or unreadable move costs the turn and changes nothing. Reward 1 for
winning, 0 otherwise.

The opponent plays the first winning move in heap order (on one heap: the most tokens first,
then the fewest heaps left, then the most even split) whenever it has one and no more than
``horizon`` tokens are left; otherwise the first legal move on its largest heap in that order.
Its horizon starts at four fifths of the largest possible total (short octal games leave few
choices, and a weaker opponent lets a random player win too often) and is the whole game from
level 4 on, where a single mistake loses. Each move takes at least the smallest allowed amount, so no game
lasts more than floor(tokens / smallest amount) moves, and the turn limit is the model's share,
ceil of half of that: the longest game a winning strategy can face, whatever the opponent does.

Difficulty schedule (a code of `digits` octal digits, its last one not 0, with a split rule
somewhere and Grundy values above 1; heap sizes drawn from max_heap // 2..max_heap):

    d          0    1    2    3  ...    5  ...   10  ...   20  ...  d
    digits     2    2    2    2  ...    2  ...    3  ...    4  ...  2 + d // 8
    heaps      3    3    3    3  ...    3  ...    4  ...    6  ...  3 + d // 6
    max_heap  20   21   22   23  ...   25  ...   30  ...   40  ...  20 + d
    horizon   48   53   59   65  ...   75  ...  120  ...  240  ...  heaps * max_heap from d = 4
    turns    ~22  ~22  ~24  ~25  ...  ~27  ...  ~43  ...  ~86  ...  ceil(tokens / smallest / 2)

Longer codes make the Grundy sequence (computed from the code alone, often irregular for a long
stretch) harder to find, and more and larger heaps make the XOR longer to keep at 0; the
horizon grows until the opponent forgives nothing. Codes whose Grundy values are only 0 and 1
are redrawn (there the winner is fixed and no move is a decision), as is Kayles (0.77, its own
environment). Level 0 already has three heaps of 10 to 20 tokens and a split rule, so a player
moving at random loses almost every game.
"""

from __future__ import annotations

from functools import lru_cache, reduce
from operator import xor

from rlve_gym.answers import ParseError
from rlve_gym.envs.interactive._opponent_games import (
    LOSS,
    MODEL,
    WIN,
    OpponentGame,
    horizon_levels,
)

EMPTIES, KEEPS, SPLITS = 1, 2, 4
KAYLES = (7, 7)


@lru_cache(maxsize=512)
def grundy_values(code: tuple[int, ...], largest: int) -> tuple[int, ...]:
    """g(0..largest) of the octal game ``code`` (code[k - 1] is the digit of taking k)."""
    values: list[int] = []
    for n in range(largest + 1):
        seen = set()
        for k, digit in enumerate(code, start=1):
            rest = n - k
            if rest < 0:
                break
            if digit & EMPTIES and rest == 0:
                seen.add(0)
            if digit & KEEPS and rest > 0:
                seen.add(values[rest])
            if digit & SPLITS:
                seen.update(values[a] ^ values[rest - a] for a in range(1, rest // 2 + 1))
        values.append(next(v for v in range(len(seen) + 1) if v not in seen))
    return tuple(values)


def heap_moves(code, size: int) -> list[tuple[int, tuple[int, ...]]]:
    """Every (tokens taken, heaps left) move on one heap, in the opponent's order: most tokens
    first, then fewer heaps left, then the most even split."""
    moves = []
    for k in range(min(len(code), size), 0, -1):
        digit, rest = code[k - 1], size - k
        if digit & EMPTIES and rest == 0:
            moves.append((k, ()))
        if digit & KEEPS and rest > 0:
            moves.append((k, (rest,)))
        if digit & SPLITS:
            moves.extend((k, (a, rest - a)) for a in range(rest // 2, 0, -1))
    return moves


def iter_winning_moves(code, heaps: list[int]):
    """Every (tokens, heap index, heaps left) move leaving the Grundy XOR 0, lazily, in heap
    order and on one heap in ``heap_moves`` order."""
    values = grundy_values(tuple(code), max(heaps))
    total = reduce(xor, (values[h] for h in heaps), 0)
    if not total:
        return
    for i, h in enumerate(heaps):
        target = values[h] ^ total
        for k, left in heap_moves(code, h):
            if reduce(xor, (values[p] for p in left), 0) == target:
                yield k, i, left


def winning_moves(code, heaps: list[int]) -> list[tuple[int, int, tuple[int, ...]]]:
    return list(iter_winning_moves(code, heaps))


def can_move(code, size: int) -> bool:
    """Whether some move applies to a heap of ``size`` tokens."""
    return any(
        (digit & EMPTIES and size == k)
        or (digit & KEEPS and size > k)
        or (digit & SPLITS and size - k >= 2)
        for k, digit in enumerate(code, start=1)
    )


def fallback_move(code, heaps):
    """The first legal move on the largest heap that has one (the first such heap)."""
    for i in sorted(range(len(heaps)), key=lambda i: (-heaps[i], i)):
        if can_move(code, heaps[i]):
            k, left = heap_moves(code, heaps[i])[0]
            return k, i, left
    raise ValueError("no legal move")  # result() ends the game before this is asked


def describe_code(code) -> str:
    """The rules of the code in words, one clause per amount that has any."""
    clauses = []
    for k, digit in enumerate(code, start=1):
        leaves = []
        if digit & EMPTIES:
            leaves.append("nothing (the heap had exactly that many)")
        if digit & KEEPS:
            leaves.append("one heap")
        if digit & SPLITS:
            leaves.append("two nonempty heaps")
        if leaves:
            clauses.append(f"take {k} from a heap, leaving " + " or ".join(leaves))
        else:
            clauses.append(f"taking {k} is not allowed")
    return "; ".join(clauses)


class OctalGameAgainstOpponent(OpponentGame):
    description = "Win an octal take-and-split heap game (rules from a code of octal digits) against a built-in opponent"
    action_example = "take 2 from heap 1 split 3 4"
    max_action_chars = 80

    def schedule(self, difficulty):
        heaps = 3 + difficulty // 6
        max_heap = 20 + difficulty
        return {
            "digits": 2 + difficulty // 8,
            "heaps": heaps,
            "max_heap": max_heap,
            "horizon": horizon_levels(difficulty, 4, heaps * max_heap, first_share=(4, 5)),
        }

    def generate_instance(self, rng, sizes):
        digits, largest = sizes["digits"], sizes["max_heap"]
        for _ in range(200):
            code = tuple([rng.randint(0, 7) for _ in range(digits - 1)] + [rng.randint(1, 7)])
            if (
                code != KAYLES
                and any(d & SPLITS for d in code)
                and max(grundy_values(code, largest)) >= 2
            ):
                break
        else:  # take exactly `digits` tokens, leaving anything: a code that splits
            code = (0,) * (digits - 1) + (7,)
        values = grundy_values(code, largest)
        while True:
            heaps = [rng.randint(largest // 2, largest) for _ in range(sizes["heaps"])]
            if reduce(xor, (values[h] for h in heaps), 0):
                break
        smallest = next(k for k, d in enumerate(code, start=1) if d)
        return {
            "position": heaps,
            "code": list(code),
            "horizon": sizes["horizon"],
            "turn_limit": (sum(heaps) // smallest + 1) // 2,
        }

    def render(self, instance):
        heaps, code = instance["position"], instance["code"]
        return (
            f"We play the octal game 0.{''.join(map(str, code))} with heaps of tokens, "
            f"numbered from 1. {self.position_text(instance, heaps)}\n"
            f"Players move in turn and you move first. The moves: {describe_code(code)}. "
            "A player who cannot move loses. When a heap is split, its two parts take its place "
            "in the numbering, in the order you write them, and the heaps after it move up; an "
            "emptied heap disappears. After each of your moves I reply with my move and the "
            "heaps after it. Write a move as: take K from heap H (leaving nothing or one heap) "
            "or take K from heap H split A B (leaving heaps of A and B tokens), for example: "
            "take 2 from heap 1 split 3 4. An illegal or unreadable move uses up your turn and "
            f"changes nothing. Win within {instance['turn_limit']} turns."
        )

    def position_text(self, instance, heaps):
        shown = ", ".join(f"{i + 1}:{h}" for i, h in enumerate(heaps))
        return f"Heaps: {shown or 'none'}."

    def move_text(self, move):
        taken, index, left = move
        text = f"take {taken} from heap {index + 1}"
        return text + (f" split {left[0]} {left[1]}" if len(left) == 2 else "")

    def parse_action(self, text, instance):
        words = text.lower().split()
        shape = ["take", "#", "from", "heap", "#"] + (["split", "#", "#"] if len(words) > 5 else [])
        if len(words) != len(shape) or any(
            s != "#" and w != s for w, s in zip(words, shape, strict=True)
        ):
            raise ParseError(
                "write a move as: take K from heap H, or take K from heap H split A B "
                "(for example: take 2 from heap 1 split 3 4)"
            )
        numbers = []
        for word in (w for w, s in zip(words, shape, strict=True) if s == "#"):
            if not word.isascii() or not word.isdigit():
                raise ParseError(f"{word[:20]!r} is not a whole number")
            if len(word) > 6:
                raise ParseError(f"the number {word[:20]}... is too large")
            numbers.append(int(word))
        taken, heap, *parts = numbers
        return taken, heap - 1, tuple(parts)

    def legal_moves(self, instance, heaps, player):
        code = instance["code"]
        return [(k, i, left) for i, h in enumerate(heaps) for k, left in heap_moves(code, h)]

    def illegal_reason(self, instance, heaps, move):
        taken, index, parts = move
        code = instance["code"]
        if not 0 <= index < len(heaps):
            return f"there is no heap {index + 1}; the heaps are numbered 1 to {len(heaps)}"
        size = heaps[index]
        if not 1 <= taken <= len(code) or not code[taken - 1]:
            return f"taking {taken} is not allowed"
        if taken > size:
            return f"heap {index + 1} holds only {size} tokens"
        digit, rest = code[taken - 1], size - taken
        if parts:
            if 0 in parts or sum(parts) != rest:
                return f"the rest of heap {index + 1} ({rest} tokens) does not split into {parts[0]} and {parts[1]}"
            if not digit & SPLITS:
                return f"taking {taken} may not leave two heaps"
        elif rest == 0 and not digit & EMPTIES:
            return f"taking {taken} may not empty a heap"
        elif rest > 0 and not digit & KEEPS:
            return f"taking {taken} may not leave one heap (write the split: split A B)"
        return None

    def play(self, instance, heaps, move, player):
        taken, index, parts = move
        if not parts and heaps[index] > taken:
            parts = (heaps[index] - taken,)
        return heaps[:index] + list(parts) + heaps[index + 1 :]

    def result(self, instance, heaps, to_move):
        if any(can_move(instance["code"], h) for h in heaps):
            return None
        if to_move == MODEL:
            return LOSS, "You have no legal move"
        return WIN, "I have no legal move"

    def perfect_move(self, instance, heaps):
        move = next(iter_winning_moves(instance["code"], heaps), None)
        return move or fallback_move(instance["code"], heaps)

    def opponent_move(self, instance, heaps):
        if sum(heaps) <= instance["horizon"]:
            move = next(iter_winning_moves(instance["code"], heaps), None)
            if move is not None:
                return move
        return fallback_move(instance["code"], heaps)
