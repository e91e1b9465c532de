"""PatternAvoidingBinaryStrings: the automaton DP against listing every binary string."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.string.pattern_avoiding_binary_strings import (
    avoiding_strings,
    match_automaton,
)

ENV = rlve_gym.make("PatternAvoidingBinaryStrings")
PRIME = 1_000_000_007


def avoiding_by_brute_force(pattern, length):
    return sum(pattern not in "".join(chars) for chars in itertools.product("01", repeat=length))


def test_worked_example_of_the_prompt():
    assert avoiding_strings("11", 3, PRIME) == 5 == avoiding_by_brute_force("11", 3)


@pytest.mark.parametrize("m", range(1, 5))
def test_every_pattern_up_to_four_characters(m):
    for chars in itertools.product("01", repeat=m):
        pattern = "".join(chars)
        for length in range(0, 11):
            assert avoiding_strings(pattern, length, PRIME) == avoiding_by_brute_force(
                pattern, length
            )


def test_automaton_tracks_the_longest_matched_prefix():
    pattern = "01011"
    step = match_automaton(pattern)
    for matched in range(len(pattern)):
        for c, ch in enumerate("01"):
            text = pattern[:matched] + ch
            expected = max(k for k in range(len(pattern) + 1) if text.endswith(pattern[:k]))
            assert step[matched][c] == expected


def test_generated_instances_match_brute_force_and_reduce_modulo_the_prime():
    sizes = {"min_length": 6, "max_length": 14, "min_pattern": 2, "max_pattern": 5}
    for seed in range(30):
        instance = ENV.generate_instance(random.Random(seed), sizes)
        expected = avoiding_by_brute_force(instance["pattern"], instance["length"])
        assert ENV.solve(instance) == expected % instance["modulus"]
        assert ENV.check(instance, ENV.parse(str(expected), instance), expected).correct
    small = {"pattern": "000", "length": 40, "modulus": 1_000_003}
    assert avoiding_strings("000", 40, 10**30) > small["modulus"]  # the reduction matters here
    assert ENV.solve(small) == avoiding_strings("000", 40, 10**30) % 1_000_003


def test_unreduced_and_malformed_answers_are_rejected():
    problem = ENV.generate(3, 4)
    modulus = problem.instance["modulus"]
    assert not ENV.verify(problem, f"<answer>{int(problem.answer) + modulus}</answer>").correct
    for text in ("", "1 2", "x"):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
