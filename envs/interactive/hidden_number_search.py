"""HiddenNumberSearch: find a hidden integer in [1, N] from "higher" / "lower" answers to guesses.

Each turn the model guesses a number; the environment says whether the hidden number is higher,
lower, or found. The turn limit is exactly what binary search needs in the worst case,
ceil(log2(N + 1)) guesses, so the task is solved only by using every answer: halving the
remaining interval each turn (the scripted policy) always succeeds, while guessing without
listening succeeds on about limit / N of the episodes.

Difficulty schedule:

    d          0     1     2     3  ...    10  ...     20  ...  d
    N        500   800  1300  2000  ...  12200 ...  44600 ...  500 + 100 (d^2 + 2d)
    turns      9    10    11    11  ...    14  ...     16  ...  ceil(log2(N + 1))

The range grows quadratically, so each level needs a little more care: the limit leaves no
spare guess, and one wasted turn (a guess outside the remaining interval) usually loses.
Level 0 already spans 500 numbers: over a range of 40, six blind guesses would find the number
one time in seven.
"""

from __future__ import annotations

from rlve_gym.answers import ParseError
from rlve_gym.interactive import InteractiveEnvironment, Outcome


def guesses_needed(n: int) -> int:
    """Worst-case guesses of binary search over 1..n: ceil(log2(n + 1))."""
    return n.bit_length()


class HiddenNumberSearch(InteractiveEnvironment):
    description = "Find a hidden integer in [1, N] from higher/lower feedback within the worst-case binary-search budget"
    action_example = "guess 17"

    def schedule(self, difficulty):
        return {"range": 500 + 100 * (difficulty**2 + 2 * difficulty)}

    def generate_instance(self, rng, sizes):
        n = sizes["range"]
        return {"range": n, "hidden": rng.randint(1, n), "turn_limit": guesses_needed(n)}

    def render(self, instance):
        n, limit = instance["range"], instance["turn_limit"]
        return (
            f"I am thinking of an integer between 1 and {n} (inclusive). Find it.\n"
            f"Each turn, guess one number by writing: guess X (for example: guess 17). I will "
            "answer 'higher' if my number is larger than X, 'lower' if it is smaller, or "
            f"'found' if X is my number. You have at most {limit} guesses."
        )

    def parse_action(self, text, instance):
        words = text.lower().split()
        if len(words) != 2 or words[0] != "guess":
            raise ParseError("write: guess X, with X a whole number")
        if not words[1].isdigit() or len(words[1]) > 12:
            raise ParseError(f"{words[1][:20]!r} is not a whole number")
        return int(words[1])

    def initial_state(self, instance):
        return {"low": 1, "high": instance["range"]}

    def apply(self, instance, state, guess):
        hidden = instance["hidden"]
        if guess == hidden:
            return Outcome(f"{guess}: found.", solved=True)
        if guess < hidden:
            state["low"] = max(state["low"], guess + 1)
            return Outcome(f"{guess}: higher.")
        state["high"] = min(state["high"], guess - 1)
        return Outcome(f"{guess}: lower.")

    def policy(self, instance, state, actions):
        return f"guess {(state['low'] + state['high']) // 2}"

    def random_action(self, instance, state, rng):
        return f"guess {rng.randint(1, instance['range'])}"
