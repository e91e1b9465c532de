"""SortIntegersWithRepeats: the reference against a selection-by-counting sort, and the checker."""

from __future__ import annotations

import random
from collections import Counter

import rlve_gym
from rlve_gym.envs.sequence_array import sort_integers_with_repeats as sort_module
from rlve_gym.provenance import remember

ENV = rlve_gym.make("SortIntegersWithRepeats")


def counting_sort(values):
    """Walk the value range from the bottom, emitting each value as often as it occurs."""
    counts = Counter(values)
    out = []
    value = min(values)
    while len(out) < len(values):
        out.extend([value] * counts[value])
        value += 1
    return out


def verdict(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


def test_reference_matches_counting_sort_and_instances_have_signs_and_repeats():
    for d in (0, 1, 2, 5, 12):
        for seed in range(40):
            problem = ENV.generate(d, seed)
            values = problem.instance["values"]
            assert len(values) == 8 + 2 * d
            assert [int(t) for t in problem.answer.split()] == counting_sort(values)
            assert min(values) < 0 < max(values)
            assert len(values) - len(set(values)) >= 2
            assert values not in (sorted(values), sorted(values)[::-1])


def test_the_fallback_construction_qualifies(monkeypatch):
    monkeypatch.setattr(sort_module, "REDRAWS", 0)
    for seed in range(20):
        values = ENV.generate_instance(random.Random(seed), {"length": 8, "max_abs": 20})["values"]
        assert sort_module.qualifies(values) and len(values) == 8


def test_dropped_extra_changed_or_misordered_entries_are_wrong():
    problem = ENV.generate(3, 5)
    ref = [int(t) for t in problem.answer.split()]
    assert verdict(problem, problem.answer).correct
    dedup = sorted(set(ref))
    swapped = ref[:]
    i = next(i for i in range(len(ref) - 1) if ref[i] != ref[i + 1])
    swapped[i], swapped[i + 1] = swapped[i + 1], swapped[i]
    changed = ref[:-1] + [ref[-1] + 1]
    for answer, why in (
        (dedup, "integers"),
        (ref[:-1], "integers"),
        (swapped, "order"),
        (changed, "multiplicities"),
        (ref[::-1], "order"),
    ):
        v = verdict(problem, " ".join(map(str, answer)))
        assert not v.correct and v.format_ok and v.score == 0.0 and why in v.reason


def test_ties_and_a_hand_made_instance():
    problem = ENV.generate(0, 0)
    instance = {"values": [3, -7, 12, 0, -7, 3, 5, -1]}
    assert ENV.solve(instance) == [-7, -7, -1, 0, 3, 3, 5, 12]
    assert ENV.check(
        instance, ENV.parse("-7, -7, -1, 0, 3, 3, 5, 12", instance), ENV.solve(instance)
    ).correct
    assert not ENV.check(instance, [-7, -1, 0, 3, 5, 12, 3, -7], ENV.solve(instance)).correct
    remember(problem)
    assert verdict(problem, problem.answer).correct


def test_malformed_answers_are_format_failures():
    problem = ENV.generate(1, 4)
    n = len(problem.instance["values"])
    for text in ("", "one two", "1.5 2", " ".join(["1"] * (n + 2))):
        v = verdict(problem, text)
        assert not v.correct and not v.format_ok
