"""FunctionalGraphToCycle: the greedy optimum against exhaustive search over every re-pointing
(trying all targets, so the path-condition argument is checked too), and checker edge cases."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym import provenance
from rlve_gym.envs.graph.functional_graph_to_cycle import cheapest_repointing, kept_pointers_problem

ENV = rlve_gym.make("FunctionalGraphToCycle")


def _single_cycle(pointer):
    v, seen = 0, set()
    for _ in range(len(pointer)):
        seen.add(v)
        v = pointer[v]
    return v == 0 and len(seen) == len(pointer)


def _brute_force(pointer, cost):
    """Cheapest set S such that some choice of new targets for S gives one Hamiltonian cycle."""
    n = len(pointer)
    best = None
    for r in range(n + 1):
        for subset in itertools.combinations(range(n), r):
            price = sum(cost[i] for i in subset)
            if best is not None and price >= best:
                continue
            choices = [[t for t in range(n) if t != i] for i in subset]
            for targets in itertools.product(*choices):
                new = list(pointer)
                for i, t in zip(subset, targets, strict=False):
                    new[i] = t
                if _single_cycle(new):
                    best = price
                    break
    return best


def _realisable(pointer, subset):
    n = len(pointer)
    options = [[t for t in range(n) if t != i] if i in subset else [pointer[i]] for i in range(n)]
    return any(_single_cycle(list(targets)) for targets in itertools.product(*options))


@pytest.mark.parametrize("seed", range(40))
def test_optimum_and_checker_match_exhaustive_search(seed):
    # 5 vertices (the schedule starts at 11, too many subsets and re-pointings to try)
    instance = ENV.generate_instance(random.Random(seed), {"vertices": 5, "max_cost": 9})
    pointer, cost = instance["pointer"], instance["cost"]
    assert instance["min_cost"] == _brute_force(pointer, cost)
    for r in range(4):
        for subset in itertools.combinations(range(len(pointer)), r):
            assert (kept_pointers_problem(pointer, set(subset)) is None) == _realisable(
                pointer, subset
            )


def test_hand_made_cases():
    assert cheapest_repointing([1, 2, 0], [5, 5, 5]) == (0, [])
    # two 2-cycles: break one pointer in each, the cheapest ones
    total, chosen = cheapest_repointing([1, 0, 3, 2], [4, 1, 2, 7])
    assert total == 3 and sorted(chosen) == [1, 2]
    base = ENV.generate(0, 0)
    instance = {"pointer": [1, 0, 3, 2], "cost": [4, 1, 2, 7], "min_cost": 3}
    problem = rlve_gym.Problem(base.env_name, base.version, 0, 0, "p", "1 2", instance)
    provenance.remember(problem)  # a hand-made instance, not one the generator gives

    def verify(text):
        return ENV.verify(problem, f"<answer>{text}</answer>")

    assert verify("2 1").correct
    assert "not broken" in verify("1").reason
    assert "not the minimum" in verify("0 2").reason
    assert "more than once" in verify("1 1 2").reason
    assert "vertices are" in verify("1 9").reason
