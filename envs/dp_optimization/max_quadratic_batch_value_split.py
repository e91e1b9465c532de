"""MaxQuadraticBatchValueSplit: cut an array into consecutive batches valued by a quadratic of
their sums, maximising the total value.

The solver sees N positive integers and a quadratic f(X) = a X^2 + b X + c with a < 0 and c < 0.
It splits the array, in order, into consecutive non-empty batches; a batch whose elements add up
to X is worth f(X), and the split is worth the sum over its batches. It answers with the last
position of every batch (increasing, the last one N). Any split reaching the optimum is correct;
the checker values the named split and compares it with the optimum stored at generation. Scores
are binary.

Since the batch sums add up to the array's total, b only adds a constant, and the split trades
the negative squares (which favour small batches) against the negative c paid per batch (which
favours few batches): batch sums near sqrt(c / a) are best. The generator picks a and a target
batch sum of 1.5 to 6 average elements and sets c = -a * target^2 plus noise, so the optimum is
neither one batch nor single elements. Instances where a split in two or an evenly spaced split
(k batches ending at (i * N) // k, one batch and single elements included) is optimal are
redrawn (a bounded number of times, then a fixed instance of ones and one huge element, see
``fallback_instance``). The reference solver is the O(N^2) dynamic programme over the last cut.

Difficulty schedule:

    d             0   1   2   3  ...  10  ...  20  ...  d
    elements     16  17  18  19  ...  26  ...  36  ...  16 + d
    max_root     10  12  14  16  ...  30  ...  50  ...  10 + 2d   (elements are k^2, k <= max_root)
    max_square    5   5   5   5  ...   7  ...  10  ...  5 + d // 4   (a from -1..-max_square)

Elements are squares of uniform integers, so a few heavy elements pin the cuts; with uniform
elements nearly even splits win so often that one fixed split is right on a tenth of the seeds.
Level 0 has 16 elements for the same reason (at 10, one fixed split was still right on 6%).
Longer arrays give exponentially more splits, larger values longer arithmetic.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list

#: draws before falling back to the all-ones array
REDRAWS = 20


def batch_value(coefficients: list[int], total: int) -> int:
    a, b, c = coefficients
    return a * total * total + b * total + c


def split_value(values: list[int], coefficients: list[int], ends: list[int]) -> int:
    """Value of the split whose batches end at the 1-based positions ``ends``."""
    start, worth = 0, 0
    for end in ends:
        worth += batch_value(coefficients, sum(values[start:end]))
        start = end
    return worth


def best_split(values: list[int], coefficients: list[int]) -> tuple[int, list[int]]:
    """(largest total value, batch ends of one optimal split) by a DP over the last cut, O(N^2)."""
    n = len(values)
    prefix = [0]
    for v in values:
        prefix.append(prefix[-1] + v)
    best = [0] + [None] * n
    cut = [0] * (n + 1)
    for i in range(1, n + 1):
        for j in range(i):
            worth = best[j] + batch_value(coefficients, prefix[i] - prefix[j])
            if best[i] is None or worth > best[i]:
                best[i], cut[i] = worth, j
    ends, i = [], n
    while i:
        ends.append(i)
        i = cut[i]
    return best[n], ends[::-1]


def trivial_splits(n: int) -> list[list[int]]:
    """Splits a blind guess would try: every split in two, and for every batch count k the
    evenly spaced one (ends at (i * n) // k), which includes one batch and single elements."""
    evenly = [[(i * n) // k for i in range(1, k + 1)] for k in range(1, n + 1)]
    return evenly + [[k, n] for k in range(1, n)]


def fallback_instance(n: int) -> tuple[list[int], list[int]]:
    """Ones with one huge element at position 2 and f(X) = -2 X^2 - 24: the first two elements
    are single batches, and the other ones go in batches of 3 or 4 (2X + 24/X per element is
    smallest there), which no split in two and no evenly spaced split reproduces."""
    return [1, 1000] + [1] * (n - 2), [-2, 0, -24]


class MaxQuadraticBatchValueSplit(Environment):
    description = "Batch ends of a split into consecutive batches maximising the sum of a quadratic of batch sums"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "1 2 9"
    catalog_name = "QuadraticFunctionSegmentation"

    def schedule(self, difficulty):
        return {
            "elements": 16 + difficulty,
            "max_root": 10 + 2 * difficulty,
            "max_square": 5 + difficulty // 4,
        }

    def generate_instance(self, rng, sizes):
        n = sizes["elements"]
        for _ in range(REDRAWS):
            values = [rng.randint(1, sizes["max_root"]) ** 2 for _ in range(n)]
            a = rng.randint(1, sizes["max_square"])
            target = rng.uniform(1.5, 6) * sum(values) / n
            c = round(a * target * target * rng.uniform(0.8, 1.25))
            b = rng.randint(0, round(2 * a * target))
            coefficients = [-a, b, -c]
            best, _ = best_split(values, coefficients)
            if all(split_value(values, coefficients, s) < best for s in trivial_splits(n)):
                break
        else:
            values, coefficients = fallback_instance(n)
            best, _ = best_split(values, coefficients)
        return {"values": values, "coefficients": coefficients, "best_value": best}

    def solve(self, instance):
        return best_split(instance["values"], instance["coefficients"])[1]

    def render(self, instance):
        values = instance["values"]
        a, b, c = instance["coefficients"]
        n = len(values)
        return (
            f"Array A has {n} positive integers (positions 1 to {n}): {' '.join(map(str, values))}\n\n"
            "Split A, keeping its order, into consecutive non-empty batches (batch 1 starts at "
            "position 1, each next batch starts right after the previous one ends, and the last "
            f"batch ends at position {n}). A batch whose elements add up to X is worth "
            f"f(X) = ({a}) * X^2 + ({b}) * X + ({c}). The value of the split is the sum of f over "
            "all its batches; make it as large as possible.\n"
            "Answer with the last position of every batch, in increasing order, separated by "
            f"spaces; the last number is always {n}. For example, for an array of 9 elements, "
            "1 2 9 means the batches A[1], A[2], and A[3..9]. If several splits reach the largest "
            "value, any one of them is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_items=len(instance["values"]) + 1, max_digits=6)

    def check(self, instance, answer, reference):
        n = len(instance["values"])
        if not answer or answer[-1] != n:
            return Verdict.wrong(f"the last batch must end at position {n}")
        for prev, end in zip([0, *answer], answer):
            if end <= prev:
                return Verdict.wrong(
                    "batch ends must be strictly increasing positions starting from 1"
                )
        worth = split_value(instance["values"], instance["coefficients"], answer)
        if worth == instance["best_value"]:
            return Verdict.right()
        return Verdict.wrong(f"valid split, but its value {worth} is not the largest possible")

    def random_answer(self, problem, rng, other):
        n = len(problem.instance["values"])
        return " ".join(str(i) for i in range(1, n) if rng.random() < 0.5) + f" {n}"

    def near_misses(self, problem):
        n = len(problem.instance["values"])
        ends = [int(t) for t in problem.answer.split()]
        misses = [
            " ".join(map(str, ends[:-1])) or str(n - 1),  # the array is not covered
            " ".join(map(str, ends + [n + 1])),
            " ".join(map(str, [ends[0], *ends])),  # an empty batch
            str(n),  # one batch: never optimal
            " ".join(map(str, range(1, n + 1))),  # single elements: never optimal
        ]
        return misses
