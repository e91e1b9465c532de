"""SetSplittingTwoColoring: the checker against enumerating every split of small instances."""

from __future__ import annotations

from itertools import combinations

import rlve_gym
from rlve_gym.envs.combinatorics_counting.set_splitting import blind_splits

ENV = rlve_gym.make("SetSplittingTwoColoring")


def valid_splits(n, sets):
    splits = []
    for size in range(0, n + 1):
        for first in combinations(range(1, n + 1), size):
            chosen = set(first)
            if all(0 < sum(x in chosen for x in s) < len(s) for s in sets):
                splits.append(list(first))
    return splits


def test_checker_accepts_exactly_the_valid_splits():
    for d in range(4):
        for seed in range(6):
            problem = ENV.generate(difficulty=d, seed=seed)
            inst = problem.instance
            good = valid_splits(inst["items"], inst["sets"])
            assert inst["planted"] in good and ENV.solve(inst) in good
            good_keys = {tuple(g) for g in good}
            for size in range(0, inst["items"] + 1):
                for first in combinations(range(1, inst["items"] + 1), size):
                    text = "<answer>" + " ".join(map(str, reversed(first))) + "</answer>"
                    assert ENV.verify(problem, text).correct == (first in good_keys), first


def test_swapped_groups_are_accepted():
    problem = ENV.generate(difficulty=6, seed=2)
    inst = problem.instance
    other = [x for x in range(1, inst["items"] + 1) if x not in inst["planted"]]
    assert ENV.verify(problem, "<answer>" + " ".join(map(str, other)) + "</answer>").correct


def test_wrong_answers_have_reasons():
    problem = ENV.generate(difficulty=3, seed=1)
    n = problem.instance["items"]
    assert "more than once" in ENV.verify(problem, "<answer>1 1</answer>").reason
    assert "not an item" in ENV.verify(problem, f"<answer>{n + 1}</answer>").reason
    assert "no item in S1" in ENV.verify(problem, "<answer></answer>").reason
    everything = " ".join(map(str, range(1, n + 1)))
    assert "no item in S2" in ENV.verify(problem, f"<answer>{everything}</answer>").reason


def test_every_set_meets_both_planted_groups():
    for seed in range(20):
        inst = ENV.generate(difficulty=12, seed=seed).instance
        planted = set(inst["planted"])
        assert all(0 < len(planted & set(s)) < len(s) for s in inst["sets"])


def test_blind_splits_are_never_valid():
    """Regression: S1 = {1} was valid on 69% of level-0 instances, the first half on 48% at d = 3."""
    for d in (0, 1, 3, 10):
        for seed in range(60):
            problem = ENV.generate(difficulty=d, seed=seed)
            n = problem.instance["items"]
            for blind in blind_splits(n) + [list(range(2, n + 1, 2))]:
                text = "<answer>" + " ".join(map(str, blind)) + "</answer>"
                assert not ENV.verify(problem, text).correct, (d, seed, blind)
