"""The decisions a curriculum makes: when an environment's frontier moves, and how often each
environment is picked.

Difficulty policies look only at the frontier statistics of one environment (``correct`` of
``samples`` verified at difficulty == frontier since the last decision) and answer with one of
``PROMOTE`` (h + 1), ``DEMOTE`` (h - 1), ``STAY`` (h unchanged, statistics reset) or ``None``
(not enough evidence yet: keep collecting). Weighting policies turn per-environment state into
sampling weights. Both are small objects built once from a ``CurriculumConfig``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from .config import CurriculumConfig
from .state import EnvState

PROMOTE = 1
DEMOTE = -1
STAY = 0
Decision = int | None


def wilson_bounds(correct: int, samples: int, z: float) -> tuple[float, float]:
    """Wilson score interval for a success rate: (lower, upper), each a one-sided bound at ``z``.

    Chosen over the normal approximation because it behaves at 0 and n successes (where a
    frontier that is far too easy or far too hard sits), and over Clopper-Pearson because it is
    closed-form and cheap enough to evaluate after every group.
    """
    if samples <= 0:
        return 0.0, 1.0
    p = correct / samples
    z2 = z * z
    denom = 1.0 + z2 / samples
    centre = (p + z2 / (2.0 * samples)) / denom
    half = z * math.sqrt(p * (1.0 - p) / samples + z2 / (4.0 * samples * samples)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


class DifficultyPolicy:
    """Base: decides on the frontier statistics of one environment."""

    #: False for policies whose frontier never moves (the statistics then never reset)
    moves: bool = True

    def __init__(self, config: CurriculumConfig) -> None:
        self.config = config
        self.promote_threshold = config.promote_threshold
        self.demote_threshold = config.demote_threshold

    def decide(self, correct: int, samples: int, group_len: int) -> Decision:
        raise NotImplementedError

    def _by_point_estimate(self, correct: int, samples: int) -> int:
        accuracy = correct / samples
        if accuracy >= self.promote_threshold:
            return PROMOTE
        if self.demote_threshold is not None and accuracy < self.demote_threshold:
            return DEMOTE
        return STAY


class ThresholdPolicy(DifficultyPolicy):
    """The published RLVE rule: after m samples at h, promote if accuracy >= tau; reset either way.

    With ``demote_threshold`` set it also steps down when accuracy over the same m samples is
    below that threshold.
    """

    def decide(self, correct: int, samples: int, group_len: int) -> Decision:
        if samples < self.config.decision_samples(group_len):
            return None
        return self._by_point_estimate(correct, samples)


class SequentialPolicy(DifficultyPolicy):
    """Decide as soon as the evidence is clear instead of always waiting for m samples.

    After every group at h: promote when the Wilson lower bound on frontier accuracy is >= tau,
    demote when the upper bound is below ``demote_threshold``, and start over (STAY) when the
    upper bound is below tau while the lower bound is not below the demote threshold (the learner
    is clearly not ready yet; fresh evidence will show sooner when it is). With m samples and
    still no clear answer, it falls back to the point-estimate rule of ``ThresholdPolicy``.
    """

    def __init__(self, config: CurriculumConfig) -> None:
        super().__init__(config)
        self.z = config.z_score()

    def decide(self, correct: int, samples: int, group_len: int) -> Decision:
        if samples >= self.config.decision_samples(group_len):
            return self._by_point_estimate(correct, samples)
        lower, upper = wilson_bounds(correct, samples, self.z)
        if lower >= self.promote_threshold:
            return PROMOTE
        demote = self.demote_threshold
        if demote is not None and upper < demote:
            return DEMOTE
        if upper < self.promote_threshold and (demote is None or lower >= demote):
            return STAY
        return None


class FixedPolicy(DifficultyPolicy):
    """The frontier never moves and every problem is drawn at exactly h (ablations, sweeps)."""

    moves = False

    def decide(self, correct: int, samples: int, group_len: int) -> Decision:
        return None


DIFFICULTY_POLICIES: dict[str, type[DifficultyPolicy]] = {
    "rlve": ThresholdPolicy,
    "sequential": SequentialPolicy,
    "fixed": FixedPolicy,
}


def make_difficulty_policy(config: CurriculumConfig) -> DifficultyPolicy:
    return DIFFICULTY_POLICIES[config.policy](config)


# ---------------------------------------------------------------------------------------------
# environment weights


class Weighting:
    """Base: a sampling weight per environment (in the curriculum's sorted name order)."""

    #: True when the weights depend on recorded results (recomputed after each record)
    dynamic: bool = False

    def __init__(self, config: CurriculumConfig, names: Sequence[str]) -> None:
        self.base = [float(config.env_weights.get(name, 1.0)) for name in names]

    def weights(self, states: Sequence[EnvState]) -> list[float]:
        return list(self.base)


class UniformWeights(Weighting):
    """Every environment equally often."""

    def __init__(self, config: CurriculumConfig, names: Sequence[str]) -> None:
        self.base = [1.0] * len(names)


class UserWeights(Weighting):
    """Fixed weights from ``env_weights`` (1 for environments not listed)."""


class AdaptiveWeights(Weighting):
    """Favour environments whose recent groups carried a learning signal.

    weight = base * (floor + (1 - floor) * recent effective prompt ratio), where the recent ratio
    is an exponential moving average over about ``adaptive_horizon`` groups of "this group's
    samples did not all get the same reward". An environment the learner has mastered (all
    correct) or cannot touch (all wrong) yields zero-advantage GRPO groups: it keeps only the
    floor share, and the compute goes where gradients are.
    """

    dynamic = True

    def __init__(self, config: CurriculumConfig, names: Sequence[str]) -> None:
        super().__init__(config, names)
        self.floor = config.adaptive_floor

    def weights(self, states: Sequence[EnvState]) -> list[float]:
        floor = self.floor
        adaptive = [
            base * (floor + (1.0 - floor) * state.recent_effective_ratio)
            for base, state in zip(self.base, states, strict=True)
        ]
        return adaptive if sum(adaptive) > 0.0 else list(self.base)


WEIGHTINGS: dict[str, type[Weighting]] = {
    "uniform": UniformWeights,
    "user": UserWeights,
    "adaptive": AdaptiveWeights,
}


def make_weighting(config: CurriculumConfig, names: Sequence[str]) -> Weighting:
    return WEIGHTINGS[config.weighting](config, names)
