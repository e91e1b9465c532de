"""CircleSeatingMinMoveCost: the optimum against Dijkstra's algorithm over every seating and every
possible move on small circles; the checker against a naive replay."""

from __future__ import annotations

import heapq
import itertools
import random

import pytest

import rlve_gym

ENV = rlve_gym.make("CircleSeatingMinMoveCost")


def apply_move(sitting, move):
    """``sitting`` is a tuple: sitting[seat - 1] = person. Returns the new tuple."""
    seats = {person: seat for seat, person in enumerate(sitting)}
    out = list(sitting)
    for k, person in enumerate(move):
        out[seats[move[(k + 1) % len(move)]]] = person
    return tuple(out)


def happy(sitting, friends):
    n = len(sitting)
    for seat, person in enumerate(sitting):
        around = {sitting[(seat - 1) % n], sitting[(seat + 1) % n]}
        if not set(friends[person - 1]) <= around:
            return False
    return True


def dijkstra_cost(friends):
    n = len(friends)
    moves = [m for size in range(2, n + 1) for m in itertools.permutations(range(1, n + 1), size)]
    start = tuple(range(1, n + 1))
    best = {start: 0}
    heap = [(0, start)]
    while heap:
        cost, state = heapq.heappop(heap)
        if cost > best[state]:
            continue
        if happy(state, friends):
            return cost
        for move in moves:
            nxt = apply_move(state, move)
            if cost + len(move) < best.get(nxt, 10**9):
                best[nxt] = cost + len(move)
                heapq.heappush(heap, (cost + len(move), nxt))
    raise AssertionError("unreachable")


def small_instance(seed, n):
    return ENV.generate_instance(random.Random(seed), {"people": n})


@pytest.mark.parametrize("n", (4, 5, 6))
def test_optimum_matches_dijkstra_over_all_moves(n):
    for seed in range(15 if n == 4 else 5):
        inst = small_instance(seed, n)
        assert inst["best_cost"] == dijkstra_cost(inst["friends"])


@pytest.mark.parametrize("n", range(4, 12))
def test_reference_moves_replay_to_a_happy_circle(n):
    for seed in range(20):
        inst = small_instance(seed, n)
        sitting = tuple(range(1, n + 1))
        moves = ENV.solve(inst)
        for move in moves:
            sitting = apply_move(sitting, move)
        assert happy(sitting, inst["friends"])
        assert sum(map(len, moves)) == inst["best_cost"] > 0
        assert ENV.check(inst, moves, None).correct


def test_checker_agrees_with_naive_replay_on_random_moves():
    rng = random.Random(2)
    inst = small_instance(9, 5)
    for _ in range(2000):
        moves = [rng.sample(range(1, 6), rng.randint(1, 5)) for _ in range(rng.randint(1, 3))]
        sitting = tuple(range(1, 6))
        for move in moves:
            sitting = apply_move(sitting, move)
        expected = happy(sitting, inst["friends"]) and sum(map(len, moves)) == inst["best_cost"]
        assert ENV.check(inst, moves, None).correct == expected


def test_invalid_moves_and_malformed_answers():
    problem = ENV.generate(1, 5)
    n = len(problem.instance["friends"])
    assert "twice" in ENV.verify(problem, "<answer>1 2 1</answer>").reason
    assert "outside" in ENV.verify(problem, f"<answer>1 {n + 1}</answer>").reason
    assert "does not sit" in ENV.verify(problem, "<answer></answer>").reason or not (
        ENV.verify(problem, "<answer></answer>").correct
    )
    for text in ("a b", "1,2;3.5"):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
