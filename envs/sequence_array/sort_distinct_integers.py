"""SortDistinctIntegers: list given distinct integers in increasing order.

A short, fully verifiable task whose difficulty is the list length. It is the easiest real task
in the suite: a tiny model learns each length it is shown in minutes, which is why the embedded
CPU training default (configs/tiny-cpu.yaml) trains on it. (Such a model does not generalise to
a length it was never shown, not even once in eight samples: docs/training.md.)
Values are distinct, so the sorted order is unique; they are drawn from 0 .. 2n + 3, so about
half the range is used and the list is a random arrangement (never the sorted one).

Difficulty schedule (list length n and largest value):

    d        0    1    2    3    4   ...  10  ...  20   ...  d
    n        3    4    5    6    7   ...  13  ...  23   ...  3 + d
    max      9   11   13   15   17   ...  29  ...  49   ...  2 * n + 3

One more number at every level. Level 0 uses single digits only; two-digit numbers enter from
level 1 on and make up a growing share, so comparisons across digit counts come gradually.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import ParseError, parse_int_list


class SortDistinctIntegers(Environment):
    description = "The given distinct integers in increasing order"
    answer_kind = "int_list"
    answer_example = "3 8 15"
    catalog_name = "SortDistinctIntegers"

    def schedule(self, difficulty):
        length = 3 + difficulty
        return {"length": length, "max_value": 2 * length + 3}

    def generate_instance(self, rng, sizes):
        values = rng.sample(range(sizes["max_value"] + 1), sizes["length"])
        if values == sorted(values):  # never hand out an already sorted list
            values[0], values[-1] = values[-1], values[0]
        return {"values": values}

    def solve(self, instance):
        return sorted(instance["values"])

    def render(self, instance):
        values = instance["values"]
        return (
            f"Sort these {len(values)} distinct integers in increasing order: "
            f"{' '.join(map(str, values))}\n"
            "Answer with all of them, smallest first, separated by single spaces."
        )

    def parse(self, text, instance):
        values = parse_int_list(text, max_items=len(instance["values"]) + 1)
        if not values:
            raise ParseError("no integers in the answer")
        return values

    def check(self, instance, answer, reference):
        if answer == reference:
            return Verdict.right()
        if sorted(answer) != reference:
            return Verdict.wrong("the answer is not the given integers, each exactly once")
        in_place = sum(a == b for a, b in zip(answer, reference, strict=True))
        return Verdict.wrong(
            "the given integers, but not in increasing order", score=in_place / len(reference)
        )
