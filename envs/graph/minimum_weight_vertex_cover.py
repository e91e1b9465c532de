"""MinimumWeightVertexCover: a set of vertices touching every edge, with the least total cost.

Weighted vertex cover is NP-hard; the reference solver enumerates all 2^N vertex subsets in a
Numba kernel, walked in Gray-code order, about
3 ms at N = 17. The vertex count is therefore capped at 17 (reached at d = 8); the cost range keeps
growing with d, so optimal covers keep getting harder to tell apart from near-optimal ones. Any
cover of minimum cost is accepted (the checker verifies every edge and the total cost).

Difficulty schedule (N vertices, M edges, costs in 1..C):

    d       0    1    2    3    5    8   20        d
    N       9   10   11   12   14   17   17        min(9 + d, 17)
    M      18   20   22   36   42   51   51        min(N(N-1)/2, N * (1 + min(d + 5, 8) // 4))
    C      20   23   26   29   35   44   80        20 + 3d

The average degree grows to 6 and then stays, so covers stay a real choice (not all but one
vertex); the prompt stays under 1,000 characters at d = 20. Level 0 starts at nine vertices:
on four to eight, one fixed pair or triple of vertices was the cheapest cover on 7-21% of the
seeds.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.graphs import (
    pair_count,
    parse_vertex_list,
    random_graph,
    scramble_undirected,
)
from rlve_gym.kernels.graph_search import (
    VERTEX_SET_ANSWER,
    cheapest_set_verdict,
    min_weight_vertex_cover,
    vertex_costs_intro,
    vertex_cover_problem,
    vertex_set_near_misses,
)

MAX_VERTICES = 17


class MinimumWeightVertexCover(Environment):
    description = "A minimum-cost vertex cover of a graph with vertex costs"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "0 2 5"
    catalog_name = "Minimum_VertexCover"

    def schedule(self, difficulty):
        n = min(9 + difficulty, MAX_VERTICES)
        edges = min(pair_count(n), n * (1 + min(difficulty + 5, 8) // 4))
        return {"vertices": n, "edges": edges, "max_cost": 20 + 3 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        edges = random_graph(rng, n, sizes["edges"])
        costs = [rng.randint(1, sizes["max_cost"]) for _ in range(n)]
        cover = min_weight_vertex_cover(n, edges, costs)
        return {
            "n": n,
            "edges": scramble_undirected(rng, edges),
            "costs": costs,
            "optimum": sum(costs[v] for v in cover),
        }

    def solve(self, instance):
        return min_weight_vertex_cover(instance["n"], instance["edges"], instance["costs"])

    def render(self, instance):
        n, edges = instance["n"], instance["edges"]
        return (
            vertex_costs_intro(n, edges, instance["costs"])
            + "Choose a set of vertices such that every edge has at least one endpoint in the set (a "
            "vertex cover), with the smallest possible total cost. If several sets have the minimum "
            "cost, give any one of them.\n" + VERTEX_SET_ANSWER
        )

    def parse(self, text, instance):
        return parse_vertex_list(text, max_items=instance["n"] + 1)

    def check(self, instance, answer, reference):
        uncovered = vertex_cover_problem(answer, instance["edges"])
        return cheapest_set_verdict(instance, answer, uncovered, "a vertex cover")

    def random_answer(self, problem, rng, other):
        """A random set of vertices of the reference's size drawn from the whole graph (the
        default draws between the reference's smallest and largest vertex, which on a small
        graph nearly pins the answer down)."""
        size = len(problem.answer.split())
        return " ".join(map(str, sorted(rng.sample(range(problem.instance["n"]), size))))

    def near_misses(self, problem):
        return vertex_set_near_misses(
            [int(x) for x in problem.answer.split()], problem.instance["n"]
        )
