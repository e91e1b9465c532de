"""StackPermutationOperations: every a/b string tried on small queues; exactly one produces each
stack-realisable order, it is the solver's, and the checker accepts it and nothing else."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.simulation_program.stack_permutation_operations import stack_operations

from ._queue_stacks import naive_output

ENV = rlve_gym.make("StackPermutationOperations")


@pytest.mark.parametrize("n", range(1, 7))
def test_each_producible_order_has_exactly_one_string_and_the_solver_finds_it(n):
    producers = {}
    for letters in itertools.product("ab", repeat=2 * n):
        ops = "".join(letters)
        out = naive_output(n, ops)
        if out is not None:
            assert tuple(out) not in producers  # uniqueness
            producers[tuple(out)] = ops
    for perm in itertools.permutations(range(n)):
        assert stack_operations(list(perm)) == producers.get(perm)


def test_checker_accepts_exactly_the_producing_string():
    instance = ENV.generate_instance(random.Random(5), {"min_numbers": 5, "max_numbers": 5})
    accepted = [
        "".join(letters)
        for letters in itertools.product("ab", repeat=10)
        if ENV.check(instance, "".join(letters), None).correct
    ]
    assert accepted == [ENV.solve(instance)]
    assert naive_output(5, accepted[0]) == instance["target"]


@pytest.mark.parametrize("difficulty", (0, 2, 8))
def test_generated_targets_replay(difficulty):
    for seed in range(30):
        problem = ENV.generate(difficulty, seed)
        target = problem.instance["target"]
        assert naive_output(len(target), problem.answer) == target
        assert target not in (sorted(target), sorted(target, reverse=True))


def test_illegal_short_and_malformed_answers():
    problem = ENV.generate(1, 2)
    n = len(problem.instance["target"])
    assert ENV.verify(problem, f"<answer>{' '.join(problem.answer)}</answer>").correct
    assert "empty stack" in ENV.verify(problem, "<answer>b</answer>").reason
    assert "reach the output" in ENV.verify(problem, "<answer>ab</answer>").reason
    assert "empty queue" in ENV.verify(problem, f"<answer>{'a' * n}a</answer>").reason or (
        not ENV.verify(problem, f"<answer>{'a' * n}a</answer>").format_ok
    )
    for text in ("abc", "push pop", "a" * (2 * n + 1)):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
