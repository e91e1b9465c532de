"""TwoMachineFlowShop: Johnson's rule against all permutations; every optimal order accepted."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym

ENV = rlve_gym.make("TwoMachineFlowShop")


def makespan_by_event_simulation(first, second, order):
    """Independent timing: start times from the two precedence constraints, written out."""
    end_first, end_second = [], []
    for k, job in enumerate(order):
        start_first = end_first[-1] if k else 0
        end_first.append(start_first + first[job - 1])
        start_second = max(end_first[-1], end_second[-1] if k else 0)
        end_second.append(start_second + second[job - 1])
    return end_second[-1]


def verdict(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


def small_instance(seed, jobs):
    """A generated instance with few jobs (below level 0), small enough to try every order."""
    return ENV.generate_instance(random.Random(seed), {"jobs": jobs, "max_time": 20})


@pytest.mark.parametrize("jobs", range(3, 8))
def test_optimum_matches_all_permutations(jobs):
    for seed in range(25 if jobs < 7 else 4):
        instance = small_instance(seed, jobs)
        first, second = instance["first"], instance["second"]
        best = min(
            makespan_by_event_simulation(first, second, p)
            for p in itertools.permutations(range(1, jobs + 1))
        )
        assert instance["best_makespan"] == best
        assert makespan_by_event_simulation(first, second, ENV.solve(instance)) == best


@pytest.mark.parametrize("difficulty", range(0, 21, 5))
def test_the_reference_reaches_the_stored_optimum(difficulty):
    for seed in range(10):
        problem = ENV.generate(difficulty, seed)
        first, second = problem.instance["first"], problem.instance["second"]
        reference = [int(t) for t in problem.answer.split()]
        best = problem.instance["best_makespan"]
        assert makespan_by_event_simulation(first, second, reference) == best


@pytest.mark.parametrize("seed", range(6))
def test_exactly_the_optimal_orders_are_accepted(seed):
    instance = small_instance(seed, 5)
    first, second = instance["first"], instance["second"]
    best = instance["best_makespan"]
    optimal = 0
    for order in itertools.permutations(range(1, len(first) + 1)):
        span = makespan_by_event_simulation(first, second, order)
        v = ENV.check(instance, list(order), None)
        assert v.correct == (span == best)
        if span != best:
            blind = instance["blind_makespan"]
            closed = 0.0 if blind == best else min(max((blind - span) / (blind - best), 0), 1)
            assert v.score == pytest.approx(closed**2) and "makespan" in v.reason
        optimal += v.correct
    assert optimal >= 1


def test_several_optimal_orders_exist_and_are_all_accepted():
    instance = {"first": [1, 1, 5], "second": [5, 5, 1], "best_makespan": 12, "blind_makespan": 16}
    assert ENV.solve(instance) == [1, 2, 3]
    for order in ([1, 2, 3], [2, 1, 3]):
        assert ENV.check(instance, order, None).correct
    assert not ENV.check(instance, [3, 1, 2], None).correct


def test_the_prompt_example_timings():
    assert makespan_by_event_simulation([2, 4], [3, 1], [1, 2]) == 7
    assert makespan_by_event_simulation([2, 4], [3, 1], [2, 1]) == 9


def test_the_plain_order_is_rarely_optimal():
    lazy_right = 0
    for seed in range(100):
        problem = ENV.generate(0, seed)
        n = len(problem.instance["first"])
        lazy_right += verdict(problem, " ".join(map(str, range(1, n + 1)))).correct
    assert lazy_right <= 2


def test_not_a_permutation_and_malformed_answers():
    problem = ENV.generate(3, 1)
    n = len(problem.instance["first"])
    assert "exactly once" in verdict(problem, " ".join(["1"] * n)).reason
    assert "exactly once" in verdict(problem, " ".join(map(str, range(0, n)))).reason
    for text in (" ".join(map(str, range(1, n))), "first job", ""):
        v = verdict(problem, text)
        assert not v.correct and not v.format_ok


def test_random_orders_earn_little_partial_credit():
    """Regression: best / makespan paid ~0.9 for any random order."""
    scores = []
    for seed in range(100):
        problem = ENV.generate(10, seed)
        n = len(problem.instance["first"])
        assert problem.instance["best_makespan"] <= problem.instance["blind_makespan"]
        order = random.Random(seed).sample(range(1, n + 1), n)
        scores.append(verdict(problem, " ".join(map(str, order))).score)
    assert sum(scores) / len(scores) < 0.05
