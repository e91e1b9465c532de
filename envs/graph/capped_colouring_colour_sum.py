"""CappedColouringColourSum: over all proper vertex colourings in which each vertex v uses a
colour from 1 to its own cap c_v, the total number of distinct colours used, modulo a prime.

A colouring is a split of the vertices into independent colour classes plus distinct colours for
the classes. Taking the classes in increasing order of their smallest cap, the j-th class
(counting from 0) has (smallest cap - j) colours left, so a subset DP that always builds the
class of the lowest-cap uncoloured vertex counts everything with its number of classes:
O(N 3^N) in a Numba kernel, a few milliseconds at N = 12. N is capped at 12 (reached at d = 7);
the caps keep growing with d. Every cap is at least the vertex degree plus one, so a colouring
always exists.

Difficulty schedule (N vertices, M edges, caps in deg + 1 .. deg + 1 + C):

    d       0    1    2    5    7   10   20        d
    N       5    6    7   10   12   12   12        min(5 + d, 12)
    M       5    7    9   17   24   28   36        min(N(N-1)/2, N + N * min(d + 1, 16) // 8)
    C       2    3    4    7    9   12   22        2 + d

The schedule starts one step above the smallest graphs (4 vertices, caps at most 2 above the
degree), where one sum answered an eighth of the level. The prompt stays under 1,000 characters
at d = 20.
"""

from __future__ import annotations

from rlve_gym.graphs import (
    pair_count,
    random_graph,
    scramble_undirected,
    undirected_graph_intro,
)
from rlve_gym.kernels.combinatorics import choose_prime
from rlve_gym.kernels.graph_search import capped_colouring_colour_sum
from rlve_gym.modular import ModularCountEnvironment, modulus_sentence

MAX_VERTICES = 12


class CappedColouringColourSum(ModularCountEnvironment):
    description = "Sum over proper colourings with per-vertex colour caps of the number of colours used, modulo a prime"
    catalog_name = "ColoringCounting"

    def schedule(self, difficulty):
        n = min(5 + difficulty, MAX_VERTICES)
        return {
            "vertices": n,
            "edges": min(pair_count(n), n + n * min(difficulty + 1, 16) // 8),
            "cap_slack": 2 + difficulty,
        }

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        edges = random_graph(rng, n, sizes["edges"])
        degree = [0] * n
        for u, v in edges:
            degree[u] += 1
            degree[v] += 1
        caps = [degree[v] + 1 + rng.randint(0, sizes["cap_slack"]) for v in range(n)]
        return {
            "n": n,
            "edges": scramble_undirected(rng, edges),
            "caps": caps,
            "modulus": choose_prime(rng),
        }

    def solve(self, instance):
        return capped_colouring_colour_sum(
            instance["n"], instance["edges"], instance["caps"], instance["modulus"]
        )

    def render(self, instance):
        n, edges = instance["n"], instance["edges"]
        return (
            undirected_graph_intro(n, edges)
            + f"Each vertex has a colour cap; the caps of vertices 0 to {n - 1}, in order, are: "
            f"{' '.join(map(str, instance['caps']))}\n\n"
            "A valid colouring gives every vertex v a colour, an integer from 1 to the cap of v, so "
            "that the two endpoints of every edge get different colours. For every valid colouring, "
            "count the number of distinct colours it uses. What is the sum of these numbers over all "
            "valid colourings?\n"
            f"{modulus_sentence(instance['modulus'], what='sum')}\n"
            "Answer with a single integer."
        )
