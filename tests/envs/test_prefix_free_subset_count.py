"""PrefixFreeSubsetCount: the trie product against checking every subset of the words."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.string.prefix_free_subset_count import prefix_free_subsets

ENV = rlve_gym.make("PrefixFreeSubsetCount")


def subsets_by_brute_force(words):
    count = 0
    for size in range(1, len(words) + 1):
        for chosen in itertools.combinations(words, size):
            count += not any(
                u != v and v.startswith(u) for u, v in itertools.permutations(chosen, 2)
            )
    return count


def test_worked_example_of_the_prompt():
    assert prefix_free_subsets(["a", "ab", "b"]) == 5 == subsets_by_brute_force(["a", "ab", "b"])


@pytest.mark.parametrize("seed", range(40))
def test_generated_instances_and_checker_match_brute_force(seed):
    sizes = {"words": 6 + seed % 5, "max_length": 3 + seed % 3}
    instance = ENV.generate_instance(random.Random(seed), sizes)
    words = instance["words"]
    assert len(set(words)) == len(words) == sizes["words"]
    expected = subsets_by_brute_force(words)
    assert ENV.solve(instance) == expected
    assert ENV.check(instance, ENV.parse(str(expected), instance), expected).correct
    assert not ENV.check(instance, ENV.parse(str(expected + 1), instance), expected).correct


def test_edge_cases():
    assert prefix_free_subsets(["ab"]) == 1
    assert prefix_free_subsets(["a", "aa", "aaa", "aaaa"]) == 4  # a chain: single words only
    assert prefix_free_subsets(["aa", "ab", "ba", "bb"]) == 15  # no prefixes: every subset
    words = ["a", "b", "aa", "ab", "ba", "bb", "aab"]
    assert prefix_free_subsets(words) == subsets_by_brute_force(words)


def test_small_sizes_fall_back_to_distinct_words():
    for seed in range(20):  # more words than short strings with length >= 2 exist
        words = ENV.generate_instance(random.Random(seed), {"words": 9, "max_length": 2})["words"]
        assert len(set(words)) == 9


def test_answers_lie_between_the_word_count_and_all_subsets():
    for seed in range(50):
        problem = ENV.generate(0, seed)
        n = len(problem.instance["words"])
        assert n <= int(problem.answer) < 2**n and problem.answer != ENV.answer_example


def test_malformed_answers_are_format_errors():
    problem = ENV.generate(1, 3)
    for text in ("", "2 3", "two", "9" * 40):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
