"""The difficulty and weighting policies of ``rlve_gym.Curriculum`` on hand-made verdict sequences."""

from __future__ import annotations

import itertools
import math
from collections import Counter
from statistics import NormalDist

import pytest

from rlve_gym import ConfigError, Curriculum, CurriculumConfig, RlveError
from rlve_gym.curriculum import GroupResult, wilson_bounds

_seeds = itertools.count(1)


def group(env: str, difficulty: int, n_correct: int, size: int) -> GroupResult:
    """A group of ``size`` samples at ``difficulty`` with ``n_correct`` right (fresh problem seed)."""
    correct = [True] * n_correct + [False] * (size - n_correct)
    return GroupResult(env, difficulty, next(_seeds), correct, [float(c) for c in correct])


def virtual(names=("A",), **options) -> Curriculum:
    return Curriculum(list(names), CurriculumConfig(**options), seed=0, check_names=False)


def frontier_samples(cur: Curriculum, env: str = "A") -> int:
    return int(cur.metrics()[f"curriculum/{env}/frontier_samples"])


# ---------------------------------------------------------------------------------------------
# the window


@pytest.mark.parametrize(
    "frontier, window, expected",
    [(5, 4, {2, 3, 4, 5}), (1, 4, {0, 1}), (0, 4, {0}), (5, 1, {5}), (3, 10, {0, 1, 2, 3})],
)
def test_difficulties_are_drawn_uniformly_from_the_window(frontier, window, expected):
    cur = virtual(initial_difficulty=frontier, window=window)
    counts = Counter(d.difficulty for d in cur.draw(4000))
    assert set(counts) == expected
    share = 4000 / len(expected)
    for level in expected:
        assert abs(counts[level] - share) < 0.12 * share, counts


def test_fixed_policy_draws_every_problem_at_the_frontier_and_never_moves():
    cur = virtual(policy="fixed", initial_difficulty=6, window=4)
    assert {d.difficulty for d in cur.draw(500)} == {6}
    for _ in range(50):
        cur.record_results([group("A", 6, 16, 16)])
    assert cur.frontier("A") == 6
    assert frontier_samples(cur) == 50 * 16  # statistics still collected, for metrics


def test_uniform_policy_draws_every_level_from_zero_to_h_equally_and_never_moves():
    cur = virtual(["A", "B"], policy="uniform", initial_difficulty=4, initial_difficulties={"B": 1})
    draws = cur.draw(6000)
    for name, top in (("A", 4), ("B", 1)):
        counts = Counter(d.difficulty for d in draws if d.env_name == name)
        assert set(counts) == set(range(top + 1))
        share = sum(counts.values()) / (top + 1)
        assert all(abs(n - share) < 0.12 * share for n in counts.values()), counts
    for _ in range(50):
        cur.record_results([group("A", 4, 16, 16), group("B", 0, 0, 16)])
    assert cur.frontiers() == {"A": 4, "B": 1}


def test_per_environment_initial_difficulty():
    cur = virtual(["A", "B"], initial_difficulty=2, initial_difficulties={"B": 7})
    assert cur.frontiers() == {"A": 2, "B": 7}


# ---------------------------------------------------------------------------------------------
# the published rule


def test_only_verdicts_at_the_frontier_count():
    cur = virtual(initial_difficulty=3)
    for level in (0, 1, 2, 4):
        for _ in range(20):
            cur.record_results([group("A", level, 8, 8)])
    assert cur.frontier("A") == 3
    assert frontier_samples(cur) == 0
    assert cur.metrics()["curriculum/A/accuracy"] == 1.0  # they do count for the overall accuracy


def test_default_decision_needs_eight_groups_of_the_recorded_size():
    cur = virtual()
    for _ in range(7):
        cur.record_results([group("A", 0, 10, 10)])
    assert cur.frontier("A") == 0 and frontier_samples(cur) == 70
    cur.record_results([group("A", 0, 10, 10)])
    assert cur.frontier("A") == 1 and frontier_samples(cur) == 0


@pytest.mark.parametrize("n_correct, promoted", [(72, True), (71, False)])
def test_promotion_threshold_edge_accuracy_equal_to_tau_promotes(n_correct, promoted):
    cur = virtual(min_samples=80)
    remaining = n_correct
    for _ in range(8):
        k = min(10, remaining)
        remaining -= k
        cur.record_results([group("A", 0, k, 10)])
    assert cur.frontier("A") == (1 if promoted else 0)
    assert frontier_samples(cur) == 0  # statistics reset either way


def test_sample_count_edge_one_sample_short_does_not_decide():
    cur = virtual(min_samples=30)
    for _ in range(29):
        cur.record_results([group("A", 0, 1, 1)])
    assert cur.frontier("A") == 0 and frontier_samples(cur) == 29
    cur.record_results([group("A", 0, 1, 1)])
    assert cur.frontier("A") == 1 and frontier_samples(cur) == 0


def test_configured_group_size_sets_the_sample_count():
    cur = virtual(min_prompts=2, group_size=4)  # m = 8 whatever the recorded group size
    for _ in range(3):
        cur.record_results([group("A", 0, 2, 2)])
    assert cur.frontier("A") == 0
    cur.record_results([group("A", 0, 2, 2)])
    assert cur.frontier("A") == 1


def test_after_promotion_old_frontier_verdicts_no_longer_count():
    cur = virtual(min_samples=8)
    cur.record_results([group("A", 0, 8, 8)])
    assert cur.frontier("A") == 1
    cur.record_results([group("A", 0, 8, 8)] * 1 + [group("A", 0, 0, 8)])
    assert cur.frontier("A") == 1 and frontier_samples(cur) == 0
    cur.record_results([group("A", 1, 4, 8)])
    assert frontier_samples(cur) == 0  # decided (0.5 < 0.9: stay) and reset
    assert cur.frontier("A") == 1


def test_published_rule_never_steps_down():
    cur = virtual(initial_difficulty=4, min_samples=8)
    for _ in range(10):
        cur.record_results([group("A", 4, 0, 8)])
    assert cur.frontier("A") == 4


def test_max_difficulty_caps_the_frontier_and_still_resets():
    cur = virtual(min_samples=4, max_difficulty=2)
    for level in range(5):
        cur.record_results([group("A", min(level, 2), 4, 4)])
    assert cur.frontier("A") == 2
    assert frontier_samples(cur) == 0


def test_records_in_one_call_are_decided_group_by_group():
    cur = virtual(min_samples=8)
    # two groups at 0 in one call: the first promotes, the second no longer counts
    cur.record_results([group("A", 0, 8, 8), group("A", 0, 8, 8)])
    assert cur.frontier("A") == 1 and frontier_samples(cur) == 0


# ---------------------------------------------------------------------------------------------
# step down


@pytest.mark.parametrize("n_correct, expected", [(1, 3), (2, 4), (0, 3)])
def test_step_down_below_the_lower_threshold(n_correct, expected):
    cur = virtual(initial_difficulty=4, min_samples=10, demote_threshold=0.2)
    cur.record_results([group("A", 4, n_correct, 10)])
    assert cur.frontier("A") == expected  # 0.2 is not below 0.2: no step down
    assert frontier_samples(cur) == 0


def test_step_down_never_goes_below_zero():
    cur = virtual(min_samples=4, demote_threshold=0.3)
    for _ in range(5):
        cur.record_results([group("A", 0, 0, 4)])
    assert cur.frontier("A") == 0


# ---------------------------------------------------------------------------------------------
# the sequential test


def _z(confidence: float) -> float:
    return NormalDist().inv_cdf(confidence)


def test_wilson_bounds_contain_the_estimate_and_shrink_with_samples():
    for n in (5, 50, 500):
        lower, upper = wilson_bounds(int(0.7 * n), n, 1.645)
        assert lower < 0.7 < upper
    assert wilson_bounds(35, 50, 1.645)[1] - wilson_bounds(35, 50, 1.645)[0] > (
        wilson_bounds(350, 500, 1.645)[1] - wilson_bounds(350, 500, 1.645)[0]
    )
    # all correct: the lower bound is n / (n + z^2)
    assert wilson_bounds(20, 20, 2.0)[0] == pytest.approx(20 / 24)


def test_sequential_promotes_as_soon_as_the_lower_bound_clears_tau():
    z2 = _z(0.95) ** 2
    needed = next(n for n in range(1, 1000) if n / (n + z2) >= 0.9)  # all-correct lower bound
    assert needed < 128
    cur = virtual(policy="sequential", confidence=0.95, min_samples=128)
    for _ in range(needed - 1):
        cur.record_results([group("A", 0, 1, 1)])
    assert cur.frontier("A") == 0
    cur.record_results([group("A", 0, 1, 1)])
    assert cur.frontier("A") == 1 and frontier_samples(cur) == 0


def test_sequential_demotes_as_soon_as_the_upper_bound_is_below_the_lower_threshold():
    z2 = _z(0.95) ** 2
    needed = next(n for n in range(1, 1000) if z2 / (n + z2) < 0.2)  # all-wrong upper bound
    cur = virtual(
        policy="sequential",
        confidence=0.95,
        min_samples=128,
        demote_threshold=0.2,
        initial_difficulty=3,
    )
    for _ in range(needed - 1):
        cur.record_results([group("A", 3, 0, 1)])
    assert cur.frontier("A") == 3
    cur.record_results([group("A", 3, 0, 1)])
    assert cur.frontier("A") == 2


def test_sequential_starts_over_when_clearly_below_tau():
    cur = virtual(policy="sequential", min_samples=128)
    cur.record_results([group("A", 0, 4, 8)])  # upper bound of 4/8 is far below 0.9
    assert cur.frontier("A") == 0 and frontier_samples(cur) == 0


def test_sequential_falls_back_to_the_point_estimate_at_the_sample_count():
    cur = virtual(policy="sequential", min_samples=40)
    for _ in range(3):
        cur.record_results([group("A", 0, 9, 10)])  # 0.9: neither bound is clear
    assert cur.frontier("A") == 0 and frontier_samples(cur) == 30
    cur.record_results([group("A", 0, 9, 10)])
    assert cur.frontier("A") == 1


def test_group_correlation_makes_sequential_wait_for_more_groups_before_promoting():
    def groups_to_promote(rho: float) -> int:
        cur = virtual(policy="sequential", group_size=8, min_prompts=64, group_correlation=rho)
        for n in range(1, 200):
            cur.record_results([group("A", 0, 8, 8)])
            if cur.frontier("A") == 1:
                return n
        raise AssertionError("never promoted")

    independent, correlated = groups_to_promote(0.0), groups_to_promote(0.3)
    # Wilson lower bound >= 0.9 at z(0.95) with all right: n >= 24.4 independent samples, i.e.
    # 4 groups of 8; with rho 0.3 each group counts as 8 / 3.1 samples: 10 groups
    assert (independent, correlated) == (4, 10)
    config = CurriculumConfig(group_size=8, group_correlation=0.3)
    assert config.design_effect(8) == pytest.approx(3.1)
    assert CurriculumConfig(group_correlation=0.3).design_effect(4) == pytest.approx(1.9)


def test_sequential_decides_faster_than_the_fixed_count_on_an_easy_level():
    fixed, sequential = virtual(), virtual(policy="sequential")
    for cur in (fixed, sequential):
        for _ in range(4):
            cur.record_results([group("A", cur.frontier("A"), 16, 16)])
    assert fixed.frontier("A") == 0
    assert sequential.frontier("A") >= 2


# ---------------------------------------------------------------------------------------------
# environment weights


def _shares(cur: Curriculum, n: int = 6000) -> dict[str, float]:
    counts = Counter(d.env_name for d in cur.draw(n))
    return {name: counts[name] / n for name in cur.env_names}


def test_uniform_weights_pick_environments_equally_often():
    shares = _shares(virtual(["A", "B", "C"]))
    assert all(abs(s - 1 / 3) < 0.03 for s in shares.values()), shares


def test_user_weights_set_the_sampling_proportions():
    cur = virtual(["A", "B", "C"], weighting="user", env_weights={"A": 3.0, "B": 1.0, "C": 0.0})
    shares = _shares(cur)
    assert shares["C"] == 0.0
    assert abs(shares["A"] - 0.75) < 0.03, shares
    assert cur.weights() == pytest.approx({"A": 0.75, "B": 0.25, "C": 0.0})


def test_adaptive_weights_favour_environments_with_reward_variance():
    cur = virtual(["A", "B"], weighting="adaptive", adaptive_floor=0.1, adaptive_horizon=8)
    assert cur.weights() == pytest.approx({"A": 0.5, "B": 0.5})
    for _ in range(40):
        cur.record_results([group("A", 0, 3, 8), group("B", 0, 8, 8)])  # B: no variance
    weights = cur.weights()
    assert weights["A"] > 0.85
    assert weights["B"] > 0.0  # the floor keeps B measured
    assert _shares(cur)["A"] > 0.8
    assert cur.metrics()["curriculum/B/effective_prompt_ratio"] == 0.0
    assert cur.metrics()["curriculum/A/effective_prompt_ratio"] == 1.0


def test_weights_for_unknown_environments_are_rejected_by_name():
    with pytest.raises(ConfigError, match="'Z'"):
        virtual(["A"], weighting="user", env_weights={"Z": 1.0})
    with pytest.raises(ConfigError, match="initial_difficulties"):
        virtual(["A"], initial_difficulties={"Z": 1})
    with pytest.raises(ConfigError, match="weight 0"):
        virtual(["A"], weighting="user", env_weights={"A": 0.0})


# ---------------------------------------------------------------------------------------------
# config validation


@pytest.mark.parametrize(
    "options, field",
    [
        ({"promote_threshold": 1.5}, "promote_threshold"),
        ({"window": 0}, "window"),
        ({"policy": "greedy"}, "policy"),
        ({"initial_difficulty": -1}, "initial_difficulty"),
        ({"demote_threshold": 0.95}, "demote_threshold"),
        ({"weighting": "user"}, "env_weights"),
        ({"env_weights": {"A": 1.0}}, "env_weights"),
        ({"env_weights": {"A": -1.0}, "weighting": "user"}, "env_weights.A"),
        ({"initial_difficulties": {"A": -2}}, "initial_difficulties.A"),
        ({"max_difficulty": 2, "initial_difficulty": 3}, "max_difficulty"),
        ({"promote_treshold": 0.8}, "promote_treshold"),
    ],
)
def test_invalid_options_raise_config_error_naming_the_field(options, field):
    with pytest.raises(ConfigError) as info:
        CurriculumConfig(**options)
    message = str(info.value)
    assert field in message and "\n" not in message
    assert isinstance(info.value, ValueError)


def test_sample_count_formula():
    assert CurriculumConfig().decision_samples(16) == 128
    assert CurriculumConfig(group_size=4).decision_samples(16) == 32
    assert CurriculumConfig(min_samples=10, group_size=4).decision_samples(16) == 10
    assert math.isclose(CurriculumConfig(confidence=0.95).z_score(), 1.6448536, rel_tol=1e-6)


def test_record_rejects_unknown_environments_and_empty_groups():
    cur = virtual(["A"])
    with pytest.raises(RlveError, match="not in this curriculum"):
        cur.record_results([group("B", 0, 1, 1)])
    with pytest.raises(RlveError, match="no verdicts"):
        GroupResult.from_verdicts({"env_name": "A", "difficulty": 0, "seed": 1}, [])
    with pytest.raises(RlveError, match="number of problems"):
        cur.draw(-1)
