"""Audit every environment (or the named ones) for blind-answer shortcuts and reachability.

    python scripts/audit_envs.py                 # all environments, 2 processes
    python scripts/audit_envs.py ShortestPath -j 1 --seeds 200
    python scripts/audit_envs.py --reach         # also generate at d = 30..100 (time, memory)

Writes ``audit.json`` (one record per environment and level) and prints every violation of the
contract's rules (``rlve_gym.audit``). The checker enforces the same rules in the test suite;
this script is for seeing all of them at once, with numbers.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import tracemalloc
from concurrent.futures import ProcessPoolExecutor

import rlve_gym
from rlve_gym.audit import AUDIT_DIFFICULTIES, AUDIT_SEEDS, audit_env

REACH_DIFFICULTIES = (30, 40, 50, 64, 80, 100)


def reach(env) -> list[dict]:
    """Generation time and traced peak memory at large levels, and whether the reference verifies."""
    rows = []
    for d in REACH_DIFFICULTIES:
        if env.max_difficulty is not None and d > env.max_difficulty:
            break
        tracemalloc.start()
        start = time.perf_counter()
        try:
            problem = env.generate(difficulty=d, seed=1)
            error = None
        except Exception as exc:  # reported, not raised: this is a survey
            problem, error = None, f"{type(exc).__name__}: {exc}"[:200]
        took = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        ok = bool(problem) and env.verify(problem, problem.reference_response()).correct
        rows.append(
            {
                "d": d,
                "seconds": took,
                "peak_mb": peak / 2**20,
                "error": error,
                "ok": ok,
                "prompt_chars": len(problem.prompt) if problem else None,
            }
        )
        if took > 5:
            break
    return rows


def one(args) -> dict:
    name, seeds, do_reach, difficulties, first_seed = args
    env = rlve_gym.make(name)
    start = time.perf_counter()
    levels = audit_env(env, difficulties, seeds, first_seed)
    out = {
        "env": name,
        "levels": [lv.to_dict() for lv in levels],
        "violations": [v for lv in levels for v in lv.violations(env)],
        "seconds": time.perf_counter() - start,
    }
    if do_reach:
        out["reach"] = reach(env)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*")
    parser.add_argument("-j", "--jobs", type=int, default=2)
    parser.add_argument("--seeds", type=int, default=AUDIT_SEEDS)
    parser.add_argument("-d", "--difficulty", type=int, action="append")
    parser.add_argument("--reach", action="store_true")
    parser.add_argument("--first-seed", type=int, default=0, help="audit seeds from this one on")
    parser.add_argument("--output", default="audit.json")
    args = parser.parse_args()
    names = args.names or rlve_gym.list_envs()
    difficulties = tuple(args.difficulty or AUDIT_DIFFICULTIES)
    work = [(n, args.seeds, args.reach, difficulties, args.first_seed) for n in names]
    results = []
    with ProcessPoolExecutor(args.jobs) as pool:
        for result in pool.map(one, work):
            results.append(result)
            flag = f"{len(result['violations'])} violations" if result["violations"] else "ok"
            print(f"{result['env']}: {flag} ({result['seconds']:.1f}s)", flush=True)
            for v in result["violations"]:
                print(f"    {v}", flush=True)
            for row in result.get("reach", []):
                if row["error"] or not row["ok"] or row["seconds"] > 1 or row["peak_mb"] > 256:
                    print(f"    reach d={row['d']}: {row}", flush=True)
    with open(args.output, "w") as fh:
        json.dump(results, fh, indent=1)
    bad = sum(bool(r["violations"]) for r in results)
    print(f"{bad} of {len(results)} environments break a blind-answer rule", file=sys.stderr)


if __name__ == "__main__":
    main()
