"""MinCostMaxFlow against networkx (max_flow_min_cost) and hand-made flows."""

from __future__ import annotations

import networkx as nx
import pytest

import rlve_gym
from rlve_gym import provenance
from rlve_gym.kernels.flows import min_cost_flow

ENV = rlve_gym.make("MinCostMaxFlow")


def _verify(problem, flows):
    return ENV.verify(problem, "<answer>" + " ".join(map(str, flows)) + "</answer>")


@pytest.mark.parametrize("difficulty", range(6))
def test_stored_optimum_matches_networkx(difficulty):
    for seed in range(20):
        instance = ENV.generate(difficulty, seed).instance
        n = instance["n"]
        g = nx.DiGraph()
        for u, v, cap, cost in instance["arcs"]:
            g.add_edge(u, v, capacity=cap, weight=cost)
        flow = nx.max_flow_min_cost(g, 0, n - 1)
        assert instance["max_flow"] == nx.maximum_flow_value(g, 0, n - 1) > 0
        assert instance["min_cost"] == nx.cost_of_flow(g, flow)
        problem = ENV.generate(difficulty, seed)
        networkx_flows = [flow[u][v] for u, v, _, _ in instance["arcs"]]
        assert _verify(problem, networkx_flows).correct


def _problem(n, arcs, max_flow, min_cost, blind_cost=None):
    base = ENV.generate(0, 0)
    blind_cost = min_cost if blind_cost is None else blind_cost
    instance = {
        "n": n,
        "arcs": arcs,
        "max_flow": max_flow,
        "min_cost": min_cost,
        "blind_cost": blind_cost,
    }
    problem = rlve_gym.Problem(base.env_name, base.version, 0, 0, "p", "", instance)
    provenance.remember(problem)  # a hand-made instance, not one the generator gives
    return problem


def test_two_cheapest_flows_are_both_accepted_and_others_judged():
    # two routes of cost 2 (via 1 and via 2) with capacity 1 each, one expensive route via 3
    arcs = [[0, 1, 1, 1], [1, 4, 1, 1], [0, 2, 1, 1], [2, 4, 1, 1], [0, 3, 2, 5], [3, 4, 2, 5]]
    problem = _problem(5, arcs, max_flow=4, min_cost=4 + 20)
    assert _verify(problem, [1, 1, 1, 1, 2, 2]).correct
    assert "not the maximum" in _verify(problem, [1, 1, 1, 1, 0, 0]).reason
    assert "not the maximum" in _verify(problem, [1, 1, 0, 0, 2, 2]).reason
    assert "conserved" in _verify(problem, [1, 0, 1, 1, 0, 0]).reason
    assert "outside" in _verify(problem, [2, 2, 0, 0, 0, 0]).reason
    assert "outside" in _verify(problem, [-1, -1, 1, 1, 0, 0]).reason


def test_ties_several_optimal_flows_accepted_and_a_dearer_one_gets_partial_credit():
    # the arc 0->1 is the bottleneck; two routes 1->3 cost 2, a third costs 3; a cost-blind
    # maximum flow (the baseline) costs 4 here, so the route of cost 3 closes half the gap
    arcs = [[0, 1, 1, 0], [1, 2, 1, 1], [2, 3, 1, 1], [1, 3, 1, 2], [1, 3, 1, 3]]
    problem = _problem(4, arcs, max_flow=1, min_cost=2, blind_cost=4)
    assert _verify(problem, [1, 1, 1, 0, 0]).correct
    assert _verify(problem, [1, 0, 0, 1, 0]).correct
    dearer = _verify(problem, [1, 0, 0, 0, 1])
    assert not dearer.correct and dearer.score == 0.5 and "not the minimum" in dearer.reason


def test_a_maximum_flow_no_cheaper_than_the_blind_baseline_earns_nothing():
    for seed in range(20):
        problem = ENV.generate(3, seed)
        inst = problem.instance
        assert inst["blind_cost"] >= inst["min_cost"]
        n = inst["n"]
        cost_blind = [[u, v, c, 0] for u, v, c, _ in inst["arcs"]]
        flows = min_cost_flow(n, cost_blind, 0, n - 1)[2]
        verdict = ENV.verify(problem, "<answer>" + " ".join(map(str, flows)) + "</answer>")
        assert verdict.correct == (inst["blind_cost"] == inst["min_cost"])
        assert verdict.correct or verdict.score == 0.0


def test_malformed_answers_are_format_errors():
    problem = ENV.generate(3, 2)
    count = len(problem.instance["arcs"])
    for text in ("1 2", " ".join(["1"] * (count + 1)), "a b c", "1.5 " * count):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.format_ok, text
