"""TreeTrapMarkingRate: the need recursion against a full search of the marking game."""

from __future__ import annotations

import itertools
import random
from functools import cache

import pytest

import rlve_gym
from rlve_gym.envs.game_theory.tree_trap_marking_rate import grow_tree, smallest_marking_rate
from rlve_gym.trees import random_tree_edges

ENV = rlve_gym.make("TreeTrapMarkingRate")


def marker_wins_by_search(n, edges, k):
    adj = [[] for _ in range(n)]
    for u, v in edges:
        adj[u].append(v)
        adj[v].append(u)
    everything = (1 << n) - 1

    @cache
    def marker_to_move(marked, walker):
        white = [v for v in range(n) if not marked >> v & 1]
        if len(white) <= k:
            return True
        for chosen in itertools.combinations(white, k):
            after = marked
            for v in chosen:
                after |= 1 << v
            if after == everything:
                return True
            if all(after >> u & 1 and marker_to_move(after, u) for u in adj[walker]):
                return True
        return False

    return marker_to_move(1, 0)


def rate_by_search(n, edges):
    k = 0
    while not marker_wins_by_search(n, edges, k):
        k += 1
    return k


@pytest.mark.parametrize("n", range(1, 9))
def test_recursion_matches_game_search_on_random_trees(n):
    for seed in range(12 if n < 8 else 4):
        edges = random_tree_edges(random.Random(seed), n)
        assert smallest_marking_rate(n, edges) == rate_by_search(n, edges), edges


def test_hand_checked_trees():
    star = [[0, v] for v in range(1, 6)]
    assert smallest_marking_rate(6, star) == 5  # every leaf must be marked at once
    path = [[v, v + 1] for v in range(6)]
    assert smallest_marking_rate(7, path) == 1
    # vertex 0 with one child that has 4 leaves: (k - 1) + k >= 4 leaves marked in time, so k = 3
    broom = [[0, 1], [1, 2], [1, 3], [1, 4], [1, 5]]
    assert smallest_marking_rate(6, broom) == rate_by_search(6, broom) == 3
    assert smallest_marking_rate(1, []) == 0


def test_grown_trees_are_trees_with_the_planned_answer():
    for seed in range(30):
        parent, target, exact = grow_tree(random.Random(seed), 60, None)
        assert parent[0] == 0 and all(parent[v] < v for v in range(1, 60))
        edges = [[parent[v], v] for v in range(1, 60)]
        if exact:
            assert smallest_marking_rate(60, edges) == target


def test_answers_spread_and_no_degree_shortcut():
    answers, root_degree_hits = [], 0
    for seed in range(100):
        problem = ENV.generate(0, seed)
        answers.append(problem.answer)
        degree = sum(1 for edge in problem.instance["edges"] if 0 in edge)
        root_degree_hits += int(problem.answer) == degree
    assert max(answers.count(a) for a in set(answers)) <= 8
    assert root_degree_hits <= 10


def test_reference_verifies_and_junk_does_not():
    problem = ENV.generate(1, 3)
    assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct
    assert not ENV.verify(problem, f"<answer>{int(problem.answer) + 1}</answer>").correct
    for text in ("", "k=3", "2 3"):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").format_ok
