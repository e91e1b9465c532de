"""MaxXorWalk against an exhaustive search over (vertex, XOR so far) states, which enumerates
exactly the values of all walks from 0."""

from __future__ import annotations

import pytest

import rlve_gym
from rlve_gym.envs.graph.max_xor_walk import max_xor_walk

ENV = rlve_gym.make("MaxXorWalk")


def _walk_values(n, edges, target):
    adj = [[] for _ in range(n)]
    for u, v, w in edges:
        adj[u].append((v, w))
        adj[v].append((u, w))
    seen = {(0, 0)}
    stack = [(0, 0)]
    while stack:
        u, x = stack.pop()
        for v, w in adj[u]:
            state = (v, x ^ w)
            if state not in seen:
                seen.add(state)
                stack.append(state)
    return {x for v, x in seen if v == target}


@pytest.mark.parametrize("difficulty", range(4))
def test_solver_matches_exhaustive_search(difficulty):
    for seed in range(12):
        problem = ENV.generate(difficulty, seed)
        n, edges = problem.instance["n"], problem.instance["edges"]
        assert int(problem.answer) == max(_walk_values(n, edges, n - 1))


def test_hand_made_cases():
    # a path only: the value is the path XOR
    assert max_xor_walk(3, [[0, 1, 5], [1, 2, 3]]) == 6
    # a triangle: the direct edge (4) or around it (1 ^ 2 = 3); the cycle value 7 maps one to the other
    assert max_xor_walk(3, [[0, 1, 1], [1, 2, 2], [0, 2, 4]]) == 4
    # a self-contained cycle hanging off the start vertex still counts (walk there and back)
    assert max_xor_walk(4, [[0, 3, 1], [0, 1, 8], [1, 2, 0], [0, 2, 0]]) == 9
    assert max_xor_walk(2, [[0, 1, 0]]) == 0


def test_answers_are_rarely_trivial_and_wrong_ones_rejected():
    problem = ENV.generate(4, 2)
    assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct
    assert not ENV.verify(problem, f"<answer>{int(problem.answer) ^ 1}</answer>").correct


def test_answer_is_not_always_all_ones():
    for difficulty in (5, 10, 20):
        bits = ENV.schedule(difficulty)["bits"]
        answers = [int(ENV.generate(difficulty, seed).answer) for seed in range(20)]
        assert sum(a == 2**bits - 1 for a in answers) <= 3


def test_the_answer_is_never_all_ones_in_the_weight_width():
    """Regression: 2^B - 1 was the answer on about 1 in 8 seeds at d=0 (when B was 5)."""
    env = rlve_gym.make("MaxXorWalk")
    for difficulty in (0, 1, 2):
        bits = env.schedule(difficulty)["bits"]
        for seed in range(150):
            assert env.generate(difficulty, seed).answer != str(2**bits - 1)
