"""MinSwapsToAlternatingBinary: the mismatch count against breadth-first search over swaps, and
every shortest swap sequence accepted on tiny strings."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.string.min_swaps_to_alternating_binary import min_swaps_and_plan

ENV = rlve_gym.make("MinSwapsToAlternatingBinary")


def alternating(bits):
    return all(bits[i] != bits[i + 1] for i in range(len(bits) - 1))


def swapped(bits, i, j):
    chars = list(bits)
    chars[i], chars[j] = chars[j], chars[i]
    return "".join(chars)


def fewest_swaps_by_search(bits):
    frontier, seen, steps = {bits}, {bits}, 0
    while not any(alternating(b) for b in frontier):
        steps += 1
        frontier = {
            swapped(b, i, j)
            for b in frontier
            for i, j in itertools.combinations(range(len(bits)), 2)
        } - seen
        seen |= frontier
    return steps


def verdict(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


@pytest.mark.parametrize("length", range(2, 10))
def test_fewest_swaps_match_search_on_every_balanced_string(length):
    for letters in itertools.product("01", repeat=length):
        bits = "".join(letters)
        if abs(bits.count("0") - bits.count("1")) > 1:
            continue
        count, plan = min_swaps_and_plan(bits)
        assert count == fewest_swaps_by_search(bits)
        instance = {"bits": bits, "min_swaps": count}
        assert ENV.check(instance, [p for pair in plan for p in pair], None).correct


def test_generated_instances_match_search():
    for seed in range(40):
        instance = ENV.generate_instance(random.Random(seed), {"zeros": 4})
        assert instance["min_swaps"] == fewest_swaps_by_search(instance["bits"]) >= 2


def test_every_shortest_sequence_is_accepted_and_longer_ones_are_not():
    for seed in range(5):
        instance = ENV.generate_instance(random.Random(seed), {"zeros": 4})
        bits, best = instance["bits"], instance["min_swaps"]
        pairs = [p for p in itertools.permutations(range(1, len(bits) + 1), 2)]
        for plan in itertools.product(pairs, repeat=best):
            result = bits
            for i, j in plan:
                result = swapped(result, i - 1, j - 1)
            flat = [p for pair in plan for p in pair]
            assert ENV.check(instance, flat, None).correct == alternating(result)
        longer = ENV.solve(instance) + [1, 2, 1, 2]
        v = ENV.check(instance, longer, None)
        assert not v.correct and "not the fewest" in v.reason


def test_fallback_construction_needs_two_swaps(monkeypatch):
    from rlve_gym.envs.string import min_swaps_to_alternating_binary as module

    monkeypatch.setattr(module, "DRAWS", 0)
    for seed in range(10):
        instance = ENV.generate_instance(random.Random(seed), {"zeros": 6})
        assert instance["min_swaps"] == fewest_swaps_by_search(instance["bits"]) == 2


def test_counts_differing_by_more_than_one_are_refused():
    with pytest.raises(ValueError):
        min_swaps_and_plan("0001")


def test_checker_reasons_and_malformed_answers():
    problem = ENV.generate(2, 8)
    n = len(problem.instance["bits"])
    assert verdict(problem, problem.answer).correct
    for miss in ENV.near_misses(problem):
        assert not verdict(problem, miss).correct
    assert "even count" in verdict(problem, "1 2 3").reason
    assert "different positions" in verdict(problem, "2 2").reason
    assert "between 1 and" in verdict(problem, f"1 {n + 1}").reason
    assert "not alternating" in verdict(problem, "").reason
    for bad in ("1-2", "a b"):
        v = verdict(problem, bad)
        assert not v.correct and not v.format_ok
