"""LineFacilityPlacement: the run DP against every choice of K points on small lines."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym

ENV = rlve_gym.make("LineFacilityPlacement")


def paid(xs, chosen):
    return sum(min(abs(x - xs[c - 1]) for c in chosen) for x in xs)


def brute_force_best(xs, k):
    return min(paid(xs, c) for c in itertools.combinations(range(1, len(xs) + 1), k))


def check(instance, text):
    return ENV.check(instance, ENV.parse(text, instance), None)


def by_hand(xs, k):
    return {"coordinates": xs, "k": k, "best_total": brute_force_best(xs, k)}


@pytest.mark.parametrize("points", range(12, 15))
def test_optimum_and_reference_match_every_choice(points):
    for seed in range(20):
        instance = ENV.generate_instance(random.Random(seed), {"points": points})
        best = brute_force_best(instance["coordinates"], instance["k"])
        assert instance["best_total"] == best
        reference = ENV.solve(instance)
        assert len(set(reference)) == instance["k"]
        assert paid(instance["coordinates"], reference) == best


@pytest.mark.parametrize("k", (1, 2, 3, 4))
def test_solver_on_hand_made_lines(k):
    from rlve_gym.envs.dp_optimization.line_facility_placement import best_facilities

    for xs in ([0, 1, 2, 3, 4, 5], [0, 1, 100, 101, 102, 1000], [5, 6], [0, 10, 20, 30, 40]):
        if k <= len(xs):
            best, chosen = best_facilities(xs, k)
            assert best == brute_force_best(xs, k) == paid(xs, chosen)


@pytest.mark.parametrize("seed", range(5))
def test_exactly_the_optimal_choices_are_accepted_in_any_order(seed):
    rng = random.Random(seed)
    xs = sorted(rng.sample(range(30), 8))
    instance = by_hand(xs, 3)
    accepted = 0
    for chosen in itertools.combinations(range(1, 9), 3):
        verdict = check(instance, " ".join(map(str, reversed(chosen))))
        assert verdict.correct == (paid(xs, chosen) == instance["best_total"])
        accepted += verdict.correct
    assert accepted >= 1


def test_evenly_spaced_points_accept_either_middle_point():
    instance = by_hand([0, 1, 2, 3], 1)
    assert check(instance, "2").correct and check(instance, "3").correct
    assert not check(instance, "1").correct


def test_bad_answers_are_rejected_with_a_reason():
    problem = ENV.generate(3, 5)
    inst, chosen = problem.instance, problem.answer.split()
    n = len(inst["coordinates"])
    assert "more than once" in check(inst, " ".join(chosen[:-1] + chosen[:1])).reason
    assert "outside" in check(inst, " ".join(chosen[:-1] + [str(n + 1)])).reason
    assert "exactly" in check(inst, " ".join(chosen[:-1])).reason
    for text in ("x=3", "1.0 2", " ".join(["1"] * (inst["k"] + 2))):
        verdict = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not verdict.correct and not verdict.format_ok
