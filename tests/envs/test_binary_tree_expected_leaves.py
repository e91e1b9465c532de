"""BinaryTreeExpectedLeaves: the closed form against listing every tree and a counting recurrence."""

from __future__ import annotations

from fractions import Fraction
from functools import cache

import pytest

import rlve_gym
from rlve_gym.envs.probability.binary_tree_expected_leaves import (
    NODE_KINDS,
    expected_count,
    expected_leaves,
)

ENV = rlve_gym.make("BinaryTreeExpectedLeaves")


@cache
def all_trees(nodes):
    """Every binary tree shape with ``nodes`` nodes, as nested (left, right) tuples; None is empty."""
    if nodes == 0:
        return (None,)
    shapes = []
    for left in range(nodes):
        for lt in all_trees(left):
            for rt in all_trees(nodes - 1 - left):
                shapes.append((lt, rt))
    return tuple(shapes)


def leaves(tree):
    if tree is None:
        return 0
    left, right = tree
    if left is None and right is None:
        return 1
    return leaves(left) + leaves(right)


def nodes_with_children(tree, children):
    if tree is None:
        return 0
    left, right = tree
    own = (left is not None) + (right is not None) == children
    return own + nodes_with_children(left, children) + nodes_with_children(right, children)


def expected_leaves_by_recurrence(nodes):
    """count[n] trees and leaf_total[n] leaves summed over them, by splitting at the root."""
    count, leaf_total = [1] + [0] * nodes, [0] * (nodes + 1)
    for n in range(1, nodes + 1):
        for left in range(n):
            right = n - 1 - left
            count[n] += count[left] * count[right]
            leaf_total[n] += leaf_total[left] * count[right] + count[left] * leaf_total[right]
        if n == 1:
            leaf_total[1] = 1
    return Fraction(leaf_total[nodes], count[nodes])


@pytest.mark.parametrize("nodes", range(1, 11))
def test_closed_form_matches_listing_every_tree(nodes):
    trees = all_trees(nodes)
    assert expected_leaves(nodes) == Fraction(sum(leaves(t) for t in trees), len(trees))


@pytest.mark.parametrize("nodes", range(1, 11))
@pytest.mark.parametrize("children", sorted(NODE_KINDS))
def test_every_kind_of_node_matches_listing_every_tree(nodes, children):
    trees = all_trees(nodes)
    total = sum(nodes_with_children(t, children) for t in trees)
    assert expected_count(nodes, children) == Fraction(total, len(trees))


@pytest.mark.parametrize("difficulty", range(4))
def test_solver_matches_the_counting_recurrence_on_generated_instances(difficulty):
    for seed in range(40):
        problem = ENV.generate(difficulty, seed)
        nodes, children = problem.instance["nodes"], problem.instance["children"]
        leaves = expected_leaves_by_recurrence(nodes)
        expected = {0: leaves, 1: nodes + 1 - 2 * leaves, 2: leaves - 1}[children]
        assert problem.answer == f"{expected.numerator}/{expected.denominator}"


def test_the_prompt_example_and_three_nodes_by_hand():
    assert len(all_trees(2)) == 2 and expected_leaves(2) == 1
    assert expected_leaves(3) == Fraction(6, 5)  # four chains with 1 leaf, one full tree with 2


def test_answers_are_never_integers():
    for d in (0, 5, 30):
        for seed in range(40):
            assert "/" in ENV.generate(d, seed).answer


def test_only_the_reduced_fraction_is_accepted():
    problem = ENV.generate(2, 3)
    value = Fraction(problem.answer)
    assert ENV.verify(
        problem, f"<answer> {value.numerator} / {value.denominator} </answer>"
    ).correct
    v = ENV.verify(problem, f"<answer>{value.numerator * 2}/{value.denominator * 2}</answer>")
    assert not v.correct and not v.format_ok and "lowest terms" in v.reason
    v = ENV.verify(problem, f"<answer>{value.numerator + 1}/{value.denominator}</answer>")
    assert not v.correct and v.format_ok


def test_decimals_and_expressions_are_format_failures():
    problem = ENV.generate(1, 1)
    for text in (str(float(Fraction(problem.answer))), "n(n+1)/(2(2n-1))", "", "1/0"):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok


def test_spaced_digits_and_mixed_numbers_are_format_failures():
    """Regression: '1 20/29' (a mixed number, 49/29) used to be read as 120/29."""
    problem = rlve_gym.make("BinaryTreeExpectedLeaves").generate(2, 0)
    env = rlve_gym.make("BinaryTreeExpectedLeaves")
    num, den = problem.answer.split("/")
    assert env.verify(problem, f"<answer> {num} / {den} </answer>").correct
    for text in (f"{num[:1]} {num[1:] or '0'}/{den}", f"{num}/{den} 0", "1 1 1 1"):
        v = env.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok, text
