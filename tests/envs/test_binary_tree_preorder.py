"""BinaryTreePreorderFromTraversals against exhaustive search over binary tree shapes."""

from __future__ import annotations

import pytest

import rlve_gym
from rlve_gym.envs.tree.binary_tree_preorder import preorder_from_inorder_postorder
from rlve_gym.problem import Problem
from rlve_gym.provenance import remember

ENV = rlve_gym.make("BinaryTreePreorderFromTraversals")


def all_trees(labels):
    """Every binary tree whose in-order is ``labels``, as nested (left, label, right) tuples."""
    if not labels:
        return [None]
    trees = []
    for i, label in enumerate(labels):
        for left in all_trees(labels[:i]):
            for right in all_trees(labels[i + 1 :]):
                trees.append((left, label, right))
    return trees


def post(tree):
    return [] if tree is None else post(tree[0]) + post(tree[2]) + [tree[1]]


def pre(tree):
    return [] if tree is None else [tree[1]] + pre(tree[0]) + pre(tree[2])


@pytest.mark.parametrize("difficulty", [0, 1, 2])
def test_solver_matches_the_only_tree_with_both_traversals(difficulty):
    for seed in range(12 if difficulty < 2 else 3):
        instance = ENV.generate(difficulty, seed).instance
        matches = [t for t in all_trees(instance["inorder"]) if post(t) == instance["postorder"]]
        assert len(matches) == 1
        assert ENV.solve(instance) == pre(matches[0])


def test_paths_leaning_left_and_right_and_a_single_node():
    assert preorder_from_inorder_postorder([1], [1]) == [1]
    # 3 -> left 2 -> left 1
    assert preorder_from_inorder_postorder([1, 2, 3], [1, 2, 3]) == [3, 2, 1]
    # 1 -> right 2 -> right 3
    assert preorder_from_inorder_postorder([1, 2, 3], [3, 2, 1]) == [1, 2, 3]
    # 2 -> left 1, right 3
    assert preorder_from_inorder_postorder([1, 2, 3], [1, 3, 2]) == [2, 1, 3]


def test_large_tree_needs_no_recursion():
    n = 5000
    inorder = list(range(1, n + 1))
    assert preorder_from_inorder_postorder(inorder, inorder) == inorder[::-1]


def test_checker_accepts_only_the_exact_preorder():
    problem = ENV.generate(5, 1)
    ref = problem.answer.split()
    assert ENV.verify(problem, f"<answer>{' '.join(ref)}</answer>").correct
    assert ENV.verify(problem, f"<answer>[{', '.join(ref)}]</answer>").correct
    swapped = ref[:]
    swapped[1], swapped[2] = swapped[2], swapped[1]
    assert not ENV.verify(problem, f"<answer>{' '.join(swapped)}</answer>").correct
    reversed_post = [str(v) for v in problem.instance["postorder"][::-1]]
    if reversed_post != ref:
        assert not ENV.verify(problem, f"<answer>{' '.join(reversed_post)}</answer>").correct
    bad = ENV.verify(problem, "<answer>1 2 x</answer>")
    assert not bad.format_ok


def test_handmade_problem_verifies():
    instance = {"inorder": [2, 1, 3], "postorder": [2, 3, 1]}
    problem = Problem("BinaryTreePreorderFromTraversals", 0, 0, 0, "p", "1 2 3", instance)
    remember(problem)  # hand-made: trusted as if generated here
    assert ENV.verify(problem, "<answer>1 2 3</answer>").correct
    assert not ENV.verify(problem, "<answer>1 3 2</answer>").correct
