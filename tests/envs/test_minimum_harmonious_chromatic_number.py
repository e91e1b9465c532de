"""MinimumHarmoniousChromaticNumber against exhaustive search over all colourings of small
graphs: the planted colour count is the harmonious chromatic number, and every colouring is
judged correctly."""

from __future__ import annotations

import random

import pytest

import rlve_gym
from rlve_gym import provenance

from ._colourings import all_colourings, is_harmonious, is_proper, non_positive_colour_verdict

ENV = rlve_gym.make("MinimumHarmoniousChromaticNumber")


def _verify(problem, colors):
    return ENV.verify(problem, "<answer>" + " ".join(str(c + 1) for c in colors) + "</answer>")


def _small_problem(n, k, seed):
    """A problem on a small planted instance (the schedule starts at 11 vertices, too many to
    enumerate every colouring), registered so that the verifier accepts it."""
    base = ENV.generate(0, seed)
    instance = ENV.generate_instance(
        random.Random(f"small:{n}:{k}:{seed}"), {"vertices": n, "colors": k}
    )
    problem = rlve_gym.Problem(
        base.env_name, base.version, 0, seed, "p", ENV.format_answer(ENV.solve(instance)), instance
    )
    provenance.remember(problem)
    return problem


@pytest.mark.parametrize(("n", "k"), [(5, 3), (6, 3), (8, 4), (9, 4)])
def test_planted_count_is_the_harmonious_number_and_every_colouring_is_judged(n, k):
    for seed in range(6 if n < 9 else 2):
        problem = _small_problem(n, k, seed)
        inst = problem.instance
        harmonious = [
            c
            for c in all_colourings(inst["n"])
            if is_proper(c, inst["edges"]) and is_harmonious(c, inst["edges"])
        ]
        best = min(len(set(c)) for c in harmonious)
        assert best == inst["harmonious_number"]
        optimal = [c for c in harmonious if len(set(c)) == best]
        for c in harmonious[:300] + optimal[:50]:
            assert _verify(problem, c).correct == (len(set(c)) == best)


def test_repeated_colour_pair_is_rejected_with_reason():
    problem = ENV.generate(5, 6)
    inst = problem.instance
    colors = [int(x) for x in problem.answer.split()]
    (a, b), (c, d) = inst["edges"][0], inst["edges"][1]
    # force the second edge onto the first edge's colour pair with fresh colours elsewhere
    forced = list(colors)
    fresh = max(colors) + 1
    for v in range(inst["n"]):
        if v not in (a, b, c, d):
            forced[v] = fresh
            fresh += 1
    forced[a], forced[b] = 1000, 2000
    if {c, d} & {a, b}:
        shared = ({c, d} & {a, b}).pop()
        other = ({c, d} - {shared}).pop()
        forced[other] = 2000 if forced[shared] == 1000 else 1000
    else:
        forced[c], forced[d] = 1000, 2000
    verdict = ENV.verify(problem, "<answer>" + " ".join(map(str, forced)) + "</answer>")
    assert not verdict.correct and "two edges both join" in verdict.reason


def test_extra_colour_is_not_minimal():
    problem = ENV.generate(8, 0)
    colors = [int(x) for x in problem.answer.split()]
    v = next(i for i in range(len(colors)) if colors.count(colors[i]) > 1)
    colors[v] = 777
    assert (
        "not the fewest"
        in ENV.verify(problem, "<answer>" + " ".join(map(str, colors)) + "</answer>").reason
    )


@pytest.mark.parametrize("bad", ["0", "-2", "-0"])
def test_non_positive_colours_are_a_format_failure(bad):
    """Audit regression: the prompt asks for positive integers, so 0 or a negative colour is a
    format failure with a reason, even where relabelling would make the colouring optimal."""
    verdict = non_positive_colour_verdict(ENV, ENV.generate(1, 5), bad)
    assert not verdict.correct and not verdict.format_ok and "positive" in verdict.reason
