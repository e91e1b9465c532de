"""Non-isomorphic edge colourings of a complete graph: colour every edge of K_N with one of M
colours and count the colourings up to relabelling the vertices, modulo a prime.

Polya's theorem over the symmetric group S_N acting on the N(N-1)/2 edges: a vertex permutation
with cycle lengths l_1, ..., l_k splits the edges into sum floor(l_i / 2) + sum_{i<j} gcd(l_i, l_j)
cycles, each of which must be single-coloured, so the answer is the average of M^cycles over
S_N, summed per cycle type (integer partition of N) with the class size N! / (prod l_i prod m_j!).
The partitions depend only on N, so the solver keeps, per N, the census "how many vertex
permutations split the edges into c cycles" (exact integers, computed once and cached); an
instance then costs one sum of census[c] * M**c / N! modulo the prime. The shared kernel
``rlve_gym.kernels.counting_dp.edge_colourings_of_complete_graph`` computes the same number
directly (the tests compare the two).

Difficulty schedule (N is drawn from N_max - 1 .. N_max, M from 2 .. M_max; N >= 4, so the
prompt's worked example N = 3, M = 2 is never the instance):

    d       0     1     2     3     5    10    20    30   ...  d
    N_max   5     5     5     6     6     8    11    15   ...  5 + d // 3
    M_max  1000  1250  1500  1750  2250  3500  6000  8500  ...  1000 + 250 d

Only N and M vary, so M is drawn from a wide range: with M below 5 a level held a few dozen
problems and one count (10 = the 2-colourings of K_4) answered almost half of level 0. With M in
the thousands every instance is a different evaluation of the cycle-index polynomial, which is
the real work; N grows every three levels because the number of cycle types (partitions of N)
grows like exp(c sqrt(N)): N = 37 at d = 100 has 21637 of them. The first instance with a given
N builds its census (about 0.15 s at N = 37, a few milliseconds at N = 20), later ones cost well
under a millisecond.
"""

from __future__ import annotations

from functools import lru_cache
from math import factorial, gcd

from rlve_gym.kernels.combinatorics import choose_prime
from rlve_gym.modular import ModularCountEnvironment, modulus_sentence


@lru_cache(maxsize=64)
def edge_cycle_census(vertices: int) -> tuple[int, ...]:
    """``census[c]``: vertex permutations of K_n that move the edges in exactly c cycles.

    A permutation with cycle lengths l_1, ..., l_k has sum floor(l_i / 2) + sum_{i<j}
    gcd(l_i, l_j) edge cycles, and n! / (prod l_i**m_l * prod m_l!) permutations share its
    cycle type (m_l = number of cycles of length l). Partitions are enumerated with part sizes
    in decreasing order; ``links[s]`` carries sum of gcd(s, part) over the parts chosen so far.
    """
    census = [0] * (vertices * (vertices - 1) // 2 + 1)
    total = factorial(vertices)
    links = [0] * (vertices + 1)

    def extend(remaining: int, largest: int, cycles: int, denominator: int) -> None:
        if remaining == 0:
            census[cycles] += total // denominator
            return
        for size in range(min(largest, remaining), 0, -1):
            c, den = cycles, denominator
            for mult in range(1, remaining // size + 1):
                # the mult-th cycle of this length: its own edges, those to the earlier cycles
                # of this length (gcd = size each) and those to the longer cycles
                c += size // 2 + (mult - 1) * size + links[size]
                den *= size * mult
                for s in range(1, size):
                    links[s] += gcd(s, size) * mult
                extend(remaining - size * mult, size - 1, c, den)
                for s in range(1, size):
                    links[s] -= gcd(s, size) * mult

    extend(vertices, vertices, 0, 1)
    return tuple(census)


def count_edge_colourings(vertices: int, colours: int, modulus: int) -> int:
    """Edge colourings of K_n with ``colours`` colours up to relabelling the vertices (Polya)."""
    census = edge_cycle_census(vertices)
    weighted = sum(count * pow(colours, c, modulus) for c, count in enumerate(census) if count)
    return weighted % modulus * pow(factorial(vertices) % modulus, -1, modulus) % modulus


class NonIsomorphicEdgeColoringCounting(ModularCountEnvironment):
    description = "Number of M-colourings of the edges of the complete graph K_N up to isomorphism, modulo a prime"
    catalog_name = "DistinctEdgeColoredCompleteGraphCounting"

    def schedule(self, difficulty):
        return {"vertices": 5 + difficulty // 3, "max_colours": 1000 + 250 * difficulty}

    def generate_instance(self, rng, sizes):
        vertices = rng.randint(max(4, sizes["vertices"] - 1), sizes["vertices"])
        colours = rng.randint(2, sizes["max_colours"])
        return {"vertices": vertices, "colours": colours, "modulus": choose_prime(rng)}

    def solve(self, instance):
        return count_edge_colourings(instance["vertices"], instance["colours"], instance["modulus"])

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
