"""WaterJugTargetVolume: the checker against a naive replay that pours one litre at a time, and
the generator's search (fewest actions per volume, hardest volumes as targets) against a naive
breadth-first search and, on tiny jugs, against trying every short sequence."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym

ENV = rlve_gym.make("WaterJugTargetVolume")


def naive_replay(capacities, text_actions):
    """Volumes after actions written as text, pouring litre by litre."""
    water = {jug: 0 for jug in range(1, len(capacities) + 1)}
    for text in text_actions:
        words = text.split()
        if words[0] == "Fill":
            water[int(words[1])] = capacities[int(words[1]) - 1]
        elif words[0] == "Empty":
            water[int(words[1])] = 0
        else:
            src, dst = int(words[1]), int(words[2])
            while water[src] > 0 and water[dst] < capacities[dst - 1]:
                water[src] -= 1
                water[dst] += 1
    return list(water.values())


def every_action(n):
    out = [f"Fill {i}" for i in range(1, n + 1)] + [f"Empty {i}" for i in range(1, n + 1)]
    return out + [f"Pour {i} {j}" for i in range(1, n + 1) for j in range(1, n + 1) if i != j]


def small_instance(seed):
    sizes = {"max_capacity": 9}
    return ENV.generate_instance(random.Random(seed), sizes)


def naive_fewest_actions(caps):
    """Fewest actions per volume by a queue over states written as text sequences' results."""
    start = (0, 0, 0)
    seen, frontier, fewest, steps = {start}, [start], {}, 0
    while frontier:
        for state in frontier:
            for v in state:
                fewest.setdefault(v, steps)
        nxt = []
        for state in frontier:
            for action in every_action(3):
                water = dict(zip((1, 2, 3), state, strict=True))
                after = tuple(naive_replay_from(caps, water, action))
                if after not in seen:
                    seen.add(after)
                    nxt.append(after)
        frontier, steps = nxt, steps + 1
    return fewest


def naive_replay_from(caps, water, action):
    water = dict(water)
    words = action.split()
    if words[0] == "Fill":
        water[int(words[1])] = caps[int(words[1]) - 1]
    elif words[0] == "Empty":
        water[int(words[1])] = 0
    else:
        src, dst = int(words[1]), int(words[2])
        while water[src] > 0 and water[dst] < caps[dst - 1]:
            water[src] -= 1
            water[dst] += 1
    return [water[1], water[2], water[3]]


@pytest.mark.parametrize("seed", range(12))
def test_target_is_among_the_hardest_volumes_by_naive_search(seed):
    inst = small_instance(seed)
    fewest = naive_fewest_actions(inst["capacities"])
    deepest = max(fewest.values())
    assert fewest[inst["target"]] == inst["max_actions"] - 4 >= deepest - 1
    assert len(inst["plan"]) == fewest[inst["target"]]


@pytest.mark.parametrize("seed", range(3))
def test_no_shorter_sequence_reaches_the_target(seed):
    inst = ENV.generate_instance(random.Random(seed), {"max_capacity": 6})
    caps, need = inst["capacities"], inst["max_actions"] - 4
    for length in range(min(need, 5)):
        for seq in itertools.product(every_action(3), repeat=length):
            assert inst["target"] not in naive_replay(caps, seq), seq


def test_checker_agrees_with_litre_by_litre_replay():
    rng = random.Random(4)
    for seed in range(20):
        inst = small_instance(seed)
        caps = inst["capacities"]
        plan_text = ENV.format_answer(ENV.solve(inst)).split("; ")
        assert inst["target"] in naive_replay(caps, plan_text)
        for _ in range(200):
            seq = [rng.choice(every_action(3)) for _ in range(rng.randint(1, inst["max_actions"]))]
            expected = inst["target"] in naive_replay(caps, seq)
            verdict = ENV.check(inst, ENV.parse("\n".join(seq), inst), None)
            assert verdict.correct == expected


@pytest.mark.parametrize("difficulty", (0, 5, 20))
def test_generated_plans_replay_within_the_limit(difficulty):
    for seed in range(10):
        problem = ENV.generate(difficulty, seed)
        inst = problem.instance
        plan = problem.answer.split("; ")
        assert len(plan) <= inst["max_actions"]
        assert inst["target"] in naive_replay(inst["capacities"], plan)
        assert inst["target"] not in inst["capacities"]


def test_lenient_layout_and_malformed_actions():
    problem = ENV.generate(1, 2)
    n = len(problem.instance["capacities"])
    relaxed = problem.answer.replace("; ", "\n").lower()
    assert ENV.verify(problem, f"<answer>{relaxed}</answer>").correct
    for text in (f"Fill {n + 1}", "Pour 1 1", "Fill", "Pour 1", "Drink 1", "Fill 1; x"):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok, text
    too_many = "; ".join(["Fill 1"] * (problem.instance["max_actions"] + 1))
    assert not ENV.verify(problem, f"<answer>{too_many}</answer>").format_ok
