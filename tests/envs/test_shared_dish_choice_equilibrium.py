"""SharedDishChoiceEquilibrium: every assignment tried on small tables; the checker accepts exactly
the equilibria, and the DP always finds one."""

from __future__ import annotations

import itertools
import random
from fractions import Fraction

import pytest

import rlve_gym

ENV = rlve_gym.make("SharedDishChoiceEquilibrium")


def is_equilibrium(calories, dishes):
    """Recount the shares with Fractions for each person's current and switched dish."""
    n = len(calories)

    def share(choice, person):
        dish = choice[person]
        return Fraction(calories[dish - 1], sum(1 for d in choice if d == dish))

    for person in range(n):
        options = {n if person == 0 else person, person + 1}
        other = (options - {dishes[person]}).pop()
        switched = list(dishes)
        switched[person] = other
        if share(switched, person) > share(dishes, person):
            return False
    return True


def all_assignments(n):
    options = [(n if p == 0 else p, p + 1) for p in range(n)]
    return itertools.product(*options)


def small_instance(seed, people, max_calories=12):
    sizes = {"people": people, "max_calories": max_calories}
    return ENV.generate_instance(random.Random(seed), sizes)


@pytest.mark.parametrize("people", range(3, 10))
def test_checker_accepts_exactly_the_equilibria(people):
    for seed in range(4):
        instance = small_instance(seed, people)
        found = 0
        for dishes in all_assignments(people):
            expected = is_equilibrium(instance["calories"], dishes)
            text = " ".join(map(str, dishes))
            assert ENV.check(instance, ENV.parse(text, instance), None).correct == expected
            found += expected
        assert found >= 1
        assert is_equilibrium(instance["calories"], ENV.solve(instance))


def test_solver_finds_an_equilibrium_on_many_tables():
    for seed in range(300):
        people = 3 + seed % 20
        instance = small_instance(seed, people, max_calories=1 + seed % 30)
        assert is_equilibrium(instance["calories"], ENV.solve(instance)), instance


def test_all_equal_dishes():
    instance = {"calories": [6] * 5}
    assert ENV.check(instance, [1, 2, 3, 4, 5], None).correct  # everyone alone
    assert not ENV.check(
        instance, [5, 1, 1, 4, 4], None
    ).correct  # dish 3 left empty: person 4 moves


def test_unreachable_dishes_wrong_lengths_and_junk():
    problem = ENV.generate(2, 5)
    n = len(problem.instance["calories"])
    dishes = problem.answer.split()
    v = ENV.verify(problem, "<answer>" + " ".join(["3"] + dishes[1:]) + "</answer>")
    assert not v.correct and "can only eat" in v.reason
    for text in (" ".join(dishes[:-1]), " ".join(dishes + ["1"]), "a b", ""):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
    assert len(dishes) == n


def test_near_misses_are_rejected():
    for seed in range(20):
        problem = ENV.generate(1, seed)
        for text in ENV.near_misses(problem):
            assert not ENV.verify(problem, f"<answer>{text}</answer>").correct
