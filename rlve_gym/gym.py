"""Gymnasium adapter: one problem per episode.

``reset(seed=s)`` generates the problem (name, difficulty, s) and returns its prompt (the first
observation). For a single-turn environment, ``step(response)`` verifies the response and ends
the episode with the verdict's score as reward; with ``attempts=k > 1`` it becomes a multi-turn
episode where a wrong answer's verdict reason is the next observation (``FeedbackEpisode``).
A natively interactive environment gives a real multi-step episode: each ``step(turn)`` returns
the feedback, the reward earned by that step (the rewards of an episode sum to its final reward),
``terminated`` when the task is solved or lost and ``truncated`` when the turn limit is reached.
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

    def __init__(
        self,
        env_name: str,
        difficulty: int = 0,
        markers: str = "answer",
        attempts: int = 1,
        decay: float = 0.5,
    ):
        self.env = make(env_name)
        if isinstance(attempts, bool) or not isinstance(attempts, int) or attempts < 1:
            raise RlveError(f"attempts must be an integer >= 1, got {attempts!r}")
        self.attempts = attempts
        self.decay = decay
        self.episode = None
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
        prompt = self.problem.prompt
        self.episode = None
        if getattr(self.env, "interactive", False) or self.attempts > 1:
            from .interactive import feedback_episode

            self.episode = feedback_episode(self.env, self.problem, self.attempts, self.decay)
            prompt = self.episode.observation
            self._reward_so_far = 0.0
        info = {
            "env_name": self.env.name,
            "difficulty": difficulty,
            "seed": seed,
            "problem": self.problem.to_dict(),
        }
        return prompt, info

    def step(self, action: str):
        if self.problem is None:
            raise RlveError("call reset() before step()")
        if not isinstance(action, str):
            action = str(action)
        if self.episode is not None:
            return self._episode_step(action)
        verdict = self.env.verify(self.problem, action[: MAX_RESPONSE_CHARS * 10])
        info = {
            "verdict": verdict.to_dict(),
            "env_name": self.env.name,
            "difficulty": self.problem.difficulty,
        }
        return "", float(verdict.score), True, False, info

    def _episode_step(self, action: str):
        if self.episode.done:
            raise RlveError("the episode has ended; call reset()")
        result = self.episode.step(action[:MAX_RESPONSE_CHARS])
        reward = result.reward - self._reward_so_far
        self._reward_so_far = result.reward
        info = {**result.info, "env_name": self.env.name, "difficulty": self.problem.difficulty}
        terminated = truncated = False
        if result.done:
            info["verdict"] = self.episode.verdict().to_dict()
            terminated = self.episode.solved or self.episode.turns_used < self.episode.turn_limit
            truncated = not terminated
        return result.observation, float(reward), terminated, truncated, info
