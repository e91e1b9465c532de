"""HiddenAffineFunctionModP: identify a hidden affine function modulo a prime from value queries.

The function is f(x_1, ..., x_n) = (a_1 x_1 + ... + a_n x_n + b) mod p, with p a prime stated in
the prompt and hidden coefficients a_i, b in 0..p-1. The model may evaluate f only at the query
points listed in the prompt ("ask ..." reveals f there), then states the coefficients with one
final "answer a_1 ... a_n b": right solves the episode (reward 1), wrong ends it (reward 0).

Turn limit: n + 1 questions and the answer, n + 2 turns. n + 1 values are exactly what the
p^(n+1) possible functions need (n questions leave p functions that fit), and n + 1 of the listed
points in general position pin f down; the scripted policy asks the first points that are
affinely independent (the first n + 1 listed, by construction) and solves the linear system modulo p. The listed
points are random, so reading the coefficients off at 0 and the unit vectors is not possible:
the model must solve a small linear system modulo p (for n = 1: a = (f(x2) - f(x1)) / (x2 - x1)
mod p, with a modular inverse).

Difficulty schedule:

    d              0      1      2      3      5     10     20  ...  d
    n (variables)  1      1      1      1      2      3      6  ...  1 + d // 4
    p (at least)  40     60    120    220    540   2040   8040  ...  40 + 20 d^2
    points         3      3      3      3      4      5      8  ...  n + 2
    turns          3      3      3      3      4      5      8  ...  n + 2

p is drawn from [40 + 20 d^2, 2 (40 + 20 d^2)]; the number of variables, and with it the
system's size and the turn limit, grows every four levels, the modulus every level. A blind
answer is right with probability p^-(n+1) (under 1 in 1,600 at d = 0).
"""

from __future__ import annotations

from rlve_gym.answers import ParseError
from rlve_gym.interactive import InteractiveEnvironment, Outcome
from rlve_gym.kernels.number_theory import random_prime


def _reduced_rank(rows: list[list[int]], p: int) -> int:
    """Rank modulo the prime ``p`` of the given rows."""
    rows = [list(r) for r in rows]
    rank = 0
    width = len(rows[0]) if rows else 0
    for column in range(width):
        pivot = next((i for i in range(rank, len(rows)) if rows[i][column] % p), None)
        if pivot is None:
            continue
        rows[rank], rows[pivot] = rows[pivot], rows[rank]
        inverse = pow(rows[rank][column], -1, p)
        rows[rank] = [v * inverse % p for v in rows[rank]]
        for i in range(len(rows)):
            if i != rank and rows[i][column] % p:
                factor = rows[i][column]
                rows[i] = [(v - factor * w) % p for v, w in zip(rows[i], rows[rank], strict=True)]
        rank += 1
    return rank


def solve_mod(points: list[list[int]], values: list[int], p: int) -> list[int]:
    """The coefficients (a_1, ..., a_n, b) of the affine function with f(point) = value for each
    of n + 1 affinely independent points (Gauss-Jordan elimination modulo the prime p)."""
    size = len(points)
    rows = [[*pt, 1, value] for pt, value in zip(points, values, strict=True)]
    for column in range(size):
        pivot = next(i for i in range(column, size) if rows[i][column] % p)
        rows[column], rows[pivot] = rows[pivot], rows[column]
        inverse = pow(rows[column][column], -1, p)
        rows[column] = [v * inverse % p for v in rows[column]]
        for i in range(size):
            if i != column and rows[i][column]:
                factor = rows[i][column]
                rows[i] = [(v - factor * w) % p for v, w in zip(rows[i], rows[column], strict=True)]
    return [row[-1] for row in rows]


def evaluate(coefficients: list[int], point: list[int], p: int) -> int:
    *slopes, constant = coefficients
    return (sum(a * x for a, x in zip(slopes, point, strict=True)) + constant) % p


def _point_text(point: list[int]) -> str:
    return " ".join(map(str, point))


class HiddenAffineFunctionModP(InteractiveEnvironment):
    description = "Identify a hidden affine function modulo a prime from its values at allowed query points, with n + 1 questions and one answer"
    action_example = "ask 5"
    max_answer_chars = 100_000
    max_action_chars = 2_000

    def schedule(self, difficulty):
        variables = 1 + difficulty // 4
        return {
            "variables": variables,
            "modulus_floor": 40 + 20 * difficulty**2,
            "points": variables + 2,
        }

    def generate_instance(self, rng, sizes):
        n, low = sizes["variables"], sizes["modulus_floor"]
        p = random_prime(rng, low, 2 * low)
        points: list[list[int]] = []
        for _ in range(50):  # random points until the first n + 1 are affinely independent
            points = [[rng.randint(2, p - 1) for _ in range(n)] for _ in range(sizes["points"])]
            if _reduced_rank([[*pt, 1] for pt in points[: n + 1]], p) == n + 1:
                break
        else:  # (probability below 50^-50) a base point and its unit steps
            base = [rng.randint(2, p - 2) for _ in range(n)]
            steps = [[v + (i == j) for j, v in enumerate(base)] for i in range(n)]
            points = [base, *steps, *points[n + 1 :]]
        coefficients = [rng.randint(0, p - 1) for _ in range(n + 1)]
        return {
            "variables": n,
            "modulus": p,
            "points": points,
            "coefficients": coefficients,
            "turn_limit": n + 2,
        }

    def render(self, instance):
        n, p, limit = instance["variables"], instance["modulus"], instance["turn_limit"]
        points = instance["points"]
        if n == 1:
            shape = f"f(x) = (a*x + b) mod {p}"
            unknowns = "a and b are"
            listed = ", ".join(str(pt[0]) for pt in points)
            ask = f"ask x (for example: ask {points[0][0]})"
            answer = "answer a b"
        else:
            names = [f"x{i}" for i in range(1, n + 1)]
            slopes = [f"a{i}" for i in range(1, n + 1)]
            terms = " + ".join(f"{a}*{x}" for a, x in zip(slopes, names, strict=True))
            shape = f"f({', '.join(names)}) = ({terms} + b) mod {p}"
            unknowns = f"{', '.join(slopes)} and b are"
            listed = "; ".join(f"({', '.join(map(str, pt))})" for pt in points)
            ask = f"ask {' '.join(names)} (for example: ask {_point_text(points[0])})"
            answer = f"answer {' '.join(slopes)} b"
        return (
            f"A hidden function is {shape}, where {unknowns} whole numbers from 0 to {p - 1} "
            f"({p} is prime). Find them.\n"
            f"You may ask for f only at these points: {listed}.\n"
            f"Each turn, either ask for one value by writing: {ask}, and I reply with f there; "
            f"or give your final answer by writing: {answer}, each number from 0 to {p - 1}. "
            "The first answer ends the game: you win if it is right. You have at most "
            f"{limit} turns in all."
        )

    def parse_action(self, text, instance):
        words = text.split()
        n = instance["variables"]
        verb = words[0].lower() if words else ""
        if verb not in ("ask", "answer"):
            raise ParseError(f"write: ask followed by {n} number(s), or answer followed by {n + 1}")
        wanted = n if verb == "ask" else n + 1
        if len(words) != wanted + 1:
            raise ParseError(f"{verb} takes exactly {wanted} numbers, got {len(words) - 1}")
        for word in words[1:]:
            if not word.isdigit() or len(word) > 30:
                raise ParseError(f"{word[:20]!r} is not a whole number")
        return verb, [int(word) for word in words[1:]]

    def initial_state(self, instance):
        return {"asked": {}}  # point text -> value

    def apply(self, instance, state, action):
        verb, numbers = action
        p = instance["modulus"]
        if verb == "ask":
            if numbers not in instance["points"]:
                return Outcome(
                    f"({', '.join(map(str, numbers))}) is not one of the allowed points; "
                    "nothing is revealed."
                )
            value = evaluate(instance["coefficients"], numbers, p)
            state["asked"][_point_text(numbers)] = value
            where = (
                _point_text(numbers) if len(numbers) == 1 else f"({', '.join(map(str, numbers))})"
            )
            return Outcome(f"f({where}) = {value}.")
        if any(v >= p for v in numbers):
            return Outcome(f"each number of the answer must be from 0 to {p - 1}; not scored.")
        if numbers == instance["coefficients"]:
            return Outcome("Right: that is the function. Solved.", solved=True)
        return Outcome("Wrong: that is not the function. The game is over.", over=True)

    def policy(self, instance, state, actions):
        """Ask the first n + 1 listed points (affinely independent by construction), then solve."""
        n, p = instance["variables"], instance["modulus"]
        asked = state["asked"]
        basis = instance["points"][: n + 1]
        for point in basis:
            if _point_text(point) not in asked:
                return "ask " + _point_text(point)
        values = [asked[_point_text(point)] for point in basis]
        return "answer " + " ".join(map(str, solve_mod(basis, values, p)))

    def random_action(self, instance, state, rng):
        if rng.random() < 0.7:
            return "ask " + _point_text(rng.choice(instance["points"]))
        p = instance["modulus"]
        return "answer " + " ".join(
            str(rng.randint(0, p - 1)) for _ in range(instance["variables"] + 1)
        )
