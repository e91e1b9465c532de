"""DigitSumIntervalDivisible: the checker against summing digit sums, on every interval."""

from __future__ import annotations

import pytest

import rlve_gym
from rlve_gym.envs.number_theory.digit_sum_interval_divisible import divisible_digit_sum_interval

ENV = rlve_gym.make("DigitSumIntervalDivisible")


def digit_sum(x):
    return sum(int(c) for c in str(x))


@pytest.mark.parametrize("mod", [2, 3, 7, 9, 10, 11, 12])
def test_checker_accepts_exactly_the_divisible_intervals(mod):
    top = 10 * mod
    prefix = [0]
    for x in range(1, top + 2):
        prefix.append(prefix[-1] + digit_sum(x))
    instance = {"mod": mod}
    for low in range(0, top + 2):
        for high in range(low, top + 2):
            valid = (
                1 <= low
                and high <= top
                and (prefix[high] - prefix[low - 1 if low else 0]) % mod == 0
            )
            assert ENV.check(instance, [low, high], None).correct == valid


def test_reference_interval_is_valid_and_within_mod_for_many_moduli():
    for mod in list(range(2, 600)) + [10**4, 99991, 65536]:
        low, high = divisible_digit_sum_interval(mod)
        assert 1 <= low <= high <= mod
        assert sum(digit_sum(x) for x in range(low, high + 1)) % mod == 0


@pytest.mark.parametrize("difficulty", [0, 3, 10, 30])
def test_generated_references_verify(difficulty):
    for seed in range(10):
        problem = ENV.generate(difficulty, seed)
        assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct


def test_malformed_and_out_of_bound_answers():
    problem = ENV.generate(1, 0)
    mod = problem.instance["mod"]
    assert not ENV.verify(problem, "<answer>5</answer>").format_ok
    assert not ENV.verify(problem, "<answer>a b</answer>").format_ok
    assert not ENV.verify(problem, f"<answer>1 {10 * mod + 1}</answer>").correct
    assert not ENV.verify(problem, "<answer>3 2</answer>").correct


def test_numpy_search_matches_a_plain_walk_over_prefix_totals():
    def walk(mod):
        first_seen, total = {0: 0}, 0
        for x in range(1, mod + 1):
            total = (total + digit_sum(x)) % mod
            if total in first_seen:
                return first_seen[total] + 1, x
            first_seen[total] = x

    for mod in list(range(1, 1500)) + [4099, 5000, 77777, 106480]:
        assert divisible_digit_sum_interval(mod) == walk(mod)


def test_intervals_guessable_from_mod_alone_rarely_pass():
    # regression: with MOD <= 10 at level 0, [1, 10 MOD - 1] was valid on every seed and
    # [MOD, MOD] on most
    for difficulty in (0, 1, 3):
        hits = 0
        for seed in range(100):
            problem = ENV.generate(difficulty, seed)
            mod = problem.instance["mod"]
            assert mod >= 20
            for low, high in ((1, 10 * mod - 1), (1, mod), (mod, mod), (1, 9), (1, 10 * mod)):
                hits += ENV.verify(problem, f"<answer>{low} {high}</answer>").correct
        assert hits <= 25
