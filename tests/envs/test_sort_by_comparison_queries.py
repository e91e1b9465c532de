"""SortByComparisonQueries: the budget is the exact worst case of binary insertion sort (every
permutation of small N replayed through a second simulator), it never undercuts the
information-theoretic minimum, and bad actions cost a turn without crashing or ending the game."""

from __future__ import annotations

import itertools
import json
import math

import pytest

import rlve_gym
from rlve_gym.envs.interactive.sort_by_comparison_queries import binary_insertion_comparisons

ENV = rlve_gym.make("SortByComparisonQueries")


def replay_independently(ranks: list[int], actions: list[str]) -> tuple[int, bool]:
    """A second simulator of the rules: (comparisons asked, whether the final answer is right).
    Every comparison must be of two different existing items; the answer must be last."""
    comparisons = 0
    for index, action in enumerate(actions):
        words = action.split()
        if words[0] == "compare":
            first, second = int(words[1]), int(words[2])
            assert first != second and 1 <= first <= len(ranks) and 1 <= second <= len(ranks)
            comparisons += 1
        else:
            assert words[0] == "answer" and index == len(actions) - 1
            order = [int(w) for w in words[1:]]
            values = [ranks[item - 1] for item in order]
            return comparisons, values == sorted(values) and len(order) == len(ranks)
    return comparisons, False


@pytest.mark.parametrize("items", range(1, 8))
def test_every_permutation_is_sorted_within_a_budget_that_is_reached(items):
    base = {"items": items, "turn_limit": binary_insertion_comparisons(items) + 1}
    worst = 0
    for ranks in itertools.permutations(range(1, items + 1)):
        instance = {**base, "ranks": list(ranks)}
        actions = ENV.solve(instance)
        comparisons, right = replay_independently(list(ranks), actions)
        assert right and ENV.check(instance, actions, None).correct
        worst = max(worst, comparisons)
    assert worst == binary_insertion_comparisons(items)  # the budget is this policy's worst case


@pytest.mark.parametrize("items", range(2, 60))
def test_budget_is_at_least_the_information_theoretic_minimum(items):
    assert binary_insertion_comparisons(items) >= math.ceil(math.log2(math.factorial(items)))


def test_budget_formula_by_counting_halvings():
    # inserting into a sorted list of length L takes ceil(log2(L + 1)) comparisons at worst
    for items in range(1, 40):
        total = 0
        for length in range(items):
            gaps, steps = length + 1, 0
            while gaps > 1:
                gaps, steps = (gaps + 1) // 2, steps + 1
            total += steps
        assert binary_insertion_comparisons(items) == total


def test_bad_actions_cost_a_turn_and_a_wrong_answer_ends_the_game():
    problem = ENV.generate(0, 3)
    episode = ENV.start(problem)
    for action in ("compare 2 2", "compare 1 99", "compare 1", "answer 1 1 2 3 4 5", "sort"):
        result = episode.step(f"<answer>{action}</answer>")
        assert not result.done and result.reward == 0.0
    assert episode.turns_used == 5
    assert "no item 99" in ENV.start(problem).step("<answer>compare 1 99</answer>").observation
    ranks = problem.instance["ranks"]
    wrong = sorted(range(1, 7), key=lambda item: -ranks[item - 1])
    result = episode.step("<answer>answer " + " ".join(map(str, wrong)) + "</answer>")
    assert result.done and result.reward == 0.0 and not episode.solved


def test_feedback_says_only_which_value_is_smaller():
    problem = ENV.generate(2, 4)
    ranks = problem.instance["ranks"]
    text = ENV.start(problem).step("<answer>compare 3 5</answer>").observation
    assert text.startswith("3 < 5." if ranks[2] < ranks[4] else "3 > 5.")


def test_reference_transcript_meets_the_budget_at_higher_levels():
    for d in (10, 30):
        problem = ENV.generate(d, 0)
        actions = json.loads(problem.answer)
        comparisons, right = replay_independently(problem.instance["ranks"], actions)
        assert right and comparisons + 1 <= problem.instance["turn_limit"]
