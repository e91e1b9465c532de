"""SimpleCycleCount: the number of simple cycles of an undirected graph.

Counting simple cycles is #P-hard in general, but every simple cycle is an element of the cycle
space, which has only 2^c elements for a connected graph with c = M - N + 1 independent cycles.
The reference solver walks the cycle space in Gray-code order (one fundamental cycle toggled per
step, edge sets as 64-bit words) and keeps the elements that are a single cycle, in a Numba
kernel: about 10 ms at c = 14. So c is capped at 14 (reached at d = 20) while the vertex count
keeps growing; the graphs are connected, a random spanning tree plus c extra edges, c drawn from
a window of three values (a single c gave only two distinct answers at d = 0).

Difficulty schedule (N vertices, c extra edges beyond a spanning tree, M = N - 1 + c):

    d       0    1    2    5   10   20   22        d
    N       5    7    9   15   25   45   49        5 + 2d
    c      3-4  3-4  3-5  4-6  7-9 12-14 12-14     max(3, C - 2) .. C, C = min(4 + d // 2, 14)

The count is at most 2^c - 1 (16,383), so the answer is asked exactly; c >= 3 gives at least 3
cycles, never a trivial answer. The prompt stays under 600 characters at d = 20.
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
    answer_example = "12"
    catalog_name = "CycleCounting"

    def schedule(self, difficulty):
        most = min(4 + difficulty // 2, MAX_EXTRA_EDGES)
        return {
            "vertices": 5 + 2 * difficulty,
            "min_extra_edges": max(3, most - 2),
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
