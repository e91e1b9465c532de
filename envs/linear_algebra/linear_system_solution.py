"""LinearSystemSolution: the integer solution of a square system of linear equations.

The solver sees n equations in n unknowns with small integer coefficients and answers with the
values of x1..xn. The coefficient matrix is always nonsingular (checked with an exact
determinant), so the solution is unique; it is built from hidden integers, so it is integral.
The checker substitutes the answer into every equation with exact integer arithmetic; an answer
that satisfies only some of the equations earns partial credit, rescaled so that satisfying one
equation earns nothing: any single equation has integer solutions that are found without solving
the system.

Difficulty schedule (coefficients from [-max_coefficient, max_coefficient], unknowns from
[-max_value, max_value]):

    d                 0   1   2   3   4  ...  10  ...  20  ...  d
    unknowns          3   3   4   4   5  ...   8  ...  13  ...  3 + d // 2
    max_coefficient   3   4   4   4   5  ...   7  ...  10  ...  3 + (d + 2) // 3
    max_value         7   8   9  10  11  ...  17  ...  27  ...  7 + d

Elimination by hand costs about n^3 / 3 multiply-adds, so the unknown count grows slowly (one
every two levels); coefficients and values grow so the arithmetic gets longer too. Level 0
already has three unknowns: two unknowns with small values are guessed too often.

The generator knows the solution (it builds the right-hand sides from it), so it keeps it in
the instance; nonsingularity is checked by elimination modulo a large prime (a nonzero
determinant modulo p is nonzero), which keeps large levels fast.
"""

from __future__ import annotations

from fractions import Fraction

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.scoring import constraint_score

#: random matrices are singular only rarely; after this many, build one that cannot be
NONSINGULAR_ATTEMPTS = 20
#: the prime the nonsingularity test works modulo (2^61 - 1)
PRIME = (1 << 61) - 1


def nonsingular_mod_prime(matrix: list[list[int]], prime: int = PRIME) -> bool:
    """True when the determinant is nonzero modulo ``prime`` (so nonzero over the integers)."""
    rows = [[a % prime for a in row] for row in matrix]
    n = len(rows)
    for k in range(n):
        pivot_row = next((i for i in range(k, n) if rows[i][k]), None)
        if pivot_row is None:
            return False
        rows[k], rows[pivot_row] = rows[pivot_row], rows[k]
        inverse = pow(rows[k][k], prime - 2, prime)
        pivot = rows[k]
        for i in range(k + 1, n):
            factor = rows[i][k] * inverse % prime
            if factor:
                row = rows[i]
                for j in range(k + 1, n):
                    row[j] = (row[j] - factor * pivot[j]) % prime
    return True


def _eliminate(rows: list[list[int]]) -> tuple[list[list[int]], int] | None:
    """Fraction-free (Bareiss) forward elimination on the first len(rows) columns, in place.

    Integers throughout (every division is exact). Returns (rows, sign of the row swaps), the
    rows now upper triangular on those columns; None when the square part is singular."""
    n, sign, previous = len(rows), 1, 1
    width = len(rows[0])
    for k in range(n):
        if rows[k][k] == 0:
            swap = next((i for i in range(k + 1, n) if rows[i][k] != 0), None)
            if swap is None:
                return None
            rows[k], rows[swap] = rows[swap], rows[k]
            sign = -sign
        pivot = rows[k][k]
        for i in range(k + 1, n):
            below = rows[i][k]
            for j in range(k + 1, width):
                rows[i][j] = (rows[i][j] * pivot - below * rows[k][j]) // previous
            rows[i][k] = 0
        previous = pivot
    return rows, sign


def determinant(matrix: list[list[int]]) -> int:
    """Exact integer determinant (0 for a singular matrix)."""
    done = _eliminate([row[:] for row in matrix])
    if done is None:
        return 0
    rows, sign = done
    return sign * rows[-1][-1]


def solve_exactly(matrix: list[list[int]], rhs: list[int]) -> list[Fraction] | None:
    """The unique solution (exact rationals) by elimination and back substitution; None if singular."""
    done = _eliminate([row[:] + [b] for row, b in zip(matrix, rhs, strict=True)])
    if done is None:
        return None
    rows, _ = done
    n = len(rows)
    solution = [Fraction(0)] * n
    for i in range(n - 1, -1, -1):
        rest = sum(rows[i][j] * solution[j] for j in range(i + 1, n))
        solution[i] = Fraction(rows[i][n] - rest) / rows[i][i]
    return solution


def _unimodular_matrix(rng, n: int, top: int) -> list[list[int]]:
    """Upper triangular with +-1 on the diagonal (determinant +-1), rows shuffled."""
    rows = [
        [0] * i + [rng.choice((-1, 1))] + [rng.randint(-top, top) for _ in range(n - i - 1)]
        for i in range(n)
    ]
    rng.shuffle(rows)
    return rows


def format_equation(coefficients: list[int], rhs: int) -> str:
    terms = []
    for k, a in enumerate(coefficients, start=1):
        if a == 0:
            continue
        size = "" if abs(a) == 1 else f"{abs(a)}*"
        sign = "-" if a < 0 else "+"
        terms.append((sign, f"{size}x{k}"))
    first_sign, first = terms[0]
    text = ("-" if first_sign == "-" else "") + first
    text += "".join(f" {sign} {term}" for sign, term in terms[1:])
    return f"{text} = {rhs}"


class LinearSystemSolution(Environment):
    description = "The unique integer solution of a square system of linear equations"
    answer_kind = "int_list"
    answer_example = "3 -1 4"
    catalog_name = "GaussianElimination"

    def schedule(self, difficulty):
        return {
            "unknowns": 3 + difficulty // 2,
            "max_coefficient": 3 + (difficulty + 2) // 3,
            "max_value": 7 + difficulty,
        }

    def generate_instance(self, rng, sizes):
        n, top, span = sizes["unknowns"], sizes["max_coefficient"], sizes["max_value"]
        hidden = [rng.randint(-span, span) for _ in range(n)]
        if not any(hidden):
            hidden[rng.randrange(n)] = rng.choice((-1, 1)) * rng.randint(1, span)
        for _ in range(NONSINGULAR_ATTEMPTS):
            matrix = [[rng.randint(-top, top) for _ in range(n)] for _ in range(n)]
            if nonsingular_mod_prime(matrix):
                break
        else:
            matrix = _unimodular_matrix(rng, n, top)
        rhs = [sum(a * x for a, x in zip(row, hidden, strict=True)) for row in matrix]
        return {"coefficients": matrix, "rhs": rhs, "solution": hidden}

    def solve(self, instance):
        # the hidden values the right-hand sides were built from; the matrix is nonsingular, so
        # they are the only solution (the tests check it against exact elimination and sympy)
        return instance["solution"]

    def render(self, instance):
        n = len(instance["rhs"])
        example = {
            2: "3 -1 means x1 = 3, x2 = -1",
            3: "3 -1 4 means x1 = 3, x2 = -1, x3 = 4",
        }.get(n, "3 -1 4 ... means x1 = 3, x2 = -1, x3 = 4, ...")
        names = ", ".join(f"x{k}" for k in range(1, n + 1)) if n <= 3 else f"x1, x2, ..., x{n}"
        equations = "\n".join(
            format_equation(row, b)
            for row, b in zip(instance["coefficients"], instance["rhs"], strict=True)
        )
        return (
            f"Solve this system of {n} linear equations in the {n} unknowns {names} "
            "(a*xk means a times xk):\n"
            f"{equations}\n\n"
            "The system has exactly one solution, and all its values are integers.\n"
            f"Answer with the values of {names} in that order, separated by spaces "
            f"(for example {example})."
        )

    def parse(self, text, instance):
        return parse_int_list(text, length=len(instance["rhs"]), max_digits=30)

    def check(self, instance, answer, reference):
        rows, rhs = instance["coefficients"], instance["rhs"]
        failing = [
            i
            for i, (row, b) in enumerate(zip(rows, rhs, strict=True), start=1)
            if sum(a * x for a, x in zip(row, answer, strict=True)) != b
        ]
        if not failing:
            return Verdict.right()
        held = len(rhs) - len(failing)
        return Verdict.wrong(
            f"{len(failing)} of {len(rhs)} equations do not hold (the first is equation {failing[0]})",
            score=constraint_score(held, len(rhs), random_baseline=1 / len(rhs)),
        )
