"""Exam rankings: count the N x M score matrices (row 1 is a reference student) with scores in
[1, U[j]] for course j, exactly R[j] students above the reference in course j, and exactly K
students at or below the reference in every course, modulo a prime.

The count splits into "who beats the reference where" and "which scores realise it". For the
first part, choose for each course j a set of R[j] of the other N - 1 students; inclusion-
exclusion over the students beaten everywhere gives
f(K) = sum_{i >= K} (-1)^(i-K) C(i, K) C(N-1, i) prod_j C(N-1-i, R[j]). For the second, with the
sets fixed, course j has S_j = sum_{x=1}^{U[j]} x^(N-1-R[j]) (U[j] - x)^R[j] score assignments
(the reference scores x, the R[j] others above x, the rest at most x); S_j is a polynomial of
degree N in U[j], evaluated by Lagrange interpolation from its values at 0..N (shared
``interpolate_consecutive``). The answer is f(K) prod_j S_j.

The instances come from a hidden score matrix, so the count is at least 1.

Difficulty schedule (U[j] is drawn from max(3, U_max / 2) .. U_max; at least three students,
two courses and three scores keep counts of 1 rare):

    d       0   1   2   3    5    10     20      30   ...  d
    N       4   5   6   7    9    14     24      34   ...  4 + d
    M       2   3   3   4    5     7     12      17   ...  2 + (d + 1) // 2
    U_max  14  84 274 644 2164  13314  92614  297914   ...  4 + 10 (d + 1)^3

Level 0 starts where the old level 1 did: three students with scores up to 4 leave a few dozen
instances whose counts a guess hits often.
"""

from __future__ import annotations

from rlve_gym.kernels.combinatorics import FactorialTable, choose_prime, interpolate_consecutive
from rlve_gym.modular import ModularCountEnvironment, modulus_sentence


def count_score_matrices(
    students: int, limits: list[int], above: list[int], dominated: int, modulus: int
) -> int:
    others = students - 1
    table = FactorialTable(students + 1, modulus)
    choices = 0
    for i in range(dominated, others + 1):
        term = table.binomial(i, dominated) * table.binomial(others, i) % modulus
        for r in above:
            term = term * table.binomial(others - i, r) % modulus
        choices += -term if (i - dominated) % 2 else term
    result = choices % modulus
    powers = [[pow(x, e, modulus) for e in range(students)] for x in range(students + 1)]
    for limit, r in zip(limits, above, strict=True):
        below = others - r
        values = [
            sum(powers[x][below] * powers[u - x][r] for x in range(1, u + 1)) % modulus
            for u in range(students + 1)
        ]
        result = result * interpolate_consecutive(values, limit, modulus) % modulus
    return result


class DominatedRowsMatrixCounting(ModularCountEnvironment):
    description = "Number of score matrices with given per-course rank counts and K fully dominated students, modulo a prime"
    catalog_name = "GradeRankingCounting"

    def schedule(self, difficulty):
        return {
            "students": 4 + difficulty,
            "courses": 2 + (difficulty + 1) // 2,
            "max_score": 4 + 10 * (difficulty + 1) ** 3,
        }

    def generate_instance(self, rng, sizes):
        n, m = sizes["students"], sizes["courses"]
        top = sizes["max_score"]
        limits = [rng.randint(max(3, top // 2), top) for _ in range(m)]
        scores = [[rng.randint(1, u) for u in limits] for _ in range(n)]
        above = [sum(scores[i][j] > scores[0][j] for i in range(1, n)) for j in range(m)]
        dominated = sum(all(scores[i][j] <= scores[0][j] for j in range(m)) for i in range(1, n))
        return {
            "students": n,
            "limits": limits,
            "above": above,
            "dominated": dominated,
            "modulus": choose_prime(rng),
        }

    def solve(self, instance):
        return count_score_matrices(
            instance["students"],
            instance["limits"],
            instance["above"],
            instance["dominated"],
            instance["modulus"],
        )

    def render(self, instance):
        n, m = instance["students"], len(instance["limits"])
        return (
            f"Count the matrices A with N = {n} rows (students 1..N) and M = {m} columns (courses 1..M) "
            "of integers such that:\n"
            "1. 1 <= A[i][j] <= U[j] for every student i and course j, where U = "
            + " ".join(map(str, instance["limits"]))
            + ";\n"
            "2. for every course j, exactly R[j] students i >= 2 have A[i][j] > A[1][j], where R = "
            + " ".join(map(str, instance["above"]))
            + ";\n"
            f"3. exactly K = {instance['dominated']} students i >= 2 have A[i][j] <= A[1][j] in every course j.\n"
            "For example, for N = 2, M = 1, U = 2, R = 0 and K = 1 there are 3 matrices: the "
            "columns (1, 1), (2, 1) and (2, 2).\n"
            f"{modulus_sentence(instance['modulus'])}\n"
            "Answer with a single integer."
        )
