"""MaxRatioSubset: choose exactly K of N items so that sum(A) / sum(B) over them is largest.

Each item i has two positive integers A_i and B_i. The solver names K distinct items; the value
of a choice is the fraction (sum of the chosen A) / (sum of the chosen B). Every choice of K
items whose fraction equals the optimum is correct (ties are possible, and all are accepted);
the optimum is stored as an exact fraction at generation. Scores are binary.

The optimum is found exactly by Dinkelbach's iteration over fractions: for the current ratio r,
take the K items with the largest A_i - r * B_i; their ratio is at least r, and the iteration
stops when it no longer grows (a handful of rounds, each a sort). Instances where simply taking
the K items with the best individual ratios A_i / B_i is optimal are redrawn a bounded number of
times, so that shortcut usually fails.

Difficulty schedule (K is drawn from [max(3, N/4), N/2], so the two-item example is never an
answer):

    d            0   1   2   3  ...  10  ...  20  ...  d
    items       10  11  12  13  ...  20  ...  30  ...  10 + d
    max_value   20  25  30  35  ...  70  ...  120 ...  20 + 5d

Level 0 already has 10 items, so that there are at least 120 choices of K (a random choice is
rarely right); more items mean many more choices, and larger values make the sums longer.
"""

from __future__ import annotations

from fractions import Fraction

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.sequences import positions_problem, random_values

#: draws before accepting an instance on which the best individual ratios are optimal
REDRAWS = 10


def subset_ratio(a: list[int], b: list[int], chosen: list[int]) -> Fraction:
    """sum(A) / sum(B) over the 0-based items ``chosen``."""
    return Fraction(sum(a[i] for i in chosen), sum(b[i] for i in chosen))


def best_ratio_subset(a: list[int], b: list[int], k: int) -> tuple[Fraction, list[int]]:
    """(largest ratio, sorted 0-based items reaching it) by Dinkelbach's iteration."""
    n = len(a)
    chosen = sorted(range(n), key=lambda i: -a[i] / b[i])[:k]
    ratio = subset_ratio(a, b, chosen)
    while True:
        # the K items maximising A_i - ratio * B_i, compared exactly as B_den*A_i - B_num*B_i
        num, den = ratio.numerator, ratio.denominator
        candidate = sorted(range(n), key=lambda i: -(den * a[i] - num * b[i]))[:k]
        better = subset_ratio(a, b, candidate)
        if better <= ratio:
            return ratio, sorted(chosen)
        ratio, chosen = better, candidate


class MaxRatioSubset(Environment):
    description = "K items whose total A divided by total B is largest (fractional programming)"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "2 5"
    catalog_name = "FractionalProgramming"

    def schedule(self, difficulty):
        return {"items": 10 + difficulty, "max_value": 20 + 5 * difficulty}

    def generate_instance(self, rng, sizes):
        n, high = sizes["items"], sizes["max_value"]
        for _ in range(REDRAWS):
            k = rng.randint(max(3, n // 4), n // 2)
            a, b = random_values(rng, n, 1, high), random_values(rng, n, 1, high)
            best, _ = best_ratio_subset(a, b, k)
            by_own_ratio = sorted(range(n), key=lambda i: -Fraction(a[i], b[i]))[:k]
            if subset_ratio(a, b, by_own_ratio) < best:
                break
        return {
            "a": a,
            "b": b,
            "k": k,
            "best_numerator": best.numerator,
            "best_denominator": best.denominator,
        }

    def solve(self, instance):
        _, chosen = best_ratio_subset(instance["a"], instance["b"], instance["k"])
        return [i + 1 for i in chosen]

    def render(self, instance):
        a, b, k = instance["a"], instance["b"], instance["k"]
        items = "\n".join(
            f"item {i}: A = {x}, B = {y}" for i, (x, y) in enumerate(zip(a, b), start=1)
        )
        return (
            f"There are {len(a)} items, numbered 1 to {len(a)}, each with two positive integers "
            f"A and B:\n{items}\n\n"
            f"Choose exactly {k} different items so that the ratio (sum of A over the chosen "
            "items) / (sum of B over the chosen items) is as large as possible. The ratio is "
            "compared exactly, as a fraction.\n"
            f"Answer with the numbers of the {k} chosen items separated by spaces, in any order "
            "(for example 2 5 means items 2 and 5). If several choices reach the largest ratio, "
            "any one of them is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_items=len(instance["a"]) + 1, max_digits=6)

    def check(self, instance, answer, reference):
        a, b, k = instance["a"], instance["b"], instance["k"]
        problem = positions_problem(answer, len(a), count=k)
        if problem:
            return Verdict.wrong(problem)
        ratio = subset_ratio(a, b, [i - 1 for i in answer])
        if ratio == Fraction(instance["best_numerator"], instance["best_denominator"]):
            return Verdict.right()
        return Verdict.wrong(
            f"valid choice, but its ratio {ratio.numerator}/{ratio.denominator} is not the largest"
        )

    def random_answer(self, problem, rng, other):
        instance = problem.instance
        chosen = rng.sample(range(1, len(instance["a"]) + 1), instance["k"])
        return " ".join(map(str, sorted(chosen)))

    def near_misses(self, problem):
        instance = problem.instance
        a, b, n = instance["a"], instance["b"], len(instance["a"])
        chosen = [int(t) for t in problem.answer.split()]
        best = Fraction(instance["best_numerator"], instance["best_denominator"])
        misses = [
            " ".join(map(str, chosen[:-1])),  # one item too few
            " ".join(map(str, chosen[:-1] + [chosen[0]])),  # an item twice
            " ".join(map(str, chosen[:-1] + [n + 1])),  # no such item
        ]
        for out in chosen:  # a swap that lowers the ratio
            for into in range(1, n + 1):
                if into in chosen:
                    continue
                swapped = [into if i == out else i for i in chosen]
                if subset_ratio(a, b, [i - 1 for i in swapped]) < best:
                    misses.append(" ".join(map(str, swapped)))
                    return misses
        return misses
