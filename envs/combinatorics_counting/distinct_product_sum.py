"""Sum of products over all sequences of N distinct integers from 1..K, modulo a prime.

Summing a1 * a2 * ... * aN over ordered sequences of distinct values equals N! times the
elementary symmetric polynomial e_N(1, 2, ..., K). For a fixed N that is a polynomial in K of
degree 2N, so the solver computes it at K = 0, 1, ..., 2N with the DP e_j <- e_j + v * e_(j-1)
and evaluates the polynomial at the (large) K given by Lagrange interpolation: O(N^2) work
however many digits K has.

Difficulty schedule (N drawn uniformly from 2 .. N_max; K a random number with the given number
of digits, at least N and at least 4, so the prompt's worked example N = 2, K = 3 never occurs):

    d          0   1   2   3   5   10   20   30   ...  d
    N_max      4   5   6   7   9   14   24   34   ...  4 + d
    K digits   2   2   2   3   3    5    8   12   ...  2 + d // 3

Level 0 starts at two-digit K: one-digit K leaves a few dozen instances whose sums a guess hits
often. Small K can be summed by hand; once K has several digits the polynomial view is required.
"""

from __future__ import annotations

from rlve_gym.kernels.combinatorics import FactorialTable, choose_prime, interpolate_consecutive
from rlve_gym.modular import ModularCountEnvironment, modulus_sentence, number_with_digits


def distinct_product_sum(length: int, largest: int, prime: int) -> int:
    """Sum over ordered sequences of ``length`` distinct values in 1..largest of their product, mod prime."""
    degree = 2 * length
    elementary = [1] + [0] * length  # e_j(1..v) for the current v
    samples = [elementary[length]]  # e_length(1..K) at K = 0, 1, ..., degree
    for value in range(1, degree + 1):
        for j in range(length, 0, -1):
            elementary[j] = (elementary[j] + value * elementary[j - 1]) % prime
        samples.append(elementary[length])
    return (
        interpolate_consecutive(samples, largest, prime)
        * FactorialTable(length, prime).factorial(length)
        % prime
    )


class DistinctProductSum(ModularCountEnvironment):
    description = (
        "Sum of a1*...*aN over all sequences of N distinct integers from 1..K, modulo a prime"
    )
    catalog_name = "SumSetMultiplication"
    answer_example = "22"

    def schedule(self, difficulty):
        return {"max_length": 4 + difficulty, "value_digits": 2 + difficulty // 3}

    def generate_instance(self, rng, sizes):
        length = rng.randint(2, sizes["max_length"])
        return {
            "length": length,
            "largest": number_with_digits(rng, sizes["value_digits"], smallest=max(length, 4)),
            "modulus": choose_prime(rng),
        }

    def solve(self, instance):
        return distinct_product_sum(instance["length"], instance["largest"], instance["modulus"])

    def render(self, instance):
        n, k = instance["length"], instance["largest"]
        return (
            f"Consider every sequence (a1, a2, ..., aN) of N = {n} pairwise distinct integers, each "
            f"between 1 and K = {k} inclusive; order matters, so (1, 2) and (2, 1) are different "
            "sequences. Compute the sum, over all these sequences, of the product a1 * a2 * ... * aN.\n"
            "For example, for N = 2 and K = 3 the sequences are (1,2), (2,1), (1,3), (3,1), (2,3), "
            "(3,2), and the sum is 2 + 2 + 3 + 3 + 6 + 6 = 22.\n"
            f"{modulus_sentence(instance['modulus'], what='sum')}\n"
            "Answer with a single integer."
        )
