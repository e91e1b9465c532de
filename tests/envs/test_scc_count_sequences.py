"""SccCountSequences against exhaustive search: every order of adding edges for N = 3, and a
subset dynamic programme over edge sets (the set of sequences reaching each edge set) for
N = 4."""

from __future__ import annotations

import networkx as nx
import pytest

import rlve_gym
from rlve_gym.envs.graph.scc_count_sequences import count_scc_sequences, edge_limit

ENV = rlve_gym.make("SccCountSequences")
PRIME = 1_000_000_007


def _scc_count(n, edges):
    g = nx.DiGraph()
    g.add_nodes_from(range(n))
    g.add_edges_from(edges)
    return nx.number_strongly_connected_components(g)


def _brute_force(n):
    """Number of distinct sequences for every length, by a DP over edge subsets."""
    pairs = [(u, v) for u in range(n) for v in range(n) if u != v]
    sequences = {frozenset(): {()}}
    counts = []
    for _ in range(len(pairs)):
        following: dict[frozenset, set] = {}
        for edges, seqs in sequences.items():
            for p in pairs:
                if p in edges:
                    continue
                grown = edges | {p}
                if grown not in following:
                    following[grown] = set()
                c = _scc_count(n, grown)
                following[grown].update(s + (c,) for s in seqs)
        sequences = following
        counts.append(len(set().union(*sequences.values())))
    return counts


@pytest.mark.parametrize("n", [3, 4])
def test_counts_match_exhaustive_search(n):
    assert count_scc_sequences(n, PRIME) == _brute_force(n)


def test_edge_limit_is_the_densest_graph_with_that_many_components():
    for n in range(2, 5):
        pairs = [(u, v) for u in range(n) for v in range(n) if u != v]
        densest = {}
        for mask in range(1 << len(pairs)):
            edges = [p for i, p in enumerate(pairs) if mask >> i & 1]
            c = _scc_count(n, edges)
            densest[c] = max(densest.get(c, 0), len(edges))
        assert densest == {j: edge_limit(n, j) for j in range(1, n + 1)}


def test_modulus_reduces_every_entry_and_one_wrong_count_earns_nothing():
    exact = count_scc_sequences(6, 10**30)
    assert count_scc_sequences(6, 1_000_003) == [x % 1_000_003 for x in exact]
    problem = ENV.generate(2, 0)
    values = [int(x) for x in problem.answer.split()]
    values[3] += 1
    verdict = ENV.verify(problem, "<answer>" + " ".join(map(str, values)) + "</answer>")
    # all or nothing: the first counts are the same for every prime, so a share of right counts
    # would reward a blind answer
    assert not verdict.correct and verdict.score == 0 and "E = 4" in verdict.reason
