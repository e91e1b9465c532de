"""HiddenGraphTargetSearch: instances are trees with the target a leaf D = N // 2 edges from the
start (checked by a separate search), the turn limit is the longest depth-first exploration
(every exploration order enumerated on small trees), and the policy stays within it."""

from __future__ import annotations

import random
from collections import deque

import rlve_gym

ENV = rlve_gym.make("HiddenGraphTargetSearch")


def distances(neighbours, source):
    dist = {source: 0}
    queue = deque([source])
    while queue:
        u = queue.popleft()
        for v in neighbours[u]:
            if v not in dist:
                dist[v] = dist[u] + 1
                queue.append(v)
    return dist


def longest_exploration(neighbours, start, goal):
    """The most moves over every depth-first exploration order until ``goal`` is reached."""
    best = 0

    def explore(path, visited, moves):
        nonlocal best
        here = path[-1]
        if here == goal:
            best = max(best, moves)
            return
        fresh = [n for n in neighbours[here] if n not in visited]
        if not fresh:
            explore(path[:-1], visited, moves + 1)
            return
        for n in fresh:
            explore(path + [n], visited | {n}, moves + 1)

    explore([start], {start}, 0)
    return best


def test_instances_are_trees_with_a_deep_leaf_target():
    for d in (0, 3, 10):
        for seed in range(6):
            instance = ENV.generate(d, seed).instance
            neighbours = instance["neighbours"]
            n = len(neighbours)
            assert len(set(instance["labels"])) == n
            assert sum(map(len, neighbours)) == 2 * (n - 1)
            dist = distances(neighbours, instance["start"])
            assert len(dist) == n  # connected with n - 1 edges: a tree
            target = instance["target"]
            assert len(neighbours[target]) == 1 and dist[target] == n // 2
            assert instance["turn_limit"] == 2 * (n - 1) - n // 2


def test_turn_limit_is_the_longest_depth_first_exploration_on_small_trees():
    for seed in range(8):
        sizes = {"nodes": 9, "depth": 4}
        instance = ENV.generate_instance(random.Random(seed), sizes)
        worst = longest_exploration(instance["neighbours"], instance["start"], instance["target"])
        assert worst == instance["turn_limit"]
        actions = ENV.solve(instance)
        assert ENV.check(instance, actions, None).correct and len(actions) <= worst


def test_the_policy_reaches_the_target_on_many_seeds():
    for d in (0, 2, 7):
        for seed in range(20):
            problem = ENV.generate(d, seed)
            assert ENV.verify(problem, problem.reference_response()).correct


def test_non_neighbours_and_malformed_moves_keep_you_in_place():
    problem = ENV.generate(1, 3)
    instance = problem.instance
    labels = instance["labels"]
    start = instance["start"]
    stranger = next(labels[v] for v in range(len(labels)) if v not in instance["neighbours"][start])
    episode = ENV.start(problem)
    assert "is not a neighbour" in episode.step(f"<answer>go {stranger}</answer>").observation
    for text, expected in [
        ("go", "write: go X"),
        ("go x1", "not a node label"),
        ("walk 5", "write"),
    ]:
        assert expected in episode.step(f"<answer>{text}</answer>").observation
    assert episode._run.state["at"] == start and episode.turns_used == 4
