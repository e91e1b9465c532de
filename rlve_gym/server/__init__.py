"""``rlve-gym serve``: every rlve-gym environment behind an OpenEnv-compatible server, with the
adaptive curriculum on the server side (see docs/training.md, "Environment server").

    rlve-gym serve --envs all --port 8000 --state-dir runs/serve

``import rlve_gym`` never imports this package; importing it loads only the settings, and the
server stack (``openenv-core``, FastAPI) loads when one of its names is first used:

- ``create_app(settings)`` / ``run_server(settings, host, port)``: the app and a uvicorn loop;
- ``CurriculumService``: the curriculum, groups and episodes behind it (no web framework);
- ``RlveEnvClient``, ``RlveAction``, ``RlveObservation``, ``RlveState``: the typed OpenEnv client
  and wire types.

Needs the ``serve`` extra: ``pip install -e ".[serve]"`` (``openenv-core``).
"""

from __future__ import annotations

import importlib
from typing import Any

from .settings import ServeSettings

__all__ = [
    "ServeSettings",
    "CurriculumService",
    "RequestError",
    "create_app",
    "run_server",
    "RlveEnvClient",
    "RlveAction",
    "RlveObservation",
    "RlveState",
]

_LAZY = {
    "CurriculumService": ".service",
    "RequestError": ".service",
    "create_app": ".app",
    "run_server": ".app",
    "RlveEnvClient": ".client",
    "RlveAction": ".models",
    "RlveObservation": ".models",
    "RlveState": ".models",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module 'rlve_gym.server' has no attribute {name!r}")
