"""MinimumWeightVertexCover against exhaustive search over every vertex subset: the optimum, the
reference cover, acceptance of every optimal cover and rejection of everything else."""

from __future__ import annotations

import random

import pytest

import rlve_gym
from rlve_gym.envs.graph.minimum_weight_vertex_cover import MAX_VERTICES
from rlve_gym.graphs import random_graph
from rlve_gym.kernels.graph_search import min_weight_vertex_cover

from ._subsets import all_subsets, is_cover

ENV = rlve_gym.make("MinimumWeightVertexCover")


def _best(n, edges, costs):
    return min(sum(costs[v] for v in s) for s in all_subsets(n) if is_cover(s, edges))


@pytest.mark.parametrize("difficulty", range(6))
def test_optimum_matches_exhaustive_search(difficulty):
    for seed in range(15):
        inst = ENV.generate(difficulty, seed).instance
        assert inst["optimum"] == _best(inst["n"], inst["edges"], inst["costs"])


def test_kernel_on_random_graphs_including_empty_and_complete():
    rng = random.Random(3)
    for _ in range(150):
        n = rng.randint(1, 11)
        edges = random_graph(rng, n, rng.randint(0, n * (n - 1) // 2))
        costs = [rng.randint(1, 9) for _ in range(n)]
        cover = min_weight_vertex_cover(n, edges, costs)
        assert is_cover(cover, edges)
        assert sum(costs[v] for v in cover) == _best(n, edges, costs)
    assert min_weight_vertex_cover(3, [], [1, 1, 1]) == []


def test_every_subset_is_judged_by_cover_and_cost():
    ties = 0
    for seed in range(10):
        problem = ENV.generate(1, seed)
        inst = problem.instance
        accepted = 0
        for subset in all_subsets(inst["n"]):
            ok = (
                is_cover(subset, inst["edges"])
                and sum(inst["costs"][v] for v in subset) == inst["optimum"]
            )
            verdict = ENV.verify(problem, "<answer>" + " ".join(map(str, subset)) + "</answer>")
            assert verdict.correct == ok
            accepted += ok
        ties += accepted > 1
    assert ties >= 1


def test_faults_have_reasons():
    problem = ENV.generate(5, 1)
    cover = [int(x) for x in problem.answer.split()]
    assert (
        "no endpoint"
        in ENV.verify(problem, "<answer>" + " ".join(map(str, cover[1:])) + "</answer>").reason
    )
    assert (
        "more than once"
        in ENV.verify(problem, f"<answer>{problem.answer} {cover[0]}</answer>").reason
    )
    assert "not a vertex" in ENV.verify(problem, "<answer>99</answer>").reason
    everything = " ".join(map(str, range(problem.instance["n"])))
    assert "not the minimum" in ENV.verify(problem, f"<answer>{everything}</answer>").reason


def test_size_cap_holds():
    assert ENV.schedule(40)["vertices"] == MAX_VERTICES
