"""CliqueFromDenseGuarantee: a graph on 3N vertices is known to contain a clique of 2N vertices;
find any clique of N vertices.

Finding the 2N-clique itself is hard in general, but an N-clique is easy with the right idea:
while two remaining vertices are not adjacent, delete both. Each deleted pair contains a vertex
outside the 2N-clique, so at most N pairs go and the at least N survivors are pairwise adjacent.
The generator plants a 2N-clique and joins every other pair with probability 0.35; the prompt
lists the missing edges (the complement), which keeps it short. Any N-clique is accepted (the
checker tests every pair, O(N^2)).

Difficulty schedule (N; the graph has 3N vertices):

    d       0    1    2    3    5   10   20        d
    N      10   10   11   12   14   18   26        10 + 4d // 5

N starts at 10: a fixed guess such as "0 1 2" lies inside the planted clique with probability
C(2N, N) / C(3N, N), which is 24% at N = 3 (and with the random edges outside, the blind "0 1 2"
was a clique on 45% of seeds), 9% at N = 5, 5% at N = 6 (where one fixed set still won 8.5% of
seeds with the random edges' help), 1.75% at N = 8 (where the best of the audit's fixed sets,
helped by the random edges, still won 7% of one range of 200 seeds) and 0.6% at N = 10. N grows
by 4 every 5 levels, so the number of non-edges, about 1.6 N^2 (1,100 at d = 20), keeps the
prompt under 7,500 characters at d = 20.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.graphs import (
    edge_key,
    format_edges,
    parse_vertex_list,
    scramble_undirected,
    vertex_list_problem,
)

#: the chance that a pair with a vertex outside the planted clique is missing; above 1/2 so a
#: guessed vertex set with an outside vertex is rarely a clique by luck
MISSING_SHARE = 0.65


def clique_by_deleting_non_edges(
    vertex_count: int, non_edges: list[list[int]], size: int
) -> list[int]:
    """``size`` pairwise adjacent vertices, found by deleting both ends of non-edges (valid when a
    clique on ``vertex_count - size`` vertices exists and ``vertex_count >= 3 * size``)."""
    alive = [True] * vertex_count
    for u, v in non_edges:
        if alive[u] and alive[v]:
            alive[u] = alive[v] = False
    return [v for v in range(vertex_count) if alive[v]][:size]


class CliqueFromDenseGuarantee(Environment):
    description = "An N-clique in a 3N-vertex graph that is known to contain a 2N-clique"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "0 4 7"
    catalog_name = "ImpParty"

    def schedule(self, difficulty):
        return {"clique_third": 10 + 4 * difficulty // 5}

    def generate_instance(self, rng, sizes):
        size = sizes["clique_third"]
        total = 3 * size
        vertices = list(range(total))
        rng.shuffle(vertices)
        inside = set(vertices[: 2 * size])
        non_edges = [
            [u, v]
            for u in range(total)
            for v in range(u + 1, total)
            if not (u in inside and v in inside) and rng.random() < MISSING_SHARE
        ]
        return {"size": size, "non_edges": scramble_undirected(rng, non_edges)}

    def solve(self, instance):
        return clique_by_deleting_non_edges(
            3 * instance["size"], instance["non_edges"], instance["size"]
        )

    def render(self, instance):
        size = instance["size"]
        total = 3 * size
        non_edges = instance["non_edges"]
        return (
            f"An undirected graph has {total} vertices, labelled 0 to {total - 1}. Every two distinct "
            f"vertices are joined by an edge EXCEPT the {len(non_edges)} pairs listed below (one "
            "pair 'u v' per line; these pairs are not joined):\n\n"
            f"{format_edges(non_edges)}\n\n"
            f"It is known that the graph contains a clique of {2 * size} vertices (a set of vertices "
            f"that are pairwise joined). Find any clique of exactly {size} vertices. If there are "
            "several, give any one of them.\n"
            f"Answer with the {size} vertices separated by spaces, in any order."
        )

    def parse(self, text, instance):
        return parse_vertex_list(text, max_items=3 * instance["size"] + 1)

    def check(self, instance, answer, reference):
        size = instance["size"]
        problem = vertex_list_problem(answer, 3 * size)
        if problem:
            return Verdict.wrong(problem)
        if len(answer) != size:
            return Verdict.wrong(f"expected exactly {size} vertices, got {len(answer)}")
        missing = {edge_key(u, v) for u, v in instance["non_edges"]}
        for i, u in enumerate(answer):
            for v in answer[i + 1 :]:
                if edge_key(u, v) in missing:
                    return Verdict.wrong(
                        f"vertices {u} and {v} are not joined, so this is not a clique"
                    )
        return Verdict.right()

    def near_misses(self, problem):
        clique = [int(x) for x in problem.answer.split()]
        u, v = problem.instance["non_edges"][0]
        broken = [u, v] + [x for x in clique if x not in (u, v)][: len(clique) - 2]
        return [" ".join(map(str, m)) for m in (clique[:-1], clique[:-1] + clique[:1], broken)]
