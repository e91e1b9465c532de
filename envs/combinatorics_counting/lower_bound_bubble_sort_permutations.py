"""Permutations above P that bubble sort sorts with the fewest conceivable swaps: count them.

Bubble sort performs one swap per inversion, and every swap moves two entries by one place, so
it needs at least (|1 - p[1]| + ... + |N - p[N]|) / 2 swaps. The permutations meeting that bound
are exactly the 321-avoiding ones (no i < j < k with p[i] > p[j] > p[k]): a "3" and a "1" of a
321 pattern both cross the "2", which costs swaps the displacement does not see. A prefix extends
to such a permutation exactly when every entry is a new maximum or the smallest unused value,
and the completions depend only on (prefix length, maximum) (``avoiding_321_completions``), so
the permutations lexicographically above P are counted by walking along P: at each position add
the completions for every admissible value larger than P's entry, and stop once P's own prefix
is no longer admissible. O(N**2) with exact integers.

Difficulty schedule (P starts with an admissible prefix of N/2 .. N entries, each one of the
three next new maxima or the smallest unused value, and the rest is shuffled; P is redrawn a
bounded number of times when the count would be 0 or 1, and the identity is the fallback):

    d     0   1   2   3   5   10   20   30   ...
    N    10  11  12  13  15   20   30   40   ...  10 + d

N grows by one per level; counts are below the Catalan number C(N) (about 10**21 at d = 30).
A uniformly random P breaks the 321 rule within a few entries, so its count depends on a short
prefix only and a level held a few common answers; the admissible prefix makes the whole of P
matter. Level 0 starts at ten entries, where the counts spread over thousands of values.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import parse_int
from rlve_gym.kernels.combinatorics import avoiding_321_completions

_ATTEMPTS = 20


def count_lower_bound_permutations_above(perm: list[int]) -> int:
    """321-avoiding permutations of 1..N lexicographically greater than ``perm``."""
    n = len(perm)
    completions = avoiding_321_completions(n)
    used = [False] * (n + 2)
    maximum, smallest_unused, total = 0, 1, 0
    for i, entry in enumerate(perm):
        # larger new maxima
        total += sum(completions[i + 1][v] for v in range(max(maximum, entry) + 1, n + 1))
        # the smallest unused value, when it is not a new maximum
        if entry < smallest_unused < maximum:
            total += completions[i + 1][maximum]
        if not (entry > maximum or entry == smallest_unused):
            break  # P's prefix itself cannot be continued
        used[entry] = True
        maximum = max(maximum, entry)
        while smallest_unused <= n and used[smallest_unused]:
            smallest_unused += 1
    return total


def _random_admissible_start(rng, n: int, prefix_length: int) -> list[int]:
    """A permutation of 1..n whose first ``prefix_length`` entries follow the 321-avoiding rule
    (each one of the three next new maxima or the smallest unused value, chosen uniformly), the
    rest shuffled.

    A uniformly random permutation breaks the rule within a few entries, so its count depends
    only on a short prefix and a level holds a few common answers; a long admissible prefix makes
    the count depend on the whole of P.
    """
    unused = list(range(1, n + 1))
    perm: list[int] = []
    maximum = 0
    for _ in range(prefix_length):
        # a new maximum a few steps up, or the smallest unused value below the maximum
        choices = [v for v in unused if v > maximum][:3]
        if unused[0] < maximum:
            choices.append(unused[0])
        value = rng.choice(choices)
        perm.append(value)
        unused.remove(value)
        maximum = max(maximum, value)
    rng.shuffle(unused)
    return perm + unused


class LowerBoundBubbleSortPermutations(Environment):
    description = "Count permutations above P whose bubble-sort swap count equals the displacement lower bound"
    answer_kind = "single_int"
    answer_example = "17"
    catalog_name = "BubbleSwapLowerBound_PermutationCounting"

    def schedule(self, difficulty):
        return {"length": 10 + difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["length"]
        for _ in range(_ATTEMPTS):
            perm = _random_admissible_start(rng, n, rng.randint((n + 1) // 2, n))
            if count_lower_bound_permutations_above(perm) > 1:
                break
        else:  # above the identity: every other 321-avoiding permutation (C(N) - 1 >= 4)
            perm = list(range(1, n + 1))
        return {"permutation": perm}

    def solve(self, instance):
        return count_lower_bound_permutations_above(instance["permutation"])

    def render(self, instance):
        perm = instance["permutation"]
        n = len(perm)
        return (
            f"Bubble sort on a permutation p[1..N] of 1, 2, ..., N (here N = {n}) runs:\n"
            "  for i = 1 to N:\n"
            "    for j = 1 to N-1:\n"
            "      if p[j] > p[j+1]: swap p[j] and p[j+1]\n"
            "Every swap moves two entries by one place each, so the number of swaps is always at least "
            "LB(p) = (|1 - p[1]| + |2 - p[2]| + ... + |N - p[N]|) / 2.\n\n"
            f"Given the permutation P = {' '.join(map(str, perm))}, count the permutations p of 1, 2, "
            f"..., {n} such that\n"
            "1) bubble sort on p performs exactly LB(p) swaps, and\n"
            "2) p is lexicographically greater than P (at the first position where p and P differ, p "
            "has the larger entry).\n"
            "Answer with a single integer (the exact count)."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=len(instance["permutation"]) + 5)
