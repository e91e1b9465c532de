"""CuboidClearing: the optimum against exhaustive search over all sets of unit slabs on small
boxes (slab sets suffice: a cuboid of shortest side k splits into k slabs of the same cost),
and the checker on general cuboids."""

from __future__ import annotations

import itertools

import pytest

import rlve_gym
from rlve_gym import provenance
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
    problem = rlve_gym.Problem(
        base.env_name, base.version, 0, 0, "p", "", {"box": box, "optimum": optimum}
    )
    provenance.remember(problem)  # a hand-made instance, not one the generator gives
    return problem


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


def _per_subset_clearing(box):
    """The former solver: one Koenig cover per subset of x-planes, kept as the oracle for the
    compiled subset search (same slabs, including which optimal set is returned)."""
    from rlve_gym.envs.graph.cuboid_clearing import _vertex_cover

    a, b, c = len(box), len(box[0]), len(box[0][0])
    ones = [(x, y, z) for x in range(a) for y in range(b) for z in range(c) if box[x][y][z] == "1"]
    best = None
    for subset in range(1 << a):
        planes = [x for x in range(a) if subset >> x & 1]
        ys, zs = _vertex_cover(b, c, {(y, z) for x, y, z in ones if not subset >> x & 1})
        if best is None or len(planes) + len(ys) + len(zs) < sum(map(len, best)):
            best = (planes, ys, zs)
    planes, ys, zs = best
    return (
        [[x + 1, 1, 1, x + 1, b, c] for x in planes]
        + [[1, y + 1, 1, a, y + 1, c] for y in ys]
        + [[1, 1, z + 1, a, b, z + 1] for z in zs]
    )


def test_compiled_subset_search_matches_per_subset_covers():
    import random

    from rlve_gym.envs.graph.cuboid_clearing import clearing_cost

    rng = random.Random(7)
    for _ in range(300):
        a, b, c = rng.randint(1, 5), rng.randint(1, 8), rng.randint(1, 8)
        density = rng.random()
        box = [
            ["".join("1" if rng.random() < density else "0" for _ in range(c)) for _ in range(b)]
            for _ in range(a)
        ]
        expected = _per_subset_clearing(box)
        assert cheapest_clearing(box) == expected
        assert clearing_cost(box) == len(expected)
    for difficulty in (0, 10, 20, 30):
        for seed in range(20):
            box = ENV.generate(difficulty, seed).instance["box"]
            assert cheapest_clearing(box) == _per_subset_clearing(box)


def test_rows_too_wide_for_bitmasks_fall_back_to_python_covers():
    import random

    rng = random.Random(2)
    for c in (62, 63, 70):
        box = [["".join(rng.choice("0001") for _ in range(c)) for _ in range(3)] for _ in range(3)]
        assert cheapest_clearing(box) == _per_subset_clearing(box)
