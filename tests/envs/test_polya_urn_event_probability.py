"""PolyaUrnEventProbability: the exchangeability product against summing over all draw sequences."""

from __future__ import annotations

import itertools
import random
from fractions import Fraction

import pytest

import rlve_gym
from rlve_gym.envs.probability.polya_urn_event_probability import event_probability

ENV = rlve_gym.make("PolyaUrnEventProbability")


def probability_by_all_sequences(counts, added, events):
    """Sum the probability of every colour sequence up to the last event step that meets all events."""
    last = max(step for step, _ in events)
    wanted = dict(events)
    total = Fraction(0)
    for sequence in itertools.product(range(len(counts)), repeat=last):
        if any(sequence[step - 1] != colour - 1 for step, colour in wanted.items()):
            continue
        balls, probability = list(counts), Fraction(1)
        for colour in sequence:
            probability *= Fraction(balls[colour], sum(balls))
            balls[colour] += added
        total += probability
    return total


@pytest.mark.parametrize("colours,horizon", [(2, 6), (3, 5), (2, 8), (4, 4)])
def test_product_matches_summing_every_sequence(colours, horizon):
    sizes = {
        "colours": colours,
        "max_count": 5,
        "max_added": 3,
        "max_events": 4,
        "horizon": horizon,
    }
    for seed in range(25):
        inst = ENV.generate_instance(random.Random(seed), sizes)
        expected = probability_by_all_sequences(inst["counts"], inst["added"], inst["events"])
        assert ENV.solve(inst) == expected


def test_prompt_example_and_a_gap_step():
    assert event_probability([1, 1], 1, [[1, 1], [2, 1]]) == Fraction(1, 3)
    # colour 2 at step 3 alone: exchangeable, so the same as at step 1
    assert probability_by_all_sequences([2, 3], 2, [[3, 2]]) == Fraction(3, 5)
    assert event_probability([2, 3], 2, [[3, 2]]) == Fraction(3, 5)


def test_generated_events_are_sorted_distinct_and_verify():
    for d in (0, 4, 15):
        for seed in range(30):
            problem = ENV.generate(d, seed)
            steps = [step for step, _ in problem.instance["events"]]
            assert steps == sorted(set(steps)) and len(steps) >= 2
            assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct


def test_unreduced_wrong_and_malformed_answers():
    problem = ENV.generate(3, 7)
    value = ENV.solve(problem.instance)
    v = ENV.verify(problem, f"<answer>{3 * value.numerator}/{3 * value.denominator}</answer>")
    assert not v.correct and not v.format_ok
    for text in ENV.near_misses(problem):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and v.format_ok
    for text in ("", "1/", "0.25", "1/2 1/3", "7" * 500):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").format_ok
