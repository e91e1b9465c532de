"""MastermindRepeatedColours: break a hidden Mastermind code (colours may repeat) from black and
white pegs.

The code is a sequence of K colours, each a number from 1 to C; a colour may occur several
times. Each turn the model guesses K colours and learns the black pegs (positions where the
guess has the code's colour) and the white pegs (the colours right but misplaced: for every
colour, the smaller of its counts in the guess and in the code, summed, minus the black pegs).
The episode is solved by a guess with K black pegs; the reward is 1 then and 0 otherwise.

Turn limit: the exact worst case of the scripted strategy over every code of the size
(``turn_limit``). The strategy (1) guesses one colour everywhere, colour by colour, which gives
each colour's count (the black pegs), until the counts add up to K; (2) with a colour known to be
absent as filler, finds each present colour's positions among the still open positions by
halving them (the guess has the colour on half of them: the black pegs count how many of its
positions lie there); (3) guesses the code. Each colour's part costs at most
``split_search_cost(open positions, count)``, and a dynamic programme over the colours in order
and the positions left open gives the exact maximum of the total.

Difficulty schedule:

    d             0     1     2     3     5    10    20  ...  d
    K (length)    4     4     4     4     5     6     8  ...  4 + d // 5
    C (colours)   6     7     8     9    11    16    26  ...  6 + d
    turns        11    12    13    14    19    27    43  ...  turn_limit(K, C)

There are always more colours than positions (so an absent colour exists), both sizes grow
without bound, and the limit grows like C + K log K while the number of codes, C^K, grows much
faster: d = 0 is the classic 6-colour, 4-peg game (1,296 codes), where 11 blind guesses win about
one episode in a hundred.
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


def pegs(code: list[int], guess: list[int]) -> tuple[int, int]:
    """(black, white) pegs of ``guess`` against ``code``."""
    black = sum(g == c for g, c in zip(guess, code, strict=True))
    colour_matches = sum(min(guess.count(colour), code.count(colour)) for colour in set(guess))
    return black, colour_matches - black


@cache
def turn_limit(length: int, colours: int) -> int:
    """The most guesses the scripted strategy makes for any code of ``length`` pegs in
    ``colours`` colours (the winning guess included)."""

    @cache
    def worst(colour: int, open_positions: int) -> int:  # colours colour..C, positions left
        if open_positions == 0 or colour == colours:  # the last colour's count is deduced
            return 0
        return 1 + max(
            split_search_cost(open_positions, count) + worst(colour + 1, open_positions - count)
            for count in range(open_positions + 1)
        )

    return worst(1, length) + 1


def _guess_text(guess: list[int]) -> str:
    return "guess " + " ".join(map(str, guess))


def _plan(length: int, colours: int):
    """The scripted strategy as a generator: yields guesses, receives (black, white)."""
    counts: dict[int, int] = {}
    for colour in range(1, colours):
        if sum(counts.values()) == length:
            break
        black, _ = yield _guess_text([colour] * length)
        counts[colour] = black
    counts[colours] = length - sum(counts.values())
    filler = min(c for c in range(1, colours + 1) if counts.get(c, 0) == 0)
    code = [filler] * length
    open_positions = list(range(length))
    for colour in range(1, colours + 1):
        if not counts.get(colour):
            continue

        def asking(subset: list[int], colour: int = colour) -> str:
            return _guess_text([colour if p in subset else filler for p in range(length)])

        found = yield from run_counting(
            split_search(open_positions, counts[colour]), asking, lambda feedback: feedback[0]
        )
        for position in found:
            code[position] = colour
            open_positions.remove(position)
    while True:
        yield _guess_text(code)


class MastermindRepeatedColours(InteractiveEnvironment):
    description = "Break a hidden Mastermind code whose colours may repeat from black/white pegs within the scripted strategy's worst-case number of guesses"
    action_example = "guess 2 2 5 1"
    max_answer_chars = 400_000

    def schedule(self, difficulty):
        return {"length": 4 + difficulty // 5, "colours": 6 + difficulty}

    def generate_instance(self, rng, sizes):
        length, colours = sizes["length"], sizes["colours"]
        return {
            "length": length,
            "colours": colours,
            "code": [rng.randint(1, colours) for _ in range(length)],
            "turn_limit": turn_limit(length, colours),
        }

    def render(self, instance):
        k, c, limit = instance["length"], instance["colours"], instance["turn_limit"]
        return (
            f"I have a secret code of {k} pegs; each peg has a colour, written as a number from 1 "
            f"to {c}, and colours may repeat. Find the code.\n"
            f"Each turn, guess {k} colours by writing: guess c1 c2 ... c{k} (for example: guess "
            f"{' '.join(str(1 + (2 * i) % c) for i in range(k))}). I answer with black and white "
            "pegs: black = the number of positions where your guess has the code's colour; white "
            "= for every colour, the smaller of how often it occurs in your guess and in the code, "
            f"added up over the colours, minus black. You win when a guess gets {k} black pegs. "
            f"You have at most {limit} guesses."
        )

    def parse_action(self, text, instance):
        words = text.split()
        length = instance["length"]
        if not words or words[0].lower() != "guess":
            raise ParseError(f"write: guess followed by {length} colours")
        if len(words) != length + 1:
            raise ParseError(f"a guess has exactly {length} colours, got {len(words) - 1}")
        for word in words[1:]:
            if not word.isdigit() or len(word) > 9:
                raise ParseError(f"{word[:20]!r} is not a colour number")
        return [int(word) for word in words[1:]]

    def initial_state(self, instance):
        return {"history": []}

    def apply(self, instance, state, guess):
        colours = instance["colours"]
        outside = [c for c in guess if not 1 <= c <= colours]
        if outside:
            return Outcome(
                f"{outside[0]} is not a colour (1 to {colours}); the guess is not scored."
            )
        black, white = pegs(instance["code"], guess)
        state["history"].append((_guess_text(guess), (black, white)))
        shown = " ".join(map(str, guess))
        if black == instance["length"]:
            return Outcome(f"{shown}: {black} black. Solved.", solved=True)
        return Outcome(f"{shown}: {black} black, {white} white.")

    def policy(self, instance, state, actions):
        return next_planned_action(
            state, lambda: _plan(instance["length"], instance["colours"]), state["history"]
        )

    def random_action(self, instance, state, rng):
        colours = instance["colours"]
        return _guess_text([rng.randint(1, colours) for _ in range(instance["length"])])
