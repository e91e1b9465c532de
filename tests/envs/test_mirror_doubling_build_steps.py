"""MirrorDoublingBuildSteps: the palindromic-tree DP against breadth-first search over builds."""

from __future__ import annotations

import itertools
import random
from collections import deque

import pytest

import rlve_gym
from rlve_gym.envs.string.mirror_doubling_build_steps import fewest_build_steps, random_build

ENV = rlve_gym.make("MirrorDoublingBuildSteps")


def steps_by_search(target):
    """BFS from the empty string; every intermediate string is a substring of the target, since
    no operation removes letters."""
    pieces = {target[i:j] for i in range(len(target)) for j in range(i, len(target) + 1)}
    letters = sorted(set(target))
    distance = {"": 0}
    queue = deque([""])
    while queue:
        text = queue.popleft()
        if text == target:
            return distance[text]
        following = [text + text[::-1]]
        following += [c + text for c in letters] + [text + c for c in letters]
        for nxt in following:
            if nxt in pieces and nxt not in distance:
                distance[nxt] = distance[text] + 1
                queue.append(nxt)
    raise AssertionError("the target is always reachable letter by letter")


def test_worked_examples_of_the_prompt():
    assert fewest_build_steps("AGGAT") == 4 == steps_by_search("AGGAT")
    assert fewest_build_steps("ACGGCA") == 4  # A, C, G, double


@pytest.mark.parametrize("length", range(1, 10))
def test_every_short_binary_target(length):
    for chars in itertools.product("AC", repeat=length):
        target = "".join(chars)
        assert fewest_build_steps(target) == steps_by_search(target), target


def test_random_targets_over_four_letters_and_built_targets():
    for seed in range(300):
        rng = random.Random(seed)
        target = "".join(rng.choice("ACGT") for _ in range(rng.randint(1, 12)))
        assert fewest_build_steps(target) == steps_by_search(target), target
    for seed in range(150):
        rng = random.Random(seed)
        target = random_build(rng, rng.randint(2, 9), 14, rng.uniform(0.2, 0.7))
        assert fewest_build_steps(target) == steps_by_search(target), target


def test_generated_instances_and_checker_match_search():
    sizes = {"min_steps": 4, "max_steps": 8}
    for seed in range(40):
        instance = ENV.generate_instance(random.Random(seed), sizes)
        if len(instance["target"]) > 16:
            continue  # the fallback lengthens rare targets; search stays quick below this
        expected = steps_by_search(instance["target"])
        assert ENV.solve(instance) == expected
        assert ENV.check(instance, ENV.parse(str(expected), instance), expected).correct
        assert not ENV.check(instance, ENV.parse(str(expected - 1), instance), expected).correct


def test_edge_cases():
    assert fewest_build_steps("A") == 1
    assert fewest_build_steps("AAAAAAAA") == 4  # A, double, double, double
    assert fewest_build_steps("ACGT") == 4  # no palindrome helps
    assert fewest_build_steps("ACCAACCA") == 4  # A, C, double, double


def test_answers_are_never_below_ten_so_the_example_is_wrong():
    for d in (0, 1):
        for seed in range(100):
            assert int(ENV.generate(d, seed).answer) >= 10


def test_malformed_answers_are_format_errors():
    problem = ENV.generate(0, 3)
    for text in ("", "2 3", "ten", "1e3"):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
