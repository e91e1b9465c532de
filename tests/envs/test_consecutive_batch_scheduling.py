"""ConsecutiveBatchScheduling: the DP against every split of small instances, with the cost
simulated task by task; exactly the optimal splits are accepted."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.scheduling.consecutive_batch_scheduling import best_split, split_cost

ENV = rlve_gym.make("ConsecutiveBatchScheduling")


def simulated_cost(times, weights, setup, sizes):
    """Walk the tasks one by one, recording each task's finish time (a second formula)."""
    finish = [0] * len(times)
    clock, task = 0, 0
    for size in sizes:
        members = list(range(task, task + size))
        clock += setup
        for i in members:
            clock += times[i]
        for i in members:
            finish[i] = clock
        task += size
    return sum(w * f for w, f in zip(weights, finish, strict=True))


def all_splits(n):
    for mask in range(1 << (n - 1)):
        sizes, run = [], 1
        for k in range(n - 1):
            if mask >> k & 1:
                sizes.append(run)
                run = 1
            else:
                run += 1
        sizes.append(run)
        yield sizes


def small_instance(seed, tasks):
    return ENV.generate_instance(random.Random(seed), {"tasks": tasks, "max_value": 6})


@pytest.mark.parametrize("tasks", range(1, 10))
def test_dp_matches_all_splits_and_exactly_the_optimal_splits_are_accepted(tasks):
    for seed in range(6):
        inst = small_instance(seed, tasks)
        t, w, s = inst["times"], inst["weights"], inst["setup"]
        costs = {tuple(sizes): simulated_cost(t, w, s, sizes) for sizes in all_splits(tasks)}
        best = min(costs.values())
        assert inst["best_cost"] == best == best_split(t, w, s)[0]
        assert simulated_cost(t, w, s, ENV.solve(inst)) == best
        for sizes, cost in costs.items():
            assert split_cost(t, w, s, list(sizes)) == cost
            assert ENV.check(inst, list(sizes), None).correct == (cost == best)


def test_several_optimal_splits_are_all_accepted():
    rng = random.Random(1)
    found = 0
    for _ in range(300):
        n = 5
        t = [rng.randint(1, 3) for _ in range(n)]
        w = [rng.randint(1, 3) for _ in range(n)]
        s = rng.randint(1, 3)
        costs = {tuple(sz): simulated_cost(t, w, s, sz) for sz in all_splits(n)}
        best = min(costs.values())
        optimal = [list(sz) for sz, cost in costs.items() if cost == best]
        if len(optimal) < 2:
            continue
        found += 1
        inst = {"times": t, "weights": w, "setup": s, "best_cost": best_split(t, w, s)[0]}
        for sizes in optimal:
            assert ENV.check(inst, sizes, None).correct
    assert found >= 5


def test_invalid_splits_are_rejected_with_a_reason():
    problem = ENV.generate(0, 5)
    n = len(problem.instance["times"])
    sizes = problem.answer.split()
    for text, reason in (
        (" ".join(sizes[:-1] + [str(int(sizes[-1]) + 1)]), "add up"),
        ("0 " + problem.answer, "at least one"),
        ("-1 " + str(n + 1), "at least one"),
        ("", "no batch"),
    ):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and reason in verdict.reason, (text, verdict)
    for text in ("a", "1.5 2", " ".join(["1"] * (n + 2))):
        assert not ENV.verify(problem, f"<answer>{text}</answer>").format_ok


def test_lazy_splits_are_rarely_optimal():
    lazy_right = 0
    for seed in range(100):
        inst = ENV.generate(0, seed).instance
        n = len(inst["times"])
        for sizes in ([n], [1] * n):
            lazy_right += ENV.check(inst, sizes, None).correct
    assert lazy_right <= 2


def test_random_splits_are_well_formed():
    problem = ENV.generate(3, 1)
    rng = random.Random(0)
    for _ in range(50):
        sizes = [int(x) for x in ENV.random_answer(problem, rng, problem).split()]
        assert sum(sizes) == len(problem.instance["times"]) and min(sizes) >= 1


def test_itertools_and_bitmask_enumerations_agree():
    n = 6
    by_cuts = set()
    for k in range(n):
        for cuts in itertools.combinations(range(1, n), k):
            bounds = [0, *cuts, n]
            by_cuts.add(tuple(bounds[i + 1] - bounds[i] for i in range(len(bounds) - 1)))
    assert by_cuts == {tuple(s) for s in all_splits(n)}
