"""SuffixReverseShiftSequence: the 3n construction against search, and the checker by replay."""

from __future__ import annotations

import itertools
import random
from collections import deque

import pytest

import rlve_gym
from rlve_gym.envs.string.suffix_reverse_shift_sequence import (
    apply_shifts,
    shift,
    shifts_to,
)

ENV = rlve_gym.make("SuffixReverseShiftSequence")


def shift_by_definition(text, x):
    alpha, beta = text[: len(text) - x], text[len(text) - x :]
    return "".join(reversed(beta)) + alpha


def fewest_shifts_by_search(source, target):
    distance, queue = {source: 0}, deque([source])
    while queue:
        text = queue.popleft()
        if text == target:
            return distance[text]
        for x in range(len(text) + 1):
            nxt = shift_by_definition(text, x)
            if nxt not in distance:
                distance[nxt] = distance[text] + 1
                queue.append(nxt)
    return None


def test_worked_example_of_the_prompt():
    assert shift("abcacb", 4) == "bcacab" == shift_by_definition("abcacb", 4)
    assert shift("abc", 0) == "abc" and shift("abc", 3) == "cba"


@pytest.mark.parametrize("n", range(1, 6))
def test_construction_reaches_every_rearrangement_of_distinct_letters(n):
    source = "abcde"[:n]
    for chars in itertools.permutations(source):
        target = "".join(chars)
        shifts = shifts_to(source, target)
        assert len(shifts) == 3 * n and apply_shifts(source, shifts) == target
        assert fewest_shifts_by_search(source, target) <= 3 * n


def test_construction_with_repeated_letters():
    for seed in range(200):
        rng = random.Random(seed)
        source = "".join(rng.choice("aab") for _ in range(rng.randint(1, 10)))
        target = "".join(rng.sample(source, len(source)))
        assert apply_shifts(source, shifts_to(source, target)) == target


@pytest.mark.parametrize("seed", range(8))
def test_checker_accepts_exactly_the_sequences_reaching_t(seed):
    instance = ENV.generate_instance(random.Random(seed), {"length": 4, "max_shifts": 4})
    s, t = instance["source"], instance["target"]
    assert fewest_shifts_by_search(s, t) >= 2
    for length in range(0, 4):
        for shifts in itertools.product(range(5), repeat=length):
            v = ENV.check(instance, list(shifts), None)
            assert v.correct == (apply_shifts(s, list(shifts)) == t)
    assert ENV.check(instance, ENV.solve(instance), None).correct


def test_generated_targets_need_two_shifts_and_the_example_fails():
    for d in (0, 2, 9):
        for seed in range(40):
            problem = ENV.generate(d, seed)
            s, t = problem.instance["source"], problem.instance["target"]
            assert all(shift(s, x) != t for x in range(len(s) + 1))
            assert not ENV.verify(problem, f"<answer>{ENV.answer_example}</answer>").correct


def test_limits_range_and_malformed_answers():
    problem = ENV.generate(0, 1)
    n = len(problem.instance["source"])
    v = ENV.verify(problem, f"<answer>{problem.answer} 0</answer>")
    assert not v.correct and "more than the limit" in v.reason
    v = ENV.verify(problem, f"<answer>{n + 1}</answer>")
    assert not v.correct and "outside" in v.reason
    assert not ENV.verify(problem, "<answer></answer>").correct  # zero shifts: s != t
    for miss in ENV.near_misses(problem):
        assert not ENV.verify(problem, f"<answer>{miss}</answer>").correct
    for text in ("a", "1.5", " ".join(["0"] * (3 * n + 2))):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
