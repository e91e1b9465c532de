"""Reward schemes: how a ``Verdict`` becomes the scalar GRPO optimises.

binary   1 if correct, else 0.
partial  the verdict's score in [0, 1] (1 exactly when correct; partial credit otherwise).
shaped   +1 correct; -1 when no answer could be extracted or parsed (format failure);
         -0.5 + score for a well-formed wrong answer, so partial credit lifts it towards,
         but never to, the reward of a correct one. This follows the published RLVE setup:
         a malformed reply is worse than any attempt.
"""

from __future__ import annotations

from typing import Literal

from rlve_gym import Verdict

RewardScheme = Literal["binary", "partial", "shaped"]
REWARD_SCHEMES: tuple[str, ...] = ("binary", "partial", "shaped")


def reward_from_verdict(verdict: Verdict, scheme: str) -> float:
    """The reward of one verdict under ``scheme`` (one of ``REWARD_SCHEMES``)."""
    if scheme == "binary":
        return 1.0 if verdict.correct else 0.0
    if scheme == "partial":
        return 1.0 if verdict.correct else float(verdict.score)
    if scheme == "shaped":
        if verdict.correct:
            return 1.0
        if not verdict.format_ok:
            return -1.0
        return -0.5 + min(float(verdict.score), 0.99)
    raise ValueError(f"reward scheme must be one of {REWARD_SCHEMES}, got {scheme!r}")
