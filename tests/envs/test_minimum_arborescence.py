"""MinimumArborescence against networkx's Edmonds implementation, and every arborescence of tiny
instances judged by its weight."""

from __future__ import annotations

import itertools

import networkx as nx
import pytest

import rlve_gym
from rlve_gym import provenance
from rlve_gym.envs.graph.minimum_arborescence import minimum_arborescence
from rlve_gym.graphs import format_edge_pairs

ENV = rlve_gym.make("MinimumArborescence")


def _nx_optimum(n, arcs):
    g = nx.DiGraph()
    g.add_nodes_from(range(n))
    g.add_weighted_edges_from((u, v, w) for u, v, w in arcs if v != 0)  # forces root 0
    return nx.minimum_spanning_arborescence(g).size(weight="weight")


def _verify(problem, pairs):
    return ENV.verify(problem, f"<answer>{format_edge_pairs(pairs)}</answer>")


@pytest.mark.parametrize("difficulty", range(7))
def test_optimum_matches_networkx(difficulty):
    for seed in range(25):
        problem = ENV.generate(difficulty, seed)
        n, arcs = problem.instance["n"], problem.instance["arcs"]
        assert problem.instance["optimum"] == _nx_optimum(n, arcs)


def test_edmonds_on_random_digraphs_with_cycles_of_cheap_arcs():
    import random

    from rlve_gym.graphs import random_reachable_digraph

    rng = random.Random(3)
    for _ in range(300):
        n = rng.randint(2, 9)
        arcs = [
            [u, v, rng.randint(1, 4)]
            for u, v in random_reachable_digraph(rng, n, rng.randint(n, 3 * n))
        ]
        chosen = minimum_arborescence(n, 0, arcs)
        assert sum(arcs[i][2] for i in chosen) == _nx_optimum(n, arcs)
    assert minimum_arborescence(3, 0, [[0, 1, 1], [1, 0, 1]]) is None  # vertex 2 unreachable
    assert minimum_arborescence(1, 0, []) == []


def test_every_arborescence_is_judged_by_its_weight():
    ties = 0
    for seed in range(10):
        problem = ENV.generate(0, seed)
        n, arcs = problem.instance["n"], problem.instance["arcs"]
        weight = {(u, v): w for u, v, w in arcs}
        accepted = 0
        for subset in itertools.combinations(weight, n - 1):
            g = nx.DiGraph(list(subset))
            g.add_nodes_from(range(n))
            is_arborescence = nx.is_arborescence(g) and g.in_degree(0) == 0
            is_optimal = (
                is_arborescence and sum(weight[a] for a in subset) == problem.instance["optimum"]
            )
            verdict = _verify(problem, [list(a) for a in subset])
            assert verdict.correct == is_optimal, (subset, verdict)
            accepted += verdict.correct
        ties += accepted > 1
    assert ties >= 1


def test_structural_faults_have_reasons():
    base = ENV.generate(0, 0)
    instance = {
        "n": 3,
        "arcs": [[0, 1, 5], [1, 2, 1], [2, 1, 1], [0, 2, 3], [1, 0, 1]],
        "optimum": 4,
    }
    problem = rlve_gym.Problem(base.env_name, base.version, 0, 0, "p", "0 2, 2 1", instance)
    provenance.remember(problem)  # a hand-made instance, not one the generator gives
    assert _verify(problem, [[0, 2], [2, 1]]).correct
    assert "not the minimum" in _verify(problem, [[0, 1], [1, 2]]).reason
    assert "cycle" in _verify(problem, [[1, 2], [2, 1]]).reason
    assert "enters the root" in _verify(problem, [[1, 0], [1, 2]]).reason
    assert "more than one" in _verify(problem, [[0, 2], [1, 2]]).reason
    assert "not an edge" in _verify(problem, [[2, 0], [0, 1]]).reason
    assert "2 arcs" in _verify(problem, [[0, 2]]).reason


def test_blind_star_and_chain_guesses_are_never_optimal():
    """Regression: on 4-vertex graphs the star from 0 or the chain 0 1 2 3 was optimal on ~20%."""
    env = rlve_gym.make("MinimumArborescence")
    for difficulty in (0, 1):
        for seed in range(150):
            problem = env.generate(difficulty, seed)
            n = problem.instance["n"]
            star = ", ".join(f"0 {v}" for v in range(1, n))
            chain = ", ".join(f"{v} {v + 1}" for v in range(n - 1))
            for guess in (star, chain):
                assert not env.verify(problem, f"<answer>{guess}</answer>").correct


def test_solve_without_the_generators_memo_gives_the_same_answer():
    """solve() reuses the generator's arborescence; a fresh environment recomputes it."""
    import rlve_gym as _rlve_gym

    for seed in range(10):
        problem = _rlve_gym.make("MinimumArborescence").generate(12, seed)
        fresh = _rlve_gym.make("MinimumArborescence")
        assert fresh.format_answer(fresh.solve(problem.instance)) == problem.answer
