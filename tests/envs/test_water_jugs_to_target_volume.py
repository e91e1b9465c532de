"""WaterJugsToTargetVolume: the turn limit is the fewest steps (+2) found by a second, separately
written search; the scripted policy walks a shortest path to every reachable target of small jug
sets; steps that change nothing, unknown jugs and malformed steps cost a turn."""

from __future__ import annotations

import json

import pytest

import rlve_gym
from rlve_gym.envs.interactive.water_jugs_to_target_volume import SLACK

ENV = rlve_gym.make("WaterJugsToTargetVolume")


def neighbours(volumes, capacities):
    """Second simulator: every state one step away, written with explicit arithmetic."""
    out = set()
    for i, cap in enumerate(capacities):
        out.add(volumes[:i] + (cap,) + volumes[i + 1 :])
        out.add(volumes[:i] + (0,) + volumes[i + 1 :])
        for j, other in enumerate(capacities):
            if i == j:
                continue
            total = volumes[i] + volumes[j]
            poured = list(volumes)
            poured[j] = min(total, other)
            poured[i] = total - poured[j]
            out.add(tuple(poured))
    out.discard(volumes)
    return out


def layered_distances(capacities, start):
    seen, frontier, depth, distance = {start}, {start}, 0, {start: 0}
    while frontier:
        depth += 1
        frontier = {n for v in frontier for n in neighbours(v, capacities)} - seen
        seen |= frontier
        distance.update(dict.fromkeys(frontier, depth))
    return distance


@pytest.mark.parametrize("d", [0, 2, 5, 12, 20])
def test_turn_limit_is_the_fewest_steps_plus_slack(d):
    for seed in range(12):
        instance = ENV.generate(d, seed).instance
        capacities = tuple(instance["capacities"])
        distance = layered_distances(capacities, (0,) * len(capacities))
        fewest = distance[tuple(instance["target"])]
        assert instance["turn_limit"] == fewest + SLACK
        assert fewest >= ENV.schedule(d)["min_steps"] or fewest == max(distance.values())


@pytest.mark.parametrize("capacities", [(3, 4, 5), (2, 5, 7), (4, 6, 9)])
def test_policy_walks_a_shortest_path_to_every_reachable_target(capacities):
    distance = layered_distances(capacities, (0, 0, 0))
    for target, fewest in distance.items():
        if not fewest:
            continue
        instance = {
            "capacities": list(capacities),
            "target": list(target),
            "turn_limit": fewest + SLACK,
        }
        actions = ENV.solve(instance)
        assert len(actions) == fewest and ENV.check(instance, actions, None).correct


def test_reference_transcripts_are_shortest():
    for d in (0, 7, 20):
        problem = ENV.generate(d, 4)
        assert len(json.loads(problem.answer)) == problem.instance["turn_limit"] - SLACK


def test_steps_that_change_nothing_cost_a_turn():
    problem = ENV.generate(0, 2)
    episode = ENV.start(problem)
    for text, said in (
        ("empty 1", "changes nothing"),
        ("pour 2 3", "changes nothing"),
        ("fill 4", "no jug 4"),
        ("pour 1 1", "another"),
        ("fill", "Malformed"),
        ("drink 1", "Malformed"),
    ):
        result = episode.step(f"<answer>{text}</answer>")
        assert said in result.observation and not result.done
    assert episode._run.state["volumes"] == [0, 0, 0]
    capacities = problem.instance["capacities"]
    text = episode.step("<answer>fill 2</answer>").observation
    assert text.startswith(f"Now jug 1: 0/{capacities[0]}, jug 2: {capacities[1]}/{capacities[1]}")


def test_policy_is_shortest_from_states_off_its_own_path():
    capacities, target = (3, 5, 7), (1, 5, 6)
    start_distance = layered_distances(capacities, (0, 0, 0))
    assert start_distance[target] >= 6
    instance = {"capacities": list(capacities), "target": list(target), "turn_limit": 20}
    for volumes in start_distance:
        fewest = layered_distances(capacities, volumes).get(target)
        if fewest is None:
            continue
        state = {"volumes": list(volumes)}
        outcome = None
        for _ in range(fewest):
            outcome = ENV.apply(
                instance, state, ENV.parse_action(ENV.policy(instance, state, []), instance)
            )
        assert state["volumes"] == list(target) and (outcome is None or outcome.solved)
