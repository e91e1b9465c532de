"""``RlveEnvClient``: ``openenv-core``'s WebSocket ``EnvClient`` with rlve-gym's typed results.

Any OpenEnv client works against the server (``GenericEnvClient`` gives plain dicts); this one
returns ``RlveObservation`` objects and accepts a plain string as the action::

    from rlve_gym.server import RlveEnvClient

    with RlveEnvClient(base_url="http://127.0.0.1:8000").sync() as env:
        first = env.reset(group_id="step7-prompt3", group_size=8)
        result = env.step(my_model(first.observation.prompt))
        result.reward, result.observation.verdict
"""

from __future__ import annotations

from typing import Any

from openenv.core.client_types import StepResult
from openenv.core.env_client import EnvClient

from .models import RlveAction, RlveObservation, RlveState


class RlveEnvClient(EnvClient[RlveAction, RlveObservation, RlveState]):
    """One server session per client; ``step`` takes an ``RlveAction`` or the response text."""

    def _step_payload(self, action: RlveAction | str) -> dict[str, Any]:
        if isinstance(action, str):
            return {"response": action}
        if isinstance(action, RlveAction):
            return action.model_dump(exclude_none=True)
        return dict(action)

    def _parse_result(self, payload: dict[str, Any]) -> StepResult[RlveObservation]:
        observation = RlveObservation(
            **payload.get("observation", {}),
            reward=payload.get("reward"),
            done=payload.get("done", False),
        )
        return StepResult(
            observation=observation, reward=payload.get("reward"), done=payload.get("done", False)
        )

    def _parse_state(self, payload: dict[str, Any]) -> RlveState:
        return RlveState(**payload)
