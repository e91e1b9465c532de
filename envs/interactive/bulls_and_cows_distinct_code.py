"""BullsAndCowsDistinctCode: break a hidden code of K different numbers from bulls/cows feedback.

The code is a sequence of K pairwise different whole numbers from 1 to A. Each turn the model
guesses K numbers from 1 to A (repeats allowed in a guess) and learns the bulls (positions where
the guess has the code's number) and the cows (the different numbers the guess shares with the
code, minus the bulls). The episode is solved by a guess with K bulls; the reward is 1 then and
0 otherwise. Nothing else is revealed.

Turn limit: the exact worst case of the scripted strategy, over every code of the instance's
size (``turn_limit``). The strategy (1) splits the numbers into blocks of K and asks each block
(but the last) how many code numbers it holds, then finds them by halving the block, asking
"how many code numbers in this half?" (a guess's bulls + cows); (2) with an absent number as
filler, finds each code number's position by halving the open positions (a guess with the number
on half of them: 1 bull or 0); (3) guesses the code. ``split_search_cost`` gives each part's
worst case exactly, and the parts are independent, so their sum (a small dynamic programme over
the blocks) is the limit: no spare guess for the worst code, a few for most codes. A strategy
that always guesses a code consistent with every answer so far usually needs fewer.

Difficulty schedule:

    d            0     1     2     3     5    10    20  ...  d
    K (length)   4     4     4     4     5     6     8  ...  4 + d // 5
    A (numbers)  8    10    12    14    18    28    48  ...  8 + 2d
    turns       13    14    15    16    24    32    45  ...  turn_limit(K, A)

Both sizes grow without bound, the alphabet every level and the code every five, so the number
of codes (A! / (A - K)!) grows fast while the limit grows like K log K + A / K: blind guessing
wins on fewer than 1 in 100 episodes at d = 0 (13 guesses among 1,680 codes) and on almost none
later.
"""

from __future__ import annotations

from functools import cache

from rlve_gym.answers import ParseError
from rlve_gym.envs.interactive._plans import (
    next_planned_action,
    run_counting,
    split_search,
    split_search_cost,
)
from rlve_gym.interactive import InteractiveEnvironment, Outcome


def score_guess(code: list[int], guess: list[int]) -> tuple[int, int]:
    """(bulls, cows) of ``guess`` against a code of different numbers."""
    bulls = sum(g == c for g, c in zip(guess, code, strict=True))
    shared = len(set(guess) & set(code))
    return bulls, shared - bulls


def _blocks(length: int, alphabet: int) -> list[list[int]]:
    numbers = list(range(1, alphabet + 1))
    return [numbers[i : i + length] for i in range(0, alphabet, length)]


@cache
def turn_limit(length: int, alphabet: int) -> int:
    """The most guesses the scripted strategy makes for any code of ``length`` different numbers
    from 1..``alphabet`` (the final, winning guess included)."""
    sizes = [len(block) for block in _blocks(length, alphabet)]

    @cache
    def finding(index: int, left: int) -> int:  # worst case of phase 1 from block ``index`` on
        if left == 0:
            return 0
        if index == len(sizes) - 1:
            return split_search_cost(sizes[index], left)
        room_after = sum(sizes[index + 1 :])
        return 1 + max(
            split_search_cost(sizes[index], here) + finding(index + 1, left - here)
            for here in range(max(0, left - room_after), min(left, sizes[index]) + 1)
        )

    placing = sum(split_search_cost(open_positions, 1) for open_positions in range(2, length + 1))
    return finding(0, length) + placing + 1


def _guess_text(guess: list[int]) -> str:
    return "guess " + " ".join(map(str, guess))


def _plan(length: int, alphabet: int):
    """The scripted strategy as a generator: yields guesses, receives (bulls, cows)."""

    def holding(subset: list[int]) -> str:  # a guess whose hits count the code numbers in subset
        return _guess_text(subset + [subset[0]] * (length - len(subset)))

    def hits(feedback: tuple[int, int]) -> int:
        return feedback[0] + feedback[1]

    present: list[int] = []
    blocks = _blocks(length, alphabet)
    for index, block in enumerate(blocks):
        left = length - len(present)
        if left == 0:
            break
        count = left if index == len(blocks) - 1 else hits((yield holding(block)))
        present += yield from run_counting(split_search(block, count), holding, hits)
    filler = min(set(range(1, alphabet + 1)) - set(present))
    code = [filler] * length
    open_positions = list(range(length))
    for number in present[:-1]:

        def placing(subset: list[int], number: int = number) -> str:
            return _guess_text([number if p in subset else filler for p in range(length)])

        found = yield from run_counting(
            split_search(open_positions, 1), placing, lambda feedback: feedback[0]
        )
        code[found[0]] = number
        open_positions.remove(found[0])
    code[open_positions[0]] = present[-1]
    while True:
        yield _guess_text(code)


class BullsAndCowsDistinctCode(InteractiveEnvironment):
    description = "Break a hidden code of K different numbers from bulls-and-cows feedback within the scripted strategy's worst-case number of guesses"
    action_example = "guess 3 1 4 1"
    max_answer_chars = 400_000

    def schedule(self, difficulty):
        return {"length": 4 + difficulty // 5, "alphabet": 8 + 2 * difficulty}

    def generate_instance(self, rng, sizes):
        length, alphabet = sizes["length"], sizes["alphabet"]
        return {
            "length": length,
            "alphabet": alphabet,
            "code": rng.sample(range(1, alphabet + 1), length),
            "turn_limit": turn_limit(length, alphabet),
        }

    def render(self, instance):
        k, a, limit = instance["length"], instance["alphabet"], instance["turn_limit"]
        return (
            f"I have a secret code: a sequence of {k} different whole numbers, each from 1 to {a}. "
            "Find it.\n"
            f"Each turn, guess {k} numbers from 1 to {a} (a guess may repeat a number) by writing: "
            f"guess n1 n2 ... n{k} (for example: guess {' '.join(str(1 + i % a) for i in range(k))}). "
            "I answer with bulls and cows: bulls = the number of positions where your guess has "
            "the same number as the code; cows = the number of different numbers that occur both "
            "in your guess and in the code, minus the bulls (a number you repeat counts once). "
            f"You win when a guess has {k} bulls. You have at most {limit} guesses."
        )

    def parse_action(self, text, instance):
        words = text.split()
        length = instance["length"]
        if not words or words[0].lower() != "guess":
            raise ParseError(f"write: guess followed by {length} numbers")
        if len(words) != length + 1:
            raise ParseError(f"a guess has exactly {length} numbers, got {len(words) - 1}")
        for word in words[1:]:
            if not word.isdigit() or len(word) > 9:
                raise ParseError(f"{word[:20]!r} is not a whole number")
        return [int(word) for word in words[1:]]

    def initial_state(self, instance):
        return {"history": []}

    def apply(self, instance, state, guess):
        alphabet = instance["alphabet"]
        outside = [n for n in guess if not 1 <= n <= alphabet]
        if outside:
            return Outcome(
                f"{outside[0]} is not between 1 and {alphabet}; the guess is not scored."
            )
        bulls, cows = score_guess(instance["code"], guess)
        state["history"].append((_guess_text(guess), (bulls, cows)))
        shown = " ".join(map(str, guess))
        if bulls == instance["length"]:
            return Outcome(f"{shown}: {bulls} bulls. Solved.", solved=True)
        return Outcome(
            f"{shown}: {bulls} bull{'s' if bulls != 1 else ''}, {cows} cow{'s' if cows != 1 else ''}."
        )

    def policy(self, instance, state, actions):
        return next_planned_action(
            state, lambda: _plan(instance["length"], instance["alphabet"]), state["history"]
        )

    def random_action(self, instance, state, rng):
        return _guess_text(rng.sample(range(1, instance["alphabet"] + 1), instance["length"]))
