"""NegativeBaseDigits: the solver against a search over all short digit strings."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.arithmetic.negative_base_digits import negative_base_digits

ENV = rlve_gym.make("NegativeBaseDigits")


def all_representations(base, max_len):
    """Map value -> every digit string (no leading zero) of length <= max_len in base -base."""
    found = {}
    for length in range(1, max_len + 1):
        for digits in itertools.product(range(base), repeat=length):
            if digits[0] == 0 and length > 1:
                continue
            value = sum(d * (-base) ** (length - 1 - i) for i, d in enumerate(digits))
            found.setdefault(value, []).append(list(digits))
    return found


@pytest.mark.parametrize("base", (2, 3, 5, 10, 16))
def test_solver_is_the_unique_representation_found_by_search(base):
    max_len = {2: 10, 3: 7, 5: 5, 10: 4, 16: 3}[base]
    table = all_representations(base, max_len)
    limit = base ** (max_len - 1) // 2  # every value this small has a short enough string
    for n in range(-limit, limit + 1):
        assert table[n] == [negative_base_digits(n, base)], n


def test_generated_instances_round_trip_and_verify():
    for d in (0, 1, 2, 5, 12):
        for seed in range(40):
            problem = ENV.generate(d, seed)
            n, base = problem.instance["n"], problem.instance["base"]
            digits = [int(t) for t in problem.answer.split()]
            assert len(digits) >= 2 and digits[0] != 0
            assert sum(x * (-base) ** i for i, x in enumerate(reversed(digits))) == n
            assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct


def test_wrong_answers_get_the_right_reason():
    instance = ENV.generate_instance(random.Random(3), {"max_abs": 500})
    base, n = instance["base"], instance["n"]
    digits = negative_base_digits(n, base)

    def reason(answer):
        v = ENV.check(instance, answer, digits)
        assert not v.correct
        return v.reason

    assert "between 0 and" in reason(digits[:-1] + [base])
    assert "between 0 and" in reason([-1] + digits)
    assert "first digit" in reason([0] + digits)
    assert "stand for" in reason(digits[:-1] + [(digits[-1] + 1) % base])
    assert "no digits" in reason([])
    assert ENV.check(instance, digits, digits).correct


def test_prompt_example_and_malformed_answers():
    assert negative_base_digits(190, 10) == [2, 1, 0]
    assert negative_base_digits(-9, 10) == [1, 1]
    problem = ENV.generate(2, 0)
    for text in ("1 x 0", "1.5", "99999 1"):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
