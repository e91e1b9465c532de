"""Every registered environment against the contract (tests/contract.py), plus fuzzing with
hypothesis, fresh-process determinism and golden hashes. New environments get all of it for free.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rlve_gym
from rlve_gym.environment import INTERNAL_ERROR_PREFIX

from . import contract

ENV_NAMES = rlve_gym.list_envs()
GOLDEN_PATH = Path(__file__).with_name("golden_hashes.json")
GOLDEN_POINTS = ((0, 0), (3, 1), (10, 2))


@pytest.mark.parametrize("check", contract.ALL_CHECKS, ids=lambda c: c.__name__)
@pytest.mark.parametrize("name", ENV_NAMES)
def test_contract(name, check):
    check(name)


_answer_like = st.one_of(
    st.text(max_size=200),
    st.lists(st.integers(min_value=-(10**30), max_value=10**30), max_size=40).map(
        lambda xs: " ".join(map(str, xs))
    ),
    st.lists(st.text(alphabet="0123456789 -,\n/.", max_size=30), max_size=20).map("\n".join),
)


@pytest.mark.parametrize("name", ENV_NAMES)
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(body=_answer_like, wrap=st.sampled_from(["answer", "boxed", "think", "none"]))
def test_fuzzed_responses_get_a_verdict(name, body, wrap):
    env = rlve_gym.make(name)
    problem = env.generate(difficulty=3, seed=0)
    response = {
        "answer": f"<answer>{body}</answer>",
        "boxed": f"\\boxed{{{body}}}",
        "think": f"<think>{body}</think>",
        "none": body,
    }[wrap]
    verdict = env.verify(problem, response)
    assert isinstance(verdict, rlve_gym.Verdict) and verdict.reason
    assert 0.0 <= verdict.score <= 1.0
    assert not verdict.reason.startswith(INTERNAL_ERROR_PREFIX), verdict.reason
    if wrap in ("think", "none", "boxed"):
        assert not verdict.correct


def _digest(problem) -> str:
    blob = json.dumps([problem.prompt, problem.answer, problem.instance], sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


_FRESH_PROCESS = r"""
import hashlib, json, sys
import rlve_gym
from rlve_gym.problem import Problem
request = json.load(sys.stdin)
out = {"digests": {}, "verdicts": {}}
for name in request["names"]:
    env = rlve_gym.make(name)
    out["digests"][name] = []
    for d, s in request["points"]:
        p = env.generate(difficulty=d, seed=s)
        blob = json.dumps([p.prompt, p.answer, p.instance], sort_keys=True)
        out["digests"][name].append(hashlib.sha256(blob.encode()).hexdigest()[:16])
for name, rows in request["problems"].items():
    env = rlve_gym.make(name)
    out["verdicts"][name] = [env.verify(Problem.from_dict(r["problem"]), r["response"]).to_dict() for r in rows]
print(json.dumps(out))
"""


def test_same_problems_and_verdicts_in_a_fresh_process():
    """Generation is a pure function of (name, difficulty, seed) and a serialised problem verifies
    identically elsewhere: compare this process with a fresh interpreter (other hash seed)."""
    points = [(0, 0), (5, 123), (13, 2**40)]
    problems, local_verdicts, local_digests = {}, {}, {}
    for name in ENV_NAMES:
        env = rlve_gym.make(name)
        local_digests[name] = [_digest(env.generate(difficulty=d, seed=s)) for d, s in points]
        p = env.generate(difficulty=4, seed=9)
        responses = [
            f"<answer>{p.answer}</answer>",
            *(f"<answer>{m}</answer>" for m in env.near_misses(p)),
        ]
        problems[name] = [{"problem": p.to_dict(), "response": r} for r in responses]
        local_verdicts[name] = [env.verify(p, r).to_dict() for r in responses]
    request = json.dumps({"names": ENV_NAMES, "points": points, "problems": problems})
    result = subprocess.run(
        [sys.executable, "-c", _FRESH_PROCESS],
        input=request,
        capture_output=True,
        text=True,
        env={
            "PYTHONHASHSEED": "12345",
            **{k: v for k, v in __import__("os").environ.items() if k != "PYTHONHASHSEED"},
        },
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    remote = json.loads(result.stdout)
    for name in ENV_NAMES:
        assert remote["digests"][name] == local_digests[name], (
            f"{name}: problems differ in a fresh process"
        )
        assert remote["verdicts"][name] == local_verdicts[name], (
            f"{name}: verdicts differ in a fresh process"
        )


def test_golden_hashes_unchanged():
    """What (difficulty, seed) produces is part of an environment's version: a change needs a
    version bump. Refresh deliberately with `python tests/update_golden_hashes.py`."""
    golden = json.loads(GOLDEN_PATH.read_text()) if GOLDEN_PATH.exists() else {}
    missing = [n for n in ENV_NAMES if n not in golden]
    assert not missing, (
        f"no golden hashes for {missing}; run `python tests/update_golden_hashes.py`"
    )
    for name in ENV_NAMES:
        env = rlve_gym.make(name)
        entry = golden[name]
        current = [_digest(env.generate(difficulty=d, seed=s)) for d, s in GOLDEN_POINTS]
        if entry["version"] == env.version:
            assert current == entry["digests"], (
                f"{name}: problems changed without a version bump (bump `version` and refresh the hashes)"
            )


def test_index_is_fresh():
    from rlve_gym.index import discover

    on_disk = json.loads(Path(rlve_gym.__file__).with_name("env_index.json").read_text())[
        "environments"
    ]
    assert on_disk == discover(), "env_index.json is stale: run `python -m rlve_gym.index`"
