"""GreedyModularPlacement: place N-1 boxes into slots 0..N-1 (slot S stays empty) at positions
Pos[i] = (C[i] + D*X[i] + Y[i]) mod N with non-negative X[i], Y[i], all positions distinct,
choosing the lexicographically smallest Y and then the lexicographically smallest X.

With G = gcd(D, N), a box reaches with a given Y exactly the residue class C[i] + Y mod G, and
inside it the slots C[i] + Y, C[i] + Y + D, ... in this order as X grows. Which slot a box takes
inside a class never changes how many free slots each class has, so Y[i] is greedily the
smallest shift (below G) to a class with a free slot, and X[i] then the first free slot along
that walk. The answer, the list of positions, is unique.

Difficulty schedule (C[i] and S drawn from [0, N-1]; D from [1, N-1], preferring gcd(D, N) > 1):

    d   0   1   2   3   5   10  20        d
    N   7  10  13  16  22   37  67   7 + 3d

Level 0 starts at N = 7: with N = 4 (three boxes) one placement was right on 9% of the seeds.
"""

from __future__ import annotations

import math

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list

_DRAWS = 6


def greedy_positions(n: int, shifts: list[int], step: int, empty: int) -> list[int]:
    """The positions of the lexicographically smallest (Y, then X) placement."""
    classes = math.gcd(step, n)
    free = [n // classes] * classes
    free[empty % classes] -= 1
    taken = [False] * n
    taken[empty] = True
    positions = []
    for c in shifts:
        y = next(y for y in range(classes) if free[(c + y) % classes])
        free[(c + y) % classes] -= 1
        position = (c + y) % n
        while taken[position]:
            position = (position + step) % n
        taken[position] = True
        positions.append(position)
    return positions


class GreedyModularPlacement(Environment):
    description = (
        "Positions of the lexicographically smallest (Y, then X) modular placement of N-1 boxes"
    )
    answer_kind = "int_list"
    answer_example = "3 0 2"
    catalog_name = "BoxScheduling"

    def schedule(self, difficulty):
        return {"n": 7 + 3 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["n"]
        for _ in range(_DRAWS):
            step = rng.randint(1, n - 1)
            if math.gcd(step, n) > 1:
                break
        return {
            "n": n,
            "shifts": [rng.randint(0, n - 1) for _ in range(n - 1)],
            "step": step,
            "empty": rng.randint(0, n - 1),
        }

    def solve(self, instance):
        return greedy_positions(
            instance["n"], instance["shifts"], instance["step"], instance["empty"]
        )

    def render(self, instance):
        n, step, empty = instance["n"], instance["step"], instance["empty"]
        count = n - 1
        listing = " ".join(f"C[{i}]={c}" for i, c in enumerate(instance["shifts"], start=1))
        return (
            f"You are given N = {n}, D = {step}, S = {empty} and a sequence C[1..{count}]: {listing}\n"
            f"Choose non-negative integers X[1..{count}] and Y[1..{count}] and set "
            f"Pos[i] = (C[i] + D * X[i] + Y[i]) mod N for i = 1..{count}, such that:\n"
            f"- the values Pos[1], ..., Pos[{count}] are pairwise different and none equals S;\n"
            "- among all such choices, the sequence Y is lexicographically smallest (compare "
            "Y[1] first, then Y[2], and so on);\n"
            "- among those, the sequence X is lexicographically smallest.\n"
            f"Answer with Pos[1], ..., Pos[{count}] in order, separated by spaces, e.g. 3 0 2."
        )

    def parse(self, text, instance):
        n = instance["n"]
        return parse_int_list(text, length=n - 1, max_digits=len(str(n)) + 1)

    def check(self, instance, answer, reference):
        n, empty = instance["n"], instance["empty"]
        if sorted(answer) != [p for p in range(n) if p != empty]:
            return Verdict.wrong(
                f"the positions must be distinct values in 0..{n - 1} other than S = {empty}"
            )
        wrong = sum(a != r for a, r in zip(answer, reference, strict=True))
        if wrong:
            return Verdict.wrong(
                f"{wrong} of the {n - 1} positions differ from the smallest (Y, X) placement"
            )
        return Verdict.right()
