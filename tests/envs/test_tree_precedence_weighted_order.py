"""TreePrecedenceWeightedOrder against exhaustive search over all orderings."""

from __future__ import annotations

from itertools import permutations

import pytest

import rlve_gym
from rlve_gym.answers import ParseError
from rlve_gym.envs.tree.tree_precedence_weighted_order import best_order, order_score
from rlve_gym.problem import Verdict

ENV = rlve_gym.make("TreePrecedenceWeightedOrder")


def valid_orders(parent):
    for order in permutations(range(len(parent))):
        position = {v: i for i, v in enumerate(order)}
        if all(p < 0 or position[p] < position[v] for v, p in enumerate(parent)):
            yield order


def answer(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


def judge(instance, text):
    """Verdict on ``text`` for a hand-made instance (``verify`` accepts only generated problems)."""
    try:
        parsed = ENV.parse(text, instance)
    except ParseError as exc:
        return Verdict.bad_format(str(exc))
    return ENV.check(instance, parsed, None)


@pytest.mark.parametrize("difficulty", [0, 1])
def test_greedy_matches_exhaustive_search(difficulty):
    for seed in range(30):
        instance = ENV.generate(difficulty, seed).instance
        best = max(order_score(instance["weights"], o) for o in valid_orders(instance["parent"]))
        assert (
            order_score(instance["weights"], best_order(instance["parent"], instance["weights"]))
            == best
        )


def test_greedy_on_random_small_trees_with_many_ties():
    import random

    rng = random.Random(5)
    for _ in range(200):
        n = rng.randint(1, 7)
        parent = [-1] + [rng.randrange(i) for i in range(1, n)]
        weights = [rng.randint(1, 3) for _ in range(n)]
        best = max(order_score(weights, o) for o in valid_orders(parent))
        assert order_score(weights, best_order(parent, weights)) == best


@pytest.mark.parametrize("seed", range(3))
def test_checker_accepts_exactly_the_optimal_orders(seed):
    problem = ENV.generate(0, seed)
    instance = problem.instance
    orders = list(valid_orders(instance["parent"]))
    best = max(order_score(instance["weights"], o) for o in orders)
    for order in orders:
        assert answer(problem, " ".join(map(str, order))).correct == (
            order_score(instance["weights"], order) == best
        )


def test_precedence_and_permutation_violations_have_reasons():
    # root 1 with children 0 and 2; weights favour putting 2 last
    instance = {"parent": [1, -1, 1], "weights": [1, 5, 9]}
    assert judge(instance, "1 0 2").correct
    assert "valid but" in judge(instance, "1 2 0").reason
    assert "before its parent" in judge(instance, "0 1 2").reason
    assert "exactly once" in judge(instance, "1 0 0").reason
    assert "exactly once" in judge(instance, "1 0").reason
    assert not judge(instance, "1 0 2 3 4").format_ok


def test_single_vertex():
    assert best_order([-1], [4]) == [0]
