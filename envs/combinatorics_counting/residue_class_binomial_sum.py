"""Binomial coefficients in one residue class: sum of C(N*K, i*K + R) over i, modulo a prime.

The sum counts the subsets of an (N*K)-element set whose size is congruent to R modulo K. It is
the coefficient of x^R in (1 + x)^(N*K) reduced modulo x^K - 1 (sizes wrap around modulo K),
so the solver raises 1 + x to the power N*K by repeated squaring of length-K cyclic
polynomials: O(K^2 log(N*K)) however many digits N has.

Difficulty schedule (K drawn uniformly from 2 .. K_max, R from 0 .. K - 1; N a random number
with the given number of digits, at least 2, so the prompt's worked example, which has N = 1,
is never the instance):

    d          0   1   2   3   4   5   10   20   30   ...  d
    K_max      4   4   5   5   6   6    9   14   19   ...  4 + d // 2
    N digits   2   2   2   3   3   3    5    8   12   ...  2 + d // 3

At d = 0 N has two digits: with one digit and K <= 3 a level held too few distinct sums (128
answered almost a tenth of level 0); the cyclic-power view (or a roots-of-unity filter) is
needed from the first level.
"""

from __future__ import annotations

from rlve_gym.kernels.combinatorics import choose_prime
from rlve_gym.modular import ModularCountEnvironment, modulus_sentence, number_with_digits


def _cyclic_multiply(a: list[int], b: list[int], prime: int) -> list[int]:
    size = len(a)
    product = [0] * size
    for i, x in enumerate(a):
        if x:
            for j, y in enumerate(b):
                product[(i + j) % size] += x * y
    return [value % prime for value in product]


def residue_class_binomial_sum(total: int, period: int, residue: int, prime: int) -> int:
    """Sum of C(total, j) over j = residue (mod period), modulo ``prime``."""
    result = [1 % prime] + [0] * (period - 1)
    base = [0] * period
    base[0] += 1
    base[1 % period] += 1
    exponent = total
    while exponent:
        if exponent & 1:
            result = _cyclic_multiply(result, base, prime)
        base = _cyclic_multiply(base, base, prime)
        exponent >>= 1
    return result[residue]


class ResidueClassBinomialSum(ModularCountEnvironment):
    description = "Sum of C(N*K, i*K + R) over all i >= 0, modulo a prime"
    catalog_name = "FixedModK_Selection_Counting"

    def schedule(self, difficulty):
        return {"max_period": 4 + difficulty // 2, "count_digits": 2 + difficulty // 3}

    def generate_instance(self, rng, sizes):
        period = rng.randint(2, sizes["max_period"])
        return {
            "count": number_with_digits(rng, sizes["count_digits"], smallest=2),
            "period": period,
            "residue": rng.randrange(period),
            "modulus": choose_prime(rng),
        }

    def solve(self, instance):
        total = instance["count"] * instance["period"]
        return residue_class_binomial_sum(
            total, instance["period"], instance["residue"], instance["modulus"]
        )

    def render(self, instance):
        n, k, r = instance["count"], instance["period"], instance["residue"]
        return (
            f"Let N = {n}, K = {k} and R = {r}. Compute the sum of the binomial coefficients "
            "C(N*K, i*K + R) over all integers i >= 0 (terms with i*K + R > N*K are 0). "
            "Equivalently: the number of subsets of a set with N*K elements whose size leaves "
            "remainder R when divided by K.\n"
            "For example, for N = 1, K = 3 and R = 0 the sum is C(3, 0) + C(3, 3) = 1 + 1 = 2.\n"
            f"{modulus_sentence(instance['modulus'], what='sum')}\n"
            "Answer with a single integer."
        )
