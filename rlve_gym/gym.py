"""Gymnasium adapter: one problem per episode, one step per episode.

``reset(seed=s)`` generates the problem (name, difficulty, s) and returns its prompt;
``step(response)`` verifies the response and ends the episode with the verdict's score as reward.
"""

from __future__ import annotations

import string
from typing import Any

import gymnasium
from gymnasium import spaces

from .errors import RlveError, check_difficulty
from .problem import MARKERS
from .registry import make

#: prompts are printable ASCII by contract (the environment checker enforces it)
PROMPT_CHARSET = string.printable
MAX_PROMPT_CHARS = 1_000_000
MAX_RESPONSE_CHARS = 100_000


class RlveGymEnv(gymnasium.Env):
    metadata = {"render_modes": []}

    def __init__(self, env_name: str, difficulty: int = 0, markers: str = "answer"):
        self.env = make(env_name)
        self.difficulty = check_difficulty(difficulty)
        if markers not in MARKERS:
            raise RlveError(f"markers must be one of {MARKERS}, got {markers!r}")
        self.markers = markers
        self.observation_space = spaces.Text(
            max_length=MAX_PROMPT_CHARS, min_length=0, charset=PROMPT_CHARSET
        )
        # any string is accepted by step(); the space only describes what sample() produces
        self.action_space = spaces.Text(max_length=2_000, min_length=0, charset=PROMPT_CHARSET)
        self.problem = None

    def reset(self, *, seed: int | None = None, options: dict[str, Any] | None = None):
        super().reset(seed=seed)
        if seed is None:
            seed = int(self.np_random.integers(0, 2**63))
        difficulty = self.difficulty
        if options and "difficulty" in options:
            difficulty = check_difficulty(options["difficulty"])
        self.problem = self.env.generate(difficulty=difficulty, seed=seed, markers=self.markers)
        info = {
            "env_name": self.env.name,
            "difficulty": difficulty,
            "seed": seed,
            "problem": self.problem.to_dict(),
        }
        return self.problem.prompt, info

    def step(self, action: str):
        if self.problem is None:
            raise RlveError("call reset() before step()")
        if not isinstance(action, str):
            action = str(action)
        verdict = self.env.verify(self.problem, action[: MAX_RESPONSE_CHARS * 10])
        info = {
            "verdict": verdict.to_dict(),
            "env_name": self.env.name,
            "difficulty": self.problem.difficulty,
        }
        return "", float(verdict.score), True, False, info
