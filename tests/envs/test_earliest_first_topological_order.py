"""EarliestFirstTopologicalOrder against exhaustive search: among all topological orders, the one
whose position vector (position of 0, of 1, ...) is lexicographically smallest."""

from __future__ import annotations

import networkx as nx
import pytest

import rlve_gym
from rlve_gym import provenance
from rlve_gym.graphs import topological_order

ENV = rlve_gym.make("EarliestFirstTopologicalOrder")


def _brute_force(instance):
    g = nx.DiGraph()
    g.add_nodes_from(range(instance["n"]))
    g.add_edges_from(map(tuple, instance["constraints"]))

    def positions(order):
        where = {v: i for i, v in enumerate(order)}
        return [where[v] for v in range(instance["n"])]

    return min(nx.all_topological_sorts(g), key=positions)


def _verify(problem, order):
    return ENV.verify(problem, "<answer>" + " ".join(map(str, order)) + "</answer>")


def test_solver_matches_exhaustive_search():
    differs_from_smallest = 0
    for difficulty, seed in [(d, s) for d in range(3) for s in range(30)]:
        problem = ENV.generate(difficulty, seed)
        expected = _brute_force(problem.instance)
        assert [int(x) for x in problem.answer.split()] == expected
        g = nx.DiGraph(problem.instance["constraints"])
        g.add_nodes_from(range(problem.instance["n"]))
        differs_from_smallest += expected != list(nx.lexicographical_topological_sort(g))
    assert differs_from_smallest >= 10  # the task is not just "the smallest order"


def test_the_example_from_the_prompt():
    base = ENV.generate(0, 0)
    instance = {"n": 3, "constraints": [[2, 0]]}
    assert ENV.solve(instance) == [2, 0, 1]
    problem = rlve_gym.Problem(base.env_name, base.version, 0, 0, "p", "2 0 1", instance)
    provenance.remember(problem)  # a hand-made instance, not one the generator gives
    assert _verify(problem, [2, 0, 1]).correct
    assert "placed earlier" in _verify(problem, [1, 2, 0]).reason
    assert "must come before" in _verify(problem, [0, 1, 2]).reason


def test_no_constraints_gives_the_identity_and_a_single_item_works():
    assert ENV.solve({"n": 5, "constraints": []}) == [0, 1, 2, 3, 4]
    assert ENV.solve({"n": 1, "constraints": []}) == [0]


def test_other_valid_orders_are_wrong():
    for seed in range(10):
        problem = ENV.generate(1, seed)
        g = nx.DiGraph(problem.instance["constraints"])
        g.add_nodes_from(range(problem.instance["n"]))
        for order in nx.all_topological_sorts(g):
            assert _verify(problem, order).correct == (" ".join(map(str, order)) == problem.answer)


@pytest.mark.parametrize("difficulty", [0, 1, 2, 6])
def test_the_lexicographically_smallest_order_is_never_the_answer(difficulty):
    """Regression: the smallest order coincided with the answer on ~40% of small instances."""
    env = rlve_gym.make("EarliestFirstTopologicalOrder")
    for seed in range(80):
        problem = env.generate(difficulty, seed)
        smallest = topological_order(problem.instance["n"], problem.instance["constraints"])
        assert " ".join(map(str, smallest)) != problem.answer
        assert not env.verify(problem, f"<answer>{' '.join(map(str, smallest))}</answer>").correct


def test_fallback_construction_separates_the_two_orders():
    env = rlve_gym.make("EarliestFirstTopologicalOrder")
    instance = {"n": 6, "constraints": [[2, 0], [3, 4], [4, 5]]}
    assert env.solve(instance) == [2, 0, 1, 3, 4, 5]
    assert topological_order(6, instance["constraints"]) == [1, 2, 0, 3, 4, 5]
