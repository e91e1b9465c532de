"""NearestByPrimeSteps: Omega/gcd distance against exponent vectors from sympy."""

from __future__ import annotations

import random

import pytest
from sympy import factorint

import rlve_gym
from rlve_gym.envs.number_theory.nearest_by_prime_steps import nearest_by_prime_steps

ENV = rlve_gym.make("NearestByPrimeSteps")


def distance(a, b):
    """Each operation changes one prime exponent by one: the L1 distance of exponent vectors."""
    fa, fb = factorint(a), factorint(b)
    return sum(abs(fa.get(p, 0) - fb.get(p, 0)) for p in set(fa) | set(fb))


def brute(values):
    return [
        min(
            (j for j in range(len(values)) if j != i),
            key=lambda j: (distance(values[i], values[j]), j),
        )
        for i in range(len(values))
    ]


def test_distance_of_the_example():
    assert distance(69, 42) == 3


def test_random_arrays_match_exponent_vectors():
    rng = random.Random(8)
    for _ in range(300):
        values = rng.sample(range(1, 80), rng.randint(2, 9))
        assert nearest_by_prime_steps(values) == brute(values)


@pytest.mark.parametrize("difficulty", range(4))
def test_generated_instances_match_exponent_vectors(difficulty):
    for seed in range(10):
        problem = ENV.generate(difficulty, seed)
        values = problem.instance["values"]
        assert [int(t) for t in problem.answer.split()] == brute(values)


def test_edge_cases_and_checker():
    assert nearest_by_prime_steps([1, 2, 3]) == [1, 0, 0]  # ties go to the smallest index
    assert nearest_by_prime_steps([16, 1, 8]) == [2, 2, 0]  # prime powers
    instance = {"values": [1, 2, 3]}
    assert ENV.check(instance, [1, 0, 0], [1, 0, 0]).correct
    assert not ENV.check(instance, [2, 0, 0], [1, 0, 0]).correct  # a tie broken the wrong way
    assert not ENV.check(instance, [0, 0, 0], [1, 0, 0]).correct  # j = i
    assert not ENV.check(instance, [1, 0, 3], [1, 0, 0]).correct
    problem = ENV.generate(1, 0)
    assert not ENV.verify(problem, "<answer>0 1</answer>").format_ok
