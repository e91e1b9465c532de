"""DivisorToggleExpectedPresses: the switch-set recurrence against the Markov chain over all 2^N
light patterns, with shortest finishes found by breadth-first search and exact fractions."""

from __future__ import annotations

import math
import random
from collections import deque
from fractions import Fraction

import pytest

import rlve_gym
from rlve_gym.envs.probability.divisor_toggle_expected_presses import (
    expected_presses_times_factorial,
    needed_switches,
)

ENV = rlve_gym.make("DivisorToggleExpectedPresses")
PRIME = 1_000_000_007


def switch_masks(n):
    return [sum(1 << (d - 1) for d in range(1, i + 1) if i % d == 0) for i in range(1, n + 1)]


def fewest_presses(n):
    """Shortest number of presses from every pattern to all-off (BFS from 0; presses are involutions)."""
    masks = switch_masks(n)
    dist = {0: 0}
    queue = deque([0])
    while queue:
        state = queue.popleft()
        for mask in masks:
            nxt = state ^ mask
            if nxt not in dist:
                dist[nxt] = dist[state] + 1
                queue.append(nxt)
    return dist


def expected_presses_by_chain(n, lights, finish):
    """Solve E(x) = fewest(x) if fewest(x) <= finish, else 1 + mean over switches of E(x ^ switch)."""
    masks = switch_masks(n)
    fewest = fewest_presses(n)
    states = list(range(1 << n))
    index = {s: i for i, s in enumerate(states)}
    size = len(states)
    rows = []
    for s in states:
        row = [Fraction(0)] * (size + 1)
        row[index[s]] = Fraction(1)
        if fewest[s] <= finish:
            row[size] = Fraction(fewest[s])
        else:
            for mask in masks:
                row[index[s ^ mask]] -= Fraction(1, n)
            row[size] = Fraction(1)
        rows.append(row)
    for col in range(size):
        pivot = next(r for r in range(col, size) if rows[r][col] != 0)
        rows[col], rows[pivot] = rows[pivot], rows[col]
        lead = rows[col][col]
        rows[col] = [x / lead for x in rows[col]]
        for r in range(size):
            if r != col and rows[r][col] != 0:
                factor = rows[r][col]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[col])]
    start = sum(1 << (j) for j, ch in enumerate(lights) if ch == "1")
    return rows[index[start]][size]


def test_greedy_switch_set_is_the_shortest_finish():
    for n in (1, 4, 7):
        fewest = fewest_presses(n)
        for pattern in range(1 << n):
            lights = "".join("1" if pattern >> j & 1 else "0" for j in range(n))
            assert len(needed_switches(lights)) == fewest[pattern]


@pytest.mark.parametrize("n", [1, 2, 3, 4, 5])
def test_recurrence_matches_the_markov_chain(n):
    rng = random.Random(n)
    for _ in range(6):
        lights = "".join(rng.choice("01") for _ in range(n))
        start = len(needed_switches(lights))
        for finish in range(0, max(start, 1)):
            exact = expected_presses_by_chain(n, lights, finish)
            scaled = exact * math.factorial(n)
            assert scaled.denominator == 1  # E * n! is an integer
            got = expected_presses_times_factorial(n, start, finish, PRIME)
            assert got == scaled.numerator % PRIME


def test_generated_instances_use_the_random_phase_and_verify():
    for d in (0, 3, 20):
        for seed in range(25):
            problem = ENV.generate(d, seed)
            inst = problem.instance
            start = len(needed_switches(inst["lights"]))
            assert 0 <= inst["finish"] < start and start >= 2
            assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct


def test_prompt_example_and_wrong_answers():
    assert expected_presses_times_factorial(1, 1, 0, PRIME) == 1
    problem = ENV.generate(2, 9)
    m = problem.instance["modulus"]
    assert not ENV.verify(problem, f"<answer>{int(problem.answer) + m}</answer>").correct
    for text in ("3/2", "", "1e9"):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").format_ok
    for text in ENV.near_misses(problem):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").correct
