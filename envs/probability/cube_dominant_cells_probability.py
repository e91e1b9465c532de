"""CubeDominantCellsProbability: the probability that a random numbering of an A x B x C box has
exactly K cells that beat every cell sharing a coordinate with them.

The cells (x, y, z) of an A x B x C box receive the numbers 1 .. ABC in a uniformly random order.
A cell is dominant when its number is larger than the number of every other cell that agrees with
it in at least one coordinate (same x, same y or same z). The answer is the probability that
exactly K cells are dominant, a rational number asked modulo a prime M as a * b^(-1) mod M.

Solver. Dominant cells never share a coordinate, so at most Q = min(A, B, C) exist. For i cells
with pairwise different x, y and z, the cells sharing a coordinate with one of them number
T - R(i), with T = ABC and R(i) = (A - i)(B - i)(C - i). All i are dominant exactly when the
largest number among those T - R(i) cells sits on one of the i (probability i / (T - R(i))) and,
that cell removed, the other i - 1 are dominant; so the probability is
i! / prod_{j=1..i} (T - R(j)). There are A!B!C! / ((A-i)!(B-i)!(C-i)! i!) such sets, which gives
E[C(X, i)] for the number X of dominant cells, and inclusion-exclusion turns these binomial
moments into P(X = K) = sum_{i >= K} (-1)^(i-K) C(i, K) E[C(X, i)]. O(Q) modular operations.
The tests check this against all 8! numberings of a 2 x 2 x 2 box and, for larger boxes, the
"all dominant" probabilities against a direct integral over the cells' values.

Instances: A, B, C uniform in [2, max_side] and K uniform in [1, Q] (the largest number is always
dominant, so X >= 1). The prime is drawn from ``COUNTING_PRIMES`` and redrawn until it divides
none of the factors T - R(j) (then every denominator is invertible).

Difficulty schedule:

    d           0   1   2   3  ...  10  ...  20  ...  d
    max_side    6   7   8   9  ...  16  ...  26  ...  6 + d

Level 0 draws sides up to 6 (several hundred (A, B, C, K) combinations; with sides up to 4 too
few distinct prompts exist); larger sides mean more terms in the inclusion-exclusion and larger
products to keep track of.
"""

from __future__ import annotations

from rlve_gym.kernels.combinatorics import COUNTING_PRIMES, FactorialTable, choose_prime

from ._modular_expectation import ModularFractionEnvironment, fraction_sentence


def _outside(a: int, b: int, c: int, i: int) -> int:
    """Cells sharing no coordinate with i cells of pairwise different coordinates."""
    return (a - i) * (b - i) * (c - i)


def domain_factors(a: int, b: int, c: int) -> list[int]:
    """T - R(j) for j = 1 .. min(a, b, c)."""
    total = a * b * c
    return [total - _outside(a, b, c, j) for j in range(1, min(a, b, c) + 1)]


def exactly_k_dominant(a: int, b: int, c: int, k: int, prime: int) -> int:
    """P(exactly k dominant cells) modulo ``prime`` (which must divide no ``domain_factors``)."""
    table = FactorialTable(max(a, b, c), prime)
    fact, inv_fact = table.fact, table.inv_fact
    answer = 0
    all_dominant = 1  # i! / prod_{j <= i} (T - R(j)), built up as i grows
    for i, factor in enumerate(domain_factors(a, b, c), start=1):
        all_dominant = all_dominant * i % prime * pow(factor, prime - 2, prime) % prime
        if i < k:
            continue
        sets = (
            fact[a]
            * inv_fact[a - i]
            % prime
            * fact[b]
            % prime
            * inv_fact[b - i]
            % prime
            * fact[c]
            % prime
            * inv_fact[c - i]
            % prime
            * inv_fact[i]
            % prime
        )
        term = table.binomial(i, k) * sets % prime * all_dominant % prime
        answer += -term if (i - k) % 2 else term
    return answer % prime


class CubeDominantCellsProbability(ModularFractionEnvironment):
    description = (
        "Probability that a random numbering of an A x B x C box has exactly K cells larger "
        "than every cell sharing a coordinate with them, modulo a prime"
    )
    catalog_name = "Cube_FixedLocalMaximumCounting"

    def schedule(self, difficulty):
        return {"max_side": 6 + difficulty}

    def generate_instance(self, rng, sizes):
        a, b, c = (rng.randint(2, sizes["max_side"]) for _ in range(3))
        k = rng.randint(1, min(a, b, c))
        factors = domain_factors(a, b, c)
        # a prime above every factor (all but 1_000_003 are above 10**9) always qualifies
        prime = next(
            p for p in (choose_prime(rng), *COUNTING_PRIMES) if all(f % p for f in factors)
        )
        return {"sides": [a, b, c], "dominant": k, "modulus": prime}

    def solve(self, instance):
        a, b, c = instance["sides"]
        return exactly_k_dominant(a, b, c, instance["dominant"], instance["modulus"])

    def render(self, instance):
        a, b, c = instance["sides"]
        k = instance["dominant"]
        total = a * b * c
        return (
            f"A box is made of {a} x {b} x {c} = {total} cells; the cell (x, y, z) has 1 <= x <= "
            f"{a}, 1 <= y <= {b} and 1 <= z <= {c}. The numbers 1, 2, ..., {total} are written "
            "into the cells, one number per cell, in a uniformly random order (all orders equally "
            "likely). A cell is dominant when its number is larger than the number of every other "
            "cell that has the same x, the same y or the same z as it (at least one coordinate "
            "in common).\n"
            "For example, in a 1 x 1 x 2 box the two cells share x, so exactly one of them (the "
            "one holding 2) is dominant, with probability 1.\n"
            f"What is the probability that exactly {k} cell{'s are' if k > 1 else ' is'} "
            "dominant?\n"
            f"{fraction_sentence(instance['modulus'], 'probability')}\n"
            "Answer with a single integer."
        )
