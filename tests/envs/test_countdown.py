"""CountdownExactTarget and CountdownClosestValue: the subset search against an enumeration of
every expression (negative intermediates included), and the rules the answer reader enforces."""

from __future__ import annotations

import itertools
import random
import time

import pytest

import rlve_gym
from rlve_gym.answers import ParseError
from rlve_gym.kernels.countdown import closest_reachable, random_expression, read_value

EXACT = rlve_gym.make("CountdownExactTarget")
CLOSEST = rlve_gym.make("CountdownClosestValue")


def every_expression(numbers):
    """(value, text) of every rule-abiding expression over all ``numbers``: any two partial
    results combined in either order by any operator, divisions only when whole."""
    if len(numbers) == 1:
        yield numbers[0][0], numbers[0][1]
        return
    for i, j in itertools.permutations(range(len(numbers)), 2):
        (a, ta), (b, tb) = numbers[i], numbers[j]
        rest = [numbers[k] for k in range(len(numbers)) if k not in (i, j)]
        combined = [(a + b, f"({ta} + {tb})"), (a - b, f"({ta} - {tb})"), (a * b, f"({ta} * {tb})")]
        if b != 0 and a % b == 0:
            combined.append((a // b, f"({ta} / {tb})"))
        for item in combined:
            yield from every_expression(rest + [item])


def all_values(numbers):
    return {value for value, _ in every_expression([(v, str(v)) for v in numbers])}


@pytest.mark.parametrize("seed", range(40))
def test_closest_distance_matches_enumerating_every_expression(seed):
    rng = random.Random(seed)
    numbers = [rng.randint(1, 12) for _ in range(rng.randint(1, 4))]
    target = rng.randint(1, 300)
    distance, text = closest_reachable(numbers, target)
    assert distance == min(abs(v - target) for v in all_values(numbers))
    assert abs(read_value(text, numbers) - target) == distance


def test_negative_intermediates_never_get_closer_than_the_search_allows():
    # 2, 3, 7 reach 1 only through negative or whole-division steps; the search must know it
    numbers = [2, 3, 7]
    for target in range(1, 60):
        distance, _ = closest_reachable(numbers, target)
        assert distance == min(abs(v - target) for v in all_values(numbers))


def test_reader_enforces_each_rule_with_a_reason():
    numbers = [2, 5, 5, 9]
    assert read_value("(2 - 9) * (5 - 5)", numbers) == 0
    assert read_value("(2 - 9) * 5 + 5", numbers) == -30
    assert read_value("9 / (5 - 2) * 5", [2, 5, 9, 5]) == 15
    bad = {
        "2 + 5 + 9": "left over",
        "2 + 5 + 5 + 9 + 9": "used 2 times",
        "2 + 5 + 5 + 8": "not one of the given",
        "9 / 2 * 5 * 5": "whole number",
        "-2 + 5 + 5 + 9": "minus",
        "2 ^ 5 + 5 + 9": "not allowed",
        "2 + 5 + 5 + 9)": "unexpected",
        "": "empty",
        "two plus five": "unknown name",
    }
    for text, reason in bad.items():
        with pytest.raises(ParseError, match=reason):
            read_value(text, numbers)


def test_hostile_expressions_are_refused_quickly():
    problem = EXACT.generate(3, 0)
    for text in ("9^9^9^9", "(" * 10_000 + "1" + ")" * 10_000, "1" * 100_000, "12**9**9"):
        start = time.perf_counter()
        verdict = EXACT.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
        assert time.perf_counter() - start < 0.1


@pytest.mark.parametrize("seed", range(6))
def test_exact_target_accepts_every_expression_that_reaches_it(seed):
    sizes = {"numbers": 3, "largest": 9, "bound": 200}
    instance = EXACT.generate_instance(random.Random(seed), sizes)
    numbers, target = instance["numbers"], instance["target"]
    assert read_value(instance["planted"], numbers) == target
    assert target > 0 and target != sum(numbers)
    for value, text in every_expression([(v, str(v)) for v in numbers]):
        verdict = EXACT.check(instance, EXACT.parse(text, instance), None)
        assert verdict.correct == (value == target), (text, value, target)


@pytest.mark.parametrize("seed", range(6))
def test_closest_value_accepts_every_expression_at_the_best_distance(seed):
    sizes = {"numbers": 3, "largest": 12}
    instance = CLOSEST.generate_instance(random.Random(seed), sizes)
    best = instance["best_distance"]
    for value, text in every_expression([(v, str(v)) for v in instance["numbers"]]):
        verdict = CLOSEST.check(instance, CLOSEST.parse(text, instance), None)
        distance = abs(value - instance["target"])
        assert verdict.correct == (distance == best)
        assert distance >= best
        if not verdict.correct and distance >= instance["blind_distance"]:
            assert verdict.score == 0.0


def test_random_expressions_follow_the_rules_and_stay_bounded():
    rng = random.Random(5)
    for _ in range(300):
        numbers = [rng.randint(1, 30) for _ in range(rng.randint(1, 7))]
        text, value = random_expression(rng, numbers, 500)
        assert read_value(text, numbers) == value
        assert 0 <= value <= 500 or len(numbers) == 1


@pytest.mark.parametrize("env", (EXACT, CLOSEST), ids=lambda e: e.name)
def test_near_misses_and_repeated_numbers_are_wrong(env):
    for seed in range(5):
        problem = env.generate(2, seed)
        assert env.verify(problem, f"<answer>{problem.answer}</answer>").correct
        for miss in env.near_misses(problem):
            assert not env.verify(problem, f"<answer>{miss}</answer>").correct
