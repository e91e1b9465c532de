"""AckermannLikeRecursion: evaluate f(M, N) for a two-argument recursion of Ackermann's shape.

For given constants P >= 1 and Q >= 0 (not P = 1 with Q = 0, which makes f(m, n) = n + 1):

    f(0, n) = n + P
    f(m, 0) = f(m - 1, Q)                  for m >= 1
    f(m, n) = f(m - 1, f(m, n - 1))        for m, n >= 1

Expanding the recursion call by call takes far too long (like Ackermann's function, the number
of calls grows much faster than the value); the intended route is to find each row in closed
form from the one below: f(1, n) = P(n + 1) + Q; f(2, n) = P * f(2, n - 1) + P + Q, a linear
recurrence (arithmetic for P = 1, geometric for P >= 2); f(3, n) applies f(2, .) n + 1 times to Q.
The reference solver does exactly that, with every intermediate value checked against a bound
before any power is formed. The answer is one exact integer.

The generator draws the row M (1 with probability 0.2, 2 with 0.45, else 3, and from d = 6 a
tenth of the instances use M = 4), P and Q, then the largest N <= max_n whose value stays below
10^digits, and takes N from its upper two thirds (redrawing a bounded number of times when
even N = 1 is too large, then falling back to f(2, n) with P = Q = 1). Rows 3 and 4 use P = 1:
with P >= 2 already f(3, 1) = f(2, f(2, Q)) is a power of a power, too large for any budget.

Difficulty schedule (P from 1..max_p, Q from 0..max_q; Q >= 1 when P = 1; max_m = 4 from
d = 6 on, 3 before):

    d          0   1   2   3  ...  10  ...  20  ...  d
    digits     5   6   7   8  ...  15  ...  25  ...  5 + d
    max_n     20  25  30  35  ...  70  ... 120  ...  20 + 5d
    max_p      3   3   4   4  ...   8  ...  13  ...  3 + d // 2
    max_q     30  35  40  45  ...  80  ... 130  ...  30 + 5d

Larger values allow larger N and steeper rows (larger P and Q, then M = 4), so there are more
closed forms to chain and longer numbers to compute. Level 0 keeps values below 100,000 but
already draws Q from 0..30 and N up to 20: with smaller ranges a few small answers (f(2, 3)
and the like) repeat across a tenth of the seeds.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import parse_int

#: draws of (M, P, Q) before falling back to f(2, n) with P = Q = 1
MAX_ATTEMPTS = 30
#: values beyond this are refused by the solver (generated answers stay far below it)
SOLVER_LIMIT = 10**3000


def evaluate(m: int, n: int, p: int, q: int, limit: int) -> int | None:
    """f(m, n) for the recursion in the module docstring, or None once a value exceeds ``limit``.

    Rows 0..2 are closed forms; row m >= 3 applies f(m - 1, .) n + 1 times starting from Q. Each
    application at least doubles the value (for the allowed P, Q), so the loop stops early."""
    if m == 0:
        value = n + p
    elif m == 1:
        value = p * (n + 1) + q
    elif m == 2:
        start = p * (q + 1) + q  # f(2, 0) = f(1, Q)
        if p == 1:
            value = start + n * (1 + q)
        else:
            if n * (p.bit_length() - 1) > limit.bit_length():  # p^n alone already too large
                return None
            power = p**n  # f(2, n) = p^n f(2, 0) + (p + q)(p^n - 1) / (p - 1)
            value = power * start + (p + q) * (power - 1) // (p - 1)
    else:
        value = q
        for _ in range(n + 1):
            value = evaluate(m - 1, value, p, q, limit)
            if value is None:
                return None
    return value if value <= limit else None


def largest_fitting_n(m: int, p: int, q: int, limit: int, max_n: int) -> int:
    """Largest n <= max_n with f(m, n) <= limit, or -1 if none (f grows strictly with n)."""
    best = -1
    for n in range(max_n + 1):
        if evaluate(m, n, p, q, limit) is None:
            break
        best = n
    return best


class AckermannLikeRecursion(Environment):
    description = "Value f(M, N) of a given Ackermann-like two-argument recursion"
    answer_kind = "single_int"
    answer_example = "-6"
    catalog_name = "RecursiveFunction"

    def schedule(self, difficulty):
        return {
            "digits": 5 + difficulty,
            "max_n": 20 + 5 * difficulty,
            "max_p": 3 + difficulty // 2,
            "max_q": 30 + 5 * difficulty,
            "max_m": 3 if difficulty < 6 else 4,
        }

    def generate_instance(self, rng, sizes):
        limit = 10 ** sizes["digits"] - 1
        for _ in range(MAX_ATTEMPTS):
            roll = rng.random()
            m = 1 if roll < 0.2 else 2 if roll < 0.65 else 3
            if sizes["max_m"] >= 4 and rng.random() < 0.1:
                m = 4
            p = 1 if m >= 3 else rng.randint(1, sizes["max_p"])
            q = rng.randint(1 if p == 1 else 0, sizes["max_q"])
            top = largest_fitting_n(m, p, q, limit, sizes["max_n"])
            if top >= 1:
                break
        else:  # f(2, n) = 3 + 2n for P = Q = 1 fits for every allowed n
            m, p, q, top = 2, 1, 1, sizes["max_n"]
        n = rng.randint(max(1, top // 3), top)
        return {"m": m, "n": n, "p": p, "q": q}

    def solve(self, instance):
        m, n, p, q = instance["m"], instance["n"], instance["p"], instance["q"]
        # every intermediate value is at most the answer, which the generator kept below
        # 10^digits, so this bound only guards against hand-made instances
        value = evaluate(m, n, p, q, limit=SOLVER_LIMIT)
        if value is None:
            raise ValueError(f"f({m}, {n}) with P = {p}, Q = {q} has more than 3,000 digits")
        return value

    def render(self, instance):
        m, n, p, q = instance["m"], instance["n"], instance["p"], instance["q"]
        return (
            "A function f of two non-negative integers is defined by:\n"
            f"  f(0, n) = n + {p}\n"
            f"  f(m, 0) = f(m - 1, {q})            for m >= 1\n"
            "  f(m, n) = f(m - 1, f(m, n - 1))    for m >= 1 and n >= 1\n"
            f"Compute f({m}, {n}). Answer with that integer only."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=3001)
