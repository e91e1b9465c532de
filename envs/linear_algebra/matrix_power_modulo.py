"""MatrixPowerModulo: the K-th power of a square integer matrix, every entry reduced modulo m.

The solver sees an n x n matrix A with entries in [0, m - 1], an exponent K >= 2 and a modulus
m, and answers with the matrix A^K (A multiplied by itself K times) with every entry replaced by
its remainder modulo m (an integer from 0 to m - 1). The answer is unique; only the complete
matrix counts (no partial credit). Repeated squaring needs about 2 log2(K) matrix products, so
the exponent can be far larger than anyone would multiply out one step at a time.

Instances whose power is a trivial matrix (all zeros, the identity, A itself, or all entries
equal) are redrawn, a bounded number of times; the last draw is kept with an extra 1 added to the
top-left entry, which changes the power in all but a negligible share of cases, and in any event
the answer is correct for whatever instance is shown.

Difficulty schedule (K uniform in [min_exponent, max_exponent], m uniform in [7, max_modulus]):

    d               0    1    2    3    4  ...   10  ...    20  ...  d
    size            2    2    2    2    2  ...    3  ...     5  ...  2 + d // 5
    min_exponent    3    3    4    4    5  ...    8  ...    13  ...  3 + d // 2
    max_exponent    8   11   14   17   20  ...   38  ...    68  ...  8 + 3d
    max_modulus    20   24   28   32   36  ...   60  ...   100  ...  20 + 4d

Level 0 is a 2 x 2 matrix to a power below 9 modulo at most 20: a few products of small numbers.
The size grows every five levels (a product costs n^3 multiplications), the exponent (the number
of squarings and products) and the modulus (the length of the numbers) grow every level.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_grid
from rlve_gym.grids import differing_cells

#: draws before forcing a non-trivial instance
REDRAWS = 20


def multiply_mod(left: list[list[int]], right: list[list[int]], modulus: int) -> list[list[int]]:
    columns = list(zip(*right, strict=True))
    return [
        [sum(a * b for a, b in zip(row, col, strict=True)) % modulus for col in columns]
        for row in left
    ]


def matrix_power_mod(matrix: list[list[int]], exponent: int, modulus: int) -> list[list[int]]:
    """``matrix ** exponent`` modulo ``modulus`` by repeated squaring (exponent >= 0)."""
    n = len(matrix)
    result = [[int(i == j) % modulus for j in range(n)] for i in range(n)]
    base = [[x % modulus for x in row] for row in matrix]
    while exponent:
        if exponent & 1:
            result = multiply_mod(result, base, modulus)
        exponent >>= 1
        if exponent:
            base = multiply_mod(base, base, modulus)
    return result


def is_trivial(power: list[list[int]], matrix: list[list[int]]) -> bool:
    n = len(power)
    identity = [[int(i == j) for j in range(n)] for i in range(n)]
    flat = {x for row in power for x in row}
    return power == identity or power == matrix or len(flat) == 1


class MatrixPowerModulo(Environment):
    description = "The K-th power of a square integer matrix with every entry taken modulo m"
    answer_kind = "grid"
    answer_example = "1 0\n0 1"  # the identity, which the generator never leaves as the answer
    catalog_name = "Matrix_BinaryExponentiation"

    def schedule(self, difficulty):
        return {
            "size": 2 + difficulty // 5,
            "min_exponent": 3 + difficulty // 2,
            "max_exponent": 8 + 3 * difficulty,
            "max_modulus": 20 + 4 * difficulty,
        }

    def generate_instance(self, rng, sizes):
        n = sizes["size"]
        for attempt in range(REDRAWS):
            modulus = rng.randint(7, sizes["max_modulus"])
            exponent = rng.randint(sizes["min_exponent"], sizes["max_exponent"])
            matrix = [[rng.randrange(modulus) for _ in range(n)] for _ in range(n)]
            if attempt == REDRAWS - 1:
                matrix[0][0] = (matrix[0][0] + 1) % modulus
            if not is_trivial(matrix_power_mod(matrix, exponent, modulus), matrix):
                break
        return {"matrix": matrix, "exponent": exponent, "modulus": modulus}

    def solve(self, instance):
        return matrix_power_mod(instance["matrix"], instance["exponent"], instance["modulus"])

    def format_answer(self, answer):
        return "\n".join(" ".join(map(str, row)) for row in answer)

    def render(self, instance):
        matrix, k, m = instance["matrix"], instance["exponent"], instance["modulus"]
        n = len(matrix)
        body = "\n".join(" ".join(map(str, row)) for row in matrix)
        return (
            f"Here is a square matrix A with {n} rows and {n} columns (one row per line):\n"
            f"{body}\n\n"
            f"Compute A^{k}, the product A x A x ... x A of {k} copies of A (ordinary matrix "
            f"multiplication: entry (i, j) of a product X Y is the sum over t of X(i, t) * Y(t, j)), "
            f"and replace every entry by its remainder modulo {m} (an integer from 0 to {m - 1}).\n"
            "For example, with A having rows '1 1' and '1 0', A^3 has rows '3 2' and '2 1', which "
            "modulo 3 become '0 2' and '2 1'.\n"
            f"Answer with the {n} x {n} matrix of remainders: one line per row, the integers of a "
            "row separated by spaces."
        )

    def parse(self, text, instance):
        n = len(instance["matrix"])
        return parse_grid(text, n, n, max_digits=12)

    def check(self, instance, answer, reference):
        m = instance["modulus"]
        if any(not 0 <= x < m for row in answer for x in row):
            return Verdict.wrong(f"every entry must be a remainder modulo {m}: from 0 to {m - 1}")
        expected = reference if reference is not None else self.solve(instance)
        wrong = differing_cells(answer, expected)
        if not wrong:
            return Verdict.right()
        return Verdict.wrong(f"{wrong} of the {len(expected) ** 2} entries are wrong")
