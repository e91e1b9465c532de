"""MaxGcdFromTwoRanges: choose X in [A, B] and Y in [C, D] with gcd(X, Y) as large as possible.

g is reachable exactly when both ranges contain a multiple of g: floor(B/g)*g >= A and
floor(D/g)*g >= C. On a block of g where floor(B/g) and floor(D/g) are both constant those
multiples grow with g, so only the block's largest g needs testing: O(sqrt(B) + sqrt(D)) blocks.
Any pair reaching the largest gcd is accepted (the checker compares gcd(X, Y) to the stored
optimum).

Difficulty schedule (A < B < C < D drawn from [1, max_v], the two ranges in random order):

    d       0    1    2     3     5      10      20             d
    max_v  80  270  640  1250  3430  17280  106480   10 * (d + 2)^3

(With values up to 10 at level 0 the blind pair X = B, Y = D was optimal on 28% of seeds.)
"""

from __future__ import annotations

import math

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.kernels.number_theory import floor_quotient_blocks


def max_gcd_pair(a: int, b: int, c: int, d: int) -> tuple[int, int, int]:
    """(g, X, Y): the largest gcd(X, Y) with a <= X <= b, c <= Y <= d, and a pair reaching it."""
    best = (1, b, d)
    for _, hi in floor_quotient_blocks(b, d):
        x, y = b // hi * hi, d // hi * hi
        if x >= a and y >= c:
            best = (hi, x, y)
    return best


class MaxGcdFromTwoRanges(Environment):
    description = "Pick X and Y from two ranges with the largest possible gcd(X, Y)"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "18 30"
    catalog_name = "PanSolarPanels"

    def schedule(self, difficulty):
        return {"max_v": 10 * (difficulty + 2) ** 3}

    def generate_instance(self, rng, sizes):
        a, b, c, d = sorted(rng.sample(range(1, sizes["max_v"] + 1), 4))
        if rng.random() < 0.5:
            a, b, c, d = c, d, a, b
        return {"a": a, "b": b, "c": c, "d": d, "best": max_gcd_pair(a, b, c, d)[0]}

    def solve(self, instance):
        _, x, y = max_gcd_pair(instance["a"], instance["b"], instance["c"], instance["d"])
        return [x, y]

    def render(self, instance):
        a, b, c, d = instance["a"], instance["b"], instance["c"], instance["d"]
        return (
            f"Choose integers X and Y with {a} <= X <= {b} and {c} <= Y <= {d} such that "
            "gcd(X, Y), their greatest common divisor, is as large as possible. If several pairs "
            "reach the largest gcd, any of them is accepted.\n"
            "Answer with X and Y separated by a space, e.g. 18 30."
        )

    def parse(self, text, instance):
        return parse_int_list(
            text, length=2, max_digits=len(str(max(instance["b"], instance["d"]))) + 1
        )

    def check(self, instance, answer, reference):
        x, y = answer
        if not (instance["a"] <= x <= instance["b"] and instance["c"] <= y <= instance["d"]):
            return Verdict.wrong("X or Y is outside its range")
        if math.gcd(x, y) != instance["best"]:
            return Verdict.wrong("gcd(X, Y) is not the largest possible")
        return Verdict.right()

    def near_misses(self, problem):
        inst = problem.instance
        x, y = (int(t) for t in problem.answer.split())
        candidates = [
            f"{x} {inst['d'] + 1}",
            f"{inst['a'] - 1} {y}",
            f"{y} {x}",
            f"{inst['a']} {inst['c']}",
            f"{inst['b']} {inst['d']}",
            f"{x - 1} {y}",
        ]
        return [
            t for t in candidates if not self.check(inst, [int(v) for v in t.split()], None).correct
        ]
