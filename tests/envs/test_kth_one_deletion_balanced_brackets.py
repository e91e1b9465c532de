"""KthOneDeletionBalancedBrackets: the counting walk against listing every bracket string and
trying every deletion."""

from __future__ import annotations

import itertools

import pytest

import rlve_gym
from rlve_gym.envs.string.kth_one_deletion_balanced_brackets import (
    completions,
    fixable_by_one_deletion,
    kth_one_deletion_balanced,
)

ENV = rlve_gym.make("KthOneDeletionBalancedBrackets")


def balanced(brackets):
    depth = 0
    for b in brackets:
        depth += 1 if b == "(" else -1
        if depth < 0:
            return False
    return depth == 0


def fixable_by_brute_force(brackets):
    return any(balanced(brackets[:i] + brackets[i + 1 :]) for i in range(len(brackets)))


def all_fixable(length):
    # itertools.product over "()" yields strings in dictionary order with '(' first
    return ["".join(p) for p in itertools.product("()", repeat=length) if fixable_by_brute_force(p)]


def verdict(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


@pytest.mark.parametrize("length", (1, 3, 5, 7, 9, 11, 13))
def test_every_rank_matches_the_sorted_list(length):
    strings = all_fixable(length)
    assert completions(length, 0, 0) == len(strings)
    for k, expected in enumerate(strings, start=1):
        assert kth_one_deletion_balanced(length, k) == expected


@pytest.mark.parametrize("length", range(1, 12))
def test_prefix_balance_criterion_matches_trying_every_deletion(length):
    for letters in itertools.product("()", repeat=length):
        text = "".join(letters)
        assert fixable_by_one_deletion(text) == fixable_by_brute_force(text)


def test_generated_problems_match_the_sorted_list():
    strings = all_fixable(15)
    for seed in range(30):
        problem = ENV.generate(1, seed)
        assert problem.instance["total"] == len(strings)
        assert problem.answer == strings[problem.instance["k"] - 1]


def test_rank_beyond_the_total_is_refused():
    with pytest.raises(ValueError):
        kth_one_deletion_balanced(3, 5)


def test_checker_reasons_and_malformed_answers():
    problem = ENV.generate(0, 11)
    n, k = problem.instance["length"], problem.instance["k"]
    assert verdict(problem, problem.answer).correct
    assert verdict(problem, " ".join(problem.answer)).correct  # spaces are ignored
    other = kth_one_deletion_balanced(n, k % problem.instance["total"] + 1)
    assert "not number" in verdict(problem, other).reason
    assert "no single deletion" in verdict(problem, ")" * n).reason
    assert "brackets, not" in verdict(problem, problem.answer + "(").reason
    for bad in ("", "(a)", "[]"):
        v = verdict(problem, bad)
        assert not v.correct and not v.format_ok
