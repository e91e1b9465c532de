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


def test_generated_small_levels_match_search():
    for d in range(2):
        for seed in range(6):
            problem = ENV.generate(difficulty=d, seed=seed)
            demands = problem.instance["demands"]
            if len(demands) <= 5 and max(demands) <= 4:
                assert int(problem.answer) == brute_force(demands)


def test_prompt_examples_and_odd_cycle_excess():
    assert fewest_medal_types([1, 1, 1]) == 3
    assert fewest_medal_types([2, 1, 2, 1]) == 3
    assert fewest_medal_types([4, 2, 4]) == 10 == brute_force([4, 2, 4])
    assert fewest_medal_types([7, 1, 7, 1]) == 8 == brute_force([7, 1, 7, 1])
    # five generals needing 2 each: the pentagon needs 5 types, one more than the neighbour bound
    assert fewest_medal_types([2, 2, 2, 2, 2]) == 5 == brute_force([2, 2, 2, 2, 2])


def test_prompt_examples_are_never_instances():
    """Regression: the examples 1 1 1 and 2 1 2 1 were possible level-0 / level-1 instances; the
    new ones need demands above what N = 3 (level 0) and N = 4 (level 1) can draw."""
    prompt = ENV.generate(difficulty=0, seed=0).prompt
    assert "A = 4 2 4" in prompt and "A = 7 1 7 1" in prompt
    for d in (0, 1):
        for seed in range(300):
            demands = ENV.generate(difficulty=d, seed=seed).instance["demands"]
            assert demands != [4, 2, 4] and demands != [7, 1, 7, 1]
            assert len(demands) != 3 or max(demands) <= 3
            assert len(demands) != 4 or max(demands) <= 6
