"""CountdownExactTarget: combine the given numbers with + - * / into an expression equal to a target.

The numbers game: every given number is used exactly once, every division comes out whole, and
the expression must equal the target. Any such expression is correct; it is read by the core's
safe expression reader (no Python evaluation, capped length, depth and value size) and checked
against the rules and the target. The target is the value of a random expression planted over
the numbers (intermediate values kept between 0 and a bound), so a solution always exists;
targets equal to the plain sum of the numbers are redrawn, since "add everything" is the
first thing a guesser tries.

Difficulty schedule:

    d             0   1   2   3   4  ...  10  ...  20  ...  d
    numbers       4   4   5   5   6  ...   9  ...  14  ...  4 + d // 2
    largest      20  23  26  29  32  ...  50  ...  80  ...  20 + 3d
    bound       400 460 520 580 640  ... 1000 ... 1600 ...  20 * largest

More numbers mean more ways to combine them but every one must be placed, and larger numbers and
targets make the arithmetic longer. Level 0 has four numbers: with three, a random expression
hits the target too often.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.kernels.countdown import RULES_TEXT, random_expression, read_value


class CountdownExactTarget(Environment):
    description = "An expression over the given numbers (each used once, + - * /) equal to a target"
    answer_kind = "string"
    multiple_valid_answers = True
    answer_example = "(1 + 2) * 3"
    catalog_name = "CountdownEqual"

    def schedule(self, difficulty):
        largest = 20 + 3 * difficulty
        return {"numbers": 4 + difficulty // 2, "largest": largest, "bound": 20 * largest}

    def generate_instance(self, rng, sizes):
        numbers = [rng.randint(1, sizes["largest"]) for _ in range(sizes["numbers"])]
        for _ in range(50):
            text, target = random_expression(rng, numbers, sizes["bound"])
            if target > 0 and target != sum(numbers):
                break
        return {"numbers": sorted(numbers), "target": target, "planted": text}

    def solve(self, instance):
        return instance["planted"]

    def format_answer(self, answer):
        return answer

    def render(self, instance):
        numbers = ", ".join(map(str, instance["numbers"]))
        return (
            f"Numbers: {numbers}\nTarget: {instance['target']}\n\n"
            f"Write an arithmetic expression whose value is exactly {instance['target']}. "
            f"{RULES_TEXT}\n"
            "Answer with the expression only, for example (1 + 2) * 3 for the numbers 1, 2, 3 "
            "and the target 9. Any expression that follows the rules and reaches the target is "
            "accepted."
        )

    def parse(self, text, instance):
        return read_value(text, instance["numbers"])

    def check(self, instance, answer, reference):
        if answer == instance["target"]:
            return Verdict.right()
        return Verdict.wrong(
            f"the expression follows the rules but equals {answer}, not the target"
        )

    def random_answer(self, problem, rng, other):
        instance = problem.instance
        return random_expression(rng, instance["numbers"], 20 * max(instance["numbers"]))[0]

    def near_misses(self, problem):
        numbers, planted = problem.instance["numbers"], problem.answer
        return [
            f"({planted}) + {numbers[0]}",  # a number used once too often
            f"({planted}) * 1" if 1 not in numbers else f"({planted}) + 0",  # a number not given
            f"({planted}) - ({planted})",
            planted.replace(str(numbers[-1]), str(numbers[-1] + 1000), 1),
        ]
