"""Supervised warm start on the environments' reference answers, and SFT data export.

Every environment knows the right answer to each problem it generates, so prompt/answer pairs
cost nothing. A short supervised pass teaches a fresh model the answer format (and some of the
task), after which GRPO has a learning signal from the first step instead of waiting for a
random model to stumble on ``<answer>...</answer>``.

The training loop is a plain PyTorch loop (loss on the answer tokens only): for a tiny model it
is faster and far smaller than a full Trainer, and it keeps the warm start easy to read.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rlve_gym import Problem
from rlve_gym.prompts import chat_messages

from .config import SFTSettings


def sft_problems(
    env_names: list[str],
    min_difficulty: int,
    max_difficulty: int,
    count: int,
    seed: int,
    markers: str = "answer",
    env_weights: dict[str, float] | None = None,
) -> Iterator[Problem]:
    """``count`` problems: environments in turn, difficulty and problem seed from a local RNG.

    With ``env_weights`` (name -> weight, 1 for names not listed, 0 leaves an environment out)
    the environments come in those proportions instead, by a smooth weighted round-robin.
    The seeds come from a stream keyed by ``seed``; GRPO's curriculum derives its own seeds, so
    warm-start problems are not the ones the run is later rewarded on (a collision is possible
    but has no special effect).
    """
    import rlve_gym

    weights = [float((env_weights or {}).get(name, 1.0)) for name in env_names]
    if sum(weights) <= 0:
        return
    envs = [rlve_gym.make(name) for name in env_names]
    rng = random.Random(f"sft:{seed}")
    credit = [0.0] * len(envs)
    for i in range(count):
        if env_weights:
            credit = [c + w for c, w in zip(credit, weights, strict=True)]
            index = max(range(len(envs)), key=lambda k: credit[k])
            credit[index] -= sum(weights)
            env = envs[index]
        else:
            env = envs[i % len(envs)]
        difficulty = rng.randint(min_difficulty, max_difficulty)
        yield env.generate(difficulty=difficulty, seed=rng.randrange(2**31), markers=markers)


def export_sft_jsonl(
    path: str | Path,
    env_names: list[str],
    difficulties: list[int],
    per_level: int,
    seed: int = 0,
    system_prompt: str = "",
    markers: str = "answer",
) -> int:
    """Write ``per_level`` prompt/answer rows per environment and difficulty; returns the row count.

    Each row: env, difficulty, seed, prompt, answer, messages (chat format, assistant reply last).
    """
    import rlve_gym

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = 0
    with path.open("w") as out:
        for name in env_names:
            env = rlve_gym.make(name)
            for difficulty in difficulties:
                for index in range(per_level):
                    problem_seed = seed * 1_000_003 + index
                    problem = env.generate(
                        difficulty=difficulty, seed=problem_seed, markers=markers
                    )
                    messages = chat_messages(problem, system_prompt) + [
                        {"role": "assistant", "content": problem.reference_response()}
                    ]
                    row = {
                        "env": name,
                        "difficulty": difficulty,
                        "seed": problem_seed,
                        "prompt": problem.prompt,
                        "answer": problem.answer,
                        "messages": messages,
                    }
                    out.write(json.dumps(row) + "\n")
                    rows += 1
    return rows


def _encode(tokenizer: Any, problem: Problem, system_prompt: str) -> tuple[list[int], int]:
    """Token ids of prompt + reference reply + end-of-turn, and where the reply starts."""
    prompt_ids = tokenizer.apply_chat_template(
        chat_messages(problem, system_prompt), add_generation_prompt=True, tokenize=True
    )
    if isinstance(prompt_ids, dict) or hasattr(prompt_ids, "input_ids"):
        prompt_ids = prompt_ids["input_ids"]
    reply_ids = tokenizer(
        problem.reference_response() + tokenizer.eos_token, add_special_tokens=False
    )["input_ids"]
    return list(prompt_ids) + list(reply_ids), len(prompt_ids)


def run_sft(
    model_dir: str | Path,
    env_names: list[str],
    settings: SFTSettings,
    system_prompt: str,
    seed: int = 0,
    markers: str = "answer",
    log: Any = print,
) -> dict[str, float]:
    """Fine-tune the model in ``model_dir`` on reference answers and save it back in place.

    Returns a few figures (steps, final loss, seconds) for the run summary.
    """
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    started = time.perf_counter()
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    model = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32)
    model.train()
    examples = [
        _encode(tokenizer, p, system_prompt)
        for p in sft_problems(
            env_names,
            settings.min_difficulty,
            settings.max_difficulty,
            settings.examples,
            seed,
            markers,
            settings.env_weights,
        )
    ]
    optimizer = torch.optim.AdamW(model.parameters(), lr=settings.learning_rate, weight_decay=0.0)
    order_rng = random.Random(f"sft-order:{seed}")
    total_steps = settings.epochs * (
        (len(examples) + settings.batch_size - 1) // settings.batch_size
    )
    if settings.max_steps is not None:
        total_steps = min(total_steps, settings.max_steps)
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer,
        lambda step: min(1.0, (step + 1) / 20) * max(0.05, 1 - step / max(total_steps, 1)),
    )
    pad_id = tokenizer.pad_token_id
    step, loss_value = 0, float("nan")
    while step < total_steps:
        order = list(range(len(examples)))
        order_rng.shuffle(order)
        for start in range(0, len(order), settings.batch_size):
            if step >= total_steps:
                break
            batch = [examples[i] for i in order[start : start + settings.batch_size]]
            width = max(len(ids) for ids, _ in batch)
            input_ids = torch.full((len(batch), width), pad_id, dtype=torch.long)
            labels = torch.full((len(batch), width), -100, dtype=torch.long)
            attention = torch.zeros((len(batch), width), dtype=torch.long)
            for row, (ids, reply_start) in enumerate(batch):
                input_ids[row, : len(ids)] = torch.tensor(ids)
                labels[row, reply_start : len(ids)] = torch.tensor(ids[reply_start:])
                attention[row, : len(ids)] = 1
            loss = model(input_ids=input_ids, attention_mask=attention, labels=labels).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad(set_to_none=True)
            step += 1
            loss_value = loss.item()
            if step % 50 == 0 or step == total_steps:
                log(f"sft step {step}/{total_steps}  loss {loss_value:.4f}")
    model.save_pretrained(model_dir)
    return {
        "sft_steps": step,
        "sft_final_loss": loss_value,
        "sft_seconds": time.perf_counter() - started,
    }
