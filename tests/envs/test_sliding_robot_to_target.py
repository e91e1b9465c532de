"""SlidingRobotToTarget: the turn limit is the fewest commands (+2) found by a second,
independently written search over robot positions; the target is as far as any stop; the policy
reaches the target in the fewest commands from every cell it can be reached from; passing over
the target does not count; blocked and malformed commands cost a turn."""

from __future__ import annotations

import json

import pytest

import rlve_gym
from rlve_gym.envs.interactive.sliding_robot_to_target import SLACK

ENV = rlve_gym.make("SlidingRobotToTarget")
STEPS = ((-1, 0), (1, 0), (0, -1), (0, 1))


def stops_from(grid, cell):
    """Second simulator: the four slide stops from ``cell``, one step at a time."""
    blocked = {(r, c) for r, line in enumerate(grid) for c, ch in enumerate(line) if ch == "#"}
    height, width = len(grid), len(grid[0])
    out = []
    for dr, dc in STEPS:
        r, c = cell
        while (r + dr, c + dc) not in blocked and 0 <= r + dr < height and 0 <= c + dc < width:
            r, c = r + dr, c + dc
        out.append((r, c))
    return out


def layered_distances(grid, start):
    """Breadth-first search written as layers of sets."""
    seen, frontier, depth, distance = {start}, {start}, 0, {start: 0}
    while frontier:
        depth += 1
        nxt = {stop for cell in frontier for stop in stops_from(grid, cell)} - seen
        for cell in nxt:
            distance[cell] = depth
        seen |= nxt
        frontier = nxt
    return distance


@pytest.mark.parametrize("d", [0, 1, 3, 6, 10])
def test_turn_limit_is_the_fewest_commands_plus_slack_and_the_target_is_farthest(d):
    for seed in range(15):
        instance = ENV.generate(d, seed).instance
        distance = layered_distances(instance["grid"], tuple(instance["start"]))
        fewest = distance[tuple(instance["target"])]
        assert instance["turn_limit"] == fewest + SLACK and fewest >= 1
        assert fewest == max(distance.values())


def test_policy_is_shortest_from_every_cell_that_reaches_the_target():
    problem = ENV.generate(2, 4)
    instance = problem.instance
    grid, target = instance["grid"], tuple(instance["target"])
    cells = [(r, c) for r, line in enumerate(grid) for c, ch in enumerate(line) if ch == "."]
    checked = 0
    for cell in cells:
        fewest = layered_distances(grid, cell).get(target)
        if fewest is None or cell == target:
            continue
        state = {"robot": list(cell)}
        for _ in range(fewest):
            outcome = ENV.apply(instance, state, ENV.policy(instance, state, []))
        assert outcome.solved
        checked += 1
    assert checked > 10


def test_reference_transcripts_are_shortest():
    for d in (0, 8, 20):
        problem = ENV.generate(d, 9)
        actions = json.loads(problem.answer)
        assert len(actions) == problem.instance["turn_limit"] - SLACK


def test_passing_over_the_target_does_not_count():
    instance = {"grid": [".....", "....."], "start": [0, 0], "target": [0, 2], "turn_limit": 5}
    state = ENV.initial_state(instance)
    outcome = ENV.apply(instance, state, "right")
    assert not outcome.solved and state["robot"] == [0, 4]
    assert "row 1, column 5" in outcome.feedback


def test_blocked_and_malformed_commands_cost_a_turn():
    problem = ENV.generate(0, 1)
    episode = ENV.start(problem)
    for text in ("move up", "north", "up down", ""):
        result = episode.step(f"<answer>{text}</answer>")
        assert not result.done
    assert episode.turns_used == 4
    instance = {"grid": ["...", "..."], "start": [0, 0], "target": [1, 2], "turn_limit": 4}
    outcome = ENV.apply(instance, ENV.initial_state(instance), "up")
    assert "cannot move up" in outcome.feedback
