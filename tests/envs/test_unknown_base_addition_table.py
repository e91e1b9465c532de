"""UnknownBaseAdditionTable: every assignment of values (and every base) tried against the
printed table on small bases; exactly one fits, and it is the reference."""

from __future__ import annotations

import itertools
import random
import re

import pytest

import rlve_gym
from rlve_gym.envs.logic_puzzle.unknown_base_addition_table import symbol_names

ENV = rlve_gym.make("UnknownBaseAdditionTable")


def printed_equations(prompt):
    return re.findall(r"^(\w+) \+ (\w+) = (\w+)$", prompt, flags=re.MULTILINE)


def fits(equations, value_of, base, width):
    for x, y, result in equations:
        digits = [value_of[result[i : i + width]] for i in range(0, len(result), width)]
        number = 0
        for d in digits:
            number = number * base + d
        if digits[0] == 0 and len(digits) > 1 or value_of[x] + value_of[y] != number:
            return False
    return True


@pytest.mark.parametrize("base", (2, 3, 4, 5, 6))
def test_exactly_one_assignment_fits_the_table(base):
    for seed in range(4):
        instance = ENV.generate_instance(random.Random(seed), {"base": base})
        prompt = ENV.render(instance)
        equations = printed_equations(prompt)
        assert len(equations) == base * (base + 1) // 2
        names = instance["symbols"]
        fitting = []
        for b in range(2, base + 2):  # other bases cannot hold these symbols' values
            for values in itertools.permutations(range(b), base):
                if fits(equations, dict(zip(names, values)), b, 1):
                    fitting.append([b, *values])
        assert fitting == [ENV.solve(instance)]


def test_long_symbol_names_beyond_twenty_six_digits():
    names = symbol_names(30)
    assert len(set(names)) == 30 and {len(n) for n in names} == {2}
    instance = ENV.generate_instance(random.Random(1), {"base": 30})
    prompt = ENV.render(instance)
    equations = printed_equations(prompt)
    value_of = dict(zip(instance["symbols"], instance["values"]))
    assert len(equations) == 465 and fits(equations, value_of, 30, 2)


@pytest.mark.parametrize("difficulty", (0, 5, 20))
def test_reference_fits_and_answers_are_checked_whole(difficulty):
    problem = ENV.generate(difficulty, 3)
    value_of = dict(zip(problem.instance["symbols"], problem.instance["values"]))
    assert fits(printed_equations(problem.prompt), value_of, len(value_of), 1)
    assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct
    values = [int(t) for t in problem.answer.split()]
    swapped = values[:1] + [values[2], values[1]] + values[3:]
    wrong_base = [values[0] + 1] + values[1:]
    for answer in (swapped, wrong_base):
        assert not ENV.verify(problem, f"<answer>{' '.join(map(str, answer))}</answer>").correct
    for text in ("", " ".join(map(str, values[1:])), "B=6"):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
    assert len(problem.prompt) < 8000
