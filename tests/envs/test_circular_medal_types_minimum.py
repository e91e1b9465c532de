"""CircularMedalTypesMinimum: the feasibility sweep against searching for actual medal assignments."""

from __future__ import annotations

from itertools import combinations, product

import rlve_gym
from rlve_gym.envs.combinatorics_counting.circular_medal_types_minimum import fewest_medal_types

ENV = rlve_gym.make("CircularMedalTypesMinimum")


def assignable(demands, types) -> bool:
    n = len(demands)
    options = [[sum(1 << t for t in c) for c in combinations(range(types), a)] for a in demands]
    chosen = [(1 << demands[0]) - 1]  # by symmetry general 1 takes the first types

    def place(i):
        if i == n:
            return chosen[-1] & chosen[0] == 0
        for mask in options[i]:
            if mask & chosen[-1] == 0:
                chosen.append(mask)
                if place(i + 1):
                    return True
                chosen.pop()
        return False

    return place(1)


def brute_force(demands) -> int:
    types = 1
    while not assignable(demands, types):
        types += 1
    return types


def test_sweep_matches_assignment_search_on_all_small_circles():
    for n in (3, 4, 5):
        for demands in product(range(1, 4), repeat=n):
            assert fewest_medal_types(list(demands)) == brute_force(demands), demands


def test_sweep_matches_search_on_seven_generals():
    import random

    rng = random.Random(5)
    for _ in range(40):
        demands = [rng.randint(1, 3) for _ in range(7)]
        assert fewest_medal_types(demands) == brute_force(demands), demands


def test_small_generated_instances_match_search():
    import random

    for seed in range(12):
        demands = ENV.generate_instance(random.Random(seed), {"half": 2, "max_demand": 4})[
            "demands"
        ]
        assert fewest_medal_types(demands) == brute_force(demands), demands


def test_prompt_examples_and_odd_cycle_excess():
    assert fewest_medal_types([1, 1, 1]) == 3
    assert fewest_medal_types([2, 1, 2, 1]) == 3
    assert fewest_medal_types([4, 2, 4]) == 10 == brute_force([4, 2, 4])
    assert fewest_medal_types([7, 1, 7, 1]) == 8 == brute_force([7, 1, 7, 1])
    # five generals needing 2 each: the pentagon needs 5 types, one more than the neighbour bound
    assert fewest_medal_types([2, 2, 2, 2, 2]) == 5 == brute_force([2, 2, 2, 2, 2])


def test_prompt_examples_are_never_instances():
    """Regression: the examples 1 1 1 and 2 1 2 1 were possible level-0 / level-1 instances; the
    new ones use demands level 0 rarely draws (its ceiling is at least 50)."""
    prompt = ENV.generate(difficulty=0, seed=0).prompt
    assert "A = 4 2 4" in prompt and "A = 7 1 7 1" in prompt
    for d in (0, 1):
        for seed in range(300):
            demands = ENV.generate(difficulty=d, seed=seed).instance["demands"]
            assert demands != [4, 2, 4] and demands != [7, 1, 7, 1]
