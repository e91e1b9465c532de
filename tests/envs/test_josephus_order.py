"""JosephusOrder: the simulation against an independent deque-based one, and the checker."""

from __future__ import annotations

from collections import deque

import pytest

import rlve_gym

ENV = rlve_gym.make("JosephusOrder")


def order_by_rotating_deque(people, step, start=1):
    circle = deque(range(1, people + 1))
    circle.rotate(-(start - 1))  # the starting person comes to the front
    order = []
    while circle:
        circle.rotate(-(step - 1))  # the step-th person comes to the front
        order.append(circle.popleft())
    return order


def verdict(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


@pytest.mark.parametrize("difficulty", range(6))
def test_solver_matches_an_independent_simulation(difficulty):
    for seed in range(40):
        problem = ENV.generate(difficulty, seed)
        expected = order_by_rotating_deque(**problem.instance)
        assert problem.answer == " ".join(map(str, expected))


def test_the_example_in_the_prompt_is_right():
    assert ENV.solve({"people": 4, "step": 5, "start": 1}) == [1, 3, 4, 2]
    assert "order 1 3 4 2" in ENV.generate(0, 0).prompt


def test_a_later_start_relabels_the_circle():
    assert ENV.solve({"people": 4, "step": 5, "start": 3}) == [3, 1, 2, 4]


def test_the_prompt_example_is_never_a_generated_instance():
    for d in range(8):
        for seed in range(40):
            inst = ENV.generate(d, seed).instance
            assert (inst["people"], inst["step"], inst["start"]) != (4, 5, 1)


def test_classic_survivor_of_forty_one_with_step_three_is_thirty_one():
    assert ENV.solve({"people": 41, "step": 3, "start": 1})[-1] == 31


def test_step_larger_than_the_circle_wraps_around():
    assert (
        ENV.solve({"people": 3, "step": 7, "start": 1})
        == order_by_rotating_deque(3, 7)
        == [1, 2, 3]
    )


def test_reference_and_bracketed_or_comma_forms_are_accepted():
    problem = ENV.generate(3, 4)
    values = problem.answer.split()
    assert verdict(problem, problem.answer).correct
    assert verdict(problem, "[" + ", ".join(values) + "]").correct


def test_permutations_other_than_the_order_are_wrong():
    problem = ENV.generate(2, 1)
    values = problem.answer.split()
    swapped = values[:]
    swapped[0], swapped[1] = swapped[1], swapped[0]
    v = verdict(problem, " ".join(swapped))
    assert not v.correct and v.format_ok and v.score == 0.0
    assert "first 0 people" in v.reason
    assert not verdict(problem, " ".join(sorted(values, key=int))).correct


def test_repeats_and_out_of_range_numbers_are_wrong():
    problem = ENV.generate(1, 2)
    n = problem.instance["people"]
    assert "exactly once" in verdict(problem, " ".join(["1"] * n)).reason
    assert "exactly once" in verdict(problem, " ".join(map(str, range(2, n + 2)))).reason


def test_wrong_length_and_garbage_are_format_failures():
    problem = ENV.generate(1, 3)
    values = problem.answer.split()
    for text in (" ".join(values[:-1]), problem.answer + " 1", "one two", ""):
        v = verdict(problem, text)
        assert not v.correct and not v.format_ok
