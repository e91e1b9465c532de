"""CuboidClearing: the optimum against exhaustive search over all sets of unit slabs on small
boxes (slab sets suffice: a cuboid of shortest side k splits into k slabs of the same cost),
and the checker on general cuboids."""

from __future__ import annotations

import itertools

import pytest

import rlve_gym
from rlve_gym.envs.graph.cuboid_clearing import cheapest_clearing

ENV = rlve_gym.make("CuboidClearing")


def _brute_force(box):
    a, b, c = len(box), len(box[0]), len(box[0][0])
    ones = [(x, y, z) for x in range(a) for y in range(b) for z in range(c) if box[x][y][z] == "1"]
    slabs = (
        [("x", i) for i in range(a)] + [("y", j) for j in range(b)] + [("z", k) for k in range(c)]
    )
    for size in range(len(slabs) + 1):
        for chosen in itertools.combinations(slabs, size):
            s = set(chosen)
            if all(("x", x) in s or ("y", y) in s or ("z", z) in s for x, y, z in ones):
                return size
    return None


@pytest.mark.parametrize("difficulty", range(0, 7, 2))
def test_optimum_matches_exhaustive_slab_search(difficulty):
    for seed in range(8):
        problem = ENV.generate(difficulty, seed)
        box = problem.instance["box"]
        assert problem.instance["optimum"] == _brute_force(box) == len(cheapest_clearing(box))


def _problem(box, optimum):
    base = ENV.generate(0, 0)
    return rlve_gym.Problem(
        base.env_name, base.version, 0, 0, "p", "", {"box": box, "optimum": optimum}
    )


def test_general_cuboids_are_accepted_at_optimal_cost():
    # 2 x 2 x 2 box, marked (1,1,1) and (2,2,2): two 1x1x1 cubes, or one slab plus a cube, cost 2
    box = [["10", "00"], ["00", "01"]]
    problem = _problem(box, 2)

    def verify(text):
        return ENV.verify(problem, f"<answer>{text}</answer>")

    assert verify("1 1 1 1 1 1, 2 2 2 2 2 2").correct
    assert verify("1 1 1 1 2 2, 2 2 2 2 2 2").correct
    assert verify("1 1 1 2 2 2").correct  # the whole box has shortest side 2
    assert "not the minimum" in verify("1 1 1 1 1 1, 2 2 2 2 2 2, 1 2 1 1 2 1").reason
    assert "not cleared" in verify("1 1 1 1 1 1").reason
    assert "not a cuboid" in verify("1 1 1 1 1 3").reason
    assert "not a cuboid" in verify("2 1 1 1 1 1").reason
    assert not verify("1 1 1 1 1").format_ok


def test_clearing_the_whole_box_is_never_optimal():
    # uniformly drawn boxes had optimum A on 97% of level-3 seeds, so one box-sized cuboid won
    for difficulty in (0, 3, 10, 20):
        for seed in range(30):
            problem = ENV.generate(difficulty, seed)
            box = problem.instance["box"]
            whole = f"1 1 1 {len(box)} {len(box[0])} {len(box[0][0])}"
            assert problem.instance["optimum"] < len(box)
            assert not ENV.verify(problem, f"<answer>{whole}</answer>").correct
