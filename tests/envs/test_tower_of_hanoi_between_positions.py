"""TowerOfHanoiBetweenPositions: the two-plan distance formula equals breadth-first search over
the whole state graph for every pair of positions with up to 5 disks, the scripted policy walks a
shortest path for every pair with up to 4 disks, and illegal moves cost a turn and change
nothing."""

from __future__ import annotations

import itertools
import json
import random
from collections import deque

import pytest

import rlve_gym
from rlve_gym.envs.interactive.tower_of_hanoi_between_positions import SLACK, fewest_moves

ENV = rlve_gym.make("TowerOfHanoiBetweenPositions")


def legal_moves(position):
    """Second simulator: position as a tuple of pegs per disk (disk 1 first)."""
    tops = {}
    for disk in range(len(position), 0, -1):
        tops[position[disk - 1]] = disk  # ends with the smallest disk on each peg
    for source, disk in tops.items():
        for target in range(3):
            if target != source and (target not in tops or tops[target] > disk):
                moved = list(position)
                moved[disk - 1] = target
                yield tuple(moved)


def bfs_from(start):
    distance = {start: 0}
    queue = deque([start])
    while queue:
        here = queue.popleft()
        for there in legal_moves(here):
            if there not in distance:
                distance[there] = distance[here] + 1
                queue.append(there)
    return distance


@pytest.mark.parametrize("disks", range(1, 6))
def test_distance_formula_matches_breadth_first_search_on_every_pair(disks):
    positions = list(itertools.product(range(3), repeat=disks))
    for start in positions:
        distance = bfs_from(start)
        assert len(distance) == 3**disks
        for goal in positions:
            assert fewest_moves(list(start), list(goal)) == distance[goal]


@pytest.mark.parametrize("disks", range(1, 5))
def test_policy_walks_a_shortest_path_between_every_pair(disks):
    positions = list(itertools.product(range(3), repeat=disks))
    for start, goal in itertools.product(positions, repeat=2):
        if start == goal:
            continue
        fewest = fewest_moves(list(start), list(goal))
        instance = {
            "disks": disks,
            "start": list(start),
            "goal": list(goal),
            "turn_limit": fewest + SLACK,
        }
        actions = ENV.solve(instance)
        assert len(actions) == fewest and ENV.check(instance, actions, None).correct


def test_policy_is_shortest_on_sampled_pairs_with_more_disks():
    rng = random.Random(5)
    for _ in range(40):
        disks = rng.randint(5, 8)
        start = [rng.randrange(3) for _ in range(disks)]
        goal = [rng.randrange(3) for _ in range(disks)]
        fewest = fewest_moves(start, goal)
        instance = {"disks": disks, "start": start, "goal": goal, "turn_limit": fewest + SLACK}
        if fewest:
            assert len(ENV.solve(instance)) == fewest


def test_illegal_moves_cost_a_turn_and_change_nothing():
    instance = {"disks": 3, "start": [0, 0, 1], "goal": [2, 2, 2], "turn_limit": 9}
    state = ENV.initial_state(instance)
    for action, said in (((2, 0), "empty"), ((1, 0), "smaller disk"), ((0, 0), "itself")):
        outcome = ENV.apply(instance, state, action)
        assert said in outcome.feedback and not outcome.solved
        assert state["position"] == [0, 0, 1]
    outcome = ENV.apply(instance, state, (0, 2))
    assert state["position"] == [2, 0, 1] and outcome.feedback.endswith("A: 2 | B: 3 | C: 1")
    problem = ENV.generate(0, 3)
    episode = ENV.start(problem)
    for text in ("move A", "move A D", "A C", "move a b c"):
        assert not episode.step(f"<answer>{text}</answer>").done
    assert episode.turns_used == 4


def test_reference_transcripts_are_shortest():
    for d in (0, 9, 20):
        problem = ENV.generate(d, 2)
        instance = problem.instance
        assert len(json.loads(problem.answer)) == instance["turn_limit"] - SLACK
        assert instance["turn_limit"] - SLACK >= 8 + d
