"""NeighbourAddSortingSteps: the DP against breadth-first search over actual step sequences."""

from __future__ import annotations

import itertools
import random
from collections import Counter, deque

import pytest

import rlve_gym
from rlve_gym.envs.dp_optimization.neighbour_add_sorting_steps import fewest_steps

ENV = rlve_gym.make("NeighbourAddSortingSteps")
VALUE_BOUND = 5  # the search keeps values within [-5, 5]; sorting never needs more


def is_sorted(x):
    return all(a <= b for a, b in zip(x, x[1:]))


def steps_by_search(x):
    start = tuple(x)
    seen, queue = {start: 0}, deque([start])
    while queue:
        state = queue.popleft()
        if is_sorted(state):
            return seen[state]
        for i in range(len(state) - 1):
            if state[i] == 0:
                continue
            nxt = list(state)
            nxt[i + 1] += state[i]
            nxt = tuple(nxt)
            if abs(nxt[i + 1]) <= VALUE_BOUND and nxt not in seen:
                seen[nxt] = seen[state] + 1
                queue.append(nxt)
    return -1


@pytest.mark.parametrize("n", range(1, 7))
def test_dp_matches_search_on_every_short_sequence(n):
    for x in itertools.product((-1, 0, 1), repeat=n):
        assert fewest_steps(list(x)) == steps_by_search(list(x)), x


def test_known_cases():
    assert fewest_steps([-1, 1, 0, -1, 0, 1]) == 3
    assert fewest_steps([1, -1]) == 2
    assert fewest_steps([0, -1]) == -1
    assert fewest_steps([1, 1, 1]) == 0


def test_generated_sequences_are_solvable_and_match_search():
    for seed in range(30):
        instance = ENV.generate_instance(random.Random(seed), {"min_length": 3})
        assert ENV.solve(instance) == steps_by_search(instance["x"]) >= 0


def test_large_instances_are_solvable_and_answers_spread():
    answers = Counter(ENV.generate(0, seed).answer for seed in range(150))
    assert "-1" not in answers
    assert answers.most_common(1)[0][1] <= 12


def test_wrong_and_malformed_answers():
    problem = ENV.generate(1, 4)
    right = int(problem.answer)
    assert ENV.verify(problem, f"<answer>{right}</answer>").correct
    for text in (str(right + 1), str(right - 1), "-1"):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").correct
    for text in ("three", "1 2", "2.5"):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
