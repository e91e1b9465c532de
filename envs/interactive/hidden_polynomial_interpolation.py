"""HiddenPolynomialInterpolation: identify a hidden integer polynomial from its values.

The polynomial is P(x) = c_0 + c_1 x + ... + c_k x^k, with integer coefficients between -B and B
(degree at most k). Each turn the model either asks for P at an integer x with |x| <= R ("ask x"
reveals P(x)) or gives its one final answer "answer c_0 c_1 ... c_k": right solves the episode
(reward 1), wrong ends it (reward 0).

Turn limit: k + 1 questions and the answer, k + 2 turns. A polynomial of degree at most k is
fixed by its values at any k + 1 different points (Lagrange); with fewer values only the
coefficient bounds could tell the candidates apart (at d = 0, for every two points some two
polynomials within the bounds agree on both). The scripted policy asks x = 0, 1, -1, 2, -2, ...
and interpolates exactly (Newton's divided differences over fractions).
R = k + 1 is kept below 2B + 1, so the base-R digits of one large value cannot spell out the
coefficients: the model has to interpolate.

Difficulty schedule:

    d             0    1    2    3    5   10   20  ...  d
    k (degree)    2    2    2    3    3    5    8  ...  2 + d // 3
    B (bound)     5    6    7    8   10   15   25  ...  5 + d
    R (|x| max)   3    3    3    4    4    6    9  ...  k + 1
    turns         4    4    4    5    5    7   10  ...  k + 2

The degree (and with it the turn limit and the size of the interpolation) grows every three
levels and the coefficient range every level; a blind answer is right with probability
(2B + 1)^-(k + 1), 1 in 1,331 at d = 0.
"""

from __future__ import annotations

from fractions import Fraction

from rlve_gym.answers import ParseError
from rlve_gym.interactive import InteractiveEnvironment, Outcome


def evaluate(coefficients: list[int], x: int) -> int:
    total = 0
    for c in reversed(coefficients):
        total = total * x + c
    return total


def interpolate(points: list[int], values: list[int]) -> list[Fraction]:
    """Coefficients (constant term first) of the polynomial of degree < len(points) through the
    given points: Newton's divided differences, then expansion of the Newton form."""
    size = len(points)
    table = [Fraction(v) for v in values]
    for level in range(1, size):
        for i in range(size - 1, level - 1, -1):
            table[i] = (table[i] - table[i - 1]) / (points[i] - points[i - level])
    coefficients = [Fraction(0)] * size
    for i in range(size - 1, -1, -1):  # Horner on the Newton form: c = c * (x - x_i) + t_i
        shifted = [Fraction(0)] + coefficients[:-1]
        coefficients = [s - points[i] * c for s, c in zip(shifted, coefficients, strict=True)]
        coefficients[0] += table[i]
    return coefficients


def query_order(count: int) -> list[int]:
    """0, 1, -1, 2, -2, ... (``count`` points)."""
    return [((i + 1) // 2) * (1 if i % 2 else -1) for i in range(count)]


class HiddenPolynomialInterpolation(InteractiveEnvironment):
    description = "Identify a hidden integer polynomial of degree at most k from k + 1 value queries and one answer"
    action_example = "ask 2"
    max_answer_chars = 200_000
    max_action_chars = 2_000

    def schedule(self, difficulty):
        degree = 2 + difficulty // 3
        return {"degree": degree, "bound": 5 + difficulty, "reach": degree + 1}

    def generate_instance(self, rng, sizes):
        k, bound = sizes["degree"], sizes["bound"]
        return {
            "degree": k,
            "bound": bound,
            "reach": sizes["reach"],
            "coefficients": [rng.randint(-bound, bound) for _ in range(k + 1)],
            "turn_limit": k + 2,
        }

    def render(self, instance):
        k, bound, reach = instance["degree"], instance["bound"], instance["reach"]
        terms = " + ".join(["c0", "c1*x"] + [f"c{i}*x^{i}" for i in range(2, k + 1)])
        names = " ".join(f"c{i}" for i in range(k + 1))
        return (
            f"A hidden polynomial P(x) = {terms} has integer coefficients, each from -{bound} to "
            f"{bound} (so its degree is at most {k}). Find the coefficients.\n"
            f"Each turn, either ask for one value by writing: ask x, with x an integer from "
            f"-{reach} to {reach} (for example: ask -1), and I reply with P(x); or give your final "
            f"answer by writing: answer {names} (the constant term first, all {k + 1} "
            "coefficients, zeros included). The first answer ends the game: you win if it is "
            f"right. You have at most {instance['turn_limit']} turns in all."
        )

    def parse_action(self, text, instance):
        words = text.split()
        k = instance["degree"]
        verb = words[0].lower() if words else ""
        if verb not in ("ask", "answer"):
            raise ParseError(f"write: ask x, or answer followed by {k + 1} coefficients")
        wanted = 1 if verb == "ask" else k + 1
        if len(words) != wanted + 1:
            raise ParseError(f"{verb} takes exactly {wanted} integer(s), got {len(words) - 1}")
        for word in words[1:]:
            digits = word[1:] if word[:1] in "+-" else word
            if not digits.isdigit() or len(digits) > 30:
                raise ParseError(f"{word[:20]!r} is not an integer")
        numbers = [int(word) for word in words[1:]]
        return (verb, numbers[0]) if verb == "ask" else (verb, numbers)

    def initial_state(self, instance):
        return {"asked": {}}  # x -> P(x)

    def apply(self, instance, state, action):
        verb, value = action
        if verb == "ask":
            reach = instance["reach"]
            if not -reach <= value <= reach:
                return Outcome(f"x = {value} is outside -{reach}..{reach}; nothing is revealed.")
            result = evaluate(instance["coefficients"], value)
            state["asked"][value] = result
            return Outcome(f"P({value}) = {result}.")
        if value == instance["coefficients"]:
            return Outcome("Right: that is the polynomial. Solved.", solved=True)
        return Outcome("Wrong: that is not the polynomial. The game is over.", over=True)

    def policy(self, instance, state, actions):
        points = query_order(instance["degree"] + 1)
        asked = state["asked"]
        for x in points:
            if x not in asked:
                return f"ask {x}"
        coefficients = interpolate(points, [asked[x] for x in points])
        return "answer " + " ".join(str(c.numerator) for c in coefficients)

    def random_action(self, instance, state, rng):
        if rng.random() < 0.7:
            return f"ask {rng.randint(-instance['reach'], instance['reach'])}"
        bound = instance["bound"]
        return "answer " + " ".join(
            str(rng.randint(-bound, bound)) for _ in range(instance["degree"] + 1)
        )
