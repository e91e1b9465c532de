"""Where problems are generated and responses verified: in the server process, or in worker
processes (``--workers N``) so that CPU-heavy environments do not queue behind one another on
the server's interpreter lock. Workers hold no state; the curriculum never leaves the server.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from ..problem import Problem, Verdict


def _generate(env_name: str, difficulty: int, seed: int, markers: str) -> dict[str, Any]:
    from ..registry import make

    return make(env_name).generate(difficulty=difficulty, seed=seed, markers=markers).to_dict()


def _verify(problem: dict[str, Any], response: str) -> dict[str, Any]:
    from .. import provenance
    from ..registry import make

    restored = Problem.from_dict(problem)
    # The server generated this problem and never let it out of its hands (clients see only
    # the prompt), so it is known-good: skip regenerating it to check it.
    provenance.remember(restored)
    return make(restored.env_name).verify(restored, response).to_dict()


class Compute:
    """Generate and verify, inline (``workers=0``) or in a pool of worker processes."""

    def __init__(self, workers: int = 0) -> None:
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None
        if workers > 0:
            # spawn: the server process runs threads, which fork would copy mid-flight
            self._pool = ProcessPoolExecutor(
                max_workers=workers, mp_context=multiprocessing.get_context("spawn")
            )

    def generate(self, env: Any, difficulty: int, seed: int, markers: str) -> Problem:
        if self._pool is None:
            return env.generate(difficulty=difficulty, seed=seed, markers=markers)
        data = self._pool.submit(_generate, env.name, difficulty, seed, markers).result()
        return Problem.from_dict(data)

    def verify(self, env: Any, problem: Problem, response: str) -> Verdict:
        if self._pool is None:
            return env.verify(problem, response)
        data = self._pool.submit(_verify, problem.to_dict(), response).result()
        return Verdict(data["correct"], data["format_ok"], data["score"], data["reason"])

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
