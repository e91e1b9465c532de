"""DagEdgeCoverRuns: the flow optimum against an independent formulation solved by networkx
(min-cost flow with demands), and the checker on hand-made runs."""

from __future__ import annotations

import networkx as nx
import pytest

import rlve_gym
from rlve_gym import provenance
from rlve_gym.envs.graph.dag_edge_cover_runs import cheapest_runs

ENV = rlve_gym.make("DagEdgeCoverRuns")


def _networkx_optimum(n, arcs):
    """Lower bounds removed by substituting f = 1 + g: node demands, then network_simplex with a
    stop arc v -> 0 for every vertex."""
    g = nx.DiGraph()
    g.add_nodes_from(range(n), demand=0)
    for u, v, w in arcs:
        g.add_edge(u, v, weight=w)
        g.nodes[u]["demand"] += 1
        g.nodes[v]["demand"] -= 1
    helper = n  # stop arcs go through a helper vertex (networkx has no parallel arcs here)
    g.add_node(helper, demand=0)
    for v in range(1, n):
        g.add_edge(v, helper, weight=0)
    g.add_edge(helper, 0, weight=0)
    cost, _ = nx.network_simplex(g)
    return cost + sum(w for _, _, w in arcs)


def _verify(problem, runs):
    return ENV.verify(
        problem, "<answer>" + "; ".join(" ".join(map(str, r)) for r in runs) + "</answer>"
    )


@pytest.mark.parametrize("difficulty", range(8))
def test_optimum_matches_networkx_and_runs_verify(difficulty):
    for seed in range(15):
        problem = ENV.generate(difficulty, seed)
        n, arcs = problem.instance["n"], problem.instance["arcs"]
        assert problem.instance["optimum"] == _networkx_optimum(n, arcs)
        total, runs = cheapest_runs(n, arcs)
        assert total == problem.instance["optimum"] and _verify(problem, runs).correct


def _problem():
    # 0 -> 1 -> 3, 0 -> 2 -> 3, 2 -> 4: three leaves of work, two routes into 3
    arcs = [[0, 1, 1], [1, 3, 1], [0, 2, 5], [2, 3, 1], [2, 4, 1]]
    base = ENV.generate(0, 0)
    instance = {"n": 5, "arcs": arcs, "optimum": cheapest_runs(5, arcs)[0]}
    problem = rlve_gym.Problem(base.env_name, base.version, 0, 0, "p", "", instance)
    provenance.remember(problem)  # a hand-made instance, not one the generator gives
    return problem


def test_hand_made_runs_are_judged_by_coverage_and_total_time():
    problem = _problem()
    assert problem.instance["optimum"] == 2 + 6 + 6
    assert _verify(problem, [[0, 1, 3], [0, 2, 3], [0, 2, 4]]).correct
    assert _verify(problem, [[0, 2, 4], [0, 1, 3], [0, 2, 3], [0]]).correct  # order, empty run
    assert "not the minimum" in _verify(problem, [[0, 1, 3], [0, 2, 3], [0, 2, 4], [0, 1]]).reason
    assert "no run traverses" in _verify(problem, [[0, 1, 3], [0, 2, 3]]).reason
    assert "does not start at 0" in _verify(problem, [[1, 3], [0, 2, 3], [0, 2, 4], [0, 1]]).reason
    assert "no edge" in _verify(problem, [[0, 3], [0, 2, 3], [0, 2, 4], [0, 1, 3]]).reason
    assert not ENV.verify(problem, "<answer>0 1 x</answer>").format_ok


def test_an_empty_run_is_a_format_error_not_a_crash():
    problem = ENV.generate(2, 1)
    for text in ("0 1; []", "[]", "()", f"{problem.answer}; ( )"):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
        assert not verdict.reason.startswith("internal")
