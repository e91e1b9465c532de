"""SetFromPairwiseSums: every set with the given sums found by search; each one accepted."""

from __future__ import annotations

import itertools
import random
from collections import defaultdict

import pytest

import rlve_gym
from rlve_gym.envs.arithmetic.set_from_pairwise_sums import recover_set

ENV = rlve_gym.make("SetFromPairwiseSums")


def sums_of(values):
    return tuple(sorted(a + b for a, b in itertools.combinations(values, 2)))


def all_sets_by_sums(count, top):
    table = defaultdict(list)
    for subset in itertools.combinations(range(1, top + 1), count):
        table[sums_of(subset)].append(subset)
    return table


def verdict(instance, values):
    return ENV.check(instance, ENV.parse(" ".join(map(str, values)), instance), None)


TOP_4 = 30
TABLE_4 = all_sets_by_sums(4, TOP_4)
#: sum multisets whose every solution lies in 1..TOP_4 (a member is below the largest sum)
COMPLETE_4 = [key for key in TABLE_4 if key[-1] <= TOP_4 + 1]


def test_ambiguous_sums_accept_every_set():
    instance = {"count": 4, "sums": [5, 6, 7, 9, 10, 11]}
    solutions = TABLE_4[tuple(instance["sums"])]
    assert sorted(solutions) == [(1, 4, 5, 6), (2, 3, 4, 7)]
    for solution in solutions:
        for order in itertools.permutations(solution):
            assert verdict(instance, order).correct
    assert tuple(sorted(ENV.solve(instance))) in solutions


def test_solver_and_checker_against_all_four_element_sets():
    rng = random.Random(5)
    keys = COMPLETE_4
    ambiguous = [k for k in keys if len(TABLE_4[k]) > 1]
    assert ambiguous, "expected some ambiguous sum multisets"
    for key in rng.sample(keys, 200) + ambiguous[:50]:
        instance = {"count": 4, "sums": list(key)}
        assert tuple(sorted(ENV.solve(instance))) in TABLE_4[key]
        for solution in TABLE_4[key]:
            assert verdict(instance, solution).correct
        for _ in range(5):
            other = rng.choice(keys)
            if other != key:
                assert not verdict(instance, TABLE_4[other][0]).correct


@pytest.mark.parametrize("count", (5, 6))
def test_generated_small_instances_against_exhaustive_search(count):
    table = all_sets_by_sums(count, 19)  # complete: every sum is at most 10 + 9 = 19
    for seed in range(30):
        instance = ENV.generate_instance(random.Random(seed), {"count": count, "max_value": 10})
        solutions = table[tuple(instance["sums"])]
        assert solutions
        assert tuple(sorted(ENV.solve(instance))) in solutions
        for solution in solutions:
            assert verdict(instance, reversed(solution)).correct


def test_generated_levels_verify():
    for d in (0, 3, 10, 25):
        for seed in range(10):
            problem = ENV.generate(d, seed)
            assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct
            for miss in ENV.near_misses(problem):
                assert not ENV.verify(problem, f"<answer>{miss}</answer>").correct


def test_sums_without_any_set_are_reported():
    assert recover_set([3, 4, 6], 3) is None  # 2 * a_1 = 3 + 4 - 6 is odd
    assert recover_set([1, 2, 3], 3) is None  # would need a zero


def test_invalid_answers_get_reasons():
    instance = {"count": 4, "sums": [5, 6, 7, 9, 10, 11]}
    assert "positive" in verdict(instance, [0, 5, 6, 7]).reason
    assert "distinct" in verdict(instance, [1, 4, 4, 6]).reason
    assert "not pairwise sums" in verdict(instance, [1, 4, 5, 7]).reason
    problem = ENV.generate(1, 1)
    for text in ("1 2 3", "1 2 3 4 5 6", "a b c d e", "1.5 2 3 4 5"):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
