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
    #: how many levels up to h problems are drawn from; None: the config's ``window``
    window: int | None = None

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

    With ``group_correlation`` rho > 0 the bounds count the samples as
    samples / (1 + (G - 1) rho) independent observations, so that a few lucky groups (whose
    samples agree because they answer the same problem) are not mistaken for strong evidence.
    """

    def __init__(self, config: CurriculumConfig) -> None:
        super().__init__(config)
        self.z = config.z_score()

    def decide(self, correct: int, samples: int, group_len: int) -> Decision:
        if samples >= self.config.decision_samples(group_len):
            return self._by_point_estimate(correct, samples)
        if self.config.group_correlation:
            design = self.config.design_effect(group_len)
            lower, upper = wilson_bounds(correct / design, samples / design, self.z)
        else:
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
    window = 1

    def decide(self, correct: int, samples: int, group_len: int) -> Decision:
        return None


class UniformPolicy(FixedPolicy):
    """h never moves and every problem's difficulty is drawn uniformly from [0, h]: the
    "uniformly random difficulties" baseline of curriculum ablations (h = the top level)."""

    window = 1 << 30  # every level from 0 to h


DIFFICULTY_POLICIES: dict[str, type[DifficultyPolicy]] = {
    "rlve": ThresholdPolicy,
    "sequential": SequentialPolicy,
    "fixed": FixedPolicy,
    "uniform": UniformPolicy,
}


def make_difficulty_policy(config: CurriculumConfig) -> DifficultyPolicy:
    return DIFFICULTY_POLICIES[config.policy](config)


def group_outcome_probabilities(group_size: int, accuracy: float, icc: float = 0.0) -> list[float]:
    """P(k of a group's ``group_size`` samples are correct), k = 0..group_size.

    ``icc`` = 0: samples independent with success probability ``accuracy`` (binomial). ``icc`` > 0:
    the problems differ, so a group's samples share a per-problem success rate drawn from a beta
    distribution with mean ``accuracy`` and intra-group correlation ``icc`` (beta-binomial). GRPO
    groups are G samples of one problem, so some correlation is the rule; it makes a run of lucky
    groups likelier than independent samples suggest.
    """
    if not 0.0 <= accuracy <= 1.0:
        raise ValueError(f"accuracy must be in [0, 1], got {accuracy}")
    if not 0.0 <= icc < 1.0:
        raise ValueError(f"icc must be in [0, 1), got {icc}")
    n = group_size
    if icc == 0.0 or accuracy in (0.0, 1.0):
        return [math.comb(n, k) * accuracy**k * (1 - accuracy) ** (n - k) for k in range(n + 1)]
    spread = (1.0 - icc) / icc
    a, b = accuracy * spread, (1.0 - accuracy) * spread

    def log_beta(x: float, y: float) -> float:
        return math.lgamma(x) + math.lgamma(y) - math.lgamma(x + y)

    base = log_beta(a, b)
    return [math.comb(n, k) * math.exp(log_beta(k + a, n - k + b) - base) for k in range(n + 1)]


def decision_probabilities(
    config: CurriculumConfig, accuracy: float, group_size: int, icc: float = 0.0
) -> dict[str, float]:
    """Exact probabilities of how one decision at the frontier ends, for a learner whose true
    accuracy there is ``accuracy``, under ``config``'s difficulty policy (the library's own
    ``decide``, applied after every group of ``group_size`` samples, as a curriculum does).

    Returns ``promote``, ``demote`` and ``stay`` (they sum to 1: every policy decides by
    ``decision_samples``) and ``expected_groups`` (groups a decision takes on average). After a
    decision the statistics start over, so a learner stuck at one level faces a fresh decision
    every ``expected_groups`` groups: over K decisions the chance of at least one promotion is
    ``1 - (1 - promote) ** K``.
    """
    policy = make_difficulty_policy(config)
    if not policy.moves:
        return {"promote": 0.0, "demote": 0.0, "stay": 1.0, "expected_groups": math.inf}
    outcomes = group_outcome_probabilities(group_size, accuracy, icc)
    totals = {PROMOTE: 0.0, DEMOTE: 0.0, STAY: 0.0}
    expected_groups = 0.0
    pending = {0: 1.0}  # correct samples so far -> probability, after `groups` undecided groups
    groups = 0
    while pending:
        groups += 1
        samples = groups * group_size
        following: dict[int, float] = {}
        for correct, weight in pending.items():
            for k, p in enumerate(outcomes):
                if p == 0.0:
                    continue
                decision = policy.decide(correct + k, samples, group_size)
                if decision is None:
                    following[correct + k] = following.get(correct + k, 0.0) + weight * p
                else:
                    totals[decision] += weight * p
                    expected_groups += weight * p * groups
        pending = following
    return {
        "promote": totals[PROMOTE],
        "demote": totals[DEMOTE],
        "stay": totals[STAY],
        "expected_groups": expected_groups,
    }


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
