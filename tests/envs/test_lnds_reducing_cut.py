"""LndsReducingCut: the minimum cut against every subset of erased elements on small sequences."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym import provenance
from rlve_gym.envs.graph.lnds_reducing_cut import cheapest_reduction, lnds_length, on_every_longest

ENV = rlve_gym.make("LndsReducingCut")


def _verify(problem, positions):
    return ENV.verify(problem, "<answer>" + " ".join(map(str, positions)) + "</answer>")


def _lnds_brute(values):
    best = 0
    for mask in range(1 << len(values)):
        chosen = [v for i, v in enumerate(values) if mask >> i & 1]
        if all(a <= b for a, b in zip(chosen, chosen[1:], strict=False)):
            best = max(best, len(chosen))
    return best


def _small_problem(sizes, seed):
    """A generated sequence of few elements (the schedule starts at 12; every subset is tried)."""
    length, max_value, max_cost = sizes
    instance = ENV.generate_instance(
        random.Random(seed), {"length": length, "max_value": max_value, "max_cost": max_cost}
    )
    base = ENV.generate(0, seed)
    answer = ENV.format_answer(ENV.solve(instance))
    problem = rlve_gym.Problem(base.env_name, base.version, 0, seed, "p", answer, instance)
    provenance.remember(problem)  # a hand-sized instance, not one the schedule gives
    return problem


@pytest.mark.parametrize("sizes", [(5, 3, 4), (6, 3, 5), (8, 4, 6), (9, 4, 7)])
def test_checker_accepts_exactly_the_cheapest_erasures(sizes):
    several = False
    for seed in range(8):
        problem = _small_problem(sizes, seed)
        values, costs = problem.instance["values"], problem.instance["costs"]
        n = len(values)
        assert problem.instance["lnds"] == _lnds_brute(values)
        valid = {}
        for r in range(n + 1):
            for subset in itertools.combinations(range(1, n + 1), r):
                rest = [values[i] for i in range(n) if i + 1 not in subset]
                if lnds_length(rest) < problem.instance["lnds"]:
                    valid[subset] = sum(costs[i - 1] for i in subset)
        best = min(valid.values())
        assert problem.instance["min_cost"] == best == cheapest_reduction(values, costs)[0]
        optimal = [s for s, c in valid.items() if c == best]
        for subset in optimal:
            assert _verify(problem, list(subset)).correct
        several |= len(optimal) >= 2
        for subset in list(valid)[:50]:
            assert _verify(problem, list(subset)).correct == (valid[subset] == best)
    assert several or sizes[0] != 8  # ties are common at small sizes; 8 elements always show one


def test_hand_made_cases_and_reasons():
    base = ENV.generate(0, 0)
    instance = {"values": [1, 2, 2, 3], "costs": [5, 1, 1, 5], "lnds": 4, "min_cost": 1}
    problem = rlve_gym.Problem(base.env_name, base.version, 0, 0, "p", "2", instance)
    provenance.remember(problem)  # a hand-made instance, not one the generator gives
    assert cheapest_reduction(instance["values"], instance["costs"]) == (1, [1])
    assert _verify(problem, [2]).correct and _verify(problem, [3]).correct
    assert "still has" in _verify(problem, []).reason
    assert "not the minimum" in _verify(problem, [1]).reason
    assert "more than once" in _verify(problem, [2, 2]).reason
    assert "between 1 and 4" in _verify(problem, [5]).reason
    assert not _verify(problem, "x").format_ok


def test_elements_on_every_longest_subsequence_match_brute_force():
    rng = random.Random(3)
    for _ in range(200):
        values = [rng.randint(1, 4) for _ in range(rng.randint(1, 8))]
        longest = lnds_length(values)
        expected = [lnds_length(values[:i] + values[i + 1 :]) < longest for i in range(len(values))]
        assert on_every_longest(values) == expected
