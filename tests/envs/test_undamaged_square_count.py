"""UndamagedLatticeSquareCount: shifted masks against checking every four undamaged points."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.geometry.undamaged_square_count import count_undamaged_squares

ENV = rlve_gym.make("UndamagedLatticeSquareCount")


def is_square(points):
    """Four distinct points form a square iff their six squared distances are four equal sides
    s > 0 and two equal diagonals 2s."""
    d = sorted(
        (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2 for p, q in itertools.combinations(points, 2)
    )
    return d[0] > 0 and d[0] == d[3] and d[4] == d[5] == 2 * d[0]


def squares_by_brute_force(width, height, damaged):
    bad = {tuple(p) for p in damaged}
    points = [(x, y) for x in range(width + 1) for y in range(height + 1) if (x, y) not in bad]
    return sum(is_square(q) for q in itertools.combinations(points, 4))


@pytest.mark.parametrize("width", range(1, 5))
def test_masks_match_brute_force_on_small_lattices(width):
    rng = random.Random(width)
    for height in range(1, 5):
        cells = [[x, y] for x in range(width + 1) for y in range(height + 1)]
        for damaged_count in (0, 1, 3, len(cells) // 2):
            damaged = rng.sample(cells, damaged_count)
            expected = squares_by_brute_force(width, height, damaged)
            assert count_undamaged_squares(width, height, damaged) == expected


def test_known_values():
    assert count_undamaged_squares(2, 2, []) == 6  # prompt example
    assert count_undamaged_squares(2, 2, [[1, 1]]) == 2
    assert count_undamaged_squares(3, 3, []) == 20
    assert count_undamaged_squares(5, 1, []) == 5  # a strip: unit squares only
    # no damage: sum over bounding boxes of side s, each holding s squares
    n, m = 7, 4
    assert count_undamaged_squares(n, m, []) == sum(
        s * (n - s + 1) * (m - s + 1) for s in range(1, min(n, m) + 1)
    )


def test_generated_small_instances_match_brute_force():
    for seed in range(12):
        inst = ENV.generate_instance(random.Random(seed), {"low": 2, "high": 4})
        assert ENV.solve(inst) == squares_by_brute_force(
            inst["width"], inst["height"], inst["damaged"]
        )


def test_generated_instances_are_valid_and_never_zero():
    for d in (0, 2, 10):
        sizes = ENV.schedule(d)
        for seed in range(40):
            problem = ENV.generate(d, seed)
            inst = problem.instance
            assert sizes["low"] <= inst["width"] <= sizes["high"]
            assert sizes["low"] <= inst["height"] <= sizes["high"]
            damaged = {tuple(p) for p in inst["damaged"]}
            assert len(damaged) == len(inst["damaged"])
            assert all(0 <= x <= inst["width"] and 0 <= y <= inst["height"] for x, y in damaged)
            assert int(problem.answer) > 0


def test_checker_accepts_only_the_exact_integer():
    problem = ENV.generate(1, 3)
    value = int(problem.answer)
    assert ENV.verify(problem, f"<answer>{value}</answer>").correct
    assert not ENV.verify(problem, f"<answer>{value + 1}</answer>").correct
    for text in ("", "12 squares", "1e3"):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").format_ok
