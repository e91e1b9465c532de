"""SubsetSumOfPowersSequence: solver against sorting all sums of distinct powers."""

from __future__ import annotations

from itertools import combinations

import rlve_gym

ENV = rlve_gym.make("SubsetSumOfPowersSequence")


def sorted_sums(base, powers=12):
    values = [base**i for i in range(powers)]
    sums = {sum(c) for r in range(1, powers + 1) for c in combinations(values, r)}
    return sorted(sums)


def test_nth_value_matches_enumeration_for_small_bases():
    for base in (2, 3, 4, 5, 7, 10):
        sums = sorted_sums(base)
        for n in range(1, 2**11):
            assert ENV.solve({"n": n, "base": base}) == sums[n - 1]


def test_generated_instances_match_enumeration():
    for d in range(4):
        for seed in range(30):
            problem = ENV.generate(d, seed)
            base, n = problem.instance["base"], problem.instance["n"]
            assert int(problem.answer) == sorted_sums(base, n.bit_length() + 1)[n - 1]


def test_answer_is_never_in_the_listed_prefix():
    for seed in range(80):
        problem = ENV.generate(difficulty=0, seed=seed)
        assert problem.instance["n"] >= 9  # the prompt lists the first 8 terms for K = 3


def test_bases_above_36_and_the_top_levels():
    # regression: int(text, base) stops at base 36, which level 31 reaches
    assert ENV.solve({"n": 5, "base": 40}) == 40**2 + 1
    assert ENV.solve({"n": 2**20, "base": 100}) == 100**20
    for d in (40, 100):
        problem = ENV.generate(difficulty=d, seed=1)
        assert ENV.verify(problem, problem.reference_response()).correct


def test_the_prompt_example_is_never_a_sum_of_distinct_powers():
    for base in range(3, 60):
        assert 2 not in sorted_sums(base, 3)
