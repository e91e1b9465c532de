"""PartitionsIntoKParts: the recurrence against listing non-increasing part sequences."""

from __future__ import annotations

import random
from collections import Counter

import rlve_gym
from rlve_gym.kernels.combinatorics import partitions_into_parts

ENV = rlve_gym.make("PartitionsIntoKParts")


def list_partitions(n: int, k: int, largest: int | None = None) -> list[tuple[int, ...]]:
    """All non-increasing k-tuples of positive integers summing to n."""
    largest = n if largest is None else largest
    if k == 0:
        return [()] if n == 0 else []
    return [
        (first, *rest)
        for first in range(min(n, largest), 0, -1)
        for rest in list_partitions(n - first, k - 1, first)
    ]


def test_table_matches_listing_for_all_small_n_and_k():
    table = partitions_into_parts(18, 18)
    for n in range(19):
        for k in range(19):
            assert table[n][k] == len(list_partitions(n, k)), (n, k)


def test_small_generated_instances_match_listing():
    rng = random.Random(3)
    for _ in range(30):
        inst = ENV.generate_instance(rng, {"max_number": 36})
        assert 3 <= inst["parts"] <= inst["number"] // 2
        assert ENV.solve(inst) == len(list_partitions(inst["number"], inst["parts"]))


def test_level_zero_answers_spread():
    """Regression: with N fixed one count answered a third of level 0."""
    answers = Counter(ENV.generate(difficulty=0, seed=seed).answer for seed in range(100))
    assert answers.most_common(1)[0][1] <= 4


def test_edge_cases_and_totals():
    table = partitions_into_parts(100, 100)
    assert table[0][0] == 1 and table[5][0] == 0 and table[3][5] == 0
    assert sum(table[100]) == 190569292  # p(100)
    assert table[6][2] == 3  # the example in the prompt
    assert partitions_into_parts(30, 30, 7)[30][5] == table[30][5] % 7


def test_worked_example_never_generated_and_level_zero_varies():
    answers = set()
    for seed in range(60):
        problem = ENV.generate(difficulty=0, seed=seed)
        assert problem.instance["number"] != 6  # 6 into 2 parts is the prompt's example
        answers.add(problem.answer)
    assert len(answers) >= 3
