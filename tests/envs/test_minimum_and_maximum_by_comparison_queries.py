"""MinimumAndMaximumByComparisonQueries: the budget ceil(3N/2) - 2 is the exact minimax number
of comparisons (a search over every comparison strategy for small N), the pairing policy meets
it on every permutation (checked by a second simulator), and bad actions cost a turn."""

from __future__ import annotations

import itertools
import json
from functools import cache

import pytest

import rlve_gym
from rlve_gym.envs.interactive.minimum_and_maximum_by_comparison_queries import (
    pairwise_comparisons_needed,
)

ENV = rlve_gym.make("MinimumAndMaximumByComparisonQueries")


@cache
def fewest_worst_case(items: int, above: tuple[int, ...]) -> int:
    """Minimax comparisons still needed to know both extremes; ``above[i]`` is the bitmask of
    items known to be larger than item i (transitively closed)."""
    below_empty = [i for i in range(items) if not any(above[j] >> i & 1 for j in range(items))]
    if len(below_empty) == 1 and sum(1 for i in range(items) if not above[i]) == 1:
        return 0
    best = None
    for a, b in itertools.combinations(range(items), 2):
        if above[a] >> b & 1 or above[b] >> a & 1:
            continue
        worst = 0
        for small, large in ((a, b), (b, a)):
            grown = list(above)
            upper = above[large] | (1 << large)
            for x in range(items):
                if x == small or above[x] >> small & 1:
                    grown[x] |= upper
            worst = max(worst, 1 + fewest_worst_case(items, tuple(grown)))
            if best is not None and worst >= best:
                break
        best = worst if best is None else min(best, worst)
    return best


@pytest.mark.parametrize("items", range(1, 6))
def test_budget_is_the_minimax_number_of_comparisons(items):
    assert fewest_worst_case(items, (0,) * items) == pairwise_comparisons_needed(items)


def replay_independently(ranks, actions):
    comparisons = 0
    for action in actions[:-1]:
        word, a, b = action.split()
        assert word == "compare" and a != b
        comparisons += 1
    word, low, high = actions[-1].split()
    right = ranks[int(low) - 1] == 1 and ranks[int(high) - 1] == len(ranks)
    return comparisons, word == "answer" and right


@pytest.mark.parametrize("items", range(2, 8))
def test_pairing_policy_meets_the_budget_on_every_permutation(items):
    limit = pairwise_comparisons_needed(items) + 1
    for ranks in itertools.permutations(range(1, items + 1)):
        instance = {"items": items, "ranks": list(ranks), "turn_limit": limit}
        actions = ENV.solve(instance)
        comparisons, right = replay_independently(ranks, actions)
        assert right and comparisons == limit - 1
        assert ENV.check(instance, actions, None).correct


def test_budget_formula():
    assert [pairwise_comparisons_needed(n) for n in range(1, 9)] == [0, 1, 3, 4, 6, 7, 9, 10]


def test_bad_actions_cost_a_turn_and_a_wrong_answer_ends_the_game():
    problem = ENV.generate(1, 6)
    ranks = problem.instance["ranks"]
    episode = ENV.start(problem)
    for action in ("compare 4 4", "compare 0 3", "answer 1", "answer 1 99", "compare x y"):
        assert not episode.step(f"<answer>{action}</answer>").done
    low, high = ranks.index(1) + 1, ranks.index(len(ranks)) + 1
    result = episode.step(f"<answer>answer {high} {low}</answer>")
    assert result.done and result.reward == 0.0


def test_reference_transcripts_are_exactly_the_budget():
    for d in (0, 5, 20):
        problem = ENV.generate(d, 1)
        actions = json.loads(problem.answer)
        assert len(actions) == problem.instance["turn_limit"]
        assert replay_independently(problem.instance["ranks"], actions)[1]
