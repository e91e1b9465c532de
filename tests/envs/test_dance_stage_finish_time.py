"""DanceStageFinishTime: the heap solver against a replay of the show one time unit at a time."""

from __future__ import annotations

import random

import pytest

import rlve_gym
from rlve_gym.envs.simulation_program.dance_stage_finish_time import last_finish_time

ENV = rlve_gym.make("DanceStageFinishTime")


def replay(durations, slots):
    """Advance a clock one unit at a time; fill free places from the queue at every tick."""
    waiting = list(range(len(durations)))
    left = [None] * slots  # time still to dance for the dancer on each place
    clock = 0
    while True:
        for place in range(slots):
            if left[place] == 0:
                left[place] = None
        for place in range(slots):
            if left[place] is None and waiting:
                left[place] = durations[waiting.pop(0)]
        if all(t is None for t in left) and not waiting:
            return clock
        clock += 1
        left = [None if t is None else t - 1 for t in left]


@pytest.mark.parametrize("dancers", range(3, 12))
def test_solver_matches_tick_by_tick_replay(dancers):
    for seed in range(40):
        sizes = {"dancers": dancers, "max_duration": 9}
        instance = ENV.generate_instance(random.Random(seed), sizes)
        expected = replay(instance["durations"], instance["slots"])
        assert ENV.solve(instance) == expected
        assert ENV.check(instance, ENV.parse(str(expected), instance), expected).correct


def test_generated_problems_match_replay():
    for d in (0, 3, 10):
        for seed in range(10):
            problem = ENV.generate(d, seed)
            inst = problem.instance
            assert int(problem.answer) == replay(inst["durations"], inst["slots"])


def test_edge_cases():
    assert last_finish_time([3, 1, 2], 2) == 3  # the prompt's example
    assert last_finish_time([5, 5, 5, 5], 2) == 10  # ties: two start at once
    assert last_finish_time([1, 1, 1, 9], 3) == 10
    assert last_finish_time([7, 2], 2) == 7


def test_wrong_and_malformed_answers():
    problem = ENV.generate(2, 4)
    right = int(problem.answer)
    assert ENV.verify(problem, f"<answer>{right}</answer>").correct
    for text in (str(right + 1), str(right - 1), "0"):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").correct
    for text in ("12.5", "ten", "1 2"):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
