"""321-avoiding permutations of 1..N with one entry fixed, A[X] = Y: count them.

In a 321-avoiding permutation the left-to-right maxima are exactly the entries with
A[i] >= i, and a prefix extends to such a permutation exactly when every entry is a new maximum
or the smallest unused value. The inverse of a 321-avoiding permutation is 321-avoiding, and
A[X] = Y means A^-1[Y] = X, so we may assume X <= Y; then A[X] = Y is a new maximum, reached
from any admissible prefix of length X - 1 whose maximum is below Y. The count is
(prefixes of length X - 1 with maximum < Y) * (completions after position X with maximum Y),
both read from the shared 321-avoiding tables. O(N**2) with exact integers.

Difficulty schedule (X uniform in 1..N, then Y uniform in 1..N avoiding the two pairs (1, N) and (N, 1) that leave
exactly one permutation):

    d     0   1   2   3   5   10   20   30   ...
    N     4   5   6   7   9   14   24   34   ...  4 + d

N grows by one per level; the counts stay below the Catalan number C(N) (about 10**18 at d = 30).
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import parse_int
from rlve_gym.kernels.combinatorics import avoiding_321_completions, avoiding_321_prefixes


def count_321_avoiding_with_entry(n: int, position: int, value: int) -> int:
    """321-avoiding permutations A of 1..n with A[position] = value (both 1-based)."""
    if not (1 <= position <= n and 1 <= value <= n):
        return 0
    position, value = min(position, value), max(position, value)
    prefixes = avoiding_321_prefixes(n)[position - 1]
    completions = avoiding_321_completions(n)[position][value]
    return sum(prefixes[:value]) * completions


class Avoiding321WithFixedEntry(Environment):
    description = (
        "Count permutations of 1..N with no decreasing subsequence of length 3 and A[X] = Y"
    )
    answer_kind = "single_int"
    answer_example = "14"
    catalog_name = "LDSTwo_Counting"

    def schedule(self, difficulty):
        return {"length": 4 + difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["length"]
        position = rng.randint(1, n)
        values = [v for v in range(1, n + 1) if {position, v} != {1, n}]
        return {"length": n, "position": position, "value": rng.choice(values)}

    def solve(self, instance):
        return count_321_avoiding_with_entry(
            instance["length"], instance["position"], instance["value"]
        )

    def render(self, instance):
        n, x, y = instance["length"], instance["position"], instance["value"]
        return (
            f"Count the permutations A[1], A[2], ..., A[{n}] of the integers 1 to {n} (each used exactly "
            "once) such that:\n"
            f"- the entry at position {x} is fixed: A[{x}] = {y};\n"
            "- A has no decreasing subsequence of length 3: there are no positions a < b < c with "
            "A[a] > A[b] > A[c].\n"
            "For example, 2 3 1 4 and 3 1 4 2 have none, while 3 2 1 4 has one (3 > 2 > 1).\n"
            "Answer with a single integer (the exact count)."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=instance["length"] + 5)
