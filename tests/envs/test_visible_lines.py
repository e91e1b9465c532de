"""VisibleLinesFromAbove: the envelope stack against evaluating every line between crossings."""

from __future__ import annotations

import itertools
import random
from fractions import Fraction

import pytest

import rlve_gym
from rlve_gym.envs.geometry.visible_lines import visible_lines

ENV = rlve_gym.make("VisibleLinesFromAbove")


def visible_by_brute_force(slopes, intercepts):
    """Between two consecutive crossing abscissas the order of the lines is fixed, so test one
    point inside each gap (and beyond both ends): a line is visible iff it is strictly on top at
    one of them."""
    lines = list(zip(slopes, intercepts))
    crossings = sorted(
        {
            Fraction(b2 - b1, a1 - a2)
            for (a1, b1), (a2, b2) in itertools.combinations(lines, 2)
            if a1 != a2
        }
    )
    if crossings:
        probes = [crossings[0] - 1, crossings[-1] + 1]
        probes += [(x + y) / 2 for x, y in zip(crossings, crossings[1:])]
    else:
        probes = [Fraction(0)]
    seen = set()
    for x in probes:
        heights = [a * x + b for a, b in lines]
        top = max(heights)
        if heights.count(top) == 1:
            seen.add(heights.index(top))
    return sorted(seen)


@pytest.mark.parametrize("lines", range(2, 9))
def test_solver_matches_brute_force_on_small_crowded_instances(lines):
    sizes = {"lines": lines, "slope": 2, "intercept": 3}  # many parallel and concurrent lines
    for seed in range(60):
        instance = ENV.generate_instance(random.Random(seed), sizes)
        expected = visible_by_brute_force(instance["slopes"], instance["intercepts"])
        assert visible_lines(instance["slopes"], instance["intercepts"]) == expected


@pytest.mark.parametrize("difficulty", (0, 2, 6))
def test_generated_answers_match_brute_force(difficulty):
    for seed in range(20):
        problem = ENV.generate(difficulty, seed)
        inst = problem.instance
        expected = [i + 1 for i in visible_by_brute_force(inst["slopes"], inst["intercepts"])]
        assert [int(t) for t in problem.answer.split()] == expected


def test_edge_cases():
    assert visible_lines([0, 1, -1], [0, 0, 0]) == [1, 2]  # prompt example: line 1 only touches
    assert visible_lines([2, 2, 2], [1, 5, -3]) == [1]  # parallel: only the highest
    assert visible_lines([1], [4]) == [0]
    assert visible_lines([0, 1, -1], [1, 0, 0]) == [0, 1, 2]  # the flat line shows around x = 0


def test_lines_are_distinct():
    for seed in range(50):
        inst = ENV.generate(1, seed).instance
        pairs = list(zip(inst["slopes"], inst["intercepts"]))
        assert len(set(pairs)) == len(pairs) == ENV.schedule(1)["lines"]


def test_checker_accepts_any_order_and_rejects_everything_else():
    problem = ENV.generate(4, 3)
    ref = [int(t) for t in problem.answer.split()]
    n = len(problem.instance["slopes"])

    def check(text):
        return ENV.verify(problem, f"<answer>{text}</answer>")

    assert check(" ".join(map(str, reversed(ref)))).correct
    assert not check(" ".join(map(str, ref[:-1]))).correct
    hidden = [i for i in range(1, n + 1) if i not in ref]
    assert hidden and not check(" ".join(map(str, ref + hidden[:1]))).correct
    assert "more than once" in check(" ".join(map(str, ref + ref[:1]))).reason
    assert "between 1 and" in check(f"{n + 1}").reason
    for text in ("all", "1.5", " ".join(["1"] * (n + 2))):
        assert not check(text).format_ok


def test_all_parallel_draws_get_a_second_slope_so_two_lines_show():
    class SameSlope:
        def sample(self, population, k):
            return [13 * i for i in range(k)]  # slope index 0 every time

    sizes = {"lines": 6, "slope": 6, "intercept": 12}
    instance = ENV.generate_instance(SameSlope(), sizes)
    assert len(set(instance["slopes"])) == 2
    assert len(set(zip(instance["slopes"], instance["intercepts"]))) == 6
    assert len(ENV.solve(instance)) >= 2
