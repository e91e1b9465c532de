"""MinimumChromaticNumber: the planted colour count is the chromatic number (a backtracking
search finds no colouring with one colour fewer), every proper colouring with that many colours
is accepted, and improper or wasteful colourings are rejected with reasons."""

from __future__ import annotations

import itertools

import pytest

import rlve_gym

from ._colourings import non_positive_colour_verdict

ENV = rlve_gym.make("MinimumChromaticNumber")


def _colorable(n, edges, colors):
    adj = [[] for _ in range(n)]
    for u, v in edges:
        adj[u].append(v)
        adj[v].append(u)
    assignment = [-1] * n

    def place(v):
        if v == n:
            return True
        for c in range(colors):
            if all(assignment[u] != c for u in adj[v]):
                assignment[v] = c
                if place(v + 1):
                    return True
        assignment[v] = -1
        return False

    return place(0)


def _verify(problem, colors):
    return ENV.verify(problem, "<answer>" + " ".join(map(str, colors)) + "</answer>")


@pytest.mark.parametrize("difficulty", range(5))
def test_planted_colour_count_is_the_chromatic_number(difficulty):
    for seed in range(15):
        problem = ENV.generate(difficulty, seed)
        inst = problem.instance
        k = inst["chromatic_number"]
        assert _colorable(inst["n"], inst["edges"], k)
        assert not _colorable(inst["n"], inst["edges"], k - 1)
        assert _verify(problem, inst["planted"]).correct


def test_every_optimal_colouring_of_a_small_graph_is_accepted():
    problem = ENV.generate(0, 4)
    inst = problem.instance
    n, k = inst["n"], inst["chromatic_number"]
    accepted = 0
    for colors in itertools.product(range(1, k + 1), repeat=n):
        proper = all(colors[u] != colors[v] for u, v in inst["edges"])
        verdict = _verify(problem, colors)
        assert verdict.correct == (proper and len(set(colors)) == k)
        accepted += verdict.correct
    assert accepted >= 6  # at least the k! relabellings of the planted colouring


def test_faults_have_reasons():
    problem = ENV.generate(3, 2)
    colors = [int(x) for x in problem.answer.split()]
    u, v = problem.instance["edges"][0]
    clash = list(colors)
    clash[u] = colors[v]
    assert "adjacent" in _verify(problem, clash).reason
    assert "one colour for each" in _verify(problem, colors[:-1]).reason
    wasteful = list(colors)
    wasteful[[x for x in range(len(colors)) if colors.count(colors[x]) > 1][0]] = 99
    assert "not the fewest" in _verify(problem, wasteful).reason
    relabelled = [10 * c + 7 for c in colors]
    assert _verify(problem, relabelled).correct


def test_single_class_sizes_and_large_levels_generate():
    for d in (0, 20, 30):
        inst = ENV.generate(d, 1).instance
        assert len(set(inst["planted"])) == inst["chromatic_number"]


@pytest.mark.parametrize("bad", ["0", "-2", "-0"])
def test_non_positive_colours_are_a_format_failure(bad):
    """Audit regression: the prompt asks for positive integers, so 0 or a negative colour is a
    format failure with a reason, even where relabelling would make the colouring optimal."""
    verdict = non_positive_colour_verdict(ENV, ENV.generate(1, 5), bad)
    assert not verdict.correct and not verdict.format_ok and "positive" in verdict.reason
