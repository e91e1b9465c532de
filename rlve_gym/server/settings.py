"""``ServeSettings``: every option of ``rlve-gym serve``, validated in one place.

The CLI builds one from its flags and ``create_app`` / ``CurriculumService`` take one, so an
invalid value fails before anything is started, in one line naming the option, e.g.
``serve options: reward: Input should be 'binary', 'partial' or 'shaped' (got 'dense')``.
Nothing here imports the server stack.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..errors import ConfigError, validation_error_line

RewardName = Literal["binary", "partial", "shaped"]


class ServeSettings(BaseModel):
    """Options of the environment server; the defaults suit one training job on one machine.

    Problems and curriculum:
        envs: environment names, ``"all"`` (the default training mix) or category names; the
            server hosts exactly these, and a client may only name one of them.
        curriculum: a ``CurriculumConfig``, a dict of its options, or a YAML/JSON file path.
        seed: the curriculum's seed (every draw derives from it and the draw counter).
        reward: how a verdict becomes the reward: ``binary``, ``partial`` or ``shaped``
            (the table in docs/training.md).
        group_size: members of a GRPO group when a client names a ``group_id`` but no
            ``group_size`` (the curriculum config's ``group_size`` wins when set).

    State:
        state_dir: where the curriculum state lives (``curriculum.json`` plus a journal of the
            groups recorded since); None keeps it in memory only.
        save_every: write a full snapshot after this many recorded groups (the journal covers
            the groups in between, so a killed server loses only groups still in flight).

    Limits:
        max_response_chars: longer responses are refused with 413 before verification.
        max_requested_difficulty: the highest difficulty a client may name in a reset (a huge
            level could make generation run for minutes); curriculum draws are not limited.
        max_pending_episodes: episodes reset but not yet stepped, over all sessions.
        episode_timeout_s: an episode not stepped this long after its group opened expires;
            its group is then recorded with the verdicts it has.
        max_sessions: concurrent WebSocket sessions.

    Compute:
        workers: processes that generate and verify problems (0: threads of the server
            process). The curriculum always stays in the server process.
        threads: threads that run resets and steps in the server process.
    """

    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)

    envs: list[str] = Field(default_factory=lambda: ["all"], min_length=1)
    curriculum: Any = None
    seed: int = Field(0, ge=0, lt=2**64)
    reward: RewardName = "binary"
    group_size: int = Field(8, ge=1, le=4096)
    state_dir: Path | None = None
    save_every: int = Field(50, ge=1)
    max_response_chars: int = Field(400_000, ge=1)
    max_requested_difficulty: int = Field(200, ge=0)
    max_pending_episodes: int = Field(100_000, ge=1)
    episode_timeout_s: float = Field(3600.0, gt=0)
    max_sessions: int = Field(4096, ge=1)
    workers: int = Field(0, ge=0, le=256)
    threads: int = Field(32, ge=1, le=1024)

    def __init__(self, **data: Any) -> None:
        try:
            super().__init__(**data)
        except ValidationError as exc:
            raise ConfigError(
                validation_error_line(exc, "serve options", "rlve-gym serve --help")
            ) from None

    @property
    def max_body_bytes(self) -> int:
        """The largest HTTP request body accepted: a response of ``max_response_chars``
        characters, each JSON-escaped to at most 6 bytes, plus room for the other fields."""
        return self.max_response_chars * 6 + (1 << 16)
