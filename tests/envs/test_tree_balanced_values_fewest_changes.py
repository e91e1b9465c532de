"""TreeBalancedValuesFewestChanges against propagation from every possible kept vertex (exact fractions)."""

from __future__ import annotations

import random
from fractions import Fraction

import pytest

import rlve_gym
from rlve_gym.envs.tree.tree_balanced_values_fewest_changes import fewest_changes
from rlve_gym.trees import children_lists

ENV = rlve_gym.make("TreeBalancedValuesFewestChanges")


def balanced_from(parent, anchor, value):
    """The unique balanced assignment in which vertex ``anchor`` keeps ``value``: walk up to the
    root multiplying by child counts, then down dividing."""
    children = children_lists(parent)
    v, root_value = anchor, Fraction(value)
    while parent[v] >= 0:
        root_value *= len(children[parent[v]])
        v = parent[v]
    assigned = {v: root_value}
    stack = [v]
    while stack:
        u = stack.pop()
        for c in children[u]:
            assigned[c] = assigned[u] / len(children[u])
            stack.append(c)
    return assigned


def brute_force(parent, values):
    """Some vertex is always kept (changing all n never beats changing n - 1), so try each."""
    n = len(values)
    best_kept = 0
    for anchor in range(n):
        assigned = balanced_from(parent, anchor, values[anchor])
        best_kept = max(best_kept, sum(assigned[v] == values[v] for v in range(n)))
    return n - best_kept


@pytest.mark.parametrize("difficulty", [0, 1, 3, 8])
def test_solver_matches_propagation_from_every_vertex(difficulty):
    for seed in range(15):
        instance = ENV.generate(difficulty, seed).instance
        changed = ENV.solve(instance)
        assert len(changed) == brute_force(instance["parent"], instance["values"])
        assert ENV.check(instance, changed, None).correct


def test_random_values_on_random_trees():
    rng = random.Random(12)
    for _ in range(200):
        n = rng.randint(1, 9)
        parent = [-1] + [rng.randrange(i) for i in range(1, n)]
        values = [rng.randint(1, 6) for _ in range(n)]
        assert fewest_changes(parent, values) == brute_force(parent, values)


def test_balanced_trees_need_no_change_and_answers_are_never_guessable():
    # root 6 with children 3, 3; the first 3 has children 1, 1, 1
    assert fewest_changes([-1, 0, 0, 1, 1, 1], [6, 3, 3, 1, 1, 1]) == 0
    assert fewest_changes([-1, 0, 0, 1, 1, 1], [6, 3, 3, 1, 2, 1]) == 1
    for d in (0, 2, 10):
        answers = {ENV.generate(d, seed).answer for seed in range(40)}
        assert min(len(a.split()) for a in answers) >= 2
        assert len(answers) >= 30  # the changed set varies from seed to seed


def test_checker_accepts_only_the_fewest_changes():
    instance = ENV.generate(1, 3).instance
    changed = ENV.solve(instance)
    n = len(instance["parent"])
    assert ENV.check(instance, list(reversed(changed)), None).correct
    assert not ENV.check(instance, changed[:-1], None).correct  # a disturbed vertex is kept
    extra = next(v for v in range(n) if v not in changed)
    assert "fewer" in ENV.check(instance, changed + [extra], None).reason
    assert not ENV.check(instance, changed + [changed[0]], None).correct
    assert not ENV.check(instance, changed + [n], None).correct
