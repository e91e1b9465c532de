"""OnesAndTwosSubarrayForEverySum: the shrinking construction against the sums of all
subarrays; every valid run accepted on each line, wrong lines rejected."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.sequence_array.ones_and_twos_subarray_for_every_sum import runs_for_every_sum

ENV = rlve_gym.make("OnesAndTwosSubarrayForEverySum")


def runs_by_sum(values):
    """All 1-based (l, r) for each sum, by summing every subarray."""
    found = {}
    for left in range(1, len(values) + 1):
        for right in range(left, len(values) + 1):
            found.setdefault(sum(values[left - 1 : right]), []).append((left, right))
    return found


def test_construction_matches_every_array_up_to_length_nine():
    for n in range(1, 10):
        for values in itertools.product((1, 2), repeat=n):
            values = list(values)
            found = runs_by_sum(values)
            for x, run in enumerate(runs_for_every_sum(values), start=1):
                if run is None:
                    assert x not in found, (values, x)
                else:
                    assert (run[0] + 1, run[1] + 1) in found[x], (values, x)


@pytest.mark.parametrize("length", [2, 4, 6])
def test_any_valid_run_is_accepted_on_each_line(length):
    for seed in range(15):
        instance = ENV.generate_instance(random.Random(seed), {"length": length})
        values, total = instance["values"], sum(instance["values"])
        found = runs_by_sum(values)
        reference = ENV.solve(instance)
        base = [(0, 0) if r is None else (r[0] + 1, r[1] + 1) for r in reference]
        assert ENV.check(instance, base, None).correct
        for x in range(1, total + 1):
            for candidate in [(0, 0)] + [
                (l, r) for l in range(1, length + 1) for r in range(l, length + 1)
            ]:
                answer = base[:]
                answer[x - 1] = candidate
                ok = candidate in found.get(x, []) or (candidate == (0, 0) and x not in found)
                assert ENV.check(instance, answer, None).correct == ok, (values, x, candidate)


def test_prompt_examples_and_malformed_answers():
    for values, text in (([2, 2, 1], "3 3\n1 1\n2 3\n1 2\n1 3"), ([2, 2], "0 0\n1 1\n0 0\n1 2")):
        instance = {
            "values": values,
            "reachable": [r is not None for r in runs_for_every_sum(values)],
        }
        assert ENV.check(instance, ENV.parse(text, instance), None).correct
    instance = {"values": [2, 2], "reachable": [False, True, False, True]}
    assert "neither" in ENV.check(instance, [(0, 0), (2, 1), (0, 0), (1, 2)], None).reason
    assert "does not sum" in ENV.check(instance, [(0, 0), (1, 2), (0, 0), (1, 2)], None).reason
    assert "does sum" in ENV.check(instance, [(0, 0), (0, 0), (0, 0), (1, 2)], None).reason
    problem = ENV.generate(0, 1)
    lines = problem.answer.splitlines()
    for text in ("\n".join(lines[:-1]), "\n".join(lines + ["0 0"]), "1 x"):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
