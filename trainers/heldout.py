"""Held-out evaluation: the same fixed problems, scored before and after GRPO.

A run's frontier says what the curriculum decided; it does not say that the model got better at
the task. This module answers that second question. The held-out set is fixed by the config:
``problems`` problems per (environment, difficulty), whose seeds come from
``rlve_gym.evaluation.problems.eval_seed`` (large hashed numbers that training seeds practically
never hit). ``train`` scores the set with the model GRPO starts from (after the warm start) and
with the final model, through the same generation backend training uses, and reports the change
with a confidence interval.

The interval is for the mean of per-problem differences (after - before) over the same problems,
so the problem-to-problem spread, which both evaluations share, cancels out: a paired comparison.
Each problem contributes the share of its ``samples`` completions judged correct (0 or 1 with
greedy decoding). The interval is the normal approximation ``mean +- z * sd / sqrt(n)``; with a
few hundred problems and differences in [-1, 1] it is accurate to well within its own width.

Results are plain lists of dicts (one per problem), so tests can check the bookkeeping without a
model, and ``heldout.json`` keeps every problem's outcome for later analysis.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from statistics import NormalDist
from typing import Any

from rlve_gym import Problem
from rlve_gym.prompts import chat_messages

HELDOUT_FILE = "heldout.json"

#: a generator: (problems, samples per problem) -> that many completion texts per problem
Generate = Callable[[Sequence[Problem], int], list[list[str]]]


def heldout_problems(
    env_names: Sequence[str],
    difficulties: Sequence[int],
    per_cell: int,
    seed: int,
    markers: str = "answer",
    max_difficulty: Callable[[str], int | None] | None = None,
) -> list[Problem]:
    """The fixed problems: ``per_cell`` per (environment, difficulty), environment-major.

    Levels above an environment's own maximum (``max_difficulty(name)``) are left out.
    """
    from rlve_gym.evaluation.problems import cell_problems

    problems: list[Problem] = []
    for name in env_names:
        cap = max_difficulty(name) if max_difficulty is not None else None
        for level in sorted(set(difficulties)):
            if cap is not None and level > cap:
                continue
            problems.extend(cell_problems(name, level, per_cell, seed, markers))
    return problems


def score_problems(
    problems: Sequence[Problem], completions: Sequence[Sequence[str]], environment: Callable
) -> list[dict[str, Any]]:
    """One record per problem: env, difficulty, seed, and the share of its completions that are
    correct (``accuracy``) with their mean verdict score (``score``)."""
    records = []
    for problem, texts in zip(problems, completions, strict=True):
        verdicts = environment(problem.env_name).verify_batch(problem, list(texts))
        records.append(
            {
                "env": problem.env_name,
                "difficulty": problem.difficulty,
                "seed": problem.seed,
                "accuracy": sum(v.correct for v in verdicts) / len(verdicts),
                "score": sum(float(v.score) for v in verdicts) / len(verdicts),
            }
        )
    return records


def evaluate(
    problems: Sequence[Problem], generate: Generate, samples: int, environment: Callable
) -> dict[str, Any]:
    """Generate ``samples`` completions per problem and score them; returns the records and time."""
    started = time.perf_counter()
    completions = generate(problems, samples)
    records = score_problems(problems, completions, environment)
    return {"records": records, "seconds": time.perf_counter() - started}


def paired_difference(
    before: Sequence[float], after: Sequence[float], confidence: float = 0.95
) -> dict[str, float]:
    """Mean of ``after - before`` over paired items with a two-sided normal-approximation interval."""
    if len(before) != len(after):
        raise ValueError(f"paired lists differ in length: {len(before)} and {len(after)}")
    n = len(before)
    if n == 0:
        return {"n": 0, "mean": 0.0, "low": 0.0, "high": 0.0, "improved": 0, "worsened": 0}
    diffs = [a - b for a, b in zip(after, before, strict=True)]
    mean = sum(diffs) / n
    variance = sum((d - mean) ** 2 for d in diffs) / (n - 1) if n > 1 else 0.0
    half = NormalDist().inv_cdf(0.5 + confidence / 2) * math.sqrt(variance / n)
    return {
        "n": n,
        "mean": mean,
        "low": mean - half,
        "high": mean + half,
        "improved": sum(d > 0 for d in diffs),
        "worsened": sum(d < 0 for d in diffs),
    }


def _key(record: dict[str, Any]) -> tuple[str, int, int]:
    return record["env"], int(record["difficulty"]), int(record["seed"])


def compare(
    before: Sequence[dict[str, Any]],
    after: Sequence[dict[str, Any]],
    frontiers: dict[str, int],
    confidence: float = 0.95,
) -> dict[str, Any]:
    """Accuracy before/after per (environment, difficulty) and the paired change with its interval.

    ``reached`` pools the levels each environment's final frontier reached (difficulty <= its
    frontier: levels the run trained on); ``all`` pools every held-out level.
    """
    after_by_key = {_key(r): r for r in after}
    if set(after_by_key) != {_key(r) for r in before} or len(after_by_key) != len(before):
        raise ValueError("before and after were scored on different held-out problems")
    pairs = [(b, after_by_key[_key(b)]) for b in before]
    cells: dict[str, dict[str, dict[str, float]]] = {}
    for b, a in pairs:
        cell = cells.setdefault(b["env"], {}).setdefault(
            str(b["difficulty"]), {"problems": 0, "before": 0.0, "after": 0.0}
        )
        cell["problems"] += 1
        cell["before"] += b["accuracy"]
        cell["after"] += a["accuracy"]
    for levels in cells.values():
        for cell in levels.values():
            cell["before"] /= cell["problems"]
            cell["after"] /= cell["problems"]

    def pooled(selected: list[tuple[dict, dict]]) -> dict[str, float]:
        out = paired_difference(
            [b["accuracy"] for b, _ in selected], [a["accuracy"] for _, a in selected], confidence
        )
        n = len(selected)
        out["before"] = sum(b["accuracy"] for b, _ in selected) / n if n else 0.0
        out["after"] = sum(a["accuracy"] for _, a in selected) / n if n else 0.0
        return out

    reached = [(b, a) for b, a in pairs if b["difficulty"] <= frontiers.get(b["env"], -1)]
    return {
        "confidence": confidence,
        "cells": cells,
        "reached": pooled(reached),
        "all": pooled(pairs),
    }


def highest_level_at(cells: dict[str, dict[str, float]], key: str, threshold: float) -> int | None:
    """The highest held-out level of one environment whose accuracy (``before`` or ``after``)
    is at least ``threshold`` with every lower held-out level also at least ``threshold``."""
    best = None
    for level in sorted(cells, key=int):
        if cells[level][key] < threshold:
            break
        best = int(level)
    return best


# ---------------------------------------------------------------------------------------------
# generators over a trainer's model


def chat_prompt_ids(tokenizer: Any, problem: Problem, system_prompt: str | None) -> list[int]:
    """Token ids of the problem's chat prompt, exactly as GRPO renders it (no tools)."""
    ids = tokenizer.apply_chat_template(
        chat_messages(problem, system_prompt or ""), add_generation_prompt=True, tokenize=True
    )
    if isinstance(ids, dict) or hasattr(ids, "keys"):
        ids = ids["input_ids"]
    return list(ids)


def vllm_generator(
    llm: Any,
    tokenizer: Any,
    system_prompt: str | None,
    temperature: float,
    max_tokens: int,
    seed: int,
) -> Generate:
    """Completions from a ``vllm.LLM`` (the colocated engine of a GRPO trainer)."""
    from vllm import SamplingParams

    def generate(problems: Sequence[Problem], samples: int) -> list[list[str]]:
        params = [
            SamplingParams(
                n=samples,
                temperature=temperature,
                max_tokens=max_tokens,
                seed=None if temperature == 0 else seed + index,
            )
            for index in range(len(problems))
        ]
        prompts = [
            {"prompt_token_ids": chat_prompt_ids(tokenizer, p, system_prompt)} for p in problems
        ]
        outputs = llm.generate(prompts, params, use_tqdm=False)
        return [[o.text for o in request.outputs] for request in outputs]

    return generate


def transformers_generator(
    model: Any,
    tokenizer: Any,
    system_prompt: str | None,
    temperature: float,
    max_tokens: int,
    seed: int,
    batch_size: int = 64,
) -> Generate:
    """Completions from a transformers model (``generate`` in left-padded batches)."""
    import torch

    def generate(problems: Sequence[Problem], samples: int) -> list[list[str]]:
        was_training = model.training
        model.eval()
        device = next(model.parameters()).device
        pad_id = tokenizer.pad_token_id
        eos_id = tokenizer.eos_token_id
        results: list[list[str]] = []
        rows = [chat_prompt_ids(tokenizer, p, system_prompt) for p in problems]
        try:
            for start in range(0, len(rows), batch_size):
                batch = rows[start : start + batch_size]
                width = max(len(r) for r in batch)
                ids = torch.full((len(batch), width), pad_id, dtype=torch.long)
                mask = torch.zeros((len(batch), width), dtype=torch.long)
                for i, row in enumerate(batch):
                    ids[i, width - len(row) :] = torch.tensor(row)
                    mask[i, width - len(row) :] = 1
                options: dict[str, Any] = {
                    "max_new_tokens": max_tokens,
                    "num_return_sequences": samples,
                    "pad_token_id": pad_id,
                    "eos_token_id": eos_id,
                    "attention_mask": mask.to(device),
                }
                if temperature == 0:
                    options["do_sample"] = False
                else:
                    options.update(do_sample=True, temperature=temperature, top_k=0, top_p=1.0)
                # manual_seed also seeds CUDA: fork the model's GPU too, as TransformersBackend
                # does, so the trainer's global RNG state is left exactly as it was
                gpus = [device.index or 0] if device.type == "cuda" else []
                with torch.random.fork_rng(devices=gpus), torch.no_grad():
                    torch.manual_seed(seed + start)
                    output = model.generate(ids.to(device), **options)
                texts = tokenizer.batch_decode(output[:, width:], skip_special_tokens=True)
                for i in range(len(batch)):
                    results.append(texts[i * samples : (i + 1) * samples])
        finally:
            model.train(was_training)
        return results

    return generate
