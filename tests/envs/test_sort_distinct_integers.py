"""SortDistinctIntegers: brute-force cross-check of the solver and checker behaviour."""

from __future__ import annotations

import itertools

import rlve_gym


def _env():
    return rlve_gym.make("SortDistinctIntegers")


def test_reference_is_the_unique_increasing_permutation():
    env = _env()
    for d in range(4):
        for seed in range(40):
            problem = env.generate(difficulty=d, seed=seed)
            values = problem.instance["values"]
            assert len(set(values)) == len(values) == 3 + d
            increasing = [
                list(p)
                for p in itertools.permutations(values)
                if all(a < b for a, b in zip(p, p[1:], strict=False))
            ]
            assert increasing == [[int(x) for x in problem.answer.split()]]
            assert values != sorted(values)


def test_permutation_out_of_order_gets_partial_credit():
    env = _env()
    problem = env.generate(difficulty=2, seed=7)
    ordered = [int(x) for x in problem.answer.split()]
    swapped = ordered[:]
    swapped[0], swapped[1] = swapped[1], swapped[0]
    verdict = env.verify(problem, f"<answer>{' '.join(map(str, swapped))}</answer>")
    assert not verdict.correct and verdict.format_ok
    assert abs(verdict.score - (len(ordered) - 2) / len(ordered)) < 1e-9


def test_missing_or_foreign_numbers_are_wrong_with_no_credit():
    env = _env()
    problem = env.generate(difficulty=1, seed=3)
    ordered = [int(x) for x in problem.answer.split()]
    for answer in (ordered[:-1], ordered[:-1] + [ordered[-1] + 1000], ordered + [10**6]):
        verdict = env.verify(problem, f"<answer>{' '.join(map(str, answer))}</answer>")
        assert not verdict.correct and verdict.score == 0.0


def test_malformed_answers_are_format_failures():
    env = _env()
    problem = env.generate(difficulty=0, seed=0)
    for text in ("<answer></answer>", "<answer>one two</answer>", problem.answer):
        assert not env.verify(problem, text).format_ok
