"""TriangleCount: the number of triangles (3-cycles) in an undirected graph.

The graph is a uniformly random simple graph of the given size, possibly disconnected; two
triangles are planted when fewer than two occur naturally, so the answer is never 0 or 1.

Difficulty schedule (N vertices; the edge count is drawn from [L, U], a quarter to 70% of the
N(N-1)/2 possible edges):

    d       0    1    2    5   10   20        d
    N      16   17   18   21   26   36        16 + d
    L      30   34   38   52   81  157        N(N-1)/8
    U      84   95  107  147  227  441        7 N(N-1)/20

A triangle count concentrates on a few values unless it is large and the density varies: with
6 to 14 vertices and a narrow edge range, one count was the answer on 14-17% of the seeds. From
16 vertices with densities from 25% to 70% the counts spread from about ten to a few hundred
(no count on more than 3% of the seeds). The prompt stays under 3,000 characters at d = 20.
Counting by neighbour-set intersection is O(M * max degree).
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
    answer_example = "1"  # two triangles are planted when fewer occur, so never the answer
    catalog_name = "ThreeVertexCycleCounting"

    def schedule(self, difficulty):
        n = 16 + difficulty
        return {
            "vertices": n,
            "min_edges": pair_count(n) // 4,
            "max_edges": 7 * pair_count(n) // 10,
        }

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        edges = random_graph(rng, n, rng.randint(sizes["min_edges"], sizes["max_edges"]))
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
