"""NimWithHeapRemovalRound: brute force over Alice's and Bob's deletions; every optimal choice
accepted, every other choice rejected."""

from __future__ import annotations

import itertools
import random
from functools import reduce
from operator import xor

import pytest

import rlve_gym

ENV = rlve_gym.make("NimWithHeapRemovalRound")


def nonempty_subsets(items):
    for size in range(1, len(items) + 1):
        yield from itertools.combinations(items, size)


def alice_surely_wins(heaps, deleted):
    """Bob keeps any non-empty subset of what is left; Nim with XOR 0 is lost by the mover."""
    left = [h for i, h in enumerate(heaps, start=1) if i not in deleted]
    return bool(left) and all(reduce(xor, kept) != 0 for kept in nonempty_subsets(left))


def winning_deletions(heaps):
    n = len(heaps)
    out = []
    for size in range(n):
        for deleted in itertools.combinations(range(1, n + 1), size):
            if alice_surely_wins(heaps, set(deleted)):
                out.append((sum(heaps[i - 1] for i in deleted), deleted))
    return out


def small_instance(seed, heaps, max_size=7):
    return ENV.generate_instance(random.Random(seed), {"heaps": heaps, "max_size": max_size})


@pytest.mark.parametrize("heaps", range(2, 8))
def test_exactly_the_optimal_winning_deletions_are_accepted(heaps):
    for seed in range(6):
        instance = small_instance(seed, heaps)
        wins = winning_deletions(instance["heaps"])
        best = min(total for total, _ in wins)
        assert instance["deleted_total"] == best
        optimal = {deleted for total, deleted in wins if total == best}
        assert tuple(ENV.solve(instance)) in optimal
        for size in range(heaps + 1):
            for deleted in itertools.combinations(range(1, heaps + 1), size):
                text = " ".join(map(str, reversed(deleted)))
                verdict = ENV.check(instance, ENV.parse(text, instance), None)
                assert verdict.correct == (deleted in optimal), (instance, deleted)


def test_repeated_sizes_give_several_accepted_answers():
    # keep one 3 and the 2 (3 ^ 2 = 1 makes the 1 dependent): delete either 3 and the 1
    instance = {"heaps": [3, 3, 1, 2], "deleted_total": 4}
    for deleted in ([1, 3], [3, 2]):
        assert ENV.check(instance, deleted, None).correct
    assert not ENV.check(instance, [1, 2], None).correct  # keeps 1, 2: wins but deletes 6
    assert not ENV.check(instance, [3], None).correct  # 3 ^ 3 = 0 left
    assert not ENV.check(instance, [1, 4], None).correct  # keeps 3, 1: wins but deletes 5


def test_some_heap_always_has_to_go():
    for d in (0, 2, 9):
        for seed in range(30):
            problem = ENV.generate(d, seed)
            assert problem.answer.split() and problem.instance["deleted_total"] > 0


def test_malformed_and_illegal_answers():
    problem = ENV.generate(3, 4)
    n = len(problem.instance["heaps"])
    first = problem.answer.split()[0]
    assert (
        "more than once" in ENV.verify(problem, f"<answer>{problem.answer} {first}</answer>").reason
    )
    assert "between 1 and" in ENV.verify(problem, "<answer>0</answer>").reason
    every = " ".join(map(str, range(1, n + 1)))
    assert "every heap" in ENV.verify(problem, f"<answer>{every}</answer>").reason
    assert "XOR 0" in ENV.verify(problem, "<answer></answer>").reason
    for text in ("heap 1", "1.5", " ".join(["1"] * (n + 2))):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
