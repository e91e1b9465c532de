"""TreeOrderCounting: the subtree-merge DP against checking every permutation."""

from __future__ import annotations

import random
from itertools import permutations

import rlve_gym
from rlve_gym.envs.combinatorics_counting.tree_order_counting import count_tree_orders

ENV = rlve_gym.make("TreeOrderCounting")
MOD = 1_000_000_007


def brute_force(n, rules):
    count = 0
    for order in permutations(range(1, n + 1)):
        position = {person: i for i, person in enumerate(order)}
        count += all(position[a] < position[b] for a, b in rules)
    return count


def random_rules(rng, n):
    rules = []
    for child in range(2, n + 1):
        parent = rng.randint(1, child - 1)
        rules.append([parent, child] if rng.random() < 0.5 else [child, parent])
    return rules


def test_dp_matches_enumeration_on_random_trees():
    rng = random.Random(11)
    for n in range(1, 8):
        for _ in range(25):
            rules = random_rules(rng, n)
            assert count_tree_orders(n, rules, MOD) == brute_force(n, rules), (n, rules)


def test_shapes_with_known_counts():
    assert count_tree_orders(4, [[1, 2], [2, 3], [3, 4]], MOD) == 1  # a chain
    assert count_tree_orders(4, [[1, 2], [1, 3], [1, 4]], MOD) == 6  # root first, leaves free
    assert count_tree_orders(4, [[2, 1], [3, 1], [4, 1]], MOD) == 6  # root last
    assert count_tree_orders(3, [[1, 2], [3, 2]], MOD) == 2  # the prompt example
    assert count_tree_orders(6, [[1, 2], [1, 3], [1, 4], [1, 5], [1, 6]], 7) == 120 % 7


def test_small_generated_instances_match_enumeration():
    rng = random.Random(7)
    for people in (5, 6, 7):
        for _ in range(10):
            inst = ENV.generate_instance(rng, {"max_people": people})
            expected = brute_force(inst["people"], inst["rules"]) % inst["modulus"]
            assert ENV.solve(inst) == expected


def test_generator_avoids_a_single_valid_order():
    for seed in range(100):
        assert ENV.generate(difficulty=0, seed=seed).answer != "1"


def test_level_zero_answers_vary():
    answers = [ENV.generate(difficulty=0, seed=seed).answer for seed in range(100)]
    assert len(set(answers)) >= 6 and max(answers.count(a) for a in set(answers)) <= 4
