"""SupersetMovePathsAvoidingPoints: inclusion-exclusion against a path DP over every lattice point."""

from __future__ import annotations

import random
from functools import cache
from itertools import product

import rlve_gym
from rlve_gym.envs.combinatorics_counting.superset_move_paths import count_superset_paths

ENV = rlve_gym.make("SupersetMovePathsAvoidingPoints")
PRIME = 1_000_000_007


def brute_force(target, forbidden):
    """Sum over last steps, visiting every point whose coordinates are at most the target's."""
    blocked = {tuple(p) for p in forbidden}

    @cache
    def paths(point):
        if point == (0, 0, 0):
            return 1
        if point in blocked:
            return 0
        total = 0
        for axis in range(3):
            for before in range(point[axis]):
                if before & point[axis] == before:
                    prev = list(point)
                    prev[axis] = before
                    total += paths(tuple(prev))
        return total

    return paths(tuple(target))


def test_solver_matches_path_enumeration_on_random_instances():
    rng = random.Random(3)
    for _ in range(300):
        target = [rng.randint(0, 7) for _ in range(3)]
        points = [
            p
            for p in product(range(target[0] + 1), range(target[1] + 1), range(target[2] + 1))
            if all(a & t == a for a, t in zip(p, target, strict=True))
            and p != (0, 0, 0)
            and list(p) != target
        ]
        forbidden = [list(p) for p in rng.sample(points, rng.randint(0, min(4, len(points))))]
        assert count_superset_paths(target, forbidden, PRIME) == brute_force(target, forbidden), (
            target,
            forbidden,
        )


def test_solver_matches_enumeration_on_generated_levels():
    for d in range(4):
        for seed in range(20):
            problem = ENV.generate(difficulty=d, seed=seed)
            inst = problem.instance
            assert (
                int(problem.answer)
                == brute_force(inst["target"], inst["forbidden"]) % inst["modulus"]
            )


def test_edge_cases():
    assert count_superset_paths([0, 0, 0], [], PRIME) == 1  # already there
    assert count_superset_paths([1, 0, 0], [], PRIME) == 1
    assert count_superset_paths([3, 0, 0], [], PRIME) == 3  # 0->3, 0->1->3, 0->2->3
    assert count_superset_paths([3, 0, 0], [[1, 0, 0], [2, 0, 0]], PRIME) == 1
    assert count_superset_paths([1, 1, 0], [[1, 0, 0], [0, 1, 0]], PRIME) == 0
    assert count_superset_paths([7, 0, 0], [], 7) == 13 % 7  # ordered set partitions of 3 bits


def test_generated_instances_are_well_formed():
    for seed in range(30):
        inst = ENV.generate(difficulty=6, seed=seed).instance
        target = inst["target"]
        assert len({tuple(p) for p in inst["forbidden"]}) == len(inst["forbidden"])
        for p in inst["forbidden"]:
            assert (
                all(a & t == a for a, t in zip(p, target, strict=True))
                and p != [0, 0, 0]
                and p != target
            )
