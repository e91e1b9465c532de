"""PeakFindingByValueQueries: slope search finds a peak of every small array (every permutation)
within 2 ceil(log2 N) reads, judged by an independent peak test; the generator places exactly the
peaks it promises; bad actions cost a turn and a wrong answer ends the game."""

from __future__ import annotations

import itertools
import json
import random

import pytest

import rlve_gym
from rlve_gym.envs.interactive.peak_finding_by_value_queries import (
    array_with_peaks,
    slope_search_queries,
)

ENV = rlve_gym.make("PeakFindingByValueQueries")


def peaks_of(values):
    """Independent peak test: pad with minus infinity and compare with both sides."""
    padded = [float("-inf"), *values, float("-inf")]
    return {i for i in range(1, len(values) + 1) if padded[i - 1] < padded[i] > padded[i + 1]}


@pytest.mark.parametrize("length", range(1, 8))
def test_slope_search_finds_a_peak_of_every_permutation_within_the_budget(length):
    limit = slope_search_queries(length) + 1
    worst = 0
    for values in itertools.permutations(range(length)):
        instance = {"length": length, "values": list(values), "turn_limit": limit}
        actions = ENV.solve(instance)
        queries = [a for a in actions if a.startswith("query")]
        assert len(set(queries)) == len(queries) and len(actions) <= limit
        assert int(actions[-1].split()[1]) in peaks_of(list(values))
        worst = max(worst, len(queries))
    assert worst <= slope_search_queries(length)


def test_generator_places_exactly_the_promised_peaks():
    rng = random.Random(3)
    for _ in range(300):
        peaks = rng.randint(1, 6)
        length = rng.randint(3 * peaks, 80)
        values = array_with_peaks(rng, length, peaks)
        assert len(values) == length and min(values) >= 1
        assert all(a != b for a, b in zip(values, values[1:]))
        found = peaks_of(values)
        assert len(found) == peaks and 1 not in found and length not in found


def test_reference_transcripts_fit_the_budget():
    for d in (0, 4, 20):
        problem = ENV.generate(d, 7)
        actions = json.loads(problem.answer)
        assert len(actions) <= problem.instance["turn_limit"]
        assert int(actions[-1].split()[1]) in peaks_of(problem.instance["values"])


def test_bad_actions_cost_a_turn_and_a_wrong_answer_ends_the_game():
    problem = ENV.generate(0, 2)
    values = problem.instance["values"]
    episode = ENV.start(problem)
    for action, said in (
        ("query 0", "no index 0"),
        (f"answer {len(values) + 1}", "no index"),
        ("query", "Malformed"),
        ("query -3", "Malformed"),
    ):
        result = episode.step(f"<answer>{action}</answer>")
        assert said in result.observation and not result.done
    result = ENV.start(problem).step("<answer>query 5</answer>")
    assert result.observation.startswith(f"a[5] = {values[4]}.")
    not_peak = next(i for i in range(1, len(values) + 1) if i not in peaks_of(values))
    result = episode.step(f"<answer>answer {not_peak}</answer>")
    assert result.done and result.reward == 0.0
