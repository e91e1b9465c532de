"""TwoColourTowerCounting: the knapsack count against colouring every tower of every height."""

from __future__ import annotations

import random
from itertools import product

import rlve_gym
from rlve_gym.envs.combinatorics_counting.two_colour_tower_counting import count_tallest_towers

ENV = rlve_gym.make("TwoColourTowerCounting")


def brute_force(black: int, white: int) -> int:
    best, count = 0, 0
    for n in range(0, 12):
        ways = 0
        for colours in product((0, 1), repeat=n):
            used_black = sum(i + 1 for i, c in enumerate(colours) if c)
            used_white = n * (n + 1) // 2 - used_black
            ways += used_black <= black and used_white <= white
        if ways:
            best, count = n, ways
    return count if best else 1


def test_knapsack_matches_enumeration_for_all_small_block_counts():
    for black in range(0, 25):
        for white in range(0, 25):
            assert count_tallest_towers(black, white) == brute_force(black, white), (black, white)


def test_small_generated_instances_match_enumeration():
    rng = random.Random(3)
    for most in (13, 23, 33):
        for _ in range(8):
            inst = ENV.generate_instance(rng, {"max_blocks": most})
            assert ENV.solve(inst) == brute_force(inst["black"], inst["white"])
            assert ENV.solve(inst) > 1


def test_big_integer_knapsack_matches_a_table_on_tall_towers():
    for black, white in ((400, 700), (1255, 1000), (3000, 2900)):
        layers = 0
        while (layers + 1) * (layers + 2) // 2 <= black + white:
            layers += 1
        total = layers * (layers + 1) // 2
        sums = [1] + [0] * total
        for size in range(1, layers + 1):
            for s in range(total, size - 1, -1):
                sums[s] += sums[s - size]
        expected = sum(sums[max(0, total - white) : min(black, total) + 1])
        assert count_tallest_towers(black, white) == expected


def test_edges_and_the_equal_supply_fallback():
    # 10 layers need 55 blocks: with 55 black and none white the only tower is all black
    assert count_tallest_towers(55, 0) == 1
    assert count_tallest_towers(0, 0) == 1  # the empty tower
    # equal supplies: complements pair up, so the count is even and at least 2
    for c in range(2, 60):
        count = count_tallest_towers(c, c)
        assert count >= 2 and count % 2 == 0
    assert count_tallest_towers(3, 3) == 2  # the prompt example


def test_prompt_example_is_never_the_instance():
    """Regression: A = B = 3, whose answer the prompt works out, was a possible level-0 instance."""
    for seed in range(400):
        inst = ENV.generate(difficulty=0, seed=seed).instance
        assert (inst["black"], inst["white"]) != (3, 3)
