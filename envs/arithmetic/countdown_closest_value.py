"""CountdownClosestValue: combine the given numbers with + - * / to get as close as possible to a target.

The numbers game without a guaranteed exact solution: every given number is used exactly once,
every division comes out whole, and the expression's value must be at the smallest distance from
the target that any rule-abiding expression reaches. Every expression at that distance is
correct (above or below the target). The smallest distance comes from an exact search over
subsets of the numbers (``rlve_gym.kernels.countdown.closest_reachable``), which is why the
count of numbers stops at five: six take about a second to search. A rule-abiding expression
that is not closest earns the share of the gap it closes between the best of 32 random
expressions and the optimum (a random expression earns about nothing).

Difficulty schedule:

    d             0   1   2   3   4   5  ...  10  ...  20  ...  d
    numbers       4   4   4   5   5   5  ...   5  ...   5  ...  min(4 + d // 3, 5)
    largest      10  13  16  19  22  25  ...  40  ...  70  ...  10 + 3d
    target      <= 12 * largest (from 2 * largest up)

Above level 3 the numbers and targets keep growing, so the search by hand covers larger values
and fewer exact divisions; the count of numbers stays at the five the exact search can afford.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.kernels.countdown import (
    RULES_TEXT,
    closest_reachable,
    random_expression,
    read_value,
)
from rlve_gym.scoring import gap_closed_score

#: random expressions whose closest distance is the blind baseline for partial credit
BLIND_EXPRESSIONS = 32


class CountdownClosestValue(Environment):
    description = (
        "An expression over the given numbers (each used once, + - * /) closest to a target"
    )
    answer_kind = "string"
    multiple_valid_answers = True
    answer_example = "(1 + 2) * 3"
    catalog_name = "CountdownClose"

    def schedule(self, difficulty):
        return {"numbers": min(4 + difficulty // 3, 5), "largest": 10 + 3 * difficulty}

    def generate_instance(self, rng, sizes):
        largest = sizes["largest"]
        numbers = sorted(rng.randint(1, largest) for _ in range(sizes["numbers"]))
        target = rng.randint(2 * largest, 12 * largest)
        best_distance, expression = closest_reachable(numbers, target)
        blind = min(
            abs(random_expression(rng, numbers, 20 * largest)[1] - target)
            for _ in range(BLIND_EXPRESSIONS)
        )
        return {
            "numbers": numbers,
            "target": target,
            "best_distance": best_distance,
            "blind_distance": blind,
            "closest": expression,
        }

    def solve(self, instance):
        return instance["closest"]

    def format_answer(self, answer):
        return answer

    def render(self, instance):
        numbers = ", ".join(map(str, instance["numbers"]))
        return (
            f"Numbers: {numbers}\nTarget: {instance['target']}\n\n"
            f"Write an arithmetic expression whose value is as close as possible to "
            f"{instance['target']} (above or below). {RULES_TEXT}\n"
            "Answer with the expression only, for example (1 + 2) * 3 for the numbers 1, 2, 3. "
            "Any expression that follows the rules and is at the smallest possible distance from "
            "the target is accepted."
        )

    def parse(self, text, instance):
        return read_value(text, instance["numbers"])

    def check(self, instance, answer, reference):
        distance = abs(answer - instance["target"])
        if distance == instance["best_distance"]:
            return Verdict.right()
        return Verdict.wrong(
            f"the expression follows the rules but is {distance} away from the target; "
            "a closer value is reachable",
            score=gap_closed_score(distance, instance["best_distance"], instance["blind_distance"]),
        )

    def random_answer(self, problem, rng, other):
        instance = problem.instance
        return random_expression(rng, instance["numbers"], 20 * max(instance["numbers"]))[0]

    def near_misses(self, problem):
        numbers, closest = problem.instance["numbers"], problem.answer
        return [
            f"({closest}) + {numbers[0]}",  # a number used once too often
            f"({closest}) * 1" if 1 not in numbers else f"({closest}) + 0",  # a number not given
            closest.replace(str(numbers[-1]), str(numbers[-1] + 1000), 1),
            " + ".join(map(str, numbers)) + " +",
        ]
