"""321-avoiding permutations of 1..N with one entry fixed, A[X] = Y: count them.

In a 321-avoiding permutation the left-to-right maxima are exactly the entries with
A[i] >= i, and a prefix extends to such a permutation exactly when every entry is a new maximum
or the smallest unused value. The inverse of a 321-avoiding permutation is 321-avoiding, and
A[X] = Y means A^-1[Y] = X, so we may assume X <= Y; then A[X] = Y is a new maximum, reached
from any admissible prefix of length X - 1 whose maximum is below Y. The count is
(prefixes of length X - 1 with maximum < Y) * (completions after position X with maximum Y),
both read from the shared 321-avoiding tables. O(N**2) with exact integers.

Difficulty schedule (N uniform in min_length..max_length, then X uniform in 1..N, then Y uniform
in 1..N avoiding the two pairs (1, N) and (N, 1) that leave exactly one permutation):

    d            0   1   2   3   5   10   20   30   ...
    min_length  12  13  14  15  17   22   32   42   ...  12 + d
    max_length  20  22  24  26  30   40   60   80   ...  20 + 2 d

Both bounds grow every level. A level mixes lengths so that it holds many distinct instances (a
single small N gives only N**2 of them, and the symmetric pairs share their counts); level 0
starts at twelve entries because shorter permutations have a few small counts a guess hits. The
counts stay below the Catalan number C(N) (about 10**45 at d = 30).
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import parse_int
from rlve_gym.kernels.combinatorics import avoiding_321_completions


def admissible_prefixes_by_maximum(n: int, length: int) -> list[int]:
    """``row[m]``: prefixes of ``length`` entries from 1..n, each a new maximum or the smallest
    unused value, whose maximum is m (row ``length`` of ``avoiding_321_prefixes(n)``).

    The same forward step as the shared table, with a running sum over the smaller maxima, so a
    row costs O(n * length) instead of the whole table's O(n**3).
    """
    row = [1] + [0] * n
    for i in range(length):
        nxt = [0] * (n + 1)
        below = 0  # sum of row[m] for m < v: every such prefix may take v as a new maximum
        for v in range(i, n + 1):
            nxt[v] = below + (row[v] if v > i else 0)
            below += row[v]
        row = nxt
    return row


def count_321_avoiding_with_entry(n: int, position: int, value: int) -> int:
    """321-avoiding permutations A of 1..n with A[position] = value (both 1-based)."""
    if not (1 <= position <= n and 1 <= value <= n):
        return 0
    position, value = min(position, value), max(position, value)
    prefixes = admissible_prefixes_by_maximum(n, position - 1)
    completions = avoiding_321_completions(n)[position][value]
    return sum(prefixes[:value]) * completions


class Avoiding321WithFixedEntry(Environment):
    description = (
        "Count permutations of 1..N with no decreasing subsequence of length 3 and A[X] = Y"
    )
    answer_kind = "single_int"
    answer_example = "3"
    catalog_name = "LDSTwo_Counting"

    def schedule(self, difficulty):
        return {"min_length": 12 + difficulty, "max_length": 20 + 2 * difficulty}

    def generate_instance(self, rng, sizes):
        n = rng.randint(sizes["min_length"], sizes["max_length"])
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
