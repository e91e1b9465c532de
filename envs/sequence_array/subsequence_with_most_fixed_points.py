"""SubsequenceWithMostFixedPoints: keep a subsequence in which as many elements as possible sit
at the position equal to their value.

The solver sees an array A of N positive integers and chooses positions i1 < i2 < ... < ik;
the kept values B[1..k] = A[i1], ..., A[ik] score one point for every j with B[j] = j. The
answer is the chosen positions; every choice reaching the largest possible score is correct
(there are usually many: only the scoring elements are pinned down, and not even those), and a
lower score earns nothing.

A kept A[i] can score at slot A[i] only if A[i] - 1 elements are kept before it, so A[i] <= i.
Two scoring elements A[j] before A[i] need A[j] < A[i] and enough room in between:
A[i] - A[j] <= i - j. The best score is the longest chain under that relation (O(N^2)
dynamic programme); the reference keeps, for each scoring element of a best chain, just enough
elements right before it to fill the slots in between.

Values come from 1 .. N. Keeping everything scores the number of i with A[i] = i, and keeping a
suffix from position s on the number of i with A[i] = i - s + 1; instances where some suffix
already reaches the best score are redrawn (fixed runs such as 3 4 5 6 ... were right on 5% of
level 1), and so are those whose best score is below 3 (so the example's two positions never
score enough), up to 30 times; then a chain of three scoring values is planted and every
element equal to its own index is changed, so the best score is at least 3 and keeping
everything scores 0.

Difficulty schedule:

    d       0   1   2   3  ...  10  ...  20  ...  d
    N      16  18  20  22  ...  36  ...  56  ...  16 + 2d

Level 0 has 16 elements: with 12, best scores of 3 were common and one fixed choice was right
on 4.5% of a level. Longer arrays give longer chains and more ways to spend the gaps between
their elements.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.sequences import positions_problem, random_positions, random_values, render_array

#: draws before planting a chain
REDRAWS = 30


def best_chain(values: list[int]) -> list[int]:
    """0-based positions of the scoring elements of one best choice (longest valid chain)."""
    n = len(values)
    length, previous = [0] * n, [-1] * n
    for i, v in enumerate(values):
        if v > i + 1:
            continue  # not enough elements before it to reach slot v
        length[i] = 1
        for j in range(i):
            if length[j] and values[j] < v and v - values[j] <= i - j and length[j] + 1 > length[i]:
                length[i], previous[i] = length[j] + 1, j
    if not any(length):
        return []
    chain, i = [], max(range(n), key=length.__getitem__)
    while i >= 0:
        chain.append(i)
        i = previous[i]
    return chain[::-1]


def score(values: list[int], positions: list[int]) -> int:
    """Points of a choice of 1-based positions: slots j whose kept value equals j."""
    return sum(values[p - 1] == slot for slot, p in enumerate(positions, start=1))


def best_suffix_score(values: list[int]) -> int:
    """Best score of keeping a whole suffix A[s..N] (s = 1 keeps everything), the blind choices."""
    n = len(values)
    return max(score(values, list(range(start, n + 1))) for start in range(1, n + 1))


class SubsequenceWithMostFixedPoints(Environment):
    description = "Positions of a subsequence maximising how many kept values equal their new index"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "2 3"  # two kept values score at most 2; the best score here is at least 3
    catalog_name = "Longest_MatchingSubsequence"

    def schedule(self, difficulty):
        return {"length": 16 + 2 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["length"]
        for _ in range(REDRAWS):
            values = random_values(rng, n, 1, n)
            best = len(best_chain(values))
            if best >= 3 and best_suffix_score(values) < best:
                break
        else:  # values 1, 2, 3 at positions 2, 4, 6: a chain of 3 no suffix matches fully
            values = [v if v != i else v % n + 1 for i, v in enumerate(values, start=1)]
            for position, value in ((2, 1), (4, 2), (6, 3)):
                if position <= n:  # levels have N >= 16; tests also draw shorter arrays
                    values[position - 1] = value
            best = len(best_chain(values))
        return {"values": values, "best_score": best}

    def solve(self, instance):
        values = instance["values"]
        kept, slot_before = [], 0
        for p in best_chain(values):
            fillers = values[p] - slot_before - 1  # slots to fill between the two scorers
            kept.extend(range(p - fillers, p + 1))  # the chain leaves room: p - fillers > last
            slot_before = values[p]
        return [p + 1 for p in kept]

    def render(self, instance):
        values = instance["values"]
        return (
            f"{render_array('A', values)}\n\n"
            "Choose positions i1 < i2 < ... < ik (any k >= 1) and write the chosen values in "
            "order as B[1] = A[i1], B[2] = A[i2], ..., B[k] = A[ik]. The score is the number of "
            "indices j (1 <= j <= k) with B[j] = j. Make the score as large as possible.\n"
            "Answer with the chosen positions in increasing order, separated by spaces. For "
            "example, for A = [2, 1, 3, 2] the answer 2 4 gives B = [1, 2] with score 2, the "
            "largest possible, while 2 3 4 gives B = [1, 3, 2] with score 1. If several choices "
            "reach the largest score, any one of them is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_items=len(instance["values"]) + 1, max_digits=6)

    def check(self, instance, answer, reference):
        values = instance["values"]
        why = positions_problem(answer, len(values), increasing=True)
        if why:
            return Verdict.wrong(why)
        points = score(values, answer)
        if points == instance["best_score"]:
            return Verdict.right()
        return Verdict.wrong(f"the choice scores {points}; a higher score is possible")

    def random_answer(self, problem, rng, other):
        n = len(problem.instance["values"])
        return " ".join(map(str, random_positions(rng, n, rng.randint(1, n))))

    def near_misses(self, problem):
        chosen = [int(t) for t in problem.answer.split()]
        n = len(problem.instance["values"])
        return [
            " ".join(map(str, chosen[:-1])),  # drops the last scoring element
            " ".join(map(str, chosen + [n + 1])),  # no such position
            " ".join(map(str, chosen[:1] + chosen)),  # a position twice
            " ".join(map(str, range(1, n + 1))),  # keep everything: never the best here
        ]
