"""MaxSegmentsUnderPointCaps: the sweep against all subsets; the checker accepts exactly the
largest subsets that respect every cap."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.scheduling.max_segments_under_point_caps import most_segments

ENV = rlve_gym.make("MaxSegmentsUnderPointCaps")


def respects(segments, caps, chosen):
    for point, cap in caps:
        covering = [i for i in chosen if segments[i][0] <= point <= segments[i][1]]
        if len(covering) > cap:
            return False
    return True


def best_by_brute_force(segments, caps):
    n = len(segments)
    return max(
        size
        for size in range(n + 1)
        for chosen in itertools.combinations(range(n), size)
        if respects(segments, caps, chosen)
    )


def small_instance(seed, n):
    return ENV.generate_instance(random.Random(seed), {"segments": n})


@pytest.mark.parametrize("n", range(2, 11))
def test_optimum_and_reference_match_brute_force(n):
    for seed in range(20):
        inst = small_instance(seed, n)
        best = best_by_brute_force(inst["segments"], inst["caps"])
        assert inst["best_count"] == best
        chosen = most_segments(inst["segments"], inst["caps"])
        assert len(chosen) == best and respects(inst["segments"], inst["caps"], chosen)


def test_random_caps_including_zero_match_brute_force():
    rng = random.Random(11)
    for _ in range(300):
        n = rng.randint(1, 8)
        segments = []
        for _ in range(n):
            left = rng.randint(0, 8)
            segments.append([left, left + rng.randint(0, 4)])
        caps = [[p, rng.randint(0, 3)] for p in rng.sample(range(13), rng.randint(1, 5))]
        chosen = most_segments(segments, caps)
        assert respects(segments, caps, chosen)
        assert len(chosen) == best_by_brute_force(segments, caps), (segments, caps)


@pytest.mark.parametrize("seed", range(5))
def test_checker_accepts_exactly_the_largest_valid_subsets(seed):
    inst = small_instance(seed, 7)
    for size in range(8):
        for chosen in itertools.combinations(range(7), size):
            expected = (
                respects(inst["segments"], inst["caps"], chosen) and size == inst["best_count"]
            )
            answer = [i + 1 for i in reversed(chosen)]
            assert ENV.check(inst, answer, None).correct == expected, chosen


def test_taking_everything_is_never_right_and_malformed_answers():
    for seed in range(20):
        problem = ENV.generate(1, seed)
        n = len(problem.instance["segments"])
        everything = " ".join(map(str, range(1, n + 1)))
        assert "more than its cap" in ENV.verify(problem, f"<answer>{everything}</answer>").reason
    for text in ("seg 1", "1.0", " ".join(["2"] * (n + 2))):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
