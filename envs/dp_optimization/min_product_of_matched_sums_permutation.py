"""MinProductOfMatchedSumsPermutation: match rows to columns so that (sum of A) * (sum of B) over
the matched cells is smallest.

Two N x N matrices A and B of positive integers are given. The solver picks a permutation P of
the columns (row i is matched with column P[i]) and minimises
(A[1][P[1]] + ... + A[N][P[N]]) * (B[1][P[1]] + ... + B[N][P[N]]), answering with P. Any
permutation reaching the optimum is correct; the checker computes the product and compares it
with the optimum stored at generation. Scores are binary.

Every permutation is a point (sum of A, sum of B) in the plane, and the product x * y decreases
towards the origin and is concave along every segment on which x grows while y falls, so the
optimum is a vertex of the lower-left convex hull of these points. The reference solver finds the
two ends of the hull (least sum of A, ties broken by sum of B, and the reverse) and then, for
every hull edge P-Q, asks the assignment problem with weights (P.y - Q.y) A + (Q.x - P.x) B for
the point farthest below the edge, recursing while one exists (the shared Hungarian algorithm,
``rlve_gym.kernels.flows.min_cost_assignment``, O(N^3) per call; the hull has few vertices).

Difficulty schedule:

    d            0   1   2   3  ...  10  ...  20  ...  100
    size         6   6   6   7  ...   9  ...  12  ...   39     6 + d // 3
    max_entry   20  21  22  23  ...  30  ...  40  ...  120     20 + d

Level 0 has 6 x 6 matrices (720 permutations): with fewer, a random permutation is optimal too
often. Larger matrices have factorially more permutations and more hull vertices to weigh; the
size grows by one every three levels so that the pure-Python Hungarian calls stay well under a
second at d = 100 (about a fifth of a second for 39 x 39).
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.kernels.flows import min_cost_assignment
from rlve_gym.sequences import permutation_problem, random_permutation


def matched_sums(a: list[list[int]], b: list[list[int]], columns: list[int]) -> tuple[int, int]:
    """(sum of A, sum of B) over the cells (i, columns[i]) with 0-based columns."""
    return (
        sum(row[c] for row, c in zip(a, columns)),
        sum(row[c] for row, c in zip(b, columns)),
    )


def min_product_matching(a: list[list[int]], b: list[list[int]]) -> tuple[int, list[int]]:
    """(least product of matched sums, 0-based columns of one optimal permutation)."""
    n = len(a)

    def best_for(wa: int, wb: int) -> tuple[tuple[int, int], list[int]]:
        weighted = [[wa * x + wb * y for x, y in zip(ra, rb)] for ra, rb in zip(a, b)]
        columns = min_cost_assignment(weighted)[1]
        return matched_sums(a, b, columns), columns

    big = n * max(max(max(r) for r in a), max(max(r) for r in b)) + 1  # lexicographic weights
    low_a = best_for(big, 1)
    low_b = best_for(1, big)
    best = min(low_a, low_b, key=lambda p: p[0][0] * p[0][1])
    edges = [(low_a[0], low_b[0])]
    while edges:
        (px, py), (qx, qy) = edges.pop()
        if (px, py) == (qx, qy):
            continue
        point, columns = best_for(py - qy, qx - px)
        cx, cy = point
        if (py - qy) * cx + (qx - px) * cy >= (py - qy) * px + (qx - px) * py:
            continue  # nothing strictly below the edge P-Q
        if cx * cy < best[0][0] * best[0][1]:
            best = (point, columns)
        edges += [((px, py), point), (point, (qx, qy))]
    (x, y), columns = best
    return x * y, columns


class MinProductOfMatchedSumsPermutation(Environment):
    description = "Permutation P minimising (sum of A[i][P[i]]) * (sum of B[i][P[i]])"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "2 3 1"
    catalog_name = "MinPairSumMultiplicationPermutation"

    def schedule(self, difficulty):
        return {"size": 6 + difficulty // 3, "max_entry": 20 + difficulty}

    def generate_instance(self, rng, sizes):
        n, top = sizes["size"], sizes["max_entry"]
        a = [[rng.randint(1, top) for _ in range(n)] for _ in range(n)]
        b = [[rng.randint(1, top) for _ in range(n)] for _ in range(n)]
        best, _ = min_product_matching(a, b)
        return {"a": a, "b": b, "best_product": best}

    def solve(self, instance):
        return [c + 1 for c in min_product_matching(instance["a"], instance["b"])[1]]

    def render(self, instance):
        a, b = instance["a"], instance["b"]
        n = len(a)
        show = lambda m: "\n".join(" ".join(map(str, row)) for row in m)  # noqa: E731
        return (
            f"Two {n} x {n} matrices of positive integers are given (rows and columns numbered 1 "
            f"to {n}; each line is one row).\n"
            f"A:\n{show(a)}\n\nB:\n{show(b)}\n\n"
            f"Choose a permutation P of 1..{n}: row i is matched with column P[i], and every "
            "column is used exactly once. Let SA = A[1][P[1]] + A[2][P[2]] + ... + "
            f"A[{n}][P[{n}]] and SB = B[1][P[1]] + ... + B[{n}][P[{n}]]. Make the product "
            "SA * SB as small as possible.\n"
            f"Answer with P[1], P[2], ..., P[{n}] separated by spaces (for example, for 3 x 3 "
            "matrices, 2 3 1 matches row 1 with column 2, row 2 with column 3 and row 3 with "
            "column 1). If several permutations reach the smallest product, any one of them is "
            "accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, length=len(instance["a"]), max_digits=6)

    def check(self, instance, answer, reference):
        n = len(instance["a"])
        problem = permutation_problem(answer, n)
        if problem:
            return Verdict.wrong(problem)
        x, y = matched_sums(instance["a"], instance["b"], [c - 1 for c in answer])
        if x * y == instance["best_product"]:
            return Verdict.right()
        return Verdict.wrong(f"valid permutation, but SA * SB = {x * y} is not the smallest")

    def random_answer(self, problem, rng, other):
        return " ".join(map(str, random_permutation(rng, len(problem.instance["a"]))))

    def near_misses(self, problem):
        instance = problem.instance
        n = len(instance["a"])
        perm = [int(t) for t in problem.answer.split()]
        misses = [
            " ".join(map(str, perm[:-1] + [perm[0]])),  # a column twice
            " ".join(map(str, perm[:-1] + [n + 1])),
            " ".join(map(str, perm[:-1])),
        ]
        for i in range(n):  # a swap of two columns that makes the product larger
            for j in range(i + 1, n):
                swapped = perm[:]
                swapped[i], swapped[j] = swapped[j], swapped[i]
                x, y = matched_sums(instance["a"], instance["b"], [c - 1 for c in swapped])
                if x * y > instance["best_product"]:
                    misses.append(" ".join(map(str, swapped)))
                    return misses
        return misses
