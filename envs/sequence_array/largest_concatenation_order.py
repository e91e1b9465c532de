"""LargestConcatenationOrder: order positive integers so that writing them one after another gives
the largest possible number.

The solver sees N positive integers (up to five digits each) and answers with all of them, each
used exactly as often as it is given, in an order whose concatenation (decimal digits written one
after another) is as large as possible. Orders that give the same largest concatenation are all
correct (equal numbers, or pairs like 12 and 1212 whose two concatenations coincide); any other
order, or a list that is not the given numbers, earns nothing. The reference sorts by the exchange
rule: a goes before b when the digits of a then b exceed those of b then a.

The numbers are built to make the order hard to read off: a few digit "stems" are drawn and each
number is a prefix of a stem repeated (3, 34, 343, 3434), a stem with one digit appended, or a
fresh random number, so many pairs share leading digits and only the exchange rule settles them.

Difficulty schedule (five-digit numbers at most, at every level):

    d          0   1   2   3  ...  10  ...  20  ...  d
    numbers    6   7   8   9  ...  16  ...  26  ...  6 + d
    stems      2   2   2   3  ...   5  ...   8  ...  2 + d // 3

Level 0 orders 6 numbers (720 orders, a handful of them optimal at most); every level adds a
number and every third level a stem, i.e. another family of look-alike numbers to interleave.
"""

from __future__ import annotations

from functools import cmp_to_key

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list

MAX_DIGITS = 5


def _before(a: str, b: str) -> int:
    return -1 if a + b > b + a else (1 if a + b < b + a else 0)


def largest_concatenation(numbers: list[int]) -> list[int]:
    """The numbers in an order whose concatenation is largest (stable among ties)."""
    texts = sorted(map(str, numbers), key=cmp_to_key(_before))
    return [int(t) for t in texts]


def look_alike_number(rng, stems: list[str]) -> int:
    shape = rng.random()
    stem = rng.choice(stems)
    if shape < 0.55:  # a prefix of the stem repeated: 3, 34, 343, 3434, ...
        text = (stem * MAX_DIGITS)[: rng.randint(1, MAX_DIGITS)]
    elif shape < 0.85 and len(stem) < MAX_DIGITS:  # the stem and one more digit
        text = stem + str(rng.randint(0, 9))
    else:
        text = str(rng.randint(1, 10 ** rng.randint(1, MAX_DIGITS) - 1))
    return int(text)


class LargestConcatenationOrder(Environment):
    description = "The given numbers in an order whose concatenation is the largest number"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "9 91 5"
    catalog_name = "MaxPermutation"

    def schedule(self, difficulty):
        return {"numbers": 6 + difficulty, "stems": 2 + difficulty // 3}

    def generate_instance(self, rng, sizes):
        stems = [
            str(rng.randint(1, 9))
            + "".join(str(rng.randint(0, 9)) for _ in range(rng.randint(0, 2)))
            for _ in range(sizes["stems"])
        ]
        numbers = [look_alike_number(rng, stems) for _ in range(sizes["numbers"])]
        best = "".join(map(str, largest_concatenation(numbers)))
        return {"numbers": numbers, "best": best}

    def solve(self, instance):
        return largest_concatenation(instance["numbers"])

    def render(self, instance):
        numbers = instance["numbers"]
        return (
            f"Numbers: {' '.join(map(str, numbers))}\n\n"
            f"Arrange these {len(numbers)} positive integers in a row, using each exactly as many "
            "times as it appears above, so that writing their decimal digits one after another "
            "gives the largest possible number. For example, for 5 50 56 the best row is 56 5 50 "
            "(giving 56550).\n"
            "Answer with the numbers in your order, separated by spaces. If several orders give "
            "the same largest number, any one of them is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, length=len(instance["numbers"]), max_digits=MAX_DIGITS + 1)

    def check(self, instance, answer, reference):
        if sorted(answer) != sorted(instance["numbers"]):
            return Verdict.wrong(
                "the answer does not use exactly the given numbers, each as often as given"
            )
        if "".join(map(str, answer)) == instance["best"]:
            return Verdict.right()
        return Verdict.wrong(
            "the given numbers, but their concatenation is not the largest possible"
        )

    def random_answer(self, problem, rng, other):
        numbers = list(problem.instance["numbers"])
        rng.shuffle(numbers)
        return " ".join(map(str, numbers))

    def near_misses(self, problem):
        order = [int(t) for t in problem.answer.split()]
        misses = [
            " ".join(map(str, order[:-1] + [order[-1] + 1])),  # not the given numbers
            " ".join(map(str, order[:-1] + [order[0]])),  # one number twice, one missing
        ]
        for i in range(len(order) - 1):  # two neighbours that do not commute, swapped
            a, b = str(order[i]), str(order[i + 1])
            if a + b != b + a:
                misses.append(
                    " ".join(map(str, order[:i] + [order[i + 1], order[i]] + order[i + 2 :]))
                )
                break
        return misses
