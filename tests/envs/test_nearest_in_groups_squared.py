"""GroupNearestSquaredDistanceMinimum: the breakpoint sweep against every choice of members."""

from __future__ import annotations

import itertools
import random
from fractions import Fraction

import pytest

import rlve_gym
from rlve_gym.envs.geometry.nearest_in_groups_squared import best_scaled_cost, scaled_cost

ENV = rlve_gym.make("GroupNearestSquaredDistanceMinimum")


def f_exact(groups, x):
    return sum(min((x - p) ** 2 for p in g) for g in groups)


def minimum_by_all_choices(groups):
    """min over real X of F: F is the lower envelope of one quadratic per choice of members, and
    each quadratic is smallest at the mean of its members."""
    m = len(groups)
    return min(f_exact(groups, Fraction(sum(choice), m)) for choice in itertools.product(*groups))


def small_instance(seed, groups, group_size=3, coordinate=6):
    sizes = {"groups": groups, "group_size": group_size, "coordinate": coordinate}
    return ENV.generate_instance(random.Random(seed), sizes)


@pytest.mark.parametrize("groups", range(1, 6))
def test_optimum_matches_all_choices_and_exactly_the_optimal_t_are_accepted(groups):
    for seed in range(30):
        instance = small_instance(seed, groups)
        g, m = instance["groups"], len(instance["groups"])
        best = minimum_by_all_choices(g)
        assert Fraction(instance["best_scaled_cost"], m * m) == best
        assert f_exact(g, Fraction(ENV.solve(instance), m)) == best
        low, high = m * min(map(min, g)), m * max(map(max, g))
        accepted = [t for t in range(low - 3, high + 4) if ENV.check(instance, t, None).correct]
        assert accepted == [
            t for t in range(low - 3, high + 4) if f_exact(g, Fraction(t, m)) == best
        ]
        assert accepted


def test_ties_between_two_minima_are_both_accepted():
    groups = [[-5, 5], [-5, 5]]  # F is smallest at X = -5 and at X = 5
    best, t = best_scaled_cost(groups)
    instance = {"groups": groups, "best_scaled_cost": best}
    assert best == 0 and t in (-10, 10)
    assert ENV.check(instance, -10, None).correct and ENV.check(instance, 10, None).correct
    assert not ENV.check(instance, 0, None).correct


def test_prompt_example_and_single_point_groups():
    assert best_scaled_cost([[0, 10], [4]]) == (32, 4)  # X = 2, F = 8, scaled by 2^2
    assert best_scaled_cost([[3], [3], [3]]) == (0, 9)
    assert scaled_cost([[0, 10], [4]], 4) == 32


@pytest.mark.parametrize("difficulty", (0, 3, 8))
def test_generated_instances_match_all_choices(difficulty):
    for seed in range(6):
        problem = ENV.generate(difficulty, seed)
        g = problem.instance["groups"]
        if len(list(itertools.product(*g))) > 20000:
            continue
        m = len(g)
        assert f_exact(g, Fraction(int(problem.answer), m)) == minimum_by_all_choices(g)


def test_example_answer_is_never_optimal_even_when_forced():
    instance = {"groups": [[1000, 2000], [1000]], "best_scaled_cost": 0}
    assert ENV.check(instance, 2000, None).correct  # T = 2 * 1000
    for seed in range(100):
        problem = ENV.generate(0, seed)
        assert not ENV.verify(problem, "<answer>1000</answer>").correct


def test_malformed_answers():
    problem = ENV.generate(2, 5)
    for text in ("1/3", "x", "1 2", "", "9" * 20):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").format_ok
