"""PairClearingMinSwaps: the greedy against breadth-first search over every reachable array, and
the checker against a naive replay on every plan of the optimal length."""

from __future__ import annotations

import itertools
import random
from collections import deque

import pytest

import rlve_gym
from rlve_gym.envs.simulation_program.pair_clearing_min_swaps import fewest_swaps

ENV = rlve_gym.make("PairClearingMinSwaps")


def naive_settle(values):
    """Delete the first equal neighbouring pair, rescan from the start, until none is left."""
    values = list(values)
    changed = True
    while changed:
        changed = False
        for i in range(len(values) - 1):
            if values[i] == values[i + 1]:
                del values[i : i + 2]
                changed = True
                break
    return values


def naive_play(array, plan):
    """The array after the plan, or None if some position is out of range."""
    array = list(array)
    for position in plan:
        if not 1 <= position < len(array):
            return None
        array[position - 1], array[position] = array[position], array[position - 1]
        array = naive_settle(array)
    return array


def bfs_fewest(array):
    start = tuple(array)
    seen = {start: 0}
    queue = deque([start])
    while queue:
        state = queue.popleft()
        if not state:
            return seen[state]
        for position in range(1, len(state)):
            nxt = tuple(naive_play(state, [position]))
            if nxt not in seen:
                seen[nxt] = seen[state] + 1
                queue.append(nxt)
    raise AssertionError("never empty")


def small_instance(seed, n):
    return ENV.generate_instance(random.Random(seed), {"values": n})


@pytest.mark.parametrize("n", range(2, 6))
def test_fewest_swaps_match_breadth_first_search(n):
    for seed in range(15):
        inst = small_instance(seed, n)
        best = bfs_fewest(inst["array"])
        assert inst["best_swaps"] == best
        assert naive_play(inst["array"], fewest_swaps(inst["array"])) == []


@pytest.mark.parametrize("seed", range(6))
def test_checker_accepts_exactly_the_clearing_plans_of_optimal_length(seed):
    inst = small_instance(seed, 4)
    best = inst["best_swaps"]
    clearing = 0
    for plan in itertools.product(range(1, 8), repeat=best):
        expected = naive_play(inst["array"], plan) == []
        assert ENV.check(inst, list(plan), None).correct == expected, plan
        clearing += expected
    assert clearing >= 1


def test_cascades_and_prompt_example():
    assert naive_play([1, 2, 1, 2], [2]) == []
    assert fewest_swaps([1, 2, 1, 2]) == [2]
    # 1 2 3 2 3 1 -> swap at 3 -> 1 2 2 3 3 1 -> 1 3 3 1 -> 1 1 -> empty
    assert naive_play([1, 2, 3, 2, 3, 1], [3]) == []
    assert fewest_swaps([1, 2, 3, 2, 3, 1]) == [3]
    inst = {"array": [1, 2, 3, 2, 3, 1], "best_swaps": 1}
    assert ENV.check(inst, [3], None).correct
    assert ENV.check(inst, [2], None).correct  # 1 3 2 2 3 1 clears as well
    assert not ENV.check(inst, [1], None).correct


def test_invalid_and_longer_plans_rejected():
    problem = ENV.generate(1, 4)
    n = len(problem.instance["array"])
    assert "not between" in ENV.verify(problem, f"<answer>{n}</answer>").reason
    assert "left after" in ENV.verify(problem, "<answer>1</answer>").reason
    longer = "1 1 " + problem.answer
    verdict = ENV.verify(problem, f"<answer>{longer}</answer>")
    assert not verdict.correct
    for text in ("a", "1.5", "2-3"):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
