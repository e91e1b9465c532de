"""EdgeSumReduction: the optimum against exhaustive search over all bounded assignments of small
instances, both goals, and checker reasons."""

from __future__ import annotations

import itertools

import pytest

import rlve_gym
from rlve_gym import provenance
from rlve_gym.envs.graph.edge_sum_reduction import optimal_values

ENV = rlve_gym.make("EdgeSumReduction")


def _feasible(bounds, edges):
    for values in itertools.product(*[range(p + 1) for p in bounds]):
        if all(values[u] + values[v] == b for u, v, b in edges):
            yield values


@pytest.mark.parametrize("seed", range(25))
def test_optimum_and_checker_match_exhaustive_search(seed):
    problem = ENV.generate(0, seed)
    bounds, edges, goal = (
        problem.instance["bounds"],
        problem.instance["edges"],
        problem.instance["goal"],
    )
    feasible = list(_feasible(bounds, edges))
    totals = [sum(v) for v in feasible]
    for g, pick in (("minimum", min), ("maximum", max)):
        assert sum(optimal_values(len(bounds), bounds, edges, g)) == pick(totals)
    best = min(totals) if goal == "minimum" else max(totals)
    assert problem.instance["optimum"] == best
    for values in feasible:
        verdict = ENV.verify(problem, "<answer>" + " ".join(map(str, values)) + "</answer>")
        assert verdict.correct == (sum(values) == best)


def test_odd_cycle_fixes_the_values_and_contradictions_are_detected():
    triangle = [[0, 1, 3], [1, 2, 5], [0, 2, 4]]  # y = 1, 2, 3
    assert optimal_values(3, [9, 9, 9], triangle, "minimum") == [1, 2, 3]
    assert (
        optimal_values(3, [9, 9, 9], [[0, 1, 3], [1, 2, 5], [0, 2, 5]], "minimum") is None
    )  # odd 2x
    assert optimal_values(3, [0, 9, 9], triangle, "maximum") is None  # bound violated
    # a path: y0 + y1 = 4, bounds 3 and 3 -> y0 in 1..3, total always 4 (several optimal answers)
    base = ENV.generate(0, 0)
    instance = {"bounds": [3, 3, 5], "edges": [[0, 1, 4]], "goal": "maximum", "optimum": 9}
    problem = rlve_gym.Problem(base.env_name, base.version, 0, 0, "p", "1 3 5", instance)
    provenance.remember(problem)  # a hand-made instance, not one the generator gives

    def verify(values):
        return ENV.verify(problem, "<answer>" + " ".join(map(str, values)) + "</answer>")

    assert verify([1, 3, 5]).correct and verify([2, 2, 5]).correct and verify([3, 1, 5]).correct
    assert "not the maximum" in verify([1, 3, 4]).reason
    assert "outside" in verify([0, 4, 5]).reason
    assert "not 4" in verify([1, 2, 5]).reason
