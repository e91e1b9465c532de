"""DifferentColorPairing: the checker against every perfect matching of small instances."""

from __future__ import annotations

import random

import rlve_gym

ENV = rlve_gym.make("DifferentColorPairing")


def all_pairings(items):
    if not items:
        yield []
        return
    first, rest = items[0], items[1:]
    for k, partner in enumerate(rest):
        for tail in all_pairings(rest[:k] + rest[k + 1 :]):
            yield [[first, partner], *tail]


def answer_text(pairs):
    return "<answer>" + "\n".join(f"{a} {b}" for a, b in pairs) + "</answer>"


def test_checker_accepts_exactly_the_valid_pairings_on_small_instances():
    for seed in range(6):
        instance = ENV.generate_instance(random.Random(seed), {"pearls": 10, "colours": 3})
        colours = instance["colours"]
        reference = ENV.parse(ENV.format_answer(ENV.solve(instance)), instance)
        accepted = 0
        for pairs in all_pairings(list(range(1, len(colours) + 1))):
            valid = all(colours[a - 1] != colours[b - 1] for a, b in pairs)
            verdict = ENV.check(instance, [list(p) for p in pairs], reference)
            assert verdict.correct == valid, (pairs, verdict)
            accepted += valid
        assert accepted >= 1


def test_reference_pairing_is_valid_at_all_levels():
    for d in range(0, 31, 3):
        for seed in range(10):
            problem = ENV.generate(difficulty=d, seed=seed)
            colours = problem.instance["colours"]
            assert max(colours.count(c) for c in set(colours)) <= len(colours) // 2
            assert ENV.verify(problem, f"<answer>{problem.answer}</answer>").correct


def test_reversed_pairs_and_comma_format_are_accepted():
    problem = ENV.generate(difficulty=4, seed=2)
    pairs = ENV.solve(problem.instance)
    flipped = [[b, a] for a, b in reversed(pairs)]
    assert ENV.verify(problem, answer_text(flipped)).correct
    assert ENV.verify(
        problem, "<answer>" + ", ".join(f"{a}, {b}" for a, b in pairs) + "</answer>"
    ).correct


def test_invalid_answers_get_reasons():
    problem = ENV.generate(difficulty=0, seed=0)
    n = len(problem.instance["colours"])
    out_of_range = ENV.verify(
        problem, answer_text([[0, 1]] + [[2 * i + 1, 2 * i + 2] for i in range(1, n // 2)])
    )
    assert not out_of_range.correct and "does not exist" in out_of_range.reason
    short = ENV.verify(problem, "<answer>1 2</answer>")
    assert not short.correct and not short.format_ok
    words = ENV.verify(problem, "<answer>pair one and two</answer>")
    assert not words.format_ok


def test_blind_neighbour_pairing_rarely_valid():
    passed = 0
    for seed in range(100):
        problem = ENV.generate(difficulty=0, seed=seed)
        n = len(problem.instance["colours"])
        blind = "\n".join(f"{i} {i + 1}" for i in range(1, n, 2))
        passed += ENV.verify(problem, f"<answer>{blind}</answer>").correct
    assert passed <= 5
