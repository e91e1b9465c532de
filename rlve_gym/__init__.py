"""rlve-gym: verifiable reasoning environments with adaptive difficulty.

    import rlve_gym
    env = rlve_gym.make("ShortestPath")
    problem = env.generate(difficulty=3, seed=0)
    verdict = env.verify(problem, "<answer>0 2 5</answer>")

Importing the package registers every environment's Gymnasium id (``rlve/<Name>-v<version>``)
without importing any environment code; heavier pieces load on first use.
"""

from __future__ import annotations

from typing import Any

from ._version import __version__
from .environment import Environment
from .errors import (
    ConfigError,
    InvalidDifficultyError,
    InvalidSeedError,
    ProblemFormatError,
    RlveError,
    UnknownEnvironmentError,
)
from .problem import Problem, Verdict
from .registry import all_env_info, categories, env_class, list_envs, make, register_builtin_gym_ids

__all__ = [
    "__version__",
    "Environment",
    "Problem",
    "Verdict",
    "make",
    "list_envs",
    "categories",
    "all_env_info",
    "env_class",
    "RlveError",
    "UnknownEnvironmentError",
    "InvalidDifficultyError",
    "InvalidSeedError",
    "ProblemFormatError",
    "ConfigError",
    "Curriculum",
    "CurriculumConfig",
]

register_builtin_gym_ids()

_LAZY = {
    "Curriculum": ("rlve_gym.curriculum", "Curriculum"),
    "CurriculumConfig": ("rlve_gym.curriculum", "CurriculumConfig"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        return getattr(importlib.import_module(module), attr)
    raise AttributeError(f"module 'rlve_gym' has no attribute {name!r}")
