"""Non-isomorphic edge colourings of a complete graph: colour every edge of K_N with one of M
colours and count the colourings up to relabelling the vertices, modulo a prime.

Polya's theorem over the symmetric group S_N acting on the N(N-1)/2 edges: a vertex permutation
with cycle lengths l_1, ..., l_k splits the edges into sum floor(l_i / 2) + sum_{i<j} gcd(l_i, l_j)
cycles, each of which must be single-coloured, so the answer is the average of M^cycles over
S_N, summed per cycle type (integer partition of N) with the class size N! / (prod l_i prod m_j!).
The partitions are enumerated with the cycle count updated incrementally
(``rlve_gym.kernels.counting_dp.edge_colourings_of_complete_graph``).

Difficulty schedule (M is drawn from 2 .. M_max):

    d       0   1   2   3   5   10   20   30   ...  d
    N       3   4   5   6   8   13   23   33   ...  3 + d
    M_max   2   2   3   3   4    7   12   17   ...  2 + d // 2

The number of partitions of N grows like exp(c sqrt(N)): N = 33 has 10143 of them (about 0.15 s
of pure-Python work); generation at d = 20 (1255 partitions) takes a few milliseconds.
"""

from __future__ import annotations

from rlve_gym.kernels.combinatorics import choose_prime
from rlve_gym.kernels.counting_dp import edge_colourings_of_complete_graph

from ._modular import ModularCountEnvironment, modulus_sentence


class NonIsomorphicEdgeColoringCounting(ModularCountEnvironment):
    description = "Number of M-colourings of the edges of the complete graph K_N up to isomorphism, modulo a prime"
    catalog_name = "DistinctEdgeColoredCompleteGraphCounting"

    def schedule(self, difficulty):
        return {"vertices": 3 + difficulty, "max_colours": 2 + difficulty // 2}

    def generate_instance(self, rng, sizes):
        return {
            "vertices": sizes["vertices"],
            "colours": rng.randint(2, sizes["max_colours"]),
            "modulus": choose_prime(rng),
        }

    def solve(self, instance):
        return edge_colourings_of_complete_graph(
            instance["vertices"], instance["colours"], instance["modulus"]
        )

    def render(self, instance):
        n, m = instance["vertices"], instance["colours"]
        return (
            f"Take the complete graph on N = {n} vertices labelled 1..{n} (every pair of distinct "
            f"vertices is joined by one undirected edge) and paint every edge with one of M = {m} "
            "colours. Two such colourings G and H are considered the same if there is a permutation p "
            "of the vertices such that, for every pair of vertices u, v, the edge {u, v} in G has the "
            "same colour as the edge {p(u), p(v)} in H (that is, H is G with the vertices relabelled).\n"
            "For example, for N = 3 and M = 2 there are 4 different colourings: a triangle with "
            "0, 1, 2 or 3 edges of the first colour.\n"
            "How many different colourings are there?\n"
            f"{modulus_sentence(instance['modulus'])}\n"
            "Answer with a single integer."
        )
