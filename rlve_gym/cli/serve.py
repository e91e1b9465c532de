"""``rlve-gym serve``: the environments behind an OpenEnv-compatible HTTP/WebSocket server, with
the adaptive curriculum kept on the server (docs/training.md, "Environment server").

The options are checked (``ServeSettings``, the environment names, the curriculum file, the
state directory, the port) before the server stack is imported, so a typo fails in one line.
"""

from __future__ import annotations

from pathlib import Path

import typer

from ..errors import RlveError


def _missing_extra(exc: ImportError) -> str:
    return (
        f"the server needs the [serve] extra ({exc.name or exc}); install it with "
        "`pip install -e '.[serve]'` (or `pip install 'openenv-core>=0.3,<0.4'`)"
    )


def _check_port(host: str, port: int) -> str | None:
    """Why ``host:port`` cannot be listened on, or None."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        return f"cannot resolve --host {host!r}: {exc}"
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            return f"cannot listen on {host}:{port}: {exc.strerror or exc}"
    return None


def register(app: typer.Typer) -> None:
    from .app import fail

    @app.command()
    def serve(
        envs: str = typer.Option(
            "all",
            "--envs",
            "-e",
            help="comma-separated environment names or categories, or 'all' (the training mix)",
        ),
        host: str = typer.Option("127.0.0.1", "--host", help="address to listen on (0.0.0.0: all)"),
        port: int = typer.Option(8000, "--port", "-p", min=0, max=65535, help="TCP port"),
        state_dir: Path | None = typer.Option(
            Path("runs/serve"),
            "--state-dir",
            help="where the curriculum state is saved and restored from",
        ),
        no_state: bool = typer.Option(
            False, "--no-state", help="keep the curriculum in memory only (nothing saved)"
        ),
        reward: str = typer.Option("binary", "--reward", "-r", help="binary | partial | shaped"),
        curriculum: Path | None = typer.Option(
            None, "--curriculum", "-c", help="curriculum config (YAML/JSON, docs/curriculum.md)"
        ),
        seed: int = typer.Option(0, "--seed", "-s", help="curriculum seed"),
        group_size: int = typer.Option(
            8, "--group-size", "-g", help="GRPO group size when a reset names a group_id only"
        ),
        workers: int = typer.Option(
            0,
            "--workers",
            "-w",
            help="processes that generate and verify (0: in the server process); the curriculum "
            "stays in the server process",
        ),
        save_every: int = typer.Option(
            50,
            "--save-every",
            help="full snapshot every N recorded groups (a journal covers the rest)",
        ),
        max_response_chars: int = typer.Option(
            400_000, "--max-response-chars", help="longer responses get 413"
        ),
        max_sessions: int = typer.Option(
            4096, "--max-sessions", help="concurrent WebSocket sessions"
        ),
        episode_timeout: float = typer.Option(
            3600.0,
            "--episode-timeout",
            help="seconds an episode may wait for its step; then its group is recorded as it is",
        ),
        log_level: str = typer.Option(
            "info", "--log-level", help="critical | error | warning | info | debug"
        ),
    ) -> None:
        """Serve every environment over the OpenEnv protocol, with the curriculum on the server."""
        from ..server.settings import ServeSettings

        if log_level not in ("critical", "error", "warning", "info", "debug", "trace"):
            fail(
                f"--log-level must be one of critical, error, warning, info, debug; got {log_level!r}"
            )
        if curriculum is not None and not curriculum.is_file():
            fail(f"--curriculum {curriculum}: no such file")
        names = [n.strip() for n in envs.split(",") if n.strip()]
        if not names:
            fail("--envs names no environment; pass names, categories or 'all'")
        try:
            settings = ServeSettings(
                envs=names,
                curriculum=str(curriculum) if curriculum is not None else None,
                seed=seed,
                reward=reward,
                group_size=group_size,
                state_dir=None if no_state else state_dir,
                save_every=save_every,
                max_response_chars=max_response_chars,
                max_sessions=max_sessions,
                episode_timeout_s=episode_timeout,
                workers=workers,
            )
            from ..curriculum import Curriculum

            Curriculum(settings.envs, settings.curriculum, seed=settings.seed)  # names and config
        except RlveError as exc:
            fail(str(exc))
        problem = _check_port(host, port)
        if problem is not None:
            fail(problem)
        try:
            from ..server.app import run_server
        except ImportError as exc:
            fail(_missing_extra(exc))
        from ..server.service import CurriculumService

        try:
            service = CurriculumService(settings)  # reads (and locks) the saved state
        except RlveError as exc:
            fail(str(exc))
        import logging

        logging.basicConfig(level=log_level.upper() if log_level != "trace" else "DEBUG")
        where = "memory only" if settings.state_dir is None else f"{settings.state_dir}"
        restored = service.stats["groups_restored"]
        typer.echo(
            f"rlve-gym serve: http://{host}:{port} (WebSocket /ws), {len(service.env_names)} "
            f"environments, reward {settings.reward}, curriculum state: {where}"
            + (f" ({restored} recorded groups restored)" if restored else ""),
            err=True,
        )
        run_server(host=host, port=port, log_level=log_level, service=service)
