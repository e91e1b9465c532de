"""MaximumAchromaticNumber against exhaustive search over all colourings of small graphs: the
planted colour count is the achromatic number, and every colouring is judged correctly."""

from __future__ import annotations

import random

import pytest

import rlve_gym
from rlve_gym import provenance

from ._colourings import all_colourings, is_complete, is_proper, non_positive_colour_verdict

ENV = rlve_gym.make("MaximumAchromaticNumber")


def _verify(problem, colors):
    return ENV.verify(problem, "<answer>" + " ".join(str(c + 1) for c in colors) + "</answer>")


def _small_problem(vertices, colors, seed):
    """A generated graph with few vertices (the schedule starts at 11; every colouring is tried)."""
    instance = ENV.generate_instance(random.Random(seed), {"vertices": vertices, "colors": colors})
    base = ENV.generate(0, seed)
    answer = ENV.format_answer(ENV.solve(instance))
    problem = rlve_gym.Problem(base.env_name, base.version, 0, seed, "p", answer, instance)
    provenance.remember(problem)  # a hand-sized instance, not one the schedule gives
    return problem


@pytest.mark.parametrize("sizes", [(5, 3), (6, 3), (8, 4), (9, 4)])
def test_planted_count_is_the_achromatic_number_and_every_colouring_is_judged(sizes):
    several = 0
    for seed in range(6 if sizes[0] < 9 else 2):
        problem = _small_problem(*sizes, seed)
        inst = problem.instance
        complete = [
            c
            for c in all_colourings(inst["n"])
            if is_proper(c, inst["edges"]) and is_complete(c, inst["edges"])
        ]
        best = max(len(set(c)) for c in complete)
        assert best == inst["achromatic_number"]
        optimal = [c for c in complete if len(set(c)) == best]
        several += len(optimal) > 1
        for c in complete[:400] + optimal[:50]:
            assert _verify(problem, c).correct == (len(set(c)) == best)
    assert several >= 1


def test_faults_have_reasons():
    problem = ENV.generate(4, 1)
    colors = [int(x) for x in problem.answer.split()]
    u, v = problem.instance["edges"][0]
    clash = list(colors)
    clash[u] = colors[v]
    assert (
        "adjacent"
        in ENV.verify(problem, "<answer>" + " ".join(map(str, clash)) + "</answer>").reason
    )
    lonely = [99 if i == 0 else c for i, c in enumerate(colors)]
    verdict = ENV.verify(problem, "<answer>" + " ".join(map(str, lonely)) + "</answer>")
    assert not verdict.correct
    fewer = [1 if c == 2 else c for c in colors]
    assert not ENV.verify(problem, "<answer>" + " ".join(map(str, fewer)) + "</answer>").correct


def test_relabelled_planted_colouring_is_accepted():
    problem = ENV.generate(6, 3)
    colors = [int(x) for x in problem.answer.split()]
    assert ENV.verify(
        problem, "<answer>" + " ".join(str(50 - c) for c in colors) + "</answer>"
    ).correct


@pytest.mark.parametrize("bad", ["0", "-2", "-0"])
def test_non_positive_colours_are_a_format_failure(bad):
    """Audit regression: the prompt asks for positive integers, so 0 or a negative colour is a
    format failure with a reason, even where relabelling would make the colouring optimal."""
    verdict = non_positive_colour_verdict(ENV, ENV.generate(1, 5), bad)
    assert not verdict.correct and not verdict.format_ok and "positive" in verdict.reason
