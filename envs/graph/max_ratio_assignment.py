"""MaxRatioAssignment: a perfect matching of rows to columns maximising sum(A) / sum(B).

Two N x N matrices of positive integers A and B are given. Choose a permutation p (row i is
matched with column p_i) maximising (sum of A[i][p_i]) / (sum of B[i][p_i]). The reference
solver is Dinkelbach's method: for the current ratio a/b, an assignment maximising
sum(b*A - a*B) (the Hungarian algorithm on integer weights, so everything is exact) either
proves a/b optimal (maximum 0) or yields a strictly better ratio. The checker compares the
answer's ratio with the optimum by cross-multiplication, so every optimal permutation is
accepted.

Difficulty schedule (N, values in 1..V):

    d       0    1    2    5   10   20        d
    N       5    5    6    7   10   15        5 + d // 2
    V      10   12   14   20   30   50        10 + 2d

N starts at 5: with 3 or 4 rows there are only 6 or 24 assignments, and a fixed one was the best
on a fifth of the seeds. Two N x N matrices grow linearly in N (450 numbers at d = 20); each Dinkelbach round is an
O(N^3) assignment and a handful of rounds suffice.
"""

from __future__ import annotations

from fractions import Fraction

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.kernels.flows import min_cost_assignment


def ratio_of(a: list[list[int]], b: list[list[int]], perm: list[int]) -> Fraction:
    return Fraction(
        sum(a[i][p] for i, p in enumerate(perm)), sum(b[i][p] for i, p in enumerate(perm))
    )


def best_ratio_assignment(a: list[list[int]], b: list[list[int]]) -> tuple[Fraction, list[int]]:
    """Dinkelbach iterations from the identity permutation: ``(optimal ratio, permutation)``."""
    n = len(a)
    perm = list(range(n))
    ratio = ratio_of(a, b, perm)
    while True:
        num, den = ratio.numerator, ratio.denominator
        cost = [[num * b[i][j] - den * a[i][j] for j in range(n)] for i in range(n)]
        total, better = min_cost_assignment(cost)
        if total >= 0:  # no permutation has sum(den*A - num*B) > 0: the ratio is optimal
            return ratio, perm
        perm, ratio = better, ratio_of(a, b, better)


class MaxRatioAssignment(Environment):
    description = "A permutation matching rows to columns that maximises sum(A) / sum(B) over the matched cells"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "2 3 1"
    catalog_name = "FractionalProgramming_BipartiteGraphMatching"

    def schedule(self, difficulty):
        return {"n": 5 + difficulty // 2, "max_value": 10 + 2 * difficulty}

    def generate_instance(self, rng, sizes):
        n, top = sizes["n"], sizes["max_value"]
        a = [[rng.randint(1, top) for _ in range(n)] for _ in range(n)]
        b = [[rng.randint(1, top) for _ in range(n)] for _ in range(n)]
        ratio, _ = best_ratio_assignment(a, b)
        return {"a": a, "b": b, "best_ratio": [ratio.numerator, ratio.denominator]}

    def solve(self, instance):
        return [p + 1 for p in best_ratio_assignment(instance["a"], instance["b"])[1]]

    def render(self, instance):
        a, b = instance["a"], instance["b"]
        n = len(a)

        def table(m):
            return "\n".join(" ".join(map(str, row)) for row in m)

        return (
            f"Two {n} x {n} matrices A and B are given (rows and columns are numbered from 1).\n\n"
            f"A:\n{table(a)}\n\nB:\n{table(b)}\n\n"
            f"Find a permutation p_1, ..., p_{n} of 1..{n} (row i is matched with column p_i) that "
            f"maximises the ratio (A[1][p_1] + ... + A[{n}][p_{n}]) / (B[1][p_1] + ... + B[{n}][p_{n}]). "
            "If several permutations reach the maximum ratio, give any of them.\n"
            f"Answer with p_1 to p_{n} separated by spaces."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_digits=6, length=len(instance["a"]))

    def check(self, instance, answer, reference):
        n = len(instance["a"])
        if sorted(answer) != list(range(1, n + 1)):
            return Verdict.wrong(f"not a permutation of 1..{n}")
        ratio = ratio_of(instance["a"], instance["b"], [p - 1 for p in answer])
        if ratio != Fraction(*instance["best_ratio"]):
            return Verdict.wrong(f"a permutation, but its ratio {ratio} is not the maximum")
        return Verdict.right()

    def near_misses(self, problem):
        instance = problem.instance
        perm = [int(x) for x in problem.answer.split()]
        best = Fraction(*instance["best_ratio"])
        misses = [perm[:-1] + [perm[0]], perm[:-1]]
        n = len(perm)
        for i in range(n):
            for j in range(i + 1, n):
                swapped = list(perm)
                swapped[i], swapped[j] = swapped[j], swapped[i]
                if ratio_of(instance["a"], instance["b"], [p - 1 for p in swapped]) < best:
                    return [" ".join(map(str, m)) for m in misses + [swapped]]
        return [" ".join(map(str, m)) for m in misses]
