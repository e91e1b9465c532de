"""BinaryTreeMaxScore against exhaustive search over all binary trees with in-order 1..N."""

from __future__ import annotations

import random

import pytest

import rlve_gym
from rlve_gym.envs.tree.binary_tree_max_score import best_tree, tree_score
from rlve_gym.problem import Problem

ENV = rlve_gym.make("BinaryTreeMaxScore")


def all_trees(lo, hi):
    """Every binary tree on nodes lo..hi-1 with that in-order, as (left, node, right) tuples."""
    if lo >= hi:
        return [None]
    return [
        (left, k, right)
        for k in range(lo, hi)
        for left in all_trees(lo, k)
        for right in all_trees(k + 1, hi)
    ]


def value(tree, scores):
    left, k, right = tree
    if left is None and right is None:
        return scores[k - 1]
    lv = 1 if left is None else value(left, scores)
    rv = 1 if right is None else value(right, scores)
    return lv * rv + scores[k - 1]


def pre(tree):
    return [] if tree is None else [tree[1]] + pre(tree[0]) + pre(tree[2])


def answer(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


@pytest.mark.parametrize("difficulty", [0, 1, 2])
def test_solver_matches_exhaustive_search(difficulty):
    for seed in range(10):
        scores = ENV.generate(difficulty, seed).instance["scores"]
        trees = all_trees(1, len(scores) + 1)
        top = max(value(t, scores) for t in trees)
        got, order = best_tree(scores)
        assert got == top
        assert tree_score(scores, order) == top


@pytest.mark.parametrize("seed", range(4))
def test_checker_accepts_exactly_the_best_trees_and_scores_the_rest(seed):
    problem = ENV.generate(1, seed)
    scores = problem.instance["scores"]
    trees = all_trees(1, len(scores) + 1)
    top = max(value(t, scores) for t in trees)
    average = sum(value(t, scores) for t in trees) / len(trees)  # a blind guess, on average
    for tree in trees:
        v = value(tree, scores)
        assert tree_score(scores, pre(tree)) == v
        result = answer(problem, " ".join(map(str, pre(tree))))
        assert result.correct == (v == top)
        if v < top:
            expected = max(0.0, (v - average) / (top - average))
            assert result.score == pytest.approx(min(expected, 0.99))


def test_random_trees_and_chains_earn_little_partial_credit():
    rng = random.Random(1)

    def random_preorder(lo, hi, out):
        if lo <= hi:
            root = rng.randint(lo, hi)
            out.append(root)
            random_preorder(lo, root - 1, out)
            random_preorder(root + 1, hi, out)
        return out

    for difficulty in (0, 3, 10):
        scores = []
        for seed in range(30):
            problem = ENV.generate(difficulty, seed)
            n = len(problem.instance["scores"])
            for guess in (random_preorder(1, n, []), list(range(1, n + 1))):
                result = answer(problem, " ".join(map(str, guess)))
                if not result.correct:
                    scores.append(result.score)
        assert sum(scores) / len(scores) < 0.3


def test_orders_that_are_no_binary_search_tree_preorder_are_rejected():
    from itertools import permutations

    valid = {tuple(pre(t)) for t in all_trees(1, 5)}
    scores = [3, 1, 4, 1]
    for order in permutations(range(1, 5)):
        assert isinstance(tree_score(scores, list(order)), int) == (order in valid)
    problem = Problem("BinaryTreeMaxScore", 0, 0, 0, "p", "1 2 3 4", {"scores": scores})
    assert "out of place" in answer(problem, "2 3 1 4").reason
    assert "exactly once" in answer(problem, "1 2 3").reason
    assert "exactly once" in answer(problem, "1 2 3 5").reason
    assert not answer(problem, "1 2 3 4 1 2").format_ok


def test_single_node():
    assert best_tree([7]) == (7, [1])
