"""MinMaxWinsOrientation: the optimum against every choice of winners on small instances."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym import provenance
from rlve_gym.envs.graph.min_max_wins_orientation import (
    coin_flips,
    fewest_max_wins,
    fewest_wins_bound,
    most_wins,
)

ENV = rlve_gym.make("MinMaxWinsOrientation")


def _verify(problem, winners):
    return ENV.verify(problem, "<answer>" + " ".join(map(str, winners)) + "</answer>")


@pytest.mark.parametrize("difficulty", range(2))
def test_checker_accepts_exactly_the_optimal_orientations(difficulty):
    for seed in range(10):
        problem = ENV.generate(difficulty, seed)
        n, matches = problem.instance["n"], problem.instance["matches"]
        orientations = list(itertools.product(*matches))
        best = min(most_wins(n, list(w)) for w in orientations)
        assert problem.instance["optimum"] == best
        accepted = 0
        for winners in orientations:
            verdict = _verify(problem, winners)
            assert verdict.correct == (most_wins(n, list(winners)) == best)
            accepted += verdict.correct
        assert accepted >= 1


def test_repeated_pairs_and_hand_made_cases():
    # a triangle played twice: two wins each is optimal
    matches = [[0, 1], [1, 2], [2, 0]] * 2
    assert fewest_max_wins(3, matches)[0] == 2
    base = ENV.generate(0, 0)
    instance = {"n": 3, "matches": matches, "optimum": 2}
    problem = rlve_gym.Problem(base.env_name, base.version, 0, 0, "p", "", instance)
    provenance.remember(problem)  # a hand-made instance, not one the generator gives
    assert _verify(problem, [0, 1, 2, 1, 2, 0]).correct
    assert _verify(problem, [1, 2, 0, 0, 1, 2]).correct
    assert "more than necessary" in _verify(problem, [0, 1, 0, 0, 2, 0]).reason
    assert "not won by 2" in _verify(problem, [2, 1, 2, 1, 2, 0]).reason
    assert not _verify(problem, [0, 1]).format_ok


def test_first_listed_player_winning_everything_is_rarely_optimal():
    # this blind rule was optimal on 12-23% of level 0-3 seeds before draws were screened
    wins = 0
    for difficulty in (0, 3):
        for seed in range(50):
            problem = ENV.generate(difficulty, seed)
            first = " ".join(str(match[0]) for match in problem.instance["matches"])
            wins += ENV.verify(problem, f"<answer>{first}</answer>").correct
    assert wins <= 8


@pytest.mark.parametrize("seed", range(10))
def test_path_reversal_optimum_matches_the_flow_binary_search(seed):
    rng = random.Random(seed)
    for _ in range(30):
        n = rng.randint(2, 30)
        matches = [rng.sample(range(n), 2) for _ in range(rng.randint(1, 4 * n))]
        assert fewest_wins_bound(n, matches) == fewest_max_wins(n, matches)[0]


def test_batched_coin_flips_replay_rng_choice():
    for seed in range(20):
        plain, batched = random.Random(seed), random.Random(seed)
        count = 1 + seed * 37
        expected = [plain.choice([0, 1]) for _ in range(count)]
        assert coin_flips(batched, count).tolist() == expected
        assert plain.random() == batched.random()  # the generators end in the same state


@pytest.mark.parametrize("difficulty", [0, 5, 20])
def test_stored_optimum_and_reference_winners_match_the_binary_search(difficulty):
    for seed in range(10):
        instance = ENV.generate(difficulty, seed).instance
        optimum, winners = fewest_max_wins(instance["n"], instance["matches"])
        assert instance["optimum"] == optimum
        assert ENV.solve(instance) == winners
