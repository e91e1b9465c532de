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
