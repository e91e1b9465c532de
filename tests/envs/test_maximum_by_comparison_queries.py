"""MaximumByComparisonQueries: N - 1 comparisons are necessary (a minimax search over every
comparison strategy on small N) and sufficient (the champion scan on every permutation, checked
by a second simulator); bad actions cost a turn; a wrong answer ends the game."""

from __future__ import annotations

import itertools
import json
from functools import cache

import pytest

import rlve_gym

ENV = rlve_gym.make("MaximumByComparisonQueries")


@cache
def fewest_worst_case_comparisons(items: int, relations: frozenset) -> int:
    """Minimax: comparisons still needed in the worst case to know the maximum, given the
    transitively closed set of known (smaller, larger) pairs."""
    unbeaten = [i for i in range(items) if not any((i, j) in relations for j in range(items))]
    if len(unbeaten) == 1:
        return 0
    best = None
    for a, b in itertools.combinations(range(items), 2):
        if (a, b) in relations or (b, a) in relations:
            continue
        worst = 0
        for small, large in ((a, b), (b, a)):
            closed = set(relations) | {(small, large)}
            below = [x for x in range(items) if x == small or (x, small) in closed]
            above = [y for y in range(items) if y == large or (large, y) in closed]
            closed |= {(x, y) for x in below for y in above}
            worst = max(worst, 1 + fewest_worst_case_comparisons(items, frozenset(closed)))
        best = worst if best is None else min(best, worst)
    return best


@pytest.mark.parametrize("items", range(1, 6))
def test_n_minus_one_comparisons_are_necessary(items):
    assert fewest_worst_case_comparisons(items, frozenset()) == items - 1


def replay_independently(labels, ranks, actions):
    """Second simulator: count comparisons, refuse any involving an item that already lost."""
    rank_of = dict(zip(labels, ranks, strict=True))
    lost, comparisons = set(), 0
    for action in actions[:-1]:
        word, a, b = action.split()
        a, b = int(a), int(b)
        assert word == "compare" and a not in lost and b not in lost and a != b
        lost.add(a if rank_of[a] < rank_of[b] else b)
        comparisons += 1
    word, answer = actions[-1].split()
    return comparisons, word == "answer" and rank_of[int(answer)] == len(labels)


@pytest.mark.parametrize("items", range(2, 7))
def test_champion_scan_finds_the_maximum_of_every_permutation(items):
    labels = [3 * k + 7 for k in range(items)]
    for ranks in itertools.permutations(range(1, items + 1)):
        instance = {"labels": labels, "ranks": list(ranks), "turn_limit": items}
        actions = ENV.solve(instance)
        assert replay_independently(labels, ranks, actions) == (items - 1, True)
        assert ENV.check(instance, actions, None).correct


def test_reference_transcripts_use_exactly_the_budget():
    for d in (0, 7, 20):
        problem = ENV.generate(d, 2)
        actions = json.loads(problem.answer)
        instance = problem.instance
        comparisons, right = replay_independently(instance["labels"], instance["ranks"], actions)
        assert right and comparisons + 1 == instance["turn_limit"] == len(instance["labels"])


def test_bad_actions_cost_a_turn_and_a_wrong_answer_ends_the_game():
    problem = ENV.generate(0, 1)
    labels, ranks = problem.instance["labels"], problem.instance["ranks"]
    missing = next(x for x in range(1, 10**6) if x not in labels)
    episode = ENV.start(problem)
    for action in (
        f"compare {labels[0]} {labels[0]}",
        f"compare {labels[0]} {missing}",
        f"answer {missing}",
        f"answer {labels[0]} {labels[1]}",
        "max",
    ):
        result = episode.step(f"<answer>{action}</answer>")
        assert not result.done
    assert episode.turns_used == 5
    loser = labels[ranks.index(1)]
    result = episode.step(f"<answer>answer {loser}</answer>")
    assert result.done and result.reward == 0.0 and "Wrong" in result.observation


def test_labels_differ_between_problems():
    first, second = (ENV.generate(0, s).instance["labels"] for s in (0, 1))
    assert first != second and len(set(first)) == len(first)
