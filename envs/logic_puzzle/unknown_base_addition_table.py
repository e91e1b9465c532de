"""UnknownBaseAdditionTable: recover a number base and the value of every digit symbol from the
complete addition table written in those symbols.

A base B uses exactly B digits, each written as a symbol (a lowercase letter, or a fixed-length
group of letters once there are more than 26 digits). For every pair of symbols x, y (x before
or equal to y in the listed order) the prompt shows x + y as a base-B number written in symbols:
one symbol when the sum is below B, otherwise two (a leading "1" digit followed by the sum minus
B). The answer is B followed by the value of each symbol in the listed order.

The answer is unique, so it is compared as a whole (scores are binary): B is the number of
symbols, and a symbol of value v has exactly v two-symbol sums in its row (x + y >= B exactly
for the v values y >= B - v), so every value is forced. The tests confirm uniqueness by trying
every assignment on small bases.

Difficulty schedule:

    d             0   1   2   3  ...  10  ...  20  ...  d
    base B        6   7   8   9  ...  16  ...  26  ...  6 + d
    equations    21  28  36  45  ... 136  ... 351  ...  B (B + 1) / 2

Level 0 has base 6 (720 possible assignments; smaller bases are guessed too easily). Up to
level 20 every digit is one letter; beyond, each is a group of two letters (three beyond 676
digits), so the table keeps growing quadratically with no limit.
"""

from __future__ import annotations

import itertools
import string

from rlve_gym import Environment
from rlve_gym.answers import parse_int_list

FIRST_BASE = 6


def symbol_names(base: int) -> list[str]:
    """``base`` distinct names of equal length, in alphabetical order: a..z, then aa, ab, ..."""
    width = 1
    while 26**width < base:
        width += 1
    names = itertools.product(string.ascii_lowercase, repeat=width)
    return ["".join(t) for t in itertools.islice(names, base)]


def written(value: int, base: int, symbol_of: list[str]) -> str:
    """A sum of two digits (below 2 * base) in base ``base`` written with the symbols."""
    if value < base:
        return symbol_of[value]
    return symbol_of[1] + symbol_of[value - base]


class UnknownBaseAdditionTable(Environment):
    description = "The base and every digit symbol's value, recovered from a full addition table"
    answer_kind = "int_list"
    answer_example = "4 0 2 1 3"
    catalog_name = "AdditionTable"

    def schedule(self, difficulty):
        return {"base": FIRST_BASE + difficulty}

    def generate_instance(self, rng, sizes):
        base = sizes["base"]
        names = symbol_names(base)
        values = list(range(base))
        rng.shuffle(values)  # values[i]: the value of the i-th listed symbol
        return {"symbols": names, "values": values}

    def solve(self, instance):
        return [len(instance["symbols"]), *instance["values"]]

    def render(self, instance):
        names, values = instance["symbols"], instance["values"]
        base = len(names)
        symbol_of = [""] * base
        for name, value in zip(names, values):
            symbol_of[value] = name
        equations = [
            f"{names[i]} + {names[j]} = {written(values[i] + values[j], base, symbol_of)}"
            for i in range(base)
            for j in range(i, base)
        ]
        width = len(names[0])
        if width == 1:
            spelling = "Each digit is written as one letter"
        else:
            spelling = f"Each digit is written as a name of {width} letters"
        return (
            f"A number system uses an unknown base B and exactly these B digit symbols, one for "
            f"each digit value 0, 1, ..., B - 1 (which symbol has which value is unknown): "
            f"{' '.join(names)}\n"
            f"{spelling}; a number of two digits is written as the two symbols one after the "
            "other, the higher digit first (so in base 10, if b stood for 1 and c for 3, "
            "bc would mean 13).\n"
            "Here is every sum of two digits, written in base B with these symbols:\n"
            + "\n".join(equations)
            + "\n\nFind B and the value of every symbol. Answer with B followed by the values of "
            f"{', '.join(names[:3])}, ... in the order listed above, all as decimal integers "
            "separated by spaces (for example, 4 0 2 1 3 would mean B = 4 and values 0, 2, 1, 3 "
            "for the four symbols)."
        )

    def parse(self, text, instance):
        return parse_int_list(text, length=len(instance["symbols"]) + 1, max_digits=6)
