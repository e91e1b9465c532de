"""Load test of ``rlve-gym serve`` on loopback, plus a kill-and-restart check.

    .venv/bin/python scripts/load_test_server.py                      # 512 sessions, 30 s, then kill -9
    .venv/bin/python scripts/load_test_server.py --sessions 1024 --duration 60 --envs all --workers 4
    .venv/bin/python scripts/load_test_server.py --transport http     # stateless HTTP instead of /ws

1. Starts the server as a subprocess (``rlve-gym serve`` on a free port, a fresh state directory).
2. Load: ``--sessions`` concurrent OpenEnv sessions (``RlveEnvClient``, i.e. ``openenv-core``'s
   WebSocket ``EnvClient``), in GRPO groups of ``--group-size``: every session loops
   reset(group_id=<slot>-<round>) -> step(response) for ``--duration`` seconds. Reports episodes/s,
   p50/p99 latency of reset and step, errors, and the server's resident memory (idle, peak and
   end, read from /proc). The clock starts once every session has connected.
3. Kill check: a second load phase is cut short by SIGKILL to the server; the clients count the
   groups whose last step came back with ``group_recorded`` (confirmed) and the groups that had
   started but were not confirmed (in flight). The server is restarted on the same state
   directory; the check passes when it restored every confirmed group and at most the in-flight
   ones besides (a group whose last step was recorded just before the kill, reply unsent).

Everything runs on this machine: the numbers measure server and clients together, so they are
a floor for a server with the machine to itself. ``--json FILE`` writes the results.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

RESPONSES = [
    "<think>Multiply the digits.</think><answer>0</answer>",
    "I am not sure.",
    "<answer>1 2 3 4</answer>",
    "<think>" + "step " * 200 + "</think><answer>42</answer>",
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def rss_mib(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class Server:
    """``rlve-gym serve`` in a subprocess, with its memory sampled in the background."""

    def __init__(self, args: argparse.Namespace, state_dir: Path, port: int) -> None:
        self.url = f"http://127.0.0.1:{port}"
        command = [
            sys.executable,
            "-c",
            "from rlve_gym.cli import main; main()",
            "serve",
            "--envs",
            args.envs,
            "--port",
            str(port),
            "--state-dir",
            str(state_dir),
            "--group-size",
            str(args.group_size),
            "--workers",
            str(args.workers),
            "--max-sessions",
            str(args.sessions * 2 + 16),
            "--log-level",
            "warning",
        ]
        self.log = open(state_dir.parent / f"server-{port}.log", "a")  # noqa: SIM115
        self.process = subprocess.Popen(command, stdout=self.log, stderr=subprocess.STDOUT)
        self.peak_rss = 0.0
        self._sampling = True
        self._sampler = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while self._sampling and self.process.poll() is None:
            self.peak_rss = max(self.peak_rss, rss_mib(self.process.pid))
            time.sleep(0.25)

    def wait_ready(self, timeout: float = 180.0) -> float:
        import httpx

        start = time.monotonic()
        while time.monotonic() - start < timeout:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"server exited with {self.process.returncode}; see {self.log.name}"
                )
            try:
                if httpx.get(f"{self.url}/health", timeout=2).status_code == 200:
                    self._sampler.start()
                    return time.monotonic() - start
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"server did not answer /health within {timeout:.0f} s")

    def summary(self) -> dict:
        import httpx

        return httpx.get(f"{self.url}/curriculum", timeout=30).json()

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()
        self._sampling = False

    def stop(self) -> None:
        self._sampling = False
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()


@dataclass
class Tally:
    reset_s: list[float] = field(default_factory=list)
    step_s: list[float] = field(default_factory=list)
    episodes: int = 0
    errors: dict[str, int] = field(default_factory=dict)
    started_groups: set[str] = field(default_factory=set)
    confirmed_groups: set[str] = field(default_factory=set)
    connect_s: list[float] = field(default_factory=list)
    all_connected: asyncio.Event = field(default_factory=asyncio.Event)
    sessions: int = 0

    def connected(self, seconds: float) -> None:
        """One session's connection attempt is over (failed ones count as errors)."""
        self.connect_s.append(seconds)
        if len(self.connect_s) >= self.sessions:
            self.all_connected.set()

    def start_measuring(self) -> None:
        """Forget what happened while sessions were still connecting."""
        self.reset_s.clear()
        self.step_s.clear()
        self.episodes = 0

    def error(self, exc: BaseException) -> None:
        key = f"{type(exc).__name__}: {str(exc)[:80]}"
        self.errors[key] = self.errors.get(key, 0) + 1


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def ws_session(url: str, index: int, args, tally: Tally, stop: asyncio.Event, gate) -> None:
    from rlve_gym.server import RlveEnvClient

    rng = random.Random(index)
    slot = index // args.group_size
    client = RlveEnvClient(base_url=url, connect_timeout_s=120, message_timeout_s=120)
    try:
        async with gate:
            start = time.perf_counter()
            try:
                await client.connect()
            finally:
                tally.connected(time.perf_counter() - start)
        await tally.all_connected.wait()  # like a trainer: open every session, then roll out
        round_number = 0
        while not stop.is_set():
            group_id = f"{args.phase}-{slot}-{round_number}"
            round_number += 1
            start = time.perf_counter()
            first = await client.reset(group_id=group_id, group_size=args.group_size)
            tally.reset_s.append(time.perf_counter() - start)
            tally.started_groups.add(group_id)
            assert first.observation.prompt
            start = time.perf_counter()
            result = await client.step(rng.choice(RESPONSES))
            tally.step_s.append(time.perf_counter() - start)
            tally.episodes += 1
            if result.observation.group_recorded:
                tally.confirmed_groups.add(group_id)
    except asyncio.CancelledError:
        raise
    except Exception as exc:  # the kill phase ends every session this way
        if not stop.is_set():
            tally.error(exc)
    finally:
        with _quiet():
            await asyncio.wait_for(client.close(), 5)


async def http_session(url: str, index: int, args, tally: Tally, stop: asyncio.Event, http) -> None:
    """Stateless HTTP: POST /reset, then POST /step with the episode_id (aiohttp; httpx's async
    pool is itself the bottleneck at hundreds of connections)."""
    rng = random.Random(index)
    slot = index // args.group_size
    round_number = 0
    try:
        while not stop.is_set():
            group_id = f"{args.phase}-{slot}-{round_number}"
            round_number += 1
            start = time.perf_counter()
            body = {"group_id": group_id, "group_size": args.group_size}
            async with http.post(f"{url}/reset", json=body) as reply:
                reply.raise_for_status()
                episode = (await reply.json())["observation"]["episode_id"]
            tally.reset_s.append(time.perf_counter() - start)
            tally.started_groups.add(group_id)
            start = time.perf_counter()
            action = {"response": rng.choice(RESPONSES), "episode_id": episode}
            async with http.post(f"{url}/step", json={"action": action}) as reply:
                reply.raise_for_status()
                recorded = (await reply.json())["observation"]["group_recorded"]
            tally.step_s.append(time.perf_counter() - start)
            tally.episodes += 1
            if recorded:
                tally.confirmed_groups.add(group_id)
    except asyncio.CancelledError:
        raise
    except Exception as exc:
        if not stop.is_set():
            tally.error(exc)


class _quiet:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return True


async def run_load(url: str, args, duration: float, on_time=None) -> tuple[Tally, float]:
    """``args.sessions`` sessions for ``duration`` seconds, counted from when the last one has
    connected; ``on_time`` runs when it is up (before the sessions are told to stop), e.g. to
    kill the server mid-flight."""
    tally = Tally(sessions=args.sessions)
    stop = asyncio.Event()
    gate = asyncio.Semaphore(64)  # WebSocket handshakes in flight at once
    http = None
    if args.transport == "http":
        import aiohttp

        http = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=args.sessions),
            timeout=aiohttp.ClientTimeout(total=120),
        )
        tally.all_connected.set()
        tasks = [
            asyncio.create_task(http_session(url, i, args, tally, stop, http))
            for i in range(args.sessions)
        ]
    else:
        tasks = [
            asyncio.create_task(ws_session(url, i, args, tally, stop, gate))
            for i in range(args.sessions)
        ]
    await tally.all_connected.wait()
    tally.start_measuring()
    start = time.perf_counter()
    await asyncio.sleep(duration)
    if on_time is not None:
        await asyncio.get_running_loop().run_in_executor(None, on_time)
    elapsed = time.perf_counter() - start
    episodes_at_stop = tally.episodes
    stop.set()
    _, pending = await asyncio.wait(tasks, timeout=150)
    for task in pending:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    if http is not None:
        await http.close()
    tally.episodes = episodes_at_stop
    return tally, elapsed


def report_load(tally: Tally, elapsed: float, server: Server) -> dict:
    return {
        "episodes": tally.episodes,
        "seconds": round(elapsed, 2),
        "episodes_per_s": round(tally.episodes / elapsed, 1),
        "reset_ms": {
            "p50": round(percentile(tally.reset_s, 0.5) * 1e3, 1),
            "p99": round(percentile(tally.reset_s, 0.99) * 1e3, 1),
        },
        "step_ms": {
            "p50": round(percentile(tally.step_s, 0.5) * 1e3, 1),
            "p99": round(percentile(tally.step_s, 0.99) * 1e3, 1),
        },
        "connect_all_sessions_ms": {
            "p50": round(percentile(tally.connect_s, 0.5) * 1e3, 1),
            "p99": round(percentile(tally.connect_s, 0.99) * 1e3, 1),
        }
        if tally.connect_s
        else None,
        "errors": tally.errors,
        "groups_confirmed": len(tally.confirmed_groups),
        "server_rss_mib": {
            "peak": round(server.peak_rss, 1),
            "end": round(rss_mib(server.process.pid), 1),
        },
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=512, help="concurrent sessions")
    parser.add_argument("--group-size", type=int, default=8, help="sessions per GRPO group")
    parser.add_argument("--duration", type=float, default=30.0, help="seconds of load")
    parser.add_argument("--kill-after", type=float, default=10.0, help="seconds before kill -9")
    parser.add_argument("--envs", default="all", help="the server's --envs")
    parser.add_argument("--workers", type=int, default=0, help="the server's --workers")
    parser.add_argument("--transport", choices=("ws", "http"), default="ws")
    parser.add_argument("--no-kill-check", action="store_true", help="skip the kill -9 check")
    parser.add_argument("--json", type=Path, help="write the results here")
    args = parser.parse_args()
    if args.sessions % args.group_size:
        parser.error("--sessions must be a multiple of --group-size")

    workdir = Path(tempfile.mkdtemp(prefix="rlve-load-"))
    state_dir = workdir / "state"
    results: dict = {
        "sessions": args.sessions,
        "group_size": args.group_size,
        "transport": args.transport,
        "envs": args.envs,
        "workers": args.workers,
        "cpus": os.cpu_count(),
    }

    server = Server(args, state_dir, free_port())
    try:
        results["startup_s"] = round(server.wait_ready(), 1)
        idle = rss_mib(server.process.pid)
        args.phase = "load"
        tally, elapsed = asyncio.run(run_load(server.url, args, args.duration))
        results["load"] = report_load(tally, elapsed, server)
        results["load"]["server_rss_mib"]["idle"] = round(idle, 1)
        results["load"]["server_groups_recorded"] = server.summary()["server"]["groups_recorded"]
        print(json.dumps({"load": results["load"]}, indent=1), flush=True)
        if not args.no_kill_check:
            args.phase = "kill"
            tally, _ = asyncio.run(run_load(server.url, args, args.kill_after, on_time=server.kill))
            before = results["load"]["server_groups_recorded"]
            restarted = Server(args, state_dir, free_port())
            try:
                restarted.wait_ready()
                summary = restarted.summary()["server"]
            finally:
                restarted.stop()
            restored = summary["groups_restored"]
            confirmed = len(tally.confirmed_groups)
            in_flight = len(tally.started_groups - tally.confirmed_groups)
            results["kill_check"] = {
                "groups_before_kill_phase": before,
                "groups_confirmed_in_kill_phase": confirmed,
                "groups_in_flight_at_kill": in_flight,
                "groups_restored": restored,
                "confirmed_groups_lost": max(0, before + confirmed - restored),
                "in_flight_groups_not_restored": before + confirmed + in_flight - restored,
                "passed": before + confirmed <= restored <= before + confirmed + in_flight,
            }
            print(json.dumps({"kill_check": results["kill_check"]}, indent=1), flush=True)
    finally:
        server.stop()
    if args.json is not None:
        args.json.write_text(json.dumps(results, indent=1))
    ok = not results["load"]["errors"] and results.get("kill_check", {}).get("passed", True)
    print("PASS" if ok else "FAIL", f"(server log and state in {workdir})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
