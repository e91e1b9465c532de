"""TreeWeightedMedianVertex against networkx all-pairs distances, plus ties and checker cases."""

from __future__ import annotations

import networkx as nx
import pytest

import rlve_gym

ENV = rlve_gym.make("TreeWeightedMedianVertex")


def brute_force_sums(instance):
    graph = nx.Graph()
    graph.add_nodes_from(range(instance["n"]))
    graph.add_weighted_edges_from(map(tuple, instance["edges"]))
    dist = dict(nx.all_pairs_dijkstra_path_length(graph))
    return [
        sum(c * dist[u][v] for v, c in enumerate(instance["costs"])) for u in range(instance["n"])
    ]


def answer(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


@pytest.mark.parametrize("difficulty", [0, 1, 2, 3, 8])
def test_checker_accepts_exactly_the_brute_force_minimisers(difficulty):
    for seed in range(15):
        problem = ENV.generate(difficulty, seed)
        sums = brute_force_sums(problem.instance)
        best = min(sums)
        vertex, value = map(int, problem.answer.split())
        assert sums[vertex] == best == value == problem.instance["smallest_sum"]
        for v, s in enumerate(sums):
            assert answer(problem, f"{v} {s}").correct == (s == best)
            assert not answer(problem, f"{v} {s + 1}").correct


def test_generated_minimisers_avoid_the_guessable_labels_0_and_1():
    for seed in range(40):
        sums = brute_force_sums(ENV.generate(0, seed).instance)
        assert min(sums) not in (sums[0], sums[1])


def test_tied_minimisers_are_both_accepted():
    # path 0 -1- 1 -1- 2 -1- 3 with equal costs: vertices 1 and 2 both give 1 + 0 + 1 + 2 = 4
    instance = {
        "n": 4,
        "edges": [[0, 1, 1], [1, 2, 1], [2, 3, 1]],
        "costs": [1, 1, 1, 1],
        "smallest_sum": 4,
    }

    def judge(text):  # a hand-made instance: check it directly (verify takes generated problems)
        return ENV.check(instance, ENV.parse(text, instance), None)

    assert judge("1 4").correct and judge("2 4").correct
    assert not judge("0 6").correct and not judge("3 4").correct and not judge("1 5").correct


def test_single_vertex_tree():
    instance = {"n": 1, "edges": [], "costs": [4]}
    assert ENV.solve(instance) == [0, 0]


def test_out_of_range_and_malformed_answers():
    problem = ENV.generate(3, 0)
    assert "not a vertex" in answer(problem, f"{problem.instance['n']} 5").reason
    assert "not a vertex" in answer(problem, "-3 5").reason
    for text in ("3", "3 4 5", "vertex 3", "3.0 4", ""):
        assert not answer(problem, text).format_ok
