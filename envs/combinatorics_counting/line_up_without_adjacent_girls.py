"""Line-ups with no two girls side by side and the two teachers apart: the exact count.

N boys, M girls and two teachers (all distinct people) stand in one line. Arrange the N boys
and two teachers first ((N + 2)! orders), then put the M girls into distinct gaps among the
N + 3 gaps (C(N + 3, M) * M! ways); this counts every line-up with no adjacent girls. From it
subtract those whose teachers stand side by side: glue the teachers into one block (2 orders),
arrange N + 1 units and fill the N + 2 gaps: 2 * (N + 1)! * C(N + 2, M) * M!.

Difficulty schedule (N and M drawn uniformly from 2 .. S; M <= N + 3 so girls fit):

    d     0   1   2   3   5   10   20   30   ...  d
    S    40  42  44  46  50   60   80  100   ...  40 + 2d

An instance is just the pair (N, M), so a level needs a wide range of both to hold many
distinct problems: level 0 starts at S = 40 (with S = 3 a level had nine problems, with S = 30
about 155 distinct ones in 200 seeds). The answer
is exact (no modulus): at S = 100 it has about 330 digits, far below the 4000-digit limit;
writing it out without a slip is part of the task.
"""

from __future__ import annotations

from math import comb, factorial

from rlve_gym import Environment


def count_line_ups(boys: int, girls: int) -> int:
    free = factorial(boys + 2) * comb(boys + 3, girls)
    teachers_together = 2 * factorial(boys + 1) * comb(boys + 2, girls)
    return (free - teachers_together) * factorial(girls)


class LineUpWithoutAdjacentGirls(Environment):
    description = (
        "Line-ups of N boys, M girls and 2 teachers with no adjacent girls and the teachers apart"
    )
    answer_kind = "single_int"
    answer_example = "12"
    catalog_name = "NoAdjacentGirlCounting"

    def schedule(self, difficulty):
        return {"max_people": 40 + 2 * difficulty}

    def generate_instance(self, rng, sizes):
        boys = rng.randint(2, sizes["max_people"])
        girls = rng.randint(2, min(sizes["max_people"], boys + 3))
        return {"boys": boys, "girls": girls}

    def solve(self, instance):
        return count_line_ups(instance["boys"], instance["girls"])

    def render(self, instance):
        n, m = instance["boys"], instance["girls"]
        return (
            f"N = {n} boys, M = {m} girls and 2 teachers ({n + m + 2} people, all distinct) stand in "
            "a single line. No two girls may stand next to each other, and the two teachers may not "
            "stand next to each other. Two line-ups are different if some position holds a "
            "different person.\n"
            "For example, with N = 0 boys and M = 1 girl the only valid line-ups are "
            "teacher, girl, teacher in either order of the teachers, so the count is 2.\n"
            "How many valid line-ups are there? Answer with the exact count, a single integer."
        )
