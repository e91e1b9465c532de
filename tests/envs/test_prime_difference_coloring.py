"""PrimeDifferenceColoring against exhaustive search: the fewest colours for 1..N (all
colourings for small N), acceptance of every optimal colouring, rejection with reasons."""

from __future__ import annotations

import itertools

import pytest
from sympy import isprime

import rlve_gym
from rlve_gym.envs.graph.prime_difference_coloring import prime_difference_coloring

from ._colourings import all_colourings, is_proper

ENV = rlve_gym.make("PrimeDifferenceColoring")


def _edges(n):
    return [(a, b) for a in range(n) for b in range(a + 1, n) if isprime(b - a)]


@pytest.mark.parametrize("n", range(1, 12))
def test_fewest_colours_match_exhaustive_search(n):
    edges = _edges(n)
    best = min(len(set(c)) for c in all_colourings(n) if is_proper(c, edges))
    colors = prime_difference_coloring(n)
    assert len(set(colors)) == best
    assert is_proper(colors, edges)


def test_four_colours_from_eight_on():
    for n in range(8, 200, 7):
        colors = prime_difference_coloring(n)
        assert len(set(colors)) == 4 and is_proper(colors, _edges(n))


def test_every_optimal_colouring_is_accepted_and_others_rejected():
    problem = next(p for p in (ENV.generate(0, s) for s in range(40)) if p.instance["n"] == 7)
    edges = _edges(7)
    best = problem.instance["colors_needed"]
    accepted = 0
    for colors in itertools.product(range(1, best + 2), repeat=7):
        verdict = ENV.verify(problem, "<answer>" + " ".join(map(str, colors)) + "</answer>")
        assert verdict.correct == (
            is_proper([c - 1 for c in colors], edges) and len(set(colors)) == best
        )
        accepted += verdict.correct
    assert accepted > 24


def test_faults_have_reasons():
    problem = ENV.generate(3, 0)
    n = problem.instance["n"]
    colors = [int(x) for x in problem.answer.split()]
    clash = list(colors)
    clash[4] = clash[1]
    assert (
        "differ by the prime 3"
        in ENV.verify(problem, "<answer>" + " ".join(map(str, clash)) + "</answer>").reason
    )
    assert f"each of the {n}" in ENV.verify(problem, "<answer>1 2 3</answer>").reason
    five = colors[:-1] + [5]
    assert (
        "not the fewest"
        in ENV.verify(problem, "<answer>" + " ".join(map(str, five)) + "</answer>").reason
    )
