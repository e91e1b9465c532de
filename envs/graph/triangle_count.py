"""TriangleCount: the number of triangles (3-cycles) in an undirected graph.

The graph is a uniformly random simple graph of the given size, possibly disconnected; two
triangles are planted when fewer than two occur naturally, so the answer is never 0 or 1.

Difficulty schedule (N vertices, at most M edges; the edge count is drawn from
[max(N, 3M/5), M] so that the count is not concentrated on a few values - with exactly 12 of
the 15 possible edges at d = 0 the answer was 10 on almost half the seeds):

    d       0    1    2    5   10   20        d
    N       6    8   10   16   26   46        6 + 2d
    M      12   16   20   48  104  322        min(N(N-1)/2, 2N + N * (d // 4))

The edge density first falls (sparse graphs with a handful of triangles) and then rises again
every four levels, so the count grows from a few to several hundred; the prompt stays under
2,500 characters at d = 20. Counting by neighbour-set intersection is O(M * max degree).
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.graphs import adjacency, format_edges, pair_count, random_graph, scramble_undirected


def count_triangles(n: int, edges: list[list[int]]) -> int:
    """Each triangle is seen once from each of its three edges."""
    neighbours = [set(a) for a in adjacency(n, edges)]
    return sum(len(neighbours[u] & neighbours[v]) for u, v in edges) // 3


class TriangleCount(Environment):
    description = "The number of triangles in an undirected graph"
    answer_kind = "single_int"
    answer_example = "7"
    catalog_name = "ThreeVertexCycleCounting"

    def schedule(self, difficulty):
        n = 6 + 2 * difficulty
        return {"vertices": n, "edges": min(pair_count(n), 2 * n + n * (difficulty // 4))}

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        top = sizes["edges"]
        edges = random_graph(rng, n, rng.randint(max(n, 3 * top // 5), top))
        if count_triangles(n, edges) < 2:
            a, b, c, e = rng.sample(range(n), 4)
            present = {(u, v) for u, v in edges}
            for u, v in ((a, b), (b, c), (a, c), (a, e), (b, e)):
                if (min(u, v), max(u, v)) not in present:
                    edges.append([min(u, v), max(u, v)])
                    present.add((min(u, v), max(u, v)))
        return {"n": n, "edges": scramble_undirected(rng, edges)}

    def solve(self, instance):
        return count_triangles(instance["n"], instance["edges"])

    def render(self, instance):
        n, edges = instance["n"], instance["edges"]
        return (
            f"You are given an undirected graph with {n} vertices, labelled 0 to {n - 1}, and "
            f"{len(edges)} edges. Each line 'u v' below is an edge between u and v; there are no "
            "repeated edges and no self-loops.\n\n"
            f"{format_edges(edges)}\n\n"
            "A triangle is a set of three distinct vertices {a, b, c} such that the edges a-b, b-c "
            "and a-c are all present. How many triangles does this graph contain? (Each set of "
            "three vertices counts once, regardless of order.)\n"
            "Answer with a single integer."
        )
