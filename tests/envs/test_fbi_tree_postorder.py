"""FbiTreePostorder against a direct recursive definition, plus format handling."""

from __future__ import annotations

from itertools import product

import pytest

import rlve_gym
from rlve_gym.envs.tree.fbi_tree_postorder import fbi_postorder
from rlve_gym.problem import Problem
from rlve_gym.provenance import remember

ENV = rlve_gym.make("FbiTreePostorder")


def recursive(bits):
    kind = "B" if set(bits) == {"0"} else "I" if set(bits) == {"1"} else "F"
    if len(bits) == 1:
        return kind
    half = (len(bits) + 1) // 2
    return recursive(bits[:half]) + recursive(bits[half:]) + kind


def test_matches_the_recursive_definition_on_every_short_string():
    for length in range(1, 10):
        for bits in product("01", repeat=length):
            assert fbi_postorder("".join(bits)) == recursive("".join(bits))


@pytest.mark.parametrize("difficulty", [0, 3, 10, 20])
def test_generated_strings_have_both_bits_and_the_answer_matches(difficulty):
    for seed in range(10):
        problem = ENV.generate(difficulty, seed)
        bits = problem.instance["bits"]
        assert set(bits) == {"0", "1"}
        assert problem.answer == recursive(bits)
        assert len(problem.answer) == 2 * len(bits) - 1


def test_classic_power_of_two_example():
    assert fbi_postorder("10001011") == "IBFBBBFIBFIIIFF"


def test_case_and_spaces_are_tolerated_but_other_letters_are_not():
    instance = {"bits": "0111"}
    problem = Problem("FbiTreePostorder", 0, 0, 0, "p", "BIFIIIF", instance)
    remember(problem)  # hand-made: trusted as if generated here
    assert ENV.verify(problem, "<answer>B I F I I I F</answer>").correct
    assert ENV.verify(problem, "<answer>bifiiif</answer>").correct
    assert not ENV.verify(problem, "<answer>BIFIIII</answer>").correct
    assert not ENV.verify(problem, "<answer>BIXIIIF</answer>").format_ok
    assert not ENV.verify(problem, "<answer>" + "F" * 50 + "</answer>").format_ok
