"""ThreeStringCommonSubsequenceCount: the earliest-match DP against listing every subsequence."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.string.three_string_common_subsequence_count import (
    common_subsequences,
    next_positions,
)

ENV = rlve_gym.make("ThreeStringCommonSubsequenceCount")
PRIME = 1_000_000_007


def subsequences(text):
    return {
        "".join(text[i] for i in chosen)
        for size in range(1, len(text) + 1)
        for chosen in itertools.combinations(range(len(text)), size)
    }


def count_by_brute_force(a, b, c):
    return len(subsequences(a) & subsequences(b) & subsequences(c))


def test_worked_example_of_the_prompt():
    assert (
        common_subsequences("ab", "ba", "aab", PRIME)
        == 2
        == count_by_brute_force("ab", "ba", "aab")
    )


def test_next_positions_table():
    table = next_positions("abba")
    assert table.tolist() == [[0, 1], [3, 1], [3, 2], [3, 4], [4, 4]]


@pytest.mark.parametrize("seed", range(60))
def test_random_triples_match_brute_force(seed):
    rng = random.Random(seed)
    a, b, c = ("".join(rng.choice("ab") for _ in range(rng.randint(1, 9))) for _ in range(3))
    assert common_subsequences(a, b, c, PRIME) == count_by_brute_force(a, b, c)


def test_generated_instances_and_checker_match_brute_force():
    for seed in range(20):
        instance = ENV.generate_instance(random.Random(seed), {"min_length": 4, "max_length": 9})
        expected = count_by_brute_force(*instance["strings"])
        assert expected >= 2
        assert ENV.solve(instance) == expected
        assert ENV.check(instance, ENV.parse(str(expected), instance), expected).correct
        assert not ENV.check(instance, ENV.parse(str(expected + 1), instance), expected).correct


def test_edge_cases_and_the_modulus():
    assert common_subsequences("aaa", "aa", "aaaa", PRIME) == 2  # a, aa
    assert common_subsequences("aaa", "bbb", "ab", PRIME) == 0
    same = "abbab"
    assert common_subsequences(same, same, same, PRIME) == len(subsequences(same))
    big = common_subsequences("ab" * 20, "ba" * 20, "abba" * 10, 10**18)
    assert big > 1_000_003
    assert common_subsequences("ab" * 20, "ba" * 20, "abba" * 10, 1_000_003) == big % 1_000_003


def test_malformed_and_unreduced_answers():
    problem = ENV.generate(12, 1)
    modulus = problem.instance["modulus"]
    assert not ENV.verify(problem, f"<answer>{int(problem.answer) + modulus}</answer>").correct
    for text in ("", "1 2", "x"):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
