"""MinimumWeightDominatingSet: a set of vertices such that every vertex is in it or next to it,
with the least total cost.

Weighted dominating set is NP-hard; the reference solver enumerates all 2^N vertex subsets in a
Numba kernel (a Gray-code walk, about 3 ms at N = 17). The vertex count is therefore capped at
17 (reached at d = 7); the cost range keeps growing with d. Graphs may be disconnected (an
isolated vertex must then be chosen). A graph whose cheapest dominating set is a single vertex
(a cheap vertex adjacent to all others) is redrawn, a bounded number of times, after which every
vertex adjacent to all others costs more than all the rest together: with N = 4 at d = 0 the
one-vertex answer was right on over half the seeds. Any dominating set of minimum cost is accepted (the checker
verifies that every vertex is dominated and the total cost).

Difficulty schedule (N vertices, M edges, costs in 1..C):

    d       0    1    2    5    7   10   20        d
    N      10   11   12   15   17   17   17        min(10 + d, 17)
    M      16   19   22   33   42   42   42        min(N(N-1)/2, N + N * min(d + 5, 12) // 8)
    C      20   23   26   35   41   50   80        20 + 3d

Level 0 starts at ten vertices: on five to nine, one fixed pair or triple was the cheapest
dominating set on 6-18% of the seeds.

The average degree grows to 5 and stays there, so the optimum keeps several vertices; the prompt
stays under 1,000 characters at d = 20.
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
    dominating_problem,
    min_weight_dominating_set,
    vertex_costs_intro,
    vertex_set_near_misses,
)

MAX_VERTICES = 17
#: graph draws before the fallback; a draw fails when one vertex alone is the cheapest answer
GRAPH_ATTEMPTS = 20


class MinimumWeightDominatingSet(Environment):
    description = "A minimum-cost dominating set of a graph with vertex costs"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "0 2 5"
    catalog_name = "Minimum_DominatingSet"

    def schedule(self, difficulty):
        n = min(10 + difficulty, MAX_VERTICES)
        edges = min(pair_count(n), n + n * min(difficulty + 5, 12) // 8)
        return {"vertices": n, "edges": edges, "max_cost": 20 + 3 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        for _ in range(GRAPH_ATTEMPTS):
            edges = random_graph(rng, n, sizes["edges"])
            costs = [rng.randint(1, sizes["max_cost"]) for _ in range(n)]
            chosen = min_weight_dominating_set(n, edges, costs)
            if len(chosen) > 1:
                break
        else:  # price every vertex adjacent to all others above the rest together
            degree = [0] * n
            for u, v in edges:
                degree[u] += 1
                degree[v] += 1
            total = sum(costs)
            costs = [total + 1 if degree[v] == n - 1 else costs[v] for v in range(n)]
            chosen = min_weight_dominating_set(n, edges, costs)
        return {
            "n": n,
            "edges": scramble_undirected(rng, edges),
            "costs": costs,
            "optimum": sum(costs[v] for v in chosen),
        }

    def solve(self, instance):
        return min_weight_dominating_set(instance["n"], instance["edges"], instance["costs"])

    def render(self, instance):
        n, edges = instance["n"], instance["edges"]
        return (
            vertex_costs_intro(n, edges, instance["costs"])
            + "Choose a set of vertices such that every vertex of the graph is either in the set or "
            "joined by an edge to a vertex in the set (a dominating set), with the smallest possible "
            "total cost. If several sets have the minimum cost, give any one of them.\n"
            + VERTEX_SET_ANSWER
        )

    def parse(self, text, instance):
        return parse_vertex_list(text, max_items=instance["n"] + 1)

    def check(self, instance, answer, reference):
        undominated = dominating_problem(answer, instance["n"], instance["edges"])
        return cheapest_set_verdict(instance, answer, undominated, "a dominating set")

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
