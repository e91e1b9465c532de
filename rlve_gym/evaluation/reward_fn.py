"""Reward entry points for RL frameworks other than TRL: veRL and OpenRLHF.

Both frameworks load a reward function *from a file path*, so this module uses absolute imports
only and can be handed to them as is (``python -c "import rlve_gym.evaluation.reward_fn as m;
print(m.__file__)"`` prints the path). The ground truth / label of each sample is the serialised
problem (``Problem.to_dict()`` as JSON), which ``rlve-gym export --format verl`` / ``openrlhf``
write for you; the verifier needs nothing else.

Reward schemes (``scheme``, or the ``RLVE_REWARD_SCHEME`` environment variable) are the ones
the TRL trainer uses (``rlve_gym.trainers.rewards``): ``binary`` (the default, as in training:
reward comes from solving), ``partial`` and ``shaped`` (-1 format failure, -0.5 + score when
wrong, +1 when correct).
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from rlve_gym.errors import RlveError
from rlve_gym.problem import Problem, Verdict
from rlve_gym.registry import make
from rlve_gym.trainers.rewards import REWARD_SCHEMES, reward_from_verdict

SCHEMES = REWARD_SCHEMES
DEFAULT_SCHEME = "binary"


@lru_cache(maxsize=4096)
def _problem_from_json(text: str) -> Problem:
    return Problem.from_dict(text)


def load_problem(ground_truth: Any) -> Problem:
    """A problem from its JSON text or dict (what the exported datasets carry as ground truth)."""
    if isinstance(ground_truth, Problem):
        return ground_truth
    if isinstance(ground_truth, dict):
        return Problem.from_dict(ground_truth)
    if isinstance(ground_truth, (bytes, bytearray)):
        ground_truth = ground_truth.decode()
    if isinstance(ground_truth, str):
        return _problem_from_json(ground_truth)
    raise RlveError(
        f"ground truth must be a serialised rlve-gym problem (JSON text or dict), got {type(ground_truth).__name__}"
    )


def verify_response(ground_truth: Any, response: str) -> Verdict:
    problem = load_problem(ground_truth)
    return make(problem.env_name).verify(problem, response)


def _scheme(explicit: str | None) -> str:
    scheme = explicit or os.environ.get("RLVE_REWARD_SCHEME") or DEFAULT_SCHEME
    if scheme not in SCHEMES:
        raise RlveError(f"unknown reward scheme {scheme!r}; expected one of {SCHEMES}")
    return scheme


# ---------------------------------------------------------------------------------------------
# veRL: custom_reward_function.path=<this file> custom_reward_function.name=compute_score


def compute_score(
    data_source: str,
    solution_str: str,
    ground_truth: Any,
    extra_info: dict[str, Any] | None = None,
    scheme: str | None = None,
    **kwargs: Any,
) -> dict[str, Any]:
    """veRL's reward-function signature. Returns ``{"score": reward, ...}``; veRL uses ``score``
    as the reward and logs the other keys (correct, format_ok, env, difficulty)."""
    problem = load_problem(ground_truth)
    verdict = make(problem.env_name).verify(problem, solution_str)
    return {
        "score": reward_from_verdict(verdict, _scheme(scheme)),
        "correct": float(verdict.correct),
        "format_ok": float(verdict.format_ok),
        "difficulty": problem.difficulty,
    }


# ---------------------------------------------------------------------------------------------
# OpenRLHF: --remote_rm_url <this file> --label_key label


def response_from_query(query: str, prompt: str, problem: Problem) -> str:
    """OpenRLHF passes prompt + response as ``query``; take the response part.

    The prompt must be cut off: it contains an example answer in the answer markers, which would
    otherwise be read as the model's answer when the response has none.
    """
    if prompt and query.startswith(prompt):
        return query[len(prompt) :]
    at = query.rfind(problem.prompt)
    if at >= 0:
        return query[at + len(problem.prompt) :]
    return query


def reward_func(
    queries: Sequence[str], prompts: Sequence[str], labels: Sequence[Any], **kwargs: Any
) -> dict[str, Any]:
    """OpenRLHF's custom reward function: rewards for advantages, scores in [0, 1] for dynamic
    filtering, and per-batch accuracy / format rates for its logger."""
    import torch

    scheme = _scheme(kwargs.get("scheme"))
    rewards, scores, correct, format_ok = [], [], [], []
    for query, prompt, label in zip(queries, prompts, labels, strict=True):
        problem = load_problem(label)
        response = response_from_query(query, prompt, problem)
        verdict = make(problem.env_name).verify(problem, response)
        rewards.append(reward_from_verdict(verdict, scheme))
        scores.append(float(verdict.score))
        correct.append(float(verdict.correct))
        format_ok.append(float(verdict.format_ok))
    return {
        "rewards": torch.tensor(rewards, dtype=torch.float32),
        "scores": torch.tensor(scores, dtype=torch.float32),
        "extra_logs": {
            "rlve_accuracy": torch.tensor(correct, dtype=torch.float32),
            "rlve_format_ok": torch.tensor(format_ok, dtype=torch.float32),
        },
    }


def openrlhf_records(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Exported rows in the shape OpenRLHF reads with ``--input_key prompt --label_key label
    --apply_chat_template``."""
    return [
        {
            "prompt": row["messages"],
            "label": json.dumps(row["problem"], ensure_ascii=False),
            "env": row["env"],
            "difficulty": row["difficulty"],
        }
        for row in rows
    ]
