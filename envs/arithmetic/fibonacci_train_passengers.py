"""FibonacciTrainPassengers: passengers aboard after station K of a train with Fibonacci boardings.

A train runs through stations 1..N. At station 1, A passengers board. At station 2, an unknown
number X board and X get off. At every station i from 3 to N - 1, the number boarding is the sum
of the numbers that boarded at the two previous stations, and the number getting off equals the
number that boarded at station i - 1. At station N all M remaining passengers get off. Given
A, N, M and K, the solver reports how many passengers are aboard when the train leaves station K.

With u_i boarding at station i (u_1 = A, u_2 = X, u_i = u_(i-1) + u_(i-2)), the load after
station i >= 2 telescopes to A + u_i - X = (1 + F(i-2)) A + (F(i-1) - 1) X with Fibonacci F
(F(0) = 0, F(1) = 1). M fixes X uniquely because its coefficient F(N-2) - 1 is positive for
N >= 5; the generator draws A and X and derives M, so X is a positive integer. K is drawn from
4 .. N - 2: at K = 3 the load is 2A without X, and at K = N - 1 it is M itself.

Difficulty schedule (N drawn from [max(6, max_n / 2), max_n], A and X from [1, max_ax]):

    d         0   1   2   3  ...  10  ...  20  ...  d
    max_n     8   9  10  11  ...  18  ...  28  ...  8 + d
    max_ax   30  33  36  39  ...  60  ...  90  ...  30 + 3d

More stations mean larger Fibonacci coefficients (the numbers grow about 1.6 times per station)
and a longer recurrence to set up; larger A and X make the arithmetic longer. Level 0 already
needs X (K >= 4) and ranges A, X over 1..30 so that no load value dominates.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import parse_int


def fibonacci(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def load_after(station: int, first: int, second: int) -> int:
    """Passengers aboard after ``station`` >= 2, with ``first`` boarding at 1 and ``second`` at 2."""
    return (1 + fibonacci(station - 2)) * first + (fibonacci(station - 1) - 1) * second


def solve_unknown(stations: int, first: int, final: int) -> int:
    """The X that makes the load after station N - 1 equal ``final``."""
    slope = fibonacci(stations - 2) - 1
    return (final - (1 + fibonacci(stations - 3)) * first) // slope


class FibonacciTrainPassengers(Environment):
    description = (
        "Passengers aboard after station K of a train whose boardings follow a Fibonacci rule"
    )
    answer_kind = "single_int"
    answer_example = "-6"
    catalog_name = "Fibtrain"

    def schedule(self, difficulty):
        return {"max_n": 8 + difficulty, "max_ax": 30 + 3 * difficulty}

    def generate_instance(self, rng, sizes):
        n = rng.randint(max(6, sizes["max_n"] // 2), sizes["max_n"])
        first = rng.randint(1, sizes["max_ax"])
        second = rng.randint(1, sizes["max_ax"])
        return {
            "a": first,
            "n": n,
            "m": load_after(n - 1, first, second),
            "k": rng.randint(4, n - 2),
        }

    def solve(self, instance):
        first, n = instance["a"], instance["n"]
        second = solve_unknown(n, first, instance["m"])
        return load_after(instance["k"], first, second)

    def render(self, instance):
        a, n, m, k = instance["a"], instance["n"], instance["m"], instance["k"]
        return (
            f"A train runs through stations 1, 2, ..., {n} in this order, starting empty.\n"
            f"- At station 1, {a} passengers get on.\n"
            "- At station 2, some unknown number X of passengers get on and the same number X "
            "get off.\n"
            f"- At every station i from 3 to {n - 1}, the number of passengers getting on equals "
            "the sum of the numbers who got on at stations i-1 and i-2, and the number getting "
            "off equals the number who got on at station i-1.\n"
            f"- At the last station {n}, all {m} passengers still aboard get off.\n"
            f"How many passengers are aboard when the train leaves station {k}?\n"
            "Answer with that integer only."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=len(str(instance["m"])) + 2)
