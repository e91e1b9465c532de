"""AlmostCompleteGraphCycles: the number of simple cycles in the complete graph on N vertices
with the single edge between vertices 1 and N removed, modulo a prime.

A cycle of length k in K_N is a choice of k vertices and one of their (k-1)!/2 cyclic orders;
the cycles through a fixed edge {1, N} are a choice of k - 2 other vertices in order, (N-2)!/(N-k)!
of them. So the answer is the sum over k = 3..N of N!/((N-k)! 2k) - (N-2)!/(N-k)!, computed in
O(N) with running falling factorials and a linear table of inverses (the primes exceed N).

Difficulty schedule (N drawn uniformly from [max(16, H // 8), H]):

    d       0    1    2    5   10   20   30    100
    H     120  131  144  195  320  720 1320  11120      120 + 10d + d^2

The answer depends on N and the prime only, so a level must offer many (N, prime) pairs: N starts
at 16, where the count already exceeds every prime (below it the answer ignores the prime and a
level held a dozen answers), and spans over a hundred values from d = 0 on. N grows
quadratically; the solver is linear in N (a few ms at d = 100).
"""

from __future__ import annotations

from rlve_gym.kernels.combinatorics import choose_prime
from rlve_gym.modular import ModularCountEnvironment, modulus_sentence


def almost_complete_cycles(n: int, prime: int) -> int:
    """Simple cycles (length >= 3) of K_n minus one edge, modulo ``prime`` (``prime > 2n``)."""
    if n < 3:
        return 0
    inverse = [0, 1] + [0] * (2 * n)
    for i in range(2, 2 * n + 1):
        inverse[i] = (prime - (prime // i) * inverse[prime % i] % prime) % prime
    total = 0
    falling_n = n * (n - 1) % prime  # n!/(n-k)! for k = 2
    falling_rest = 1  # (n-2)!/(n-k)! for k = 2
    for k in range(3, n + 1):
        falling_n = falling_n * (n - k + 1) % prime
        falling_rest = falling_rest * (n - k + 1) % prime
        total += falling_n * inverse[2 * k] - falling_rest
    return total % prime


class AlmostCompleteGraphCycles(ModularCountEnvironment):
    description = "Count simple cycles of a complete graph with one edge removed, modulo a prime"
    catalog_name = "AlmostCompleteGraphCycleCounting"

    def schedule(self, difficulty):
        high = 120 + 10 * difficulty + difficulty**2
        return {"max_n": high, "min_n": max(16, high // 8)}

    def generate_instance(self, rng, sizes):
        return {"n": rng.randint(sizes["min_n"], sizes["max_n"]), "modulus": choose_prime(rng)}

    def solve(self, instance):
        return almost_complete_cycles(instance["n"], instance["modulus"])

    def render(self, instance):
        n = instance["n"]
        return (
            f"Take the complete undirected graph on {n} vertices, labelled 1 to {n} (every two "
            f"distinct vertices are joined by an edge), and delete the single edge between vertex 1 "
            f"and vertex {n}.\n\n"
            "How many simple cycles does the resulting graph have? A simple cycle is a closed path "
            "that visits at least 3 distinct vertices and repeats no vertex or edge; it is counted "
            "once, as a set of edges, regardless of where it starts or its direction (the complete "
            "graph on 4 vertices, for example, has 7 simple cycles: 4 triangles and 3 of length 4).\n"
            f"{modulus_sentence(instance['modulus'])}\n"
            "Answer with a single integer."
        )
