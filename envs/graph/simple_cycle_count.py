"""SimpleCycleCount: the number of simple cycles of an undirected graph.

Counting simple cycles is #P-hard in general, but every simple cycle is an element of the cycle
space, which has only 2^c elements for a connected graph with c = M - N + 1 independent cycles.
The reference solver walks the cycle space in Gray-code order (one fundamental cycle toggled per
step, edge sets as 64-bit words) and keeps the elements that are a single cycle, in a Numba
kernel: about 10 ms at c = 14. So c is capped at 14 (reached at d = 6) while the vertex count
keeps growing; the graphs are connected, a random spanning tree plus c extra edges, c drawn from
a window of six values.

Difficulty schedule (N vertices, c extra edges beyond a spanning tree, M = N - 1 + c):

    d       0    1    2    5    6   10   20        d
    N       8    9   10   13   14   18   28        8 + d
    c     6-11 6-11 7-12 8-13 9-14 9-14 9-14       C - 5 .. C, C = min(11 + d // 2, 14)

Few extra edges on many vertices mostly close separate cycles, so the count is about c: with 3
to 6 extra edges, one count was the answer on 15-33% of the seeds. Many extra edges on few
vertices make the cycles overlap and the counts spread (no count on more than 4% of the seeds).
The count is at most 2^c - 1 (16,383), so the answer is asked exactly; c >= 6 gives at least 6
cycles. The prompt stays under 600 characters at d = 20.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import parse_int
from rlve_gym.graphs import (
    random_connected_graph,
    scramble_undirected,
    undirected_graph_intro,
)
from rlve_gym.kernels.graph_search import count_simple_cycles

MAX_EXTRA_EDGES = 14


class SimpleCycleCount(Environment):
    description = "Count the simple cycles of an undirected graph"
    answer_kind = "single_int"
    answer_example = "3"  # never the answer: six or more independent cycles give more
    catalog_name = "CycleCounting"

    def schedule(self, difficulty):
        most = min(11 + difficulty // 2, MAX_EXTRA_EDGES)
        return {
            "vertices": 8 + difficulty,
            "min_extra_edges": most - 5,
            "max_extra_edges": most,
        }

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        extra = rng.randint(sizes["min_extra_edges"], sizes["max_extra_edges"])
        edges = random_connected_graph(rng, n, n - 1 + extra)
        return {"n": n, "edges": scramble_undirected(rng, edges)}

    def solve(self, instance):
        return count_simple_cycles(instance["n"], instance["edges"])

    def render(self, instance):
        n, edges = instance["n"], instance["edges"]
        return (
            undirected_graph_intro(n, edges)
            + "How many simple cycles does the graph have? A simple cycle is a closed path that visits "
            "at least 3 distinct vertices and repeats no vertex or edge; it is counted once, as a set "
            "of edges, regardless of where it starts or its direction (a triangle is one cycle).\n"
            "Answer with a single integer."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=12)
