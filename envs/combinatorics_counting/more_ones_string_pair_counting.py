"""More ones in the longer string: count the pairs of binary strings (S, T), |S| = M + delta and
|T| = M, in which S has strictly more ones than T, modulo 10^K.

With a = |S|, b = |T| and D = ones(S) - ones(T), complementing both strings maps D > 0 onto
D < delta, so 2 #(D > 0) = 2^(a+b) + #(0 < D < delta); and #(D = i) = C(a + b, b + i)
(Vandermonde). Hence the answer is (2^(a+b) + sum_{i=1}^{delta-1} C(a + b, b + i)) / 2. It is
computed modulo 2 * 10^K (then halved, the true value being even), with every binomial taken
modulo 2^(K+1) and 5^K by the prime-power Lucas theorem and joined by the CRT
(``rlve_gym.kernels.counting_dp.binomial_mod_composite``).

Difficulty schedule (M is drawn with exactly D_M digits, delta from 1 .. delta_max, K from 3 .. 6):

    d           0   1   2   3   5   10   20   30   ...  d
    D_M         2   2   3   3   4    7   12   17   ...  2 + d // 2
    delta_max   5   7   9  11  15   25   45   65   ...  5 + 2 d

M has one more digit every two levels, so M is astronomically large soon and only the formula
works; delta is the number of binomials to sum. K >= 3 keeps 0 and 1 rare as residues.
"""

from __future__ import annotations

from rlve_gym.kernels.counting_dp import binomial_mod_composite
from rlve_gym.modular import ModularCountEnvironment, modulus_sentence, number_with_digits


def count_pairs_with_more_ones(longer: int, shorter: int, modulus: int) -> int:
    """Pairs of binary strings of lengths longer > shorter where the longer one has more ones."""
    if longer <= shorter:
        raise ValueError(f"the first length must exceed the second, got {longer} and {shorter}")
    doubled = 2 * modulus
    total = pow(2, longer + shorter, doubled)
    for i in range(1, longer - shorter):
        total += binomial_mod_composite(longer + shorter, shorter + i, doubled)
    return total % doubled // 2


class MoreOnesStringPairCounting(ModularCountEnvironment):
    description = (
        "Number of pairs of binary strings where the longer one has more ones, modulo 10^K"
    )
    catalog_name = "PairMoreOneCounting"

    def schedule(self, difficulty):
        return {"length_digits": 2 + difficulty // 2, "max_delta": 5 + 2 * difficulty}

    def generate_instance(self, rng, sizes):
        shorter = number_with_digits(rng, sizes["length_digits"], smallest=10)
        delta = rng.randint(1, sizes["max_delta"])
        return {"shorter": shorter, "delta": delta, "modulus": 10 ** rng.randint(3, 6)}

    def solve(self, instance):
        shorter = instance["shorter"]
        return count_pairs_with_more_ones(shorter + instance["delta"], shorter, instance["modulus"])

    def render(self, instance):
        m, delta = instance["shorter"], instance["delta"]
        return (
            f"Count the ordered pairs (S, T) of binary strings (strings of the characters 0 and 1) "
            f"such that S has length M + delta = {m} + {delta} = {m + delta}, T has length M = {m}, "
            "and S contains strictly more 1s than T.\n"
            "For example, for M = 1 and delta = 1 (S of length 2, T of length 1) there are 4 such "
            "pairs: (01, 0), (10, 0), (11, 0) and (11, 1).\n"
            f"{modulus_sentence(instance['modulus'], prime=False)}\n"
            "Answer with a single integer."
        )
