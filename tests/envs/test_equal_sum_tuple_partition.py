"""EqualSumTuplePartition: the checker against enumerating every partition of small multisets."""

from __future__ import annotations

from collections import Counter
from itertools import combinations

import rlve_gym

ENV = rlve_gym.make("EqualSumTuplePartition")


def all_partitions(numbers, size, target):
    """Every valid grouping (as a sorted tuple of sorted groups of values)."""
    found = set()

    def split(remaining, groups):
        if not remaining:
            found.add(tuple(sorted(groups)))
            return
        first, rest = remaining[0], remaining[1:]
        for others in combinations(range(len(rest)), size - 1):
            group = [first] + [rest[i] for i in others]
            if sum(group) == target:
                left = [rest[i] for i in range(len(rest)) if i not in others]
                split(left, groups + [tuple(sorted(group))])

    split(list(numbers), [])
    return found


def test_checker_accepts_every_valid_partition_of_small_instances():
    for d in range(2):
        for seed in range(8):
            problem = ENV.generate(difficulty=d, seed=seed)
            inst = problem.instance
            partitions = all_partitions(inst["numbers"], inst["group_size"], inst["target"])
            assert tuple(sorted(tuple(sorted(g)) for g in inst["planted"])) in partitions
            for partition in partitions:
                text = "\n".join(" ".join(map(str, reversed(g))) for g in reversed(partition))
                assert ENV.verify(problem, f"<answer>{text}</answer>").correct


def test_planted_groups_sum_to_target_and_use_the_multiset():
    for seed in range(20):
        inst = ENV.generate(difficulty=10, seed=seed).instance
        assert all(
            len(g) == inst["group_size"] and sum(g) == inst["target"] for g in inst["planted"]
        )
        assert Counter(x for g in inst["planted"] for x in g) == Counter(inst["numbers"])
        assert all(x > 0 for x in inst["numbers"])


def test_wrong_answers_have_reasons():
    problem = ENV.generate(difficulty=2, seed=5)
    inst = problem.instance
    size = inst["group_size"]
    groups = len(inst["numbers"]) // size
    wrong_numbers = "\n".join(" ".join(["1"] * size) for _ in range(groups))
    assert (
        "exactly the given numbers"
        in ENV.verify(problem, f"<answer>{wrong_numbers}</answer>").reason
    )
    ordered = sorted(inst["numbers"])
    chunks = "\n".join(
        " ".join(map(str, ordered[i : i + size])) for i in range(0, len(ordered), size)
    )
    verdict = ENV.verify(problem, f"<answer>{chunks}</answer>")
    assert verdict.correct or "sums to" in verdict.reason
    assert not ENV.verify(problem, "<answer>1 2 3</answer>").format_ok
