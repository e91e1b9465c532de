"""MaxProductDigitSplit: cut a digit string into K+1 pieces so that the product of the pieces is largest.

The solver sees a string of N digits (1-9) and a number K, and chooses K cut places: cut place
p (1 <= p <= N-1) separates the p-th digit from the (p+1)-th. The K+1 pieces are read as decimal
numbers and multiplied. Every set of K distinct cut places whose product equals the optimum is
correct (listed in any order); the optimum is stored at generation. Scores are binary.

The reference solver is the dynamic programme over (pieces used, prefix length) with exact
integers, O(N * K * (N - K)) products of numbers of at most N - K digits.

Difficulty schedule (K is N - 1 times a share drawn from 0.2, 0.3, ..., 0.8, rounded, at least 2):

    d            0   1   2   3  ...  10  ...  20  ...  d
    digits      10  11  12  13  ...  20  ...  30  ...  10 + d

Level 0 has 10 digits: with K between 2 and 7 of the 9 cut places there are at least 36 sets of
cuts, so a random set is rarely optimal. Every level adds a digit (and so more cut sets and
longer pieces); linear growth keeps the exact big-integer DP well under a second at d = 100.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.sequences import positions_problem
from rlve_gym.strings import random_string

#: shares of the N - 1 cut places that are used
CUT_SHARES = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


def pieces_product(digits: str, cuts: list[int]) -> int:
    """Product of the pieces of ``digits`` cut after the 1-based places in ``cuts``."""
    bounds = [0, *sorted(cuts), len(digits)]
    product = 1
    for start, end in zip(bounds, bounds[1:]):
        product *= int(digits[start:end])
    return product


def best_cuts(digits: str, cuts: int) -> tuple[int, list[int]]:
    """(largest product, sorted cut places reaching it) over splits into ``cuts + 1`` pieces."""
    n = len(digits)
    longest = n - cuts  # no piece is longer than this
    # best[j][i]: largest product of the first i digits in j + 1 pieces (0 when impossible)
    best = [[0] * (n + 1) for _ in range(cuts + 1)]
    last_cut = [[0] * (n + 1) for _ in range(cuts + 1)]
    for i in range(1, longest + 1):
        best[0][i] = int(digits[:i])
    for j in range(1, cuts + 1):
        row, previous = best[j], best[j - 1]
        for i in range(j + 1, n - cuts + j + 1):
            top, where = 0, 0
            for start in range(max(j, i - longest), i):
                value = previous[start] * int(digits[start:i])
                if value > top:
                    top, where = value, start
            row[i], last_cut[j][i] = top, where
    chosen, i = [], n
    for j in range(cuts, 0, -1):
        i = last_cut[j][i]
        chosen.append(i)
    return best[cuts][n], sorted(chosen)


class MaxProductDigitSplit(Environment):
    description = "K cut places in a digit string that maximise the product of the pieces"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "3"
    catalog_name = "MaxMultSplit"

    def schedule(self, difficulty):
        return {"digits": 10 + difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["digits"]
        cuts = max(2, round((n - 1) * rng.choice(CUT_SHARES)))
        digits = random_string(rng, n, "123456789")
        best, _ = best_cuts(digits, cuts)
        return {"digits": digits, "cuts": cuts, "best_product": str(best)}

    def solve(self, instance):
        return best_cuts(instance["digits"], instance["cuts"])[1]

    def render(self, instance):
        digits, k = instance["digits"], instance["cuts"]
        n = len(digits)
        return (
            f"Digit string S = {digits} ({n} digits).\n\n"
            f"Cut S into exactly {k + 1} non-empty pieces by choosing {k} different cut places. "
            f"Cut place p (1 <= p <= {n - 1}) separates the p-th digit of S from the (p+1)-th "
            "digit. Each piece is read as a decimal number, and the pieces are multiplied "
            "together. Make this product as large as possible.\n"
            f"For example, S = 3142 cut at places 1 and 3 gives the pieces 3, 14 and 2 with "
            "product 84.\n"
            f"Answer with the {k} cut places separated by spaces, in any order. If several "
            "choices reach the largest product, any one of them is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_items=instance["cuts"] + 1, max_digits=6)

    def check(self, instance, answer, reference):
        digits, k = instance["digits"], instance["cuts"]
        problem = positions_problem(answer, len(digits) - 1, count=k)
        if problem:
            return Verdict.wrong(problem.replace("position", "cut place"))
        if pieces_product(digits, answer) == int(instance["best_product"]):
            return Verdict.right()
        return Verdict.wrong("valid cuts, but the product of the pieces is not the largest")

    def random_answer(self, problem, rng, other):
        instance = problem.instance
        cuts = rng.sample(range(1, len(instance["digits"])), instance["cuts"])
        return " ".join(map(str, sorted(cuts)))

    def near_misses(self, problem):
        instance = problem.instance
        digits, n = instance["digits"], len(instance["digits"])
        cuts = [int(t) for t in problem.answer.split()]
        best = int(instance["best_product"])
        misses = [
            " ".join(map(str, cuts[:-1])),  # one cut too few
            " ".join(map(str, cuts[:-1] + [cuts[0]])),  # a cut twice
            " ".join(map(str, cuts[:-1] + [n])),  # no such cut place
        ]
        for index in range(len(cuts)):  # move one cut to a free place: a smaller product
            for place in range(1, n):
                if place in cuts:
                    continue
                moved = cuts[:index] + [place] + cuts[index + 1 :]
                if pieces_product(digits, moved) < best:
                    misses.append(" ".join(map(str, moved)))
                    return misses
        return misses
