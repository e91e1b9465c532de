"""Adaptive difficulty: per-environment frontiers that follow the learner, for any trainer.

    from rlve_gym import Curriculum, CurriculumConfig
    cur = Curriculum(["Multiplication"], config=CurriculumConfig(), seed=0)
    for problem in cur.sample(8):
        verdicts = env.verify_batch(problem, responses_for(problem))   # one GRPO group
        cur.record(problem, verdicts)
    logger.log(cur.metrics())

See docs/curriculum.md for the policies and their options.
"""

from __future__ import annotations

from .config import CurriculumConfig
from .curriculum import STATE_VERSION, Curriculum, Draw, resolve_env_names
from .policies import decision_probabilities, wilson_bounds
from .results import GroupResult, canonical_groups

__all__ = [
    "Curriculum",
    "CurriculumConfig",
    "Draw",
    "GroupResult",
    "STATE_VERSION",
    "canonical_groups",
    "decision_probabilities",
    "resolve_env_names",
    "wilson_bounds",
]
