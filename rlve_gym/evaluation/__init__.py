"""Evaluating models on the environments: difficulty sweeps, fixed evaluation sets, re-scoring.

    from rlve_gym.evaluation import SweepSpec, SamplingConfig, make_backend, run_sweep

    backend = make_backend("vllm", "path/to/model")
    spec = SweepSpec(envs=["Multiplication"], difficulties=list(range(11)), problems_per_cell=20,
                     sampling=SamplingConfig(samples=4, temperature=0.7, max_tokens=512))
    result = run_sweep(spec, backend, "runs/sweep")
    print(result.environments["Multiplication"]["difficulty_reached"])

Nothing here imports torch, vllm, transformers, datasets or matplotlib at import time; each
backend or output that needs one imports it when used.
"""

from __future__ import annotations

from .backends import (
    PROMPT_TOO_LONG,
    Backend,
    BackendError,
    Completion,
    OpenAIBackend,
    SamplingConfig,
    TransformersBackend,
    VLLMBackend,
    make_backend,
)
from .export import ScoreResult, eval_set_rows, save_hf_dataset, score_file
from .metrics import CellSummary, default_pass_ks, difficulty_reached, pass_at_k
from .problems import (
    DEFAULT_SYSTEM_PROMPT,
    chat_messages,
    eval_seed,
    parse_difficulties,
    resolve_envs,
)
from .sweep import SweepResult, SweepSpec, run_sweep

__all__ = [
    "PROMPT_TOO_LONG",
    "Backend",
    "BackendError",
    "CellSummary",
    "Completion",
    "DEFAULT_SYSTEM_PROMPT",
    "OpenAIBackend",
    "SamplingConfig",
    "ScoreResult",
    "SweepResult",
    "SweepSpec",
    "TransformersBackend",
    "VLLMBackend",
    "chat_messages",
    "default_pass_ks",
    "difficulty_reached",
    "eval_seed",
    "eval_set_rows",
    "make_backend",
    "parse_difficulties",
    "pass_at_k",
    "resolve_envs",
    "run_sweep",
    "save_hf_dataset",
    "score_file",
]
