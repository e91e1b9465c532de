"""SymbolDigitAdditionCryptarithm: give every symbol of a base-N addition puzzle a distinct digit
so that the written sum is correct.

Base N has N digits, each hidden behind its own symbol (a lowercase letter, or a fixed-length
group of letters for more than 26 digits). The prompt shows an addition X + Y = Z of base-N
numbers written in symbols; the answer gives every symbol a value, all N values different (a
permutation of 0..N-1), such that the sum holds and no number starts with the digit 0. Any such
assignment is correct - symbols that do not occur in the sum may take the left-over values in
any order, and the sum itself may allow several - and the checker recomputes X + Y under the
answer. Scores are binary.

The sum is planted: random digits for X and Y (leading digits non-zero), Z = X + Y, and a random
symbol for each digit. Sums that the identity assignment (symbol i has value i - 1) already
satisfies are redrawn. A random permutation satisfies the sum with probability roughly N^-L
(each of Z's digits must come out right), well under 1% from level 0.

Difficulty schedule (the base and the length of the addends both grow every two levels):

    d              0   1   2   3  ...  10  ...  20  ...  d
    base N         6   6   7   7  ...  11  ...  16  ...  6 + d // 2
    addend digits  4   4   5   5  ...   9  ...  14  ...  4 + d // 2

A larger base means more symbols to place; longer addends mean more columns, carries and
constraints to chain. Solving is a search (the reference answer is the planted one); the tests
compare the checker with exhaustive search over all permutations on small bases.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.envs.logic_puzzle.unknown_base_addition_table import symbol_names
from rlve_gym.sequences import permutation_problem

REDRAWS = 20


def digits_value(digits: list[int], base: int) -> int:
    value = 0
    for d in digits:
        value = value * base + d
    return value


def to_digits(value: int, base: int) -> list[int]:
    digits = []
    while value:
        value, d = divmod(value, base)
        digits.append(d)
    return digits[::-1] or [0]


class SymbolDigitAdditionCryptarithm(Environment):
    description = "Distinct digit values for the symbols of a base-N addition so that it holds"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "2 0 3 1"
    catalog_name = "Cryptarithmetic"

    def schedule(self, difficulty):
        return {"base": 6 + difficulty // 2, "digits": 4 + difficulty // 2}

    def generate_instance(self, rng, sizes):
        base, length = sizes["base"], sizes["digits"]
        identity = list(range(base))
        for _ in range(REDRAWS):
            x = [rng.randrange(1, base)] + [rng.randrange(base) for _ in range(length - 1)]
            y = [rng.randrange(1, base)] + [rng.randrange(base) for _ in range(length - 1)]
            z = to_digits(digits_value(x, base) + digits_value(y, base), base)
            value_of_symbol = identity[:]
            rng.shuffle(value_of_symbol)
            symbol_of_value = [0] * base
            for symbol, value in enumerate(value_of_symbol):
                symbol_of_value[value] = symbol
            words = [[symbol_of_value[d] for d in number] for number in (x, y, z)]
            instance = {"base": base, "words": words, "planted": value_of_symbol}
            if self.check(instance, identity, None).correct is False:
                break
        return instance

    def solve(self, instance):
        return instance["planted"]

    def render(self, instance):
        base = instance["base"]
        names = symbol_names(base)
        x, y, z = ("".join(names[s] for s in word) for word in instance["words"])
        width = len(names[0])
        spelling = "one letter" if width == 1 else f"a name of {width} letters"
        return (
            f"In base {base}, each of the {base} digits 0, 1, ..., {base - 1} is written as its "
            f"own symbol ({spelling}); the symbols are {' '.join(names)}, but which digit each "
            "stands for is unknown. Numbers are written with the highest digit first, the "
            "symbols one after the other. In this base,\n\n"
            f"  {x}\n+ {y}\n= {z}\n\n"
            "Give each symbol a digit value so that the addition is correct: the values of the "
            f"{base} symbols must all be different, and no number may start with the digit 0.\n"
            f"Answer with the values of {', '.join(names[:3])}, ... in the order listed above, "
            f"as {base} decimal integers separated by spaces (for example 2 0 3 1 would give "
            f"values 2, 0, 3, 1 to the first four symbols). If several assignments work, any one "
            "of them is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, length=instance["base"], max_digits=6)

    def check(self, instance, answer, reference):
        base = instance["base"]
        why = permutation_problem([v + 1 for v in answer], base)
        if why:
            return Verdict.wrong(f"the values must be 0..{base - 1}, each used once")
        x, y, z = ([answer[s] for s in word] for word in instance["words"])
        if any(number[0] == 0 for number in (x, y, z)):
            return Verdict.wrong("a number starts with the digit 0")
        if digits_value(x, base) + digits_value(y, base) != digits_value(z, base):
            return Verdict.wrong("with these values the addition is not correct")
        return Verdict.right()

    def random_answer(self, problem, rng, other):
        values = list(range(problem.instance["base"]))
        rng.shuffle(values)
        return " ".join(map(str, values))

    def near_misses(self, problem):
        instance = problem.instance
        values = [int(t) for t in problem.answer.split()]
        base = len(values)
        misses = [
            " ".join(map(str, range(base))),  # the identity, never a solution
            " ".join(map(str, [values[1]] + values[1:])),  # a repeated value
            " ".join(map(str, values[:-1] + [base])),  # a value out of range
        ]
        used = sorted({s for word in instance["words"] for s in word})
        for i in used:  # swap two used symbols' values so that the sum breaks
            for j in used:
                if i < j:
                    swapped = values[:]
                    swapped[i], swapped[j] = swapped[j], swapped[i]
                    if not self.check(instance, swapped, None).correct:
                        misses.append(" ".join(map(str, swapped)))
                        return misses
        return misses
