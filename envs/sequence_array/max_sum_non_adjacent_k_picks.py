"""MaxSumNonAdjacentKPicks: pick exactly K pairwise non-adjacent positions with the largest sum.

The solver sees an array A of N integers (negative values included) and a count K, and answers
with K positions, no two of them next to each other (|i - j| >= 2), whose values add up to as much
as possible. Any such set reaching the optimum is correct (ties give several); a valid set with a
smaller sum earns nothing. The reference is the dynamic programme over (prefix, picks made, last
position picked or not), O(N K), which also rebuilds one optimal set.

K is drawn between N/4 and N/2 - 1, so there is always room to choose (at K = ceil(N/2) the
choice is nearly forced) and never a trivial pick of the K largest values: negative values may
have to be taken only when K is large, and adjacent large values compete.

Difficulty schedule:

    d          0   1   2   3  ...  10  ...  20  ...  d
    length    10  12  14  16  ...  30  ...  50  ...  10 + 2d
    max       10  11  12  13  ...  20  ...  30  ...  10 + d   (values in -max..max)

Level 0 has 10 elements and 2-4 picks, already dozens of valid sets (a random valid set is optimal
on about 2% of the instances); every level adds two elements and more picks.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.sequences import positions_problem, random_values, render_array

NEG_INF = float("-inf")


def best_non_adjacent_picks(values: list[int], picks: int) -> tuple[int, list[int]]:
    """(largest sum, 1-based positions of one optimal set) of exactly ``picks`` pairwise
    non-adjacent elements; needs ``2 * picks - 1 <= len(values)``."""
    n = len(values)
    # best[i][k]: largest sum of k non-adjacent picks among the first i elements
    best = [[NEG_INF] * (picks + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        best[i][0] = 0
    for i in range(1, n + 1):
        for k in range(1, picks + 1):
            skip = best[i - 1][k]
            take = (best[i - 2][k - 1] if i >= 2 else (0 if k == 1 else NEG_INF)) + values[i - 1]
            best[i][k] = max(skip, take)
    chosen, i, k = [], n, picks
    while k > 0:
        if best[i - 1][k] == best[i][k]:
            i -= 1
        else:
            chosen.append(i)
            i, k = i - 2, k - 1
    return int(best[n][picks]), chosen[::-1]


def random_non_adjacent(rng, n: int, picks: int) -> list[int]:
    """``picks`` uniformly random pairwise non-adjacent positions of 1..n, increasing."""
    base = sorted(rng.sample(range(1, n - picks + 2), picks))
    return [p + j for j, p in enumerate(base)]


class MaxSumNonAdjacentKPicks(Environment):
    description = "Exactly K pairwise non-adjacent positions of an array with the largest total"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "1 2"
    catalog_name = "Max_NonAdjacent_KElementSum"

    def schedule(self, difficulty):
        return {"length": 10 + 2 * difficulty, "max_value": 10 + difficulty}

    def generate_instance(self, rng, sizes):
        n, top = sizes["length"], sizes["max_value"]
        values = random_values(rng, n, -top, top)
        picks = rng.randint(n // 4, n // 2 - 1)
        best, _ = best_non_adjacent_picks(values, picks)
        return {"values": values, "picks": picks, "best_sum": best}

    def solve(self, instance):
        return best_non_adjacent_picks(instance["values"], instance["picks"])[1]

    def render(self, instance):
        values, k = instance["values"], instance["picks"]
        return (
            f"{render_array('A', values)}\n\n"
            f"Choose exactly {k} different positions of A such that no two chosen positions are "
            "adjacent (any two chosen positions i and j satisfy |i - j| >= 2), and make the sum of "
            "the chosen elements as large as possible.\n"
            f"Answer with the {k} chosen positions (numbers from 1 to {len(values)}), separated by "
            "spaces, in any order; for example 1 3 6 means A[1], A[3] and A[6]. If several choices "
            "reach the largest sum, any one of them is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, length=instance["picks"], max_digits=6)

    def check(self, instance, answer, reference):
        n = len(instance["values"])
        problem = positions_problem(answer, n)
        if problem:
            return Verdict.wrong(problem)
        ordered = sorted(answer)
        for a, b in zip(ordered, ordered[1:]):
            if b - a < 2:
                return Verdict.wrong(f"positions {a} and {b} are adjacent")
        total = sum(instance["values"][p - 1] for p in answer)
        if total == instance["best_sum"]:
            return Verdict.right()
        return Verdict.wrong(f"valid choice, but its sum {total} is not the largest possible")

    def random_answer(self, problem, rng, other):
        inst = problem.instance
        return " ".join(map(str, random_non_adjacent(rng, len(inst["values"]), inst["picks"])))

    def near_misses(self, problem):
        inst = problem.instance
        values, n = inst["values"], len(inst["values"])
        chosen = [int(t) for t in problem.answer.split()]
        first = chosen[0]
        neighbour = first + 1 if first < n else first - 1
        misses = [
            " ".join(map(str, chosen + [neighbour])),  # one pick too many
            " ".join(map(str, chosen[:-1] + [first])),  # a position twice
            " ".join(map(str, chosen[:-1] + [n + 1])),  # no such position
            " ".join(map(str, chosen[:-1] + [neighbour])),  # next to the first pick
        ]
        # a valid choice with a smaller sum: move one pick to a free, worse, non-adjacent place
        taken = set(chosen)
        for p in chosen:
            rest = taken - {p}
            for q in range(1, n + 1):
                if q in taken or q - 1 in rest or q + 1 in rest:
                    continue
                if values[q - 1] < values[p - 1]:
                    misses.append(" ".join(map(str, sorted(rest | {q}))))
                    return misses
        return misses
