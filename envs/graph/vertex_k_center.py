"""VertexKCenter: choose K vertices of a weighted graph so that the farthest any vertex is from
its nearest chosen vertex is as small as possible.

The vertex K-center problem is NP-hard; the reference solver binary-searches the radius over the
distinct shortest-path distances and tests each radius by a branching search (cover the
uncovered vertex with the fewest candidate centres first, depth K). With K capped at 5 and N at
30 (from d = 16) this stays within about 10 milliseconds; from there the edge-weight range keeps
growing. Any K vertices reaching the optimal radius are accepted (the checker runs Dijkstra from the chosen
vertices).

Difficulty schedule (N vertices, M edges, K centres, weights in 1..W):

    d       0    1    2    5    8   10   20        d
    N      14   15   16   19   22   24   30        min(14 + d, 30)
    M      21   24   27   38   51   56   71        N - 1 + N * (2 + min(d + 4, 12)) // 10
    K       3    3    3    4    5    5    5        min(3 + d // 4, 5)
    W      32   35   38   47   56   62   92        32 + 3d

The graphs are connected and sparse (average degree below 5), so distances vary and several
centres are needed; the prompt stays under 1,200 characters at d = 20. Level 0 starts at three
centres on 14 vertices: with two centres, the radius is fixed by a few far vertices and many
pairs reach it, so one fixed pair was optimal on 6-9% of the seeds (with 5 vertices and weights
1..5 the blind "0 1" was optimal on 27%). The prompt's example, two centres, is never a valid
answer.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.graphs import (
    add_weights,
    pair_count,
    parse_vertex_list,
    random_connected_graph,
    scramble_undirected,
    undirected_graph_intro,
    vertex_list_problem,
)
from rlve_gym.kernels.graph_search import all_pairs_distances, k_center

MAX_VERTICES = 30
MAX_CENTRES = 5


class VertexKCenter(Environment):
    description = (
        "K vertices minimising the largest distance from any vertex to its nearest chosen one"
    )
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "0 3"
    catalog_name = "Vertex_KCenter"

    def schedule(self, difficulty):
        n = min(14 + difficulty, MAX_VERTICES)
        edges = min(pair_count(n), n - 1 + n * (2 + min(difficulty + 4, 12)) // 10)
        return {
            "vertices": n,
            "edges": edges,
            "centres": min(3 + difficulty // 4, MAX_CENTRES),
            "max_weight": 32 + 3 * difficulty,
        }

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        edges = add_weights(
            rng, random_connected_graph(rng, n, sizes["edges"]), 1, sizes["max_weight"]
        )
        radius, centres = k_center(all_pairs_distances(n, edges), sizes["centres"])
        return {
            "n": n,
            "edges": scramble_undirected(rng, edges),
            "k": sizes["centres"],
            "radius": radius,
            "centres": centres,
        }

    def solve(self, instance):
        return instance["centres"]

    def render(self, instance):
        n, edges, k = instance["n"], instance["edges"], instance["k"]
        return (
            undirected_graph_intro(n, edges, "of length w", connected=True)
            + "The distance between two vertices is the total length of a shortest path between them. "
            f"Choose exactly {k} distinct vertices as centres so that the largest distance from any "
            "vertex to its nearest centre is as small as possible. If several choices achieve the "
            "minimum, give any one of them.\n"
            f"Answer with the {k} centres separated by spaces, in any order."
        )

    def parse(self, text, instance):
        return parse_vertex_list(text, max_items=instance["n"] + 1)

    def check(self, instance, answer, reference):
        problem = vertex_list_problem(answer, instance["n"])
        if problem:
            return Verdict.wrong(problem)
        if len(answer) != instance["k"]:
            return Verdict.wrong(f"expected exactly {instance['k']} centres, got {len(answer)}")
        distances = all_pairs_distances(instance["n"], instance["edges"])
        radius = max(min(distances[c][v] for c in answer) for v in range(instance["n"]))
        if radius != instance["radius"]:
            return Verdict.wrong(
                f"the farthest vertex is {radius} away from its nearest centre, which is not the minimum"
            )
        return Verdict.right()

    def random_answer(self, problem, rng, other):
        """K distinct random vertices of the graph (the default draws between the reference's
        smallest and largest centre, which for two centres nearly gives the answer away)."""
        instance = problem.instance
        return " ".join(map(str, rng.sample(range(instance["n"]), instance["k"])))

    def near_misses(self, problem):
        instance = problem.instance
        centres = instance["centres"]
        distances = all_pairs_distances(instance["n"], instance["edges"])
        misses = [centres[:-1], centres + centres[:1]]
        for v in range(instance["n"]):
            if v in centres:
                continue
            swapped = centres[:-1] + [v]
            if (
                max(min(distances[c][u] for c in swapped) for u in range(instance["n"]))
                > instance["radius"]
            ):
                misses.append(swapped)
                break
        return [" ".join(map(str, m)) for m in misses]
