"""ModularBinaryStringPatternCount: count the occurrences of a 0/1 pattern in a long binary string
given by a modular rule.

The string S has N bits, ``S[i] = 1`` if ``(A * i + B) mod N < P`` and 0 otherwise, for
``i = 0 .. N - 1``, with A coprime to N. The solver counts the positions i (0 <= i <= N - M)
where the pattern W of M bits occurs: ``S[i + j] = W[j]`` for every j. The answer is one integer,
with no partial credit.

N is far too large to write S out at the higher levels. Because A is invertible mod N, position
i is described by the point ``x = (A * i + B) mod N`` on a circle of N points, and bit j of the
window starting at i depends only on ``(x + A * j) mod N``: W's bit j pins x to one arc of the
circle (length P for a 1, N - P for a 0). The reference intersects the M arcs by a sweep over
their endpoints (O(M log M)), which counts the windows of the string read cyclically, and
subtracts the M - 1 windows that wrap around the end, checked one by one.

Instances: A is a random unit mod N other than 1, B random, P between N/4 and 3N/4. The pattern
is a window of S at a random position (so it occurs at least once) on 96% of seeds and random
bits otherwise (then usually absent: a larger share would make 0 a good blind guess).

Difficulty schedule:

    d              0    1    2    3  ...    10  ...    20  ...  d
    max length   400  440  560  760  ...  4400  ... 16400  ...  400 + 40 d^2
    max pattern    5    5    6    6  ...    10  ...    15  ...  5 + d // 2

Each instance draws N from [max length / 4, max length] and M from [3, max pattern]: with one
fixed N and M per level the counts of a level bunch up on a few values (a rotation rule makes
few distinct windows). Level 0 (N from 100 to 400) can still be written out bit by bit; from a
few levels on only the arc argument is practical, and longer patterns mean more arcs to
intersect.
"""

from __future__ import annotations

from math import gcd

from rlve_gym import Environment
from rlve_gym.answers import parse_int

#: share of seeds whose pattern is copied from the string (the others are random bits)
COPIED_SHARE = 0.96
#: draws of A before settling for N - 1 (a unit: about a third of all draws are)
UNIT_DRAWS = 100


def modular_bit(i: int, a: int, b: int, n: int, p: int) -> int:
    return 1 if (a * i + b) % n < p else 0


def count_pattern(n: int, a: int, b: int, p: int, pattern: str) -> int:
    """Occurrences of ``pattern`` in the modular string (``gcd(a, n) == 1``), O(M log M + M^2)."""
    m = len(pattern)
    events: list[tuple[int, int]] = []
    for j, bit in enumerate(pattern):
        shift = a * j % n
        start, length = ((-shift) % n, p) if bit == "1" else ((p - shift) % n, n - p)
        if start + length <= n:
            events += [(start, 1), (start + length, -1)]
        else:
            events += [(start, 1), (n, -1), (0, 1), (start + length - n, -1)]
    events.sort()
    cyclic, covered, previous = 0, 0, 0
    for point, change in events:
        if covered == m:
            cyclic += point - previous
        covered += change
        previous = point
    wrapping = sum(
        all(modular_bit((i + j) % n, a, b, n, p) == int(bit) for j, bit in enumerate(pattern))
        for i in range(n - m + 1, n)
    )
    return cyclic - wrapping


class ModularBinaryStringPatternCount(Environment):
    description = (
        "Count occurrences of a bit pattern in a binary string defined by (A*i+B) mod N < P"
    )
    answer_kind = "single_int"
    answer_example = "-1"
    catalog_name = "KUR"

    def schedule(self, difficulty):
        return {"max_length": 400 + 40 * difficulty**2, "max_pattern": 5 + difficulty // 2}

    def generate_instance(self, rng, sizes):
        n = rng.randint(sizes["max_length"] // 4, sizes["max_length"])
        m = rng.randint(3, sizes["max_pattern"])
        for _ in range(UNIT_DRAWS):
            a = rng.randrange(2, n)
            if gcd(a, n) == 1:
                break
        else:
            a = n - 1
        b = rng.randrange(n)
        p = rng.randint(n // 4, 3 * n // 4)
        if rng.random() < COPIED_SHARE:
            start = rng.randrange(n - m + 1)
            pattern = "".join(str(modular_bit(start + j, a, b, n, p)) for j in range(m))
        else:
            pattern = "".join(rng.choice("01") for _ in range(m))
        return {"n": n, "a": a, "b": b, "p": p, "pattern": pattern}

    def solve(self, instance):
        return count_pattern(
            instance["n"], instance["a"], instance["b"], instance["p"], instance["pattern"]
        )

    def render(self, instance):
        n, a, b, p, pattern = (instance[k] for k in ("n", "a", "b", "p", "pattern"))
        return (
            f"Let N = {n}, A = {a}, B = {b} and P = {p}. Define a binary string S of N bits, "
            "S[0] S[1] ... S[N-1], by\n"
            f"    S[i] = 1 if (A * i + B) mod N < P, and S[i] = 0 otherwise.\n"
            f"(For example S[0] = {modular_bit(0, a, b, n, p)}, because B mod N = {b % n}.)\n"
            f"Let W = {pattern}, a pattern of M = {len(pattern)} bits.\n\n"
            "How many positions i with 0 <= i <= N - M are there such that W occurs in S "
            "starting at position i, that is, S[i + j] = W[j] for every j = 0 .. M - 1? Answer "
            "with one integer."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=12)
