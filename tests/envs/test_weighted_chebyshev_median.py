"""WeightedChebyshevMedianPoint: the rotated-median solver against a search over a whole box."""

from __future__ import annotations

import random

import pytest

import rlve_gym
from rlve_gym.envs.geometry.weighted_chebyshev_median import best_point, chebyshev_cost

ENV = rlve_gym.make("WeightedChebyshevMedianPoint")


def optimal_points_by_search(points, margin=2):
    """(optimal cost, the optimal points within ``margin`` of the bounding box), trying every
    integer point there (an optimum lies inside the box: moving a point outside towards the box
    never raises a term)."""
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    costs = {
        (x, y): sum(w * max(abs(x - px), abs(y - py)) for px, py, w in points)
        for x in range(min(xs) - margin, max(xs) + margin + 1)
        for y in range(min(ys) - margin, max(ys) + margin + 1)
    }
    best = min(costs.values())
    return best, {p for p, c in costs.items() if c == best}


def small_instance(seed, points, spread=4, weight=4):
    sizes = {"points": points, "spread": spread, "weight": weight}
    return ENV.generate_instance(random.Random(seed), sizes)


@pytest.mark.parametrize("points", range(1, 8))
def test_optimum_matches_search_and_exactly_the_optimal_points_are_accepted(points):
    for seed in range(25):
        instance = small_instance(seed, points)
        best, optimal = optimal_points_by_search(instance["points"])
        assert instance["best_cost"] == best
        assert tuple(ENV.solve(instance)) in optimal
        xs = [p[0] for p in instance["points"]]
        ys = [p[1] for p in instance["points"]]
        for x in range(min(xs) - 2, max(xs) + 3):
            for y in range(min(ys) - 2, max(ys) + 3):
                assert ENV.check(instance, [x, y], None).correct == ((x, y) in optimal)


def test_even_total_weights_and_parity_clashes_are_handled():
    rng = random.Random(3)
    for _ in range(150):  # no odd-weight adjustment here: wide optimal sets, all parities
        points = [
            [rng.randint(-3, 3), rng.randint(-3, 3), rng.randint(1, 3)]
            for _ in range(rng.randint(1, 5))
        ]
        best, optimal = optimal_points_by_search(points)
        cost, x, y = best_point(points)
        assert cost == best == chebyshev_cost(points, x, y)
    # the real optimum (0.5, 0.5) costs 2 but is not a lattice point; every corner costs 3
    points = [[0, 0, 1], [1, 1, 1], [0, 1, 1], [1, 0, 1]]
    assert best_point(points)[0] == optimal_points_by_search(points)[0] == 3


def test_odd_total_weight_keeps_the_optimal_set_small():
    for seed in range(40):
        problem = ENV.generate(1, seed)
        points = problem.instance["points"]
        assert sum(p[2] for p in points) % 2 == 1
        best, optimal = optimal_points_by_search(points)
        assert problem.instance["best_cost"] == best and len(optimal) <= 4


def test_single_point_and_checker_edge_cases():
    instance = {"points": [[5, -2, 3]], "best_cost": 0}
    assert ENV.solve(instance) == [5, -2]
    assert ENV.check(instance, [5, -2], None).correct
    assert chebyshev_cost(instance["points"], 6, -1) == 3
    problem = ENV.generate(2, 4)
    for text in ("1", "1 2 3", "x y", "1.5 2", "9" * 20 + " 0"):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").format_ok
    far = ENV.verify(problem, "<answer>1000000000 -1000000000</answer>")
    assert far.format_ok and not far.correct
