"""RayFromOriginMaxSegmentValue: the slope sweep against testing rays through every endpoint."""

from __future__ import annotations

import random

import pytest

import rlve_gym
from rlve_gym.envs.geometry.ray_segment_crossing import heaviest_ray

ENV = rlve_gym.make("RayFromOriginMaxSegmentValue")


def ray_hits(direction, segment):
    """The ray from the origin through ``direction`` meets the segment: its endpoints are not
    strictly on the same side of the line, and (all of it lying in x, y > 0) the meeting point
    is on the ray's half of that line."""
    dx, dy = direction
    x1, y1, x2, y2 = segment
    side1, side2 = dx * y1 - dy * x1, dx * y2 - dy * x2
    return side1 * side2 <= 0


def heaviest_by_brute_force(segments, values):
    """A best ray can be turned until it passes through an endpoint (where a range starts)."""
    directions = [(s[0], s[1]) for s in segments] + [(s[2], s[3]) for s in segments]
    return max(sum(v for s, v in zip(segments, values) if ray_hits(d, s)) for d in directions)


@pytest.mark.parametrize("coordinate", (2, 3, 5, 12))
def test_sweep_matches_brute_force(coordinate):
    for seed in range(60):
        sizes = {"segments": 1 + seed % 9, "coordinate": coordinate, "value": 5}
        instance = ENV.generate_instance(random.Random(seed), sizes)
        expected = heaviest_by_brute_force(instance["segments"], instance["values"])
        assert ENV.solve(instance) == expected


def test_counts_with_unit_values_and_touching_ends():
    # both pass through direction (1, 1) only at their endpoints: touching counts
    assert heaviest_ray([[1, 1, 2, 1], [2, 2, 1, 2]], [1, 1]) == 2
    # a segment pointing at the origin covers one direction; a parallel one misses it
    assert heaviest_ray([[1, 1, 3, 3], [1, 2, 2, 4], [2, 1, 1, 3]], [1, 1, 1]) == 2
    assert heaviest_ray([[1, 2, 2, 1], [3, 3, 4, 1], [1, 5, 2, 6]], [5, 4, 7]) == 9  # prompt


@pytest.mark.parametrize("difficulty", (0, 1, 4))
def test_generated_problems_match_brute_force(difficulty):
    for seed in range(20):
        problem = ENV.generate(difficulty, seed)
        inst = problem.instance
        assert int(problem.answer) == heaviest_by_brute_force(inst["segments"], inst["values"])
        c = ENV.schedule(difficulty)["coordinate"]
        for x1, y1, x2, y2 in inst["segments"]:
            assert (x1, y1) != (x2, y2) and all(1 <= t <= c for t in (x1, y1, x2, y2))


def test_equal_endpoint_draws_are_repaired():
    class Constant:
        def randint(self, low, high):
            return high

    instance = ENV.generate_instance(Constant(), {"segments": 3, "coordinate": 4, "value": 9})
    assert instance["segments"] == [[4, 4, 1, 4]] * 3


def test_checker_accepts_only_the_exact_integer():
    problem = ENV.generate(3, 2)
    value = int(problem.answer)
    assert ENV.verify(problem, f"<answer>{value}</answer>").correct
    assert not ENV.verify(problem, f"<answer>{value - 1}</answer>").correct
    for text in ("", "two", "1 2", "9" * 10):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").format_ok
