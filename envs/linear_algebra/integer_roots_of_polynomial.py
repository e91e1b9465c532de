"""IntegerRootsOfPolynomial: all roots of a monic polynomial that splits into integer linear factors.

The solver sees P(x) of degree N, expanded, with integer coefficients, built as the product
(x - a_1)(x - a_2)...(x - a_N) of N integer roots (repeats allowed), and answers with the N
roots, each repeated as often as its factor occurs, in any order. The factorisation is unique,
so the multiset of roots is the one correct answer; the order is free (the checker compares the
sorted lists). No partial credit.

Difficulty schedule (roots from [-max_root, max_root]):

    d            0   1   2   3  ...  10  ...  20  ...  d
    degree       4   5   6   7  ...  14  ...  24  ...  4 + d
    max_root     6   6   7   7  ...  11  ...  16  ...  6 + d // 2

By hand this is the rational root test (a root divides the constant term) and synthetic
division, once per root, on coefficients that grow quickly with the degree; level 0 (a quartic
with roots up to 6) is already a search over divisors (a cubic with roots up to 5 has too few
distinct instances: 286). The generator keeps the roots, so the
reference is exact; tests recover them independently by trial division.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.symbolic import poly_from_roots, poly_to_compact_text


class IntegerRootsOfPolynomial(Environment):
    description = "The integer roots, with multiplicity, of a monic polynomial given expanded"
    answer_kind = "int_list"
    answer_example = "-100 7 7"
    catalog_name = "PolynomialFactorization"

    def schedule(self, difficulty):
        return {"degree": 4 + difficulty, "max_root": 6 + difficulty // 2}

    def generate_instance(self, rng, sizes):
        top = sizes["max_root"]
        roots = sorted(rng.randint(-top, top) for _ in range(sizes["degree"]))
        coefficients = [int(c) for c in reversed(poly_from_roots(roots))]
        return {"coefficients": coefficients, "roots": roots}

    def solve(self, instance):
        return sorted(instance["roots"])

    def render(self, instance):
        n = len(instance["roots"])
        polynomial = poly_to_compact_text(tuple(reversed(instance["coefficients"])))
        return (
            f"P(x) = {polynomial}\n\n"
            f"P(x) has degree {n} and factors completely as P(x) = (x - a_1)(x - a_2)...(x - a_{n}) "
            f"where a_1, ..., a_{n} are integers (not necessarily distinct).\n"
            f"Answer with the {n} roots a_1, ..., a_{n} separated by spaces, each repeated as many "
            "times as its factor occurs, in any order. For example, (x + 100)(x - 7)^2 has the "
            "answer -100 7 7."
        )

    def parse(self, text, instance):
        return parse_int_list(text, length=len(instance["roots"]), max_digits=30)

    def check(self, instance, answer, reference):
        if sorted(answer) == instance["roots"]:
            return Verdict.right()
        return Verdict.wrong("the product of (x - a_i) over these numbers is not P(x)")
