"""Brute-force pieces for the tests of the subarray and submatrix counting tasks
(SumOfSubarrayXors, XorOfSubarraySums, AllOnesSubmatrixCount, DivisibleSumSubmatrixCount): every
subarray or rectangle, generated references against an oracle, and the rejection of near and
malformed numeric answers."""

from __future__ import annotations


def subarrays(values):
    """Every contiguous, non-empty slice of ``values``, by start then end."""
    n = len(values)
    return (values[left : right + 1] for left in range(n) for right in range(left, n))


def rectangles(height, width):
    """(top, bottom, left, right) of every non-empty rectangle of cells, bounds inclusive."""
    return (
        (top, bottom, left, right)
        for top in range(height)
        for bottom in range(top, height)
        for left in range(width)
        for right in range(left, width)
    )


def verdict(env, problem, text):
    return env.verify(problem, f"<answer>{text}</answer>")


def assert_references_match(env, brute_force, difficulties=(0, 1, 4, 9, 20), seeds=25):
    """The reference answer of every generated problem equals ``brute_force(values)``."""
    for d in difficulties:
        for seed in range(seeds):
            problem = env.generate(d, seed)
            assert int(problem.answer) == brute_force(problem.instance["values"])


def assert_close_and_malformed_answers_rejected(env, problem, close, malformed):
    """Numbers in ``close`` are well-formed but wrong, texts in ``malformed`` are format errors,
    and the reference with spaces around it is right."""
    for text in close:
        v = verdict(env, problem, text)
        assert not v.correct and v.format_ok
    for text in malformed:
        assert not verdict(env, problem, text).format_ok
    assert verdict(env, problem, f" {problem.answer} ").correct
