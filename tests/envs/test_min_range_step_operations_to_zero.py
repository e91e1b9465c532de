"""MinRangeStepOperationsToZero: the difference-array greedy against a breadth-first search over
actual range operations, and against a DP over per-difference choices."""

from __future__ import annotations

import itertools
import random
from collections import deque
from math import gcd

import pytest

import rlve_gym
from rlve_gym.envs.sequence_array.min_range_step_operations_to_zero import (
    bezout,
    fewest_operations,
)

ENV = rlve_gym.make("MinRangeStepOperationsToZero")


def distances_from_zero(length, a, b, bound):
    """BFS over arrays with entries in [-bound, bound]; operations are reversible, so the
    distance from zero is the distance to zero."""
    moves = []
    for l in range(length):
        for r in range(l, length):
            for amount in (a, -a, b, -b):
                moves.append((l, r, amount))
    start = (0,) * length
    dist = {start: 0}
    queue = deque([start])
    while queue:
        state = queue.popleft()
        for l, r, amount in moves:
            nxt = list(state)
            for i in range(l, r + 1):
                nxt[i] += amount
            if all(-bound <= v <= bound for v in nxt):
                key = tuple(nxt)
                if key not in dist:
                    dist[key] = dist[state] + 1
                    queue.append(key)
    return dist


@pytest.mark.parametrize(
    ("length", "a", "b"),
    [(1, 2, 3), (2, 1, 2), (2, 2, 3), (2, 2, 4), (2, 3, 5), (3, 2, 3), (3, 1, 4)],
)
def test_solver_matches_breadth_first_search(length, a, b):
    bound = 12 if length < 3 else 9
    dist = distances_from_zero(length, a, b, bound)
    g = gcd(a, b)
    for heights in itertools.product(range(0, 7, g), repeat=length):
        assert fewest_operations(list(heights), a, b) == dist[heights], heights


def dp_over_representations(heights, a, b, window=12):
    """Choose (x, y) with x a + y b = D[i] for every difference by brute force over |x| <= window,
    tracking the running sum of x; the sum of y is then 0 automatically."""
    padded = [0, *heights, 0]
    best = {0: 0}  # running sum of x -> smallest sum of |x| + |y|
    for i in range(1, len(padded)):
        diff = padded[i] - padded[i - 1]
        options = [
            (x, (diff - x * a) // b) for x in range(-window, window + 1) if (diff - x * a) % b == 0
        ]
        nxt = {}
        for total, c in best.items():
            for x, y in options:
                key, value = total + x, c + abs(x) + abs(y)
                if value < nxt.get(key, value + 1):
                    nxt[key] = value
        best = nxt
    return best[0] // 2


def test_solver_matches_representation_dp_on_longer_arrays():
    rng = random.Random(5)
    for _ in range(150):
        a, b = sorted(rng.sample(range(1, 8), 2))
        g = gcd(a, b)
        heights = [g * rng.randint(0, 20 // g) for _ in range(rng.randint(1, 6))]
        assert fewest_operations(heights, a, b) == dp_over_representations(heights, a, b)


def test_generated_instances_match_representation_dp():
    for d in (0, 1, 2):
        for seed in range(15):
            problem = ENV.generate(d, seed)
            inst = problem.instance
            g = gcd(inst["step_a"], inst["step_b"])
            assert all(h % g == 0 for h in inst["heights"])
            expected = dp_over_representations(inst["heights"], inst["step_a"], inst["step_b"], 25)
            assert int(problem.answer) == expected


def test_bezout_and_edge_cases():
    for a, b in ((3, 5), (4, 6), (1, 9), (12, 18)):
        u, v = bezout(a, b)
        assert u * a + v * b == gcd(a, b)
    assert fewest_operations([5, 2], 2, 3) == 2  # the prompt's example
    assert fewest_operations([0, 0, 0], 2, 3) == 0
    assert fewest_operations([4, 4, 4, 4], 2, 3) == 2  # -2 over everything, twice
    assert fewest_operations([1], 2, 3) == 2  # -3 then +2
    assert fewest_operations([6], 4, 6) == 1


def test_close_and_malformed_answers_are_rejected():
    problem = ENV.generate(2, 5)
    ref = int(problem.answer)
    for text in (str(ref + 1), str(ref - 1)):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and v.format_ok
    for text in ("", "1 2", "x"):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").format_ok
