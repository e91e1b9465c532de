"""PrimeDifferenceColoring against exhaustive search (all colourings of small sets) and against
certificates on larger ones (odd cycle / four-clique found by networkx, proper colouring checked),
acceptance of every optimal colouring, rejection with reasons, and the audit regression: no fixed
residue rule ("x mod 4", "x mod 3", "x mod 2") is an optimal answer on more than ~10% of seeds."""

from __future__ import annotations

import itertools
import random

import networkx as nx
import pytest
from sympy import isprime

import rlve_gym
from rlve_gym import provenance

from ._colourings import all_colourings, is_proper, non_positive_colour_verdict

ENV = rlve_gym.make("PrimeDifferenceColoring")


def _edges(numbers):
    return [
        (i, j)
        for i in range(len(numbers))
        for j in range(i + 1, len(numbers))
        if isprime(numbers[j] - numbers[i])
    ]


def _say(colours):
    return "<answer>" + " ".join(map(str, colours)) + "</answer>"


def _small_problem(high, seed):
    """A problem on numbers up to ``high`` (the schedule starts at 24 with 8-12 numbers, too many
    colourings to enumerate in a test), registered so that the verifier accepts it."""
    sizes = {"max_number": high, "max_size": high // 2, "min_size": high // 3}
    instance = ENV.generate_instance(random.Random(f"small:{high}:{seed}"), sizes)
    base = ENV.generate(0, seed)
    problem = rlve_gym.Problem(
        base.env_name, base.version, 0, seed, "p", ENV.format_answer(ENV.solve(instance)), instance
    )
    provenance.remember(problem)
    return problem


@pytest.mark.parametrize("high,seeds", [(16, range(80)), (20, range(15))])
def test_fewest_colours_match_exhaustive_search(high, seeds):
    for seed in seeds:
        problem = _small_problem(high, seed)
        numbers = problem.instance["numbers"]
        edges = _edges(numbers)
        best = min(len(set(c)) for c in all_colourings(len(numbers)) if is_proper(c, edges))
        assert problem.instance["colors_needed"] == best
        assert ENV.verify(problem, _say(ENV.solve(problem.instance))).correct


@pytest.mark.parametrize("difficulty", [2, 5, 12, 25])
def test_larger_optima_are_certified(difficulty):
    for seed in range(25):
        problem = ENV.generate(difficulty, seed)
        numbers = problem.instance["numbers"]
        edges = _edges(numbers)
        colours = ENV.solve(problem.instance)
        assert is_proper(colours, edges) and all(c >= 1 for c in colours)
        used = len(set(colours))
        assert used == problem.instance["colors_needed"] <= 4
        graph = nx.Graph(edges)
        graph.add_nodes_from(range(len(numbers)))
        if used >= 3:  # an odd cycle rules out two colours
            assert not nx.is_bipartite(graph)
        if used == 4:  # a four-clique rules out three
            assert max(len(c) for c in nx.find_cliques(graph)) >= 4


def test_every_optimal_colouring_is_accepted_and_others_rejected():
    problem = next(
        p for p in (_small_problem(16, s) for s in range(60)) if len(p.instance["numbers"]) == 6
    )
    edges = _edges(problem.instance["numbers"])
    best = problem.instance["colors_needed"]
    accepted = 0
    for colours in itertools.product(range(1, best + 2), repeat=6):
        verdict = ENV.verify(problem, _say(colours))
        assert verdict.correct == (is_proper(colours, edges) and len(set(colours)) == best)
        accepted += verdict.correct
    assert accepted >= 6


def test_faults_have_reasons():
    problem = ENV.generate(3, 0)
    numbers = problem.instance["numbers"]
    n = len(numbers)
    colours = ENV.solve(problem.instance)
    i, j = _edges(numbers)[0]
    clash = list(colours)
    clash[j] = clash[i]
    assert (
        f"differ by the prime {numbers[j] - numbers[i]}" in ENV.verify(problem, _say(clash)).reason
    )
    assert f"each of the {n}" in ENV.verify(problem, "<answer>1 2 3</answer>").reason
    wasteful = colours[:-1] + [max(colours) + 1]
    assert "not the fewest" in ENV.verify(problem, _say(wasteful)).reason


@pytest.mark.parametrize("bad", ["0", "-1", "+0"])
def test_non_positive_colours_are_a_format_failure(bad):
    verdict = non_positive_colour_verdict(ENV, ENV.generate(0, 3), bad)
    assert not verdict.correct and not verdict.format_ok and "positive" in verdict.reason


@pytest.mark.parametrize("difficulty", [0, 3])
def test_no_residue_rule_solves_many_seeds(difficulty):
    """Audit regression: on 1..N the answer was always "colour x mod 4"."""
    seeds = range(100)
    problems = [ENV.generate(difficulty, s) for s in seeds]
    for modulus in (2, 3, 4):
        right = sum(
            ENV.verify(p, _say([x % modulus + 1 for x in p.instance["numbers"]])).correct
            for p in problems
        )
        assert right <= 12, (modulus, right)
