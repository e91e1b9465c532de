"""SccCountSequences: for every E, how many different sequences of strongly-connected-component
counts can arise while adding E distinct directed edges to N isolated vertices, modulo a prime.

Adding edges one at a time (no loops, no repeated edge) and recording the number of strongly
connected components (SCCs) after each addition gives a non-increasing sequence c_1, ..., c_E
starting at c_1 = N. With k_i the number of distinct values among c_1..c_i, a sequence is
achievable exactly when, at every step i,

    (N - c_i) + (k_i - 1) <= i <= L(c_i),   L(j) = (N - j + 1)(N - 1) + (j - 1)(j - 2) / 2.

The left side counts edges that must already exist: each of the k_i - 1 drops closes a cycle
(one closing edge), and absorbing N - c_i vertices into cycles needs one chain edge per absorbed
vertex. The right side is the largest number of edges a digraph with j SCCs can have (one
strongly connected block of N - j + 1 vertices, complete, and j - 1 single vertices in a
transitive order on one side of it). Both bounds are reached by one growing block that absorbs
prepared chains of single vertices. The count is a dynamic programme over (c_i, k_i); once
i >= 2N the left bound always holds and k can be dropped, so the whole table costs O(N^4)
additions at worst and O(N^3) in practice. The tests check it against exhaustive search over
all edge orders for N <= 4.

Difficulty schedule (N drawn from [max(6, top - 2), top]; the answer lists N(N-1) residues
modulo a random prime between 10^3 and 10^4):

    d       0    1    2    5   10   20   30        d
    top     6    6    6    7    9   12   16        6 + d // 3

For each N there is only one table, so the prime is drawn per problem, below most of the
counts, so that the residues differ between problems; level 0 starts at N = 6, where most
counts pass 10^3 (with N = 3 to 5, or a prime above the largest count, every problem of a level had one of
a few answers, right on 40-100% of the seeds). N grows by one every three levels (132 numbers
in the answer at d = 20, 1,482 at d = 100, under 8,000 characters). Scoring is all or nothing: the first counts are small and the same for every
prime, so a share of right counts would reward a blind answer.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.kernels.number_theory import random_prime

#: the prime stays below the larger counts, so the residues depend on it (1,061 primes)
MODULUS_LOW, MODULUS_HIGH = 10**3, 10**4
#: from N = 6 on most counts pass 10^3 (the largest is 80,002 at N = 6, 2,952,880 at N = 7)
MIN_VERTICES = 6


def edge_limit(n: int, components: int) -> int:
    """Most edges a simple digraph on ``n`` vertices with ``components`` SCCs can have."""
    j = components
    return (n - j + 1) * (n - 1) + (j - 1) * (j - 2) // 2


def count_scc_sequences(n: int, prime: int) -> list[int]:
    """Entry E-1: the number of achievable SCC-count sequences of length E, for E = 1..n(n-1)."""
    limits = [0] + [edge_limit(n, j) for j in range(1, n + 1)]
    # ways[j][k]: sequences of the current length ending at count j with k distinct values
    ways = [[0] * (n + 2) for _ in range(n + 2)]
    ways[n][1] = 1
    answers = [1 % prime]
    total_edges = n * (n - 1)
    length = 1
    while length < min(total_edges, 2 * n):
        length += 1
        # from_above[j][k] = sum over j' > j of ways[j'][k]
        from_above = [[0] * (n + 2) for _ in range(n + 2)]
        for j in range(n - 1, 0, -1):
            for k in range(1, n + 1):
                from_above[j][k] = (from_above[j + 1][k] + ways[j + 1][k]) % prime
        following = [[0] * (n + 2) for _ in range(n + 2)]
        for j in range(1, n + 1):
            if length > limits[j]:
                continue
            for k in range(1, n + 1):
                if (n - j) + (k - 1) <= length:
                    following[j][k] = (ways[j][k] + from_above[j][k - 1]) % prime
        ways = following
        answers.append(sum(sum(row) for row in ways) % prime)
    by_count = [sum(ways[j]) % prime for j in range(n + 2)]
    while length < total_edges:  # the lower bound no longer binds: only the count matters
        length += 1
        following = [0] * (n + 2)
        running = 0
        for j in range(n, 0, -1):
            running = (running + by_count[j]) % prime
            following[j] = running if length <= limits[j] else 0
        by_count = following
        answers.append(sum(by_count) % prime)
    return answers


class SccCountSequences(Environment):
    description = "For every E, the number of SCC-count sequences from adding E directed edges to N vertices, mod a prime"
    answer_kind = "int_list"
    answer_example = "1 2 3 3 2 1"
    catalog_name = "SCC_Sequence_Counting"

    def schedule(self, difficulty):
        return {"max_vertices": MIN_VERTICES + difficulty // 3}

    def generate_instance(self, rng, sizes):
        top = sizes["max_vertices"]
        n = rng.randint(max(MIN_VERTICES, top - 2), top)
        return {"n": n, "modulus": random_prime(rng, MODULUS_LOW, MODULUS_HIGH)}

    def solve(self, instance):
        return count_scc_sequences(instance["n"], instance["modulus"])

    def render(self, instance):
        n, prime = instance["n"], instance["modulus"]
        total = n * (n - 1)
        return (
            f"Start with a directed graph on {n} vertices and no edges. Add E directed edges one at a "
            "time, in an order you choose, where every edge joins two different vertices and no edge "
            "(u, v) is added twice (u -> v and v -> u are different edges). After each addition, "
            "record the number of strongly connected components of the graph so far (two vertices are "
            "in the same component when each can reach the other along edges). This gives a sequence "
            "of E numbers.\n"
            f"For every E from 1 to {total}, how many different sequences can be obtained? Give each "
            f"count modulo the prime {prime} (the remainder, from 0 to {prime - 1}).\n"
            f"Answer with {total} integers separated by spaces: the count for E = 1, then E = 2, and "
            f"so on up to E = {total}."
        )

    def parse(self, text, instance):
        n = instance["n"]
        return parse_int_list(text, max_digits=12, length=n * (n - 1))

    def check(self, instance, answer, reference):
        if answer == reference:
            return Verdict.right()
        right = sum(a == b for a, b in zip(answer, reference, strict=True))
        first = next(i for i, (a, b) in enumerate(zip(answer, reference, strict=True)) if a != b)
        return Verdict.wrong(
            f"{right} of {len(reference)} counts are right; the first wrong one is for E = {first + 1}"
        )
