"""RowColumnPermutationBetweenMatrices: every pair of orders tried on small matrices; exactly
those that turn A into B are accepted, including the extra ones repeated rows allow."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym

ENV = rlve_gym.make("RowColumnPermutationBetweenMatrices")


def turns_a_into_b(a, b, rows, cols):
    return all(
        a[rows[i] - 1][cols[j] - 1] == b[i][j] for i in range(len(b)) for j in range(len(b[0]))
    )


def judged(instance, rows, cols):
    text = " ".join(map(str, list(rows) + list(cols)))
    return ENV.check(instance, ENV.parse(text, instance), None)


@pytest.mark.parametrize(("rows", "cols"), ((2, 3), (3, 3), (4, 4)))
def test_every_pair_of_orders_is_judged_correctly(rows, cols):
    for seed in range(8):
        instance = ENV.generate_instance(random.Random(seed), {"rows": rows, "cols": cols})
        a, b = instance["a"], instance["b"]
        assert a != b
        accepted = 0
        for r in itertools.permutations(range(1, rows + 1)):
            for c in itertools.permutations(range(1, cols + 1)):
                good = turns_a_into_b(a, b, r, c)
                verdict = judged(instance, r, c)
                assert verdict.correct == good
                if not good:
                    assert "differs from B" in verdict.reason
                accepted += good
        assert accepted >= 1


def test_repeated_rows_give_several_accepted_answers():
    instance = {
        "a": [[1, 0], [1, 0], [0, 1]],
        "b": [[0, 1], [1, 0], [1, 0]],
        "planted": [3, 1, 2, 1, 2],
    }
    for rows in ([3, 1, 2], [3, 2, 1]):
        assert judged(instance, rows, [1, 2]).correct
    assert not judged(instance, [1, 2, 3], [1, 2]).correct


@pytest.mark.parametrize("difficulty", (0, 1, 7, 20))
def test_reference_turns_a_into_b(difficulty):
    for seed in range(8):
        problem = ENV.generate(difficulty, seed)
        a, b = problem.instance["a"], problem.instance["b"]
        values = [int(t) for t in problem.answer.split()]
        assert turns_a_into_b(a, b, values[: len(a)], values[len(a) :])
        assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct


def test_near_misses_and_invalid_orders_are_rejected():
    problem = ENV.generate(2, 5)
    rows, cols = len(problem.instance["a"]), len(problem.instance["a"][0])
    for miss in ENV.near_misses(problem):
        assert not ENV.verify(problem, f"<answer>{miss}</answer>").correct
    assert "row order" in judged(problem.instance, [1] * rows, range(1, cols + 1)).reason
    assert "column order" in judged(problem.instance, range(1, rows + 1), [cols + 1] * cols).reason
    for text in ("", " ".join(["1"] * (rows + cols + 1)), "A B"):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
