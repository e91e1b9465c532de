"""MaximumWeightMatching: a set of vertex-disjoint edges of maximum total weight in a weighted
undirected graph (not necessarily bipartite).

The reference solver is an exact dynamic programme over vertex subsets (a Numba kernel), which
is exponential in the number of vertices: the vertex count is capped at 16, where it takes a few
milliseconds, and the schedule keeps growing the edge density and the weight range after that.
Weights come from a range small enough for ties, and the checker accepts every matching of
maximum total weight (verified edges, disjointness, total against the stored optimum).

Difficulty schedule (N vertices, M edges, weights in 1..W):

    d       0    1    2    5    9   10   20   30        d
    N       7    8    9   12   16   16   16   16        min(16, 7 + d)   (capped: 2^N subsets)
    M      10   13   15   25   42   44   64   84        N + N * (4 + d) // 8, at most N(N-1)/2
    W       8    9   10   13   17   18   28   38        8 + d

The schedule starts two steps above 5 vertices, where a fixed pair of edges was a maximum
matching on one seed in nine. After N stops at 16 the edge count keeps rising until the graph
is complete (d = 48) and the weight range rises without bound.
"""

from __future__ import annotations

import numpy as np

from rlve_gym import Environment, Verdict
from rlve_gym.graphs import (
    add_weights,
    edge_list_problem,
    edge_weights,
    format_edge_pairs,
    format_edges,
    parse_edge_pairs,
    random_graph,
    scramble_undirected,
)
from rlve_gym.kernels.graph_kernels import max_weight_matching_by_subsets

MAX_VERTICES = 16


def maximum_matching(n: int, edges: list[list[int]]) -> tuple[int, list[list[int]]]:
    """``(maximum total weight, matched edges [u, v] with u < v)``."""
    weight = np.zeros((n, n), dtype=np.int64)
    for u, v, w in edges:
        weight[u, v] = weight[v, u] = w
    total, partner = max_weight_matching_by_subsets(weight)
    return int(total), [[u, int(partner[u])] for u in range(n) if partner[u] > u]


class MaximumWeightMatching(Environment):
    description = "Vertex-disjoint edges of maximum total weight in a weighted undirected graph"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "0 3, 1 2"
    catalog_name = "MaximumWeightMatching"

    def schedule(self, difficulty):
        n = min(MAX_VERTICES, 7 + difficulty)
        return {
            "vertices": n,
            "edges": min(n * (n - 1) // 2, n + n * (4 + difficulty) // 8),
            "max_weight": 8 + difficulty,
        }

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        edges = add_weights(rng, random_graph(rng, n, sizes["edges"]), 1, sizes["max_weight"])
        edges = scramble_undirected(rng, edges)
        return {"n": n, "edges": edges, "optimum": maximum_matching(n, edges)[0]}

    def solve(self, instance):
        return maximum_matching(instance["n"], instance["edges"])[1]

    def format_answer(self, answer):
        return format_edge_pairs(answer)

    def render(self, instance):
        n, edges = instance["n"], instance["edges"]
        return (
            f"An undirected graph has {n} vertices, labelled 0 to {n - 1}, and {len(edges)} edges. Each "
            f"line 'u v w' below is an edge between u and v with weight w.\n\n{format_edges(edges)}\n\n"
            "Choose a set of edges, no two of which share a vertex (a matching), whose total weight is "
            "as large as possible. Any matching of maximum total weight is accepted.\n"
            "Answer with the chosen edges, each written as its two endpoints 'u v', edges separated by commas."
        )

    def parse(self, text, instance):
        return parse_edge_pairs(text, max_pairs=instance["n"] // 2 + 1)

    def check(self, instance, answer, reference):
        n = instance["n"]
        table = edge_weights(instance["edges"])
        problem = edge_list_problem(answer, table, n)
        if problem:
            return Verdict.wrong(problem)
        ends = [v for pair in answer for v in pair]
        if len(set(ends)) != len(ends):
            return Verdict.wrong("two chosen edges share a vertex")
        total = sum(table[(min(u, v), max(u, v))] for u, v in answer)
        if total != instance["optimum"]:
            return Verdict.wrong(f"a matching, but its weight {total} is not the maximum")
        return Verdict.right()

    def near_misses(self, problem):
        pairs = parse_edge_pairs(problem.answer, problem.instance["n"])
        misses = [pairs[:-1]]
        u, v = pairs[0]
        for a, b, _ in problem.instance["edges"]:  # an edge touching a matched vertex
            if (a in (u, v)) != (b in (u, v)):
                misses.append(pairs + [[a, b]])
                break
        return [format_edge_pairs(m) for m in misses]
