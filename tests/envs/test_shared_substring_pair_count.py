"""SharedSubstringPairCount: the LCP sum against counting every substring occurrence directly."""

from __future__ import annotations

import itertools
import random
from collections import Counter

import pytest

import rlve_gym
from rlve_gym.envs.string.shared_substring_pair_count import shared_substring_pairs

ENV = rlve_gym.make("SharedSubstringPairCount")


def occurrences(text):
    return Counter(text[i:j] for i in range(len(text)) for j in range(i + 1, len(text) + 1))


def pairs_by_brute_force(s, t):
    in_s, in_t = occurrences(s), occurrences(t)
    return sum(count * in_t[word] for word, count in in_s.items())


def test_worked_example_of_the_prompt():
    assert shared_substring_pairs("aa", "a") == 2 == pairs_by_brute_force("aa", "a")


@pytest.mark.parametrize("len_s,len_t", [(1, 1), (2, 3), (3, 3), (4, 2)])
def test_every_short_pair_of_strings(len_s, len_t):
    for s_chars in itertools.product("ab", repeat=len_s):
        for t_chars in itertools.product("ab", repeat=len_t):
            s, t = "".join(s_chars), "".join(t_chars)
            assert shared_substring_pairs(s, t) == pairs_by_brute_force(s, t)


def test_generated_instances_and_checker_match_brute_force():
    for seed in range(60):
        sizes = {"len_s": random.Random(seed).randint(2, 9), "len_t": 7}
        instance = ENV.generate_instance(random.Random(seed), sizes)
        expected = pairs_by_brute_force(instance["s"], instance["t"])
        assert ENV.solve(instance) == expected
        assert ENV.check(instance, ENV.parse(str(expected), instance), expected).correct
        assert not ENV.check(instance, ENV.parse(str(expected + 1), instance), expected).correct


def test_all_equal_letters_give_a_cubic_count():
    # every L from 1 to 3 matches (4 - L + 1) * (3 - L + 1) position pairs
    assert shared_substring_pairs("aaaa", "aaa") == 4 * 3 + 3 * 2 + 2 * 1


def test_both_letters_occur_so_the_example_is_never_the_answer():
    for d in (0, 1, 3):
        for seed in range(100):
            problem = ENV.generate(d, seed)
            assert set(problem.instance["s"]) == set(problem.instance["t"]) == {"a", "b"}
            assert int(problem.answer) > 7


def test_malformed_answers_are_format_errors():
    problem = ENV.generate(2, 3)
    for text in ("", "12 13", "ten", "1" * 20):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
