"""DistinctFactorProductCount: ways to write N as a product of at least two distinct factors > 1.

Order does not matter (2*6 and 6*2 are one way) and the factors must be pairwise different
(2*2*3 is not allowed for 12). Such a product is a set of divisors > 1 of N multiplying to N,
so the reference runs a 0/1 knapsack over the divisors of N, with states indexed by the
divisors themselves: O(D^2) for D = d(N), then drops the one-factor product N itself.

Difficulty schedule (N drawn from [2, max_n]; draws with fewer than 2 ways, and N = 24 (the
prompt's worked example), are discarded. Uniform N mostly have few divisors, which would make
small counts a good blind guess, so the generator draws N until it has seen CANDIDATES distinct
counts (or MAX_ATTEMPTS draws) and keeps an N whose count is chosen uniformly among those; after a bounded number of
draws without any admissible N, N = 2 * 3 * 5 * 7 = 210 is used (14 ways)):

    d       0    1     2     3      5      10       20       d
    max_n   64  512  1728  4096  13824  85184   592704   64 * (d + 1)^3
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.kernels.number_theory import divisors

MAX_ATTEMPTS = 40
#: distinct counts to collect before choosing one uniformly
CANDIDATES = 4
#: the prompt's worked example
EXAMPLE_N = 24


def distinct_factor_products(n: int) -> int:
    """Number of sets of at least two distinct integers > 1 whose product is n."""
    divs = divisors(n)
    position = {d: i for i, d in enumerate(divs)}
    ways = [0] * len(divs)  # ways[i]: sets of distinct used divisors with product divs[i]
    ways[0] = 1
    for factor in divs[1:]:
        for i in range(len(divs) - 1, -1, -1):  # descending: each factor used at most once
            target = divs[i]
            if target % factor == 0:
                ways[i] += ways[position[target // factor]]
    return ways[-1] - 1 if n > 1 else 0


class DistinctFactorProductCount(Environment):
    description = (
        "Number of ways to write N as an unordered product of at least two distinct factors > 1"
    )
    answer_kind = "single_int"
    answer_example = "9"
    catalog_name = "IntegerFactorizationCounting"

    def schedule(self, difficulty):
        return {"max_n": 64 * (difficulty + 1) ** 3}

    def generate_instance(self, rng, sizes):
        by_count: dict[int, int] = {}
        for _ in range(MAX_ATTEMPTS):
            n = rng.randint(2, sizes["max_n"])
            ways = distinct_factor_products(n)
            if ways >= 2 and n != EXAMPLE_N:
                by_count.setdefault(ways, n)
                if len(by_count) >= CANDIDATES:
                    break
        if not by_count:
            return {"n": 210}
        return {"n": by_count[rng.choice(sorted(by_count))]}

    def solve(self, instance):
        return distinct_factor_products(instance["n"])

    def render(self, instance):
        n = instance["n"]
        return (
            f"In how many ways can {n} be written as a product of at least two pairwise distinct integers, "
            "each greater than 1? The order of the factors does not matter. For example, 24 can be "
            "written as 2*12, 3*8, 4*6 and 2*3*4 (but not 2*2*6, which repeats a factor), so the answer "
            f"for 24 would be 4.\nAnswer with the count for {n} only, e.g. 9."
        )
