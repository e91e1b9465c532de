"""MinCostWeightedSwaps: the cycle formula against Dijkstra over all orders of small instances."""

from __future__ import annotations

import heapq
import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.sequence_array.min_cost_weighted_swaps import cheapest_swaps

ENV = rlve_gym.make("MinCostWeightedSwaps")


def cheapest_by_dijkstra(weights, current, target):
    """Smallest total cost over all swap sequences, searching the graph of all orders."""
    start, goal = tuple(current), tuple(target)
    dist = {start: 0}
    queue = [(0, start)]
    while queue:
        d, order = heapq.heappop(queue)
        if order == goal:
            return d
        if d > dist[order]:
            continue
        for i, j in itertools.combinations(range(len(order)), 2):
            nxt = list(order)
            nxt[i], nxt[j] = nxt[j], nxt[i]
            nxt = tuple(nxt)
            cost = d + weights[order[i] - 1] + weights[order[j] - 1]
            if cost < dist.get(nxt, cost + 1):
                dist[nxt] = cost
                heapq.heappush(queue, (cost, nxt))
    raise AssertionError("target unreachable")


def as_text(swaps):
    return "\n".join(f"{x} {y}" for x, y in swaps)


@pytest.mark.parametrize("items", range(2, 7))
def test_optimum_matches_dijkstra_and_the_reference_reaches_it(items):
    for seed in range(12 if items < 6 else 5):
        inst = ENV.generate_instance(random.Random(seed), {"items": items, "max_weight": 12})
        best = cheapest_by_dijkstra(inst["weights"], inst["current"], inst["target"])
        assert inst["best_cost"] == best <= inst["naive_cost"]
        verdict = ENV.check(inst, ENV.parse(as_text(ENV.solve(inst)), inst), None)
        assert verdict.correct, verdict.reason


def test_borrowing_the_lightest_item_beats_the_cycles_own_lightest():
    # items 2..5 form one cycle of heavy items; item 1 (weight 1) stands in its place
    weights, current, target = [1, 50, 50, 50, 50], [1, 2, 3, 4, 5], [1, 3, 4, 5, 2]
    best, swaps = cheapest_swaps(weights, current, target)
    own = 200 + 2 * 50
    borrow = 200 + 50 + 5 * 1
    assert best == borrow < own
    assert best == cheapest_by_dijkstra(weights, current, target)
    assert swaps[0] == (1, 2)  # item 1 stands in for the cycle's lightest, item 2


def test_prompt_example():
    best, swaps = cheapest_swaps([5, 1, 7], [1, 2, 3], [3, 1, 2])
    assert (best, swaps) == (14, [(2, 1), (2, 3)])


def test_valid_but_costlier_sequences_earn_partial_credit_and_invalid_ones_nothing():
    inst = ENV.generate(4, 2).instance
    swaps = ENV.solve(inst)
    detour = swaps + [swaps[0], swaps[0]]  # a swap done and undone: still the target, dearer
    v = ENV.check(inst, [list(p) for p in detour], None)
    assert not v.correct and "not the smallest" in v.reason and 0 <= v.score < 1
    short = ENV.check(inst, [list(p) for p in swaps[:-1]], None)
    assert not short.correct and short.score == 0 and "not in the target order" in short.reason
    assert "itself" in ENV.check(inst, [[1, 1]], None).reason
    assert "outside" in ENV.check(inst, [[0, 2]], None).reason


def test_malformed_answers_are_format_errors():
    problem = ENV.generate(1, 3)
    n = len(problem.instance["weights"])
    for text in ("1 2 3", "a b", "1 2\n" * (3 * n + 1)):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
