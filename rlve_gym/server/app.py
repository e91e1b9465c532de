"""The web application: ``openenv-core``'s own app factory around ``RlveServerEnvironment``, plus
what a training server needs on top of the protocol.

From ``openenv-core`` (unchanged, so OpenEnv clients connect as to any OpenEnv environment):

    WS   /ws        one session per connection: {"type": "reset" | "step" | "state" | "close"}
    POST /reset     stateless: a new episode (pass its episode_id with the step)
    POST /step      stateless: {"action": {"response": ..., "episode_id": ...}}
    GET  /state, /health, /metadata, /schema

Added here:

    GET  /curriculum   the server's counters and the curriculum's metrics (frontiers, accuracy)
    a JSON body for every error: {"detail": <reason>, "error": <code>} with a 4xx status for a
    client's mistake, and 413 for a request body over the limit, before it is read whole.
"""

from __future__ import annotations

import functools
import json
import logging
from typing import Any

from fastapi import FastAPI, Request, WebSocketDisconnect
from fastapi.responses import JSONResponse
from openenv.core.env_server.http_server import create_fastapi_app
from openenv.core.env_server.types import ConcurrencyConfig

from ..errors import RlveError
from .environment import RlveServerEnvironment
from .models import RlveAction, RlveObservation
from .service import CurriculumService, RequestError
from .settings import ServeSettings

logger = logging.getLogger(__name__)


class BodyLimit:
    """ASGI middleware: answer 413 when an HTTP request body is over ``max_bytes``, judged by its
    Content-Length or, for a chunked upload, as it arrives (before the app reads any of it)."""

    def __init__(self, app: Any, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers", ()))
        declared = headers.get(b"content-length")
        if declared is not None:
            try:
                size = int(declared)
            except ValueError:
                size = 0
            if size > self.max_bytes:
                await self._refuse(send, size)
                return
            await self.app(scope, receive, send)
            return
        # no Content-Length: read the body here, within the limit, then hand it on
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > self.max_bytes:
                await self._refuse(send, size)
                return
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        delivered = False

        async def replay() -> dict:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, send: Any, size: int) -> None:
        body = json.dumps(
            {
                "detail": f"request body of {size} bytes or more is over the {self.max_bytes} "
                "bytes this server accepts (responses are limited by max_response_chars)",
                "error": "body_too_large",
            }
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


class QuietWebSocketClose:
    """ASGI middleware: swallow the ``WebSocketDisconnect`` that openenv-core 0.3's ``/ws`` handler
    raises when it closes a socket the client has already closed (every ``EnvClient.close()``),
    which uvicorn would otherwise log as an application error with a traceback."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "websocket":
            await self.app(scope, receive, send)
            return
        try:
            await self.app(scope, receive, send)
        except WebSocketDisconnect:
            pass


def _error_response(status: int, code: str, detail: str) -> JSONResponse:
    return JSONResponse(status_code=status, content={"detail": detail, "error": code})


def create_app(
    settings: ServeSettings | None = None, service: CurriculumService | None = None
) -> FastAPI:
    """The server's FastAPI app; ``app.state.service`` is its ``CurriculumService``.

    Pass ``settings`` (a service is made from them) or a ready ``service``. Closing the app
    (uvicorn shutdown) closes the service: in-flight verdicts recorded, a final snapshot written.
    """
    if service is None:
        service = CurriculumService(settings or ServeSettings())
    settings = service.settings
    app = create_fastapi_app(
        functools.partial(RlveServerEnvironment, service),
        RlveAction,
        RlveObservation,
        concurrency_config=ConcurrencyConfig(max_concurrent_envs=settings.max_sessions),
    )
    app.title = "rlve-gym environment server (OpenEnv)"
    app.state.service = service

    @app.exception_handler(RequestError)
    async def request_error(_: Request, exc: RequestError) -> JSONResponse:
        return _error_response(exc.status, exc.code, exc.message)

    @app.exception_handler(RlveError)
    async def rlve_error(_: Request, exc: RlveError) -> JSONResponse:
        return _error_response(400, "invalid_request", str(exc))

    @app.exception_handler(Exception)
    async def internal_error(_: Request, exc: Exception) -> JSONResponse:
        logger.error("request failed: %s: %s", type(exc).__name__, exc, exc_info=exc)
        return _error_response(500, "internal_error", f"{type(exc).__name__}: {exc}")

    @app.get("/curriculum", tags=["Environment Info"], summary="Curriculum state and metrics")
    def curriculum() -> dict[str, Any]:
        """The server's counters, every environment's frontier, and ``Curriculum.metrics()``."""
        return {"server": service.summary(), "metrics": service.metrics()}

    app.router.on_shutdown.append(service.close)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(QuietWebSocketClose)
    return app


def run_server(
    settings: ServeSettings | None = None,
    host: str = "127.0.0.1",
    port: int = 8000,
    log_level: str = "info",
    service: CurriculumService | None = None,
) -> None:
    """Serve until interrupted (Ctrl-C / SIGTERM), then save the curriculum state."""
    import uvicorn

    app = create_app(settings, service=service)
    service = app.state.service
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level=log_level,
        ws_max_size=max(16 << 20, service.settings.max_body_bytes),
        timeout_graceful_shutdown=5,
    )
    try:
        uvicorn.Server(config).run()
    finally:
        service.close()
