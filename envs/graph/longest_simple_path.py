"""LongestSimplePath: a simple path of maximum total weight in a weighted directed graph.

The longest simple path problem is NP-hard; the reference solver runs a subset DP (heaviest path
through exactly a vertex set, ending at a vertex), O(2^N N^2) in a Numba kernel, a few
milliseconds at N = 14. The vertex count is therefore capped at 13 (reached at d = 7); from
there the weight range keeps growing. The digraphs are random (cycles included), so the best
path is usually not Hamiltonian. Any path of maximum weight is accepted (the checker verifies
that no vertex repeats, every arc exists, and the total weight).

Difficulty schedule (N vertices, M arcs, weights in 1..W):

    d       0    1    2    5   10   20        d
    N       6    7    8   11   13   13        min(6 + d, 13)
    M       7    9   12   20   26   26        min(N(N-1), N + N * min(d + 2, 8) // 8)
    W      11   14   17   26   41   71        11 + 3d

The schedule starts two steps above 4 vertices, where a fixed three-vertex path was the
heaviest on one seed in fifteen.

Arcs stay sparse (at most two per vertex on average) so that paths cannot simply visit every
vertex; the prompt stays under 600 characters at d = 20.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.graphs import (
    add_weights,
    edge_weights,
    pair_count,
    parse_vertex_list,
    random_digraph,
    vertex_list_problem,
    walk_problem,
    walk_weight,
    weighted_digraph_intro,
)
from rlve_gym.kernels.graph_search import heaviest_simple_path, weight_matrix

MAX_VERTICES = 13


class LongestSimplePath(Environment):
    description = "A simple path of maximum total weight in a weighted directed graph"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "3 0 2"
    catalog_name = "LongestPath"

    def schedule(self, difficulty):
        n = min(6 + difficulty, MAX_VERTICES)
        arcs = min(pair_count(n, directed=True), n + n * min(difficulty + 2, 8) // 8)
        return {"vertices": n, "arcs": arcs, "max_weight": 11 + 3 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        arcs = add_weights(rng, random_digraph(rng, n, sizes["arcs"]), 1, sizes["max_weight"])
        weight, path = heaviest_simple_path(weight_matrix(n, arcs, directed=True))
        return {"n": n, "arcs": arcs, "optimum": weight, "path": path}

    def solve(self, instance):
        return instance["path"]  # computed once, with the optimum, by the generator

    def render(self, instance):
        n, arcs = instance["n"], instance["arcs"]
        return (
            weighted_digraph_intro(n, arcs)
            + "Find a simple path (a sequence of distinct vertices in which each consecutive pair u, v "
            "is joined by an arc from u to v) whose total arc weight is as large as possible. It may "
            "start and end at any vertex. If several paths have the maximum weight, give any one of "
            "them.\n"
            "Answer with the vertices of the path in order, separated by spaces."
        )

    def parse(self, text, instance):
        return parse_vertex_list(text, max_items=instance["n"] + 1)

    def check(self, instance, answer, reference):
        problem = vertex_list_problem(answer, instance["n"])
        if problem:
            return Verdict.wrong(problem)
        if not answer:
            return Verdict.wrong("the path is empty")
        table = edge_weights(instance["arcs"], directed=True)
        problem = walk_problem(answer, table, directed=True)
        if problem:
            return Verdict.wrong(problem)
        weight = walk_weight(answer, table, directed=True)
        if weight != instance["optimum"]:
            return Verdict.wrong(f"a simple path, but its weight {weight} is not the maximum")
        return Verdict.right()

    def near_misses(self, problem):
        path = [int(x) for x in problem.answer.split()]
        return [" ".join(map(str, m)) for m in (path[:-1], path[::-1], path + path[:1])]
