"""The OpenEnv wire types of the rlve-gym server: what ``step`` takes and what ``reset``,
``step`` and ``state`` return. They subclass ``openenv-core``'s ``Action``, ``Observation`` and
``State``, so OpenEnv clients (``GenericEnvClient``, or ``RlveEnvClient`` for typed results)
read them unchanged.

OpenEnv sends an observation's own fields; its ``metadata`` field does not cross the wire, so
everything a client needs is a field here. The reference answer never is.
"""

from __future__ import annotations

from typing import Any

from openenv.core.env_server.types import Action, Observation, State
from pydantic import Field


class RlveAction(Action):
    """The model's response to the episode's prompt."""

    response: str = Field(
        ..., description="the model's full response text, answer markers included"
    )
    episode_id: str | None = Field(
        None,
        description="the episode to answer (from reset); default: this session's latest episode. "
        "Required over stateless HTTP /step",
    )


class RlveObservation(Observation):
    """A problem (after reset) or its verdict (after step); ``done`` is True after the step."""

    prompt: str = Field("", description="the problem text (after reset; empty after step)")
    env_name: str = Field("", description="the environment")
    difficulty: int = Field(0, description="the problem's difficulty level")
    seed: int = Field(0, description="the problem seed")
    problem_id: str = Field(
        "", description="env/version/difficulty/seed: the same id, the same problem"
    )
    markers: str = Field(
        "answer", description="answer markers the prompt asks for: answer or boxed"
    )
    episode_id: str = Field("", description="pass it with the step over stateless HTTP")
    group_id: str | None = Field(None, description="the GRPO group this episode belongs to")
    group_size: int = Field(1, description="members of the group")
    member: int = Field(0, description="this episode's index in its group")
    frontier: int = Field(
        0, description="the curriculum's current frontier difficulty for env_name"
    )
    verdict: dict[str, Any] | None = Field(
        None, description="after step: correct, format_ok, score, reason"
    )
    feedback: str = Field(
        "",
        description="multi-turn episodes: the environment's answer to the last action (the next "
        "observation); empty for single-turn steps",
    )
    turn: int = Field(0, description="multi-turn episodes: turns used so far")
    turn_limit: int = Field(0, description="multi-turn episodes: the episode's turn limit")
    group_recorded: bool = Field(
        False, description="after step: this step completed the group and it reached the curriculum"
    )


class RlveState(State):
    """A session's latest episode (``episode_id``), its step count, and under ``server`` the
    server's counters and every environment's frontier. ``server`` is an extra field (State
    allows them) rather than a declared one, so that OpenEnv's ``GET /state``, which answers
    with the base ``State`` schema, sends it too."""
