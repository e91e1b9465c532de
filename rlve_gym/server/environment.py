"""``RlveServerEnvironment``: the OpenEnv ``Environment`` that the server hosts.

``openenv-core`` makes one instance per WebSocket session (and one per stateless HTTP request);
each instance is a thin handle on the process's one ``CurriculumService`` that remembers its
session's latest episode. The async entry points, which OpenEnv prefers, run the work on the
service's thread pool, so the event loop keeps serving other sessions meanwhile.
"""

from __future__ import annotations

import asyncio
import functools
import itertools
from typing import Any

from openenv.core.env_server.interfaces import Environment
from openenv.core.env_server.types import EnvironmentMetadata

from .._version import __version__
from .models import RlveAction, RlveObservation, RlveState
from .service import CurriculumService

_session_numbers = itertools.count(1)


class RlveServerEnvironment(Environment[RlveAction, RlveObservation, RlveState]):
    SUPPORTS_CONCURRENT_SESSIONS = True

    def __init__(self, service: CurriculumService) -> None:
        super().__init__()
        self._service = service
        self._session = next(_session_numbers)
        self._episode_id: str | None = None
        self._steps = 0

    # ------------------------------------------------------------------ OpenEnv API
    def reset(
        self, seed: int | None = None, episode_id: str | None = None, **options: Any
    ) -> RlveObservation:
        fields = self._service.reset(self._session, seed=seed, episode_id=episode_id, **options)
        self._episode_id = fields["episode_id"]
        return RlveObservation(**fields, done=False, reward=None)

    def step(self, action: RlveAction, timeout_s: float | None = None, **_: Any) -> RlveObservation:
        fields = self._service.step(
            self._session, action.response, action.episode_id or self._episode_id
        )
        self._steps += 1
        reward = fields.pop("reward")
        done = fields.pop("done", True)
        return RlveObservation(**fields, done=done, reward=reward)

    async def reset_async(
        self, seed: int | None = None, episode_id: str | None = None, **options: Any
    ) -> RlveObservation:
        call = functools.partial(self.reset, seed=seed, episode_id=episode_id, **options)
        return await asyncio.get_running_loop().run_in_executor(self._service.executor, call)

    async def step_async(
        self, action: RlveAction, timeout_s: float | None = None, **_: Any
    ) -> RlveObservation:
        call = functools.partial(self.step, action)
        return await asyncio.get_running_loop().run_in_executor(self._service.executor, call)

    @property
    def state(self) -> RlveState:
        return RlveState(
            episode_id=self._episode_id, step_count=self._steps, server=self._service.summary()
        )

    def get_metadata(self) -> EnvironmentMetadata:
        return EnvironmentMetadata(
            name="rlve-gym",
            description=(
                f"{len(self._service.env_names)} procedurally generated, code-verified reasoning "
                "environments under an adaptive difficulty curriculum. reset() returns a problem; "
                "step({'response': text}) verifies it."
            ),
            version=__version__,
        )

    def close(self) -> None:
        self._service.release(self._session)
