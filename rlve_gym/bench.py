"""Speed benchmark: per environment and difficulty, median time to generate a problem and to
verify a correct and a wrong response, plus the import and first-use costs.

Run it in a fresh process (``rlve-gym bench`` or ``python scripts/bench.py``) so that import
times are real; results are plain dicts, ready for JSON.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from typing import Any

DEFAULT_DIFFICULTIES = (0, 5, 10, 20)


def _samples(fn, repeats: int) -> list[float]:
    samples = []
    for i in range(repeats):
        start = time.perf_counter()
        fn(i)
        samples.append(time.perf_counter() - start)
    return samples


def _median_seconds(fn, repeats: int) -> float:
    return statistics.median(_samples(fn, repeats))


def _p99(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]


def bench_environment(
    name: str, difficulties=DEFAULT_DIFFICULTIES, repeats: int = 20
) -> dict[str, Any]:
    """Median milliseconds for generation and verification of one environment at each difficulty."""
    import rlve_gym

    env = rlve_gym.make(name)
    env.generate(difficulty=0, seed=0)  # compile / warm caches outside the timings
    rows = []
    for d in difficulties:
        problems = [env.generate(difficulty=d, seed=s) for s in range(repeats)]
        generate = _median_seconds(
            lambda i, d=d: env.generate(difficulty=d, seed=1000 + i), repeats
        )
        right = [p.reference_response() for p in problems]
        wrong = [f"<answer>{env.near_misses(p)[0]}</answer>" for p in problems]
        right_samples = _samples(lambda i, ps=problems, rs=right: env.verify(ps[i], rs[i]), repeats)
        wrong_samples = _samples(lambda i, ps=problems, ws=wrong: env.verify(ps[i], ws[i]), repeats)
        verify_right = statistics.median(right_samples)
        verify_wrong = statistics.median(wrong_samples)
        rows.append(
            {
                "difficulty": d,
                "generate_ms": round(generate * 1e3, 4),
                "verify_correct_ms": round(verify_right * 1e3, 4),
                "verify_wrong_ms": round(verify_wrong * 1e3, 4),
                "verify_p99_ms": round(_p99(right_samples + wrong_samples) * 1e3, 4),
                "prompt_chars": round(statistics.median(len(p.prompt) for p in problems)),
                **(_episode_timings(env, problems, repeats) if _interactive(env) else {}),
            }
        )
    return {"name": name, "category": env.category, "answer_kind": env.answer_kind, "levels": rows}


def _interactive(env: Any) -> bool:
    return bool(getattr(env, "interactive", False))


def _episode_timings(env: Any, problems: list[Any], repeats: int) -> dict[str, float]:
    """Multi-turn environments: median reset (generate the problem and start its episode) and
    median step of the scripted policy over whole episodes."""
    import json

    level = problems[0].difficulty
    reset = _median_seconds(
        lambda i: env.start(env.generate(difficulty=level, seed=2000 + i)), repeats
    )
    steps: list[float] = []
    for problem in problems:
        episode = env.start(problem)
        for action in json.loads(problem.answer):
            turn = f"<answer>{action}</answer>"
            start = time.perf_counter()
            episode.step(turn)
            steps.append(time.perf_counter() - start)
    return {
        "reset_ms": round(reset * 1e3, 4),
        "step_ms": round(statistics.median(steps) * 1e3, 4) if steps else 0.0,
    }


_IMPORT_PROBE = r"""
import sys, time
t0 = time.perf_counter()
import rlve_gym
t1 = time.perf_counter()
torch_loaded = "torch" in sys.modules
names = sys.argv[1:]
first_use = {}
for name in names:
    s = time.perf_counter()
    env = rlve_gym.make(name)
    p = env.generate(difficulty=5, seed=0)
    env.verify(p, p.reference_response())
    first_use[name] = time.perf_counter() - s
import json
print(json.dumps({"import_s": t1 - t0, "torch_imported": torch_loaded, "first_use_s": first_use}))
"""


def bench_import(names: list[str]) -> dict[str, Any]:
    """``import rlve_gym`` time and per-environment first-use time, each in a fresh process with a
    warm Numba cache (a first run fills the cache, a second one is measured)."""
    import json

    result: dict[str, Any] = {}
    for _ in range(2):
        out = subprocess.run(
            [sys.executable, "-c", _IMPORT_PROBE, *names],
            capture_output=True,
            text=True,
            check=True,
        )
        result = json.loads(out.stdout)
    # first use measured each in its own fresh process, so one environment's imports don't help another
    first_use = {}
    for name in names:
        out = subprocess.run(
            [sys.executable, "-c", _IMPORT_PROBE, name], capture_output=True, text=True, check=True
        )
        first_use[name] = round(json.loads(out.stdout)["first_use_s"][name], 4)
    result["first_use_s"] = first_use
    result["import_s"] = round(result["import_s"], 4)
    return result


def run_benchmark(
    names: list[str], difficulties=DEFAULT_DIFFICULTIES, repeats: int = 20
) -> dict[str, Any]:
    import platform

    return {
        "machine": {"python": platform.python_version(), "platform": platform.platform()},
        "import": bench_import(names),
        "environments": [bench_environment(n, difficulties, repeats) for n in names],
    }
