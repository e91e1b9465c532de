"""LinearProbingSeatingProbability: the DP against simulating every pick sequence; the closed form."""

from __future__ import annotations

import itertools
import random
from fractions import Fraction

import pytest

import rlve_gym
from rlve_gym.envs.probability.linear_probing_seating_probability import seating_probability

ENV = rlve_gym.make("LinearProbingSeatingProbability")


def simulated_probability(seats, taken, people):
    """Play out all seats**people pick sequences, person by person."""
    good = 0
    for picks in itertools.product(range(1, seats + 1), repeat=people):
        occupied = set(taken)
        for pick in picks:
            seat = next((s for s in range(pick, seats + 1) if s not in occupied), None)
            if seat is None:
                break
            occupied.add(seat)
        else:
            good += 1
    return Fraction(good, seats**people)


@pytest.mark.parametrize("seats", [4, 5, 6, 7])
def test_dp_matches_simulating_every_pick_sequence(seats):
    for seed in range(25):
        inst = ENV.generate_instance(random.Random(seed), {"min_seats": seats, "max_seats": seats})
        if inst["people"] > 5:
            inst["people"] = 5
        expected = simulated_probability(inst["seats"], inst["taken"], inst["people"])
        assert ENV.solve(inst) == expected


def test_no_taken_seat_gives_the_parking_function_formula():
    for k in range(1, 9):
        for n in range(1, k + 1):
            assert seating_probability(k, [], n) == Fraction((k + 1) ** (n - 1) * (k - n + 1), k**n)
    assert seating_probability(2, [], 2) == Fraction(3, 4)  # the prompt's example


def test_edge_cases():
    assert seating_probability(3, [3], 1) == Fraction(2, 3)  # picking seat 3 means standing
    assert seating_probability(3, [1, 2], 1) == 1
    assert seating_probability(4, [4], 3) == simulated_probability(4, [4], 3)


def test_generated_answers_are_strictly_between_zero_and_one():
    for d in (0, 3, 12):
        for seed in range(30):
            problem = ENV.generate(d, seed)
            value = ENV.solve(problem.instance)
            assert 0 < value < 1
            assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct


def test_unreduced_wrong_and_malformed_answers():
    problem = ENV.generate(2, 5)
    value = ENV.solve(problem.instance)
    unreduced = f"{2 * value.numerator}/{2 * value.denominator}"
    v = ENV.verify(problem, f"<answer>{unreduced}</answer>")
    assert not v.correct and not v.format_ok and "lowest terms" in v.reason
    for text in ("0.5", "1/0", "1 2/3", "", "1/2/3", "9" * 200):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
    for text in ENV.near_misses(problem):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").correct
