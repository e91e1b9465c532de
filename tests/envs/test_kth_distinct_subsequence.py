"""KthDistinctSubsequence: counting walk against sorting every subsequence, and the checker."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.string.kth_distinct_subsequence import (
    kth_distinct_subsequence,
    suffix_subsequence_counts,
)

ENV = rlve_gym.make("KthDistinctSubsequence")


def sorted_subsequences(text):
    found = {
        "".join(text[i] for i in chosen)
        for size in range(1, len(text) + 1)
        for chosen in itertools.combinations(range(len(text)), size)
    }
    return sorted(found)  # Python's string order is dictionary order with prefixes first


def verdict(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


@pytest.mark.parametrize("length", range(1, 7))
def test_every_rank_of_every_short_string_matches_sorting(length):
    for letters in itertools.product("abc", repeat=length):
        text = "".join(letters)
        ordered = sorted_subsequences(text)
        assert suffix_subsequence_counts(text)[0][0] == len(ordered)
        for k in range(1, len(ordered) + 1, max(1, len(ordered) // 7)):
            assert kth_distinct_subsequence(text, k) == ordered[k - 1]


def test_generated_instances_match_sorting():
    for seed in range(40):
        instance = ENV.generate_instance(random.Random(seed), {"length": 10})
        ordered = sorted_subsequences(instance["text"])
        assert instance["total"] == len(ordered)
        assert ENV.solve(instance) == ordered[instance["k"] - 1]
    problem = ENV.generate(2, 3)
    assert (
        problem.answer == sorted_subsequences(problem.instance["text"])[problem.instance["k"] - 1]
    )


def test_first_and_last_ranks_and_repeated_letters():
    assert kth_distinct_subsequence("aaaa", 1) == "a"
    assert kth_distinct_subsequence("aaaa", 4) == "aaaa"
    assert kth_distinct_subsequence("cab", 1) == "a"
    assert kth_distinct_subsequence("cab", suffix_subsequence_counts("cab")[0][0]) == "cb"
    with pytest.raises(ValueError):
        kth_distinct_subsequence("ab", 4)


def test_checker_reasons_and_malformed_answers():
    problem = ENV.generate(3, 7)
    instance = problem.instance
    assert verdict(problem, problem.answer).correct
    neighbour = kth_distinct_subsequence(instance["text"], instance["k"] % instance["total"] + 1)
    v = verdict(problem, neighbour)
    assert not v.correct and "not number" in v.reason
    v = verdict(problem, "c" * (len(instance["text"]) + 1))
    assert not v.correct and "not a subsequence" in v.reason
    for bad in ("", "abd", "a b", "1"):
        v = verdict(problem, bad)
        assert not v.correct and not v.format_ok
