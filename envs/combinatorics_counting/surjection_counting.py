"""Surjections: ways to put N distinct balls into R distinct boxes leaving no box empty, modulo a prime.

The count is R! * S(N, R) (S = Stirling numbers of the second kind); the solver uses
inclusion-exclusion over the set of boxes forced empty:
sum over j of (-1)^j * C(R, j) * (R - j)^N, which costs O(R log N).

Difficulty schedule (N balls drawn uniformly from N_max // 4 .. N_max; R boxes drawn uniformly
from 2 .. min(N, R_max)):

    d       0   1   2   3   5   10   20   30   ...  d
    N_max   40  44  48  52  60  80  120  160   ...  40 + 4d
    R_max   8   8   9   9   10  13   18   23   ...  8 + d // 2

The instance is two numbers, so both come from wide ranges: with N within two values and R <= 3
a level held a couple of dozen problems and one count answered a third of level 0. R = 1 (one
surjection) never occurs; counts pass the moduli from about N = 13 on. N >= 10, so the prompt's
worked example (3 balls, 2 boxes) is never the instance.
"""

from __future__ import annotations

from rlve_gym.kernels.combinatorics import FactorialTable, choose_prime
from rlve_gym.modular import ModularCountEnvironment, modulus_sentence


class SurjectionCounting(ModularCountEnvironment):
    description = (
        "Number of ways to place N distinct balls into R distinct boxes, none empty, modulo a prime"
    )
    catalog_name = "StirlingSecond"

    def schedule(self, difficulty):
        return {"max_balls": 40 + 4 * difficulty, "max_boxes": 8 + difficulty // 2}

    def generate_instance(self, rng, sizes):
        balls = rng.randint(sizes["max_balls"] // 4, sizes["max_balls"])
        return {
            "balls": balls,
            "boxes": rng.randint(2, min(balls, sizes["max_boxes"])),
            "modulus": choose_prime(rng),
        }

    def solve(self, instance):
        n, r, modulus = instance["balls"], instance["boxes"], instance["modulus"]
        table = FactorialTable(r, modulus)
        total = 0
        for empty in range(r + 1):
            term = table.binomial(r, empty) * pow(r - empty, n, modulus)
            total += -term if empty % 2 else term
        return total % modulus

    def render(self, instance):
        n, r = instance["balls"], instance["boxes"]
        return (
            f"There are N = {n} distinct balls (labelled 1 to {n}) and R = {r} distinct boxes "
            f"(labelled 1 to {r}). Every ball must be put into exactly one box, and no box may "
            "stay empty. Two placements are different if some ball is in a different box.\n"
            "For example, 3 balls and 2 boxes can be placed in 6 ways.\n\n"
            f"In how many ways can the {n} balls be placed into the {r} boxes?\n"
            f"{modulus_sentence(instance['modulus'])}\n"
            "Answer with a single integer."
        )
