"""SubsetWithExactSum: the DP against all subsets; every hitting set accepted, every other rejected."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.dp_optimization.subset_with_exact_sum import subset_with_sum

ENV = rlve_gym.make("SubsetWithExactSum")


def all_subsets(n):
    for size in range(n + 1):
        yield from itertools.combinations(range(1, n + 1), size)


def small_instance(seed, elements, max_value):
    return ENV.generate_instance(
        random.Random(seed), {"elements": elements, "max_value": max_value}
    )


def check(instance, text):
    return ENV.check(instance, ENV.parse(text, instance), None)


@pytest.mark.parametrize("elements,max_value", [(4, 5), (6, 8), (8, 30), (10, 50)])
def test_solver_finds_a_hitting_set_whenever_one_exists(elements, max_value):
    for seed in range(25):
        values = [random.Random(seed * 7 + k).randint(1, max_value) for k in range(elements)]
        for target in range(0, sum(values) + 2, max(1, sum(values) // 15)):
            exists = any(sum(values[i - 1] for i in s) == target for s in all_subsets(elements))
            found = subset_with_sum(values, target)
            assert (found is not None) == exists
            if found is not None:
                assert sum(values[i - 1] for i in found) == target
                assert len(set(found)) == len(found)


@pytest.mark.parametrize("seed", range(6))
def test_exactly_the_hitting_sets_are_accepted_in_any_order(seed):
    instance = small_instance(seed, 7, 6)
    hits = 0
    for subset in all_subsets(7):
        v = check(instance, " ".join(map(str, reversed(subset))))
        is_hit = sum(instance["values"][i - 1] for i in subset) == instance["target"]
        assert v.correct == is_hit, (subset, v)
        assert v.score in (0.0, 1.0)
        hits += is_hit
    assert hits >= 1


def test_generated_reference_hits_the_target_and_example_never_does():
    for d in (0, 1, 5, 20):
        for seed in range(40):
            problem = ENV.generate(d, seed)
            inst = problem.instance
            assert ENV.verify(problem, problem.reference_response()).correct
            assert sum(inst["values"][i - 1] for i in (1, 4, 5)) != inst["target"]
            assert inst["target"] < sum(inst["values"])


def test_fallback_target_is_above_the_example_sum():
    rng = random.Random(3)
    for _ in range(200):
        values = [rng.randint(1, 9) for _ in range(10)]
        assert sum(values) - min(values) > values[0] + values[3] + values[4]


def test_duplicates_out_of_range_and_malformed_answers():
    problem = ENV.generate(3, 2)
    n = len(problem.instance["values"])
    first = problem.answer.split()[0]
    verdict = lambda text: ENV.verify(problem, f"<answer>{text}</answer>")  # noqa: E731
    assert "more than once" in verdict(f"{problem.answer} {first}").reason
    assert "outside" in verdict(f"{problem.answer} {n + 1}").reason
    assert "outside" in verdict("0").reason
    assert not verdict("").correct
    for text in ("A[1]", "1.5", " ".join(["1"] * (n + 2))):
        v = verdict(text)
        assert not v.correct and not v.format_ok
