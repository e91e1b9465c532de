"""Fixed evaluation sets (export), re-verification (score) and the veRL / OpenRLHF reward entry points."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import rlve_gym
from rlve_gym.cli.app import app
from rlve_gym.errors import RlveError
from rlve_gym.evaluation import eval_seed, eval_set_rows, score_file
from rlve_gym.evaluation.export import write_jsonl
from rlve_gym.evaluation.problems import cell_problems

ENVS = ["Multiplication"]
HAVE_DATASETS = importlib.util.find_spec("datasets") is not None
needs_datasets = pytest.mark.skipif(not HAVE_DATASETS, reason="needs the datasets package")


def export(tmp_path: Path, *extra: str) -> Path:
    out = tmp_path / "set"
    result = CliRunner().invoke(
        app,
        [
            "export",
            "-o",
            str(out),
            "-e",
            ",".join(ENVS),
            "-d",
            "0-6",
            "-n",
            "5",
            "--seed",
            "11",
            *extra,
        ],
    )
    assert result.exit_code == 0, result.output
    return out


def score(*args: str) -> dict:
    result = CliRunner().invoke(app, ["score", *args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output.strip().splitlines()[-1])


def test_export_then_score_reference_responses_is_perfect(tmp_path):
    out = export(tmp_path, "-f", "jsonl")
    rows = [json.loads(line) for line in (out / "eval.jsonl").read_text().splitlines()]
    assert len(rows) == len(ENVS) * 7 * 5
    summary = score(str(out / "eval.jsonl"), "--response-field", "reference_response")
    assert summary["rows"] == len(rows)
    assert summary["accuracy"] == 1.0 and summary["format_failure_rate"] == 0.0
    assert all(cell["accuracy"] == 1.0 for cell in summary["cells"])


def test_bare_answers_without_markers_are_format_failures(tmp_path):
    out = export(tmp_path, "-f", "jsonl")
    summary = score(str(out / "eval.jsonl"), "--response-field", "answer")
    assert summary["accuracy"] == 0.0 and summary["format_failure_rate"] == 1.0


def test_exported_problems_are_the_sweep_problems_and_regenerate_identically(tmp_path):
    out = export(tmp_path, "-f", "jsonl")
    rows = [json.loads(line) for line in (out / "eval.jsonl").read_text().splitlines()]
    by_cell = {(r["env"], r["difficulty"], r["problem_index"]): r for r in rows}
    for d in (0, 6):
        for index, problem in enumerate(cell_problems("Multiplication", d, 5, 11)):
            row = by_cell[("Multiplication", d, index)]
            assert row["problem"] == problem.to_dict()
            assert row["problem"]["seed"] == eval_seed(11, index)
            assert row["messages"][-1] == {"role": "user", "content": problem.prompt}


def test_boxed_exports_carry_boxed_reference_responses(tmp_path):
    rows = eval_set_rows(ENVS, [3], 2, seed=0, markers="boxed")
    assert rows[0]["reference_response"] == "\\boxed{" + rows[0]["answer"] + "}"
    env = rlve_gym.make("Multiplication")
    assert all(env.verify(r["problem"], r["reference_response"]).correct for r in rows)


def test_score_compares_stored_verdicts_and_groups_samples_for_pass_at_k(tmp_path):
    rows = eval_set_rows(ENVS, [1], 3, seed=0)
    lines = []
    for row in rows:
        right = f"<answer>{row['answer']}</answer>"
        wrong = f"<answer>{int(row['answer']) + 1}</answer>"
        lines.append(
            {
                "problem": row["problem"],
                "response": right,
                "verdict": {"correct": True, "format_ok": True},
            }
        )
        # a stored verdict that no longer agrees with the verifier is counted
        lines.append(
            {
                "problem": row["problem"],
                "response": wrong,
                "verdict": {"correct": True, "format_ok": True},
            }
        )
    path = tmp_path / "mixed.jsonl"
    write_jsonl(path, lines)
    result = score_file(path, pass_ks=[1, 2])
    assert result.compared == 6 and result.disagreements == 3
    [cell] = result.cells
    assert cell.problems == 3 and cell.samples == 6
    assert cell.accuracy == 0.5 and cell.pass_at == {1: 0.5, 2: 1.0}


def test_score_reads_a_json_array_and_chat_style_completions(tmp_path):
    row = eval_set_rows(ENVS, [2], 1, seed=0)[0]
    completion = [{"role": "assistant", "content": row["reference_response"]}]
    path = tmp_path / "rows.json"
    path.write_text(json.dumps([{"problem": json.dumps(row["problem"]), "completion": completion}]))
    result = score_file(path)
    assert result.rows[0]["verdict"]["correct"] is True


def test_score_errors_name_the_line_and_what_is_missing(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"response": "<answer>1</answer>"}) + "\n")
    with pytest.raises(RlveError, match=r"bad.jsonl:1: no 'problem' field"):
        score_file(path)
    row = eval_set_rows(ENVS, [0], 1, seed=0)[0]
    path.write_text(json.dumps({"problem": row["problem"]}) + "\n")
    with pytest.raises(RlveError, match="no response field"):
        score_file(path)
    path.write_text("{not json\n")
    with pytest.raises(RlveError, match="not a JSON line"):
        score_file(path)
    result = CliRunner().invoke(app, ["score", str(tmp_path / "missing.jsonl")])
    assert (
        result.exit_code == 2
        and "no such file" in result.output
        and "Traceback" not in result.output
    )


def test_export_rejects_unknown_formats_in_one_line(tmp_path):
    result = CliRunner().invoke(
        app, ["export", "-o", str(tmp_path), "-e", "Multiplication", "-f", "csv"]
    )
    assert result.exit_code == 2 and "unknown export format" in result.output


@needs_datasets
def test_hf_dataset_round_trip_scores_perfectly(tmp_path):
    import datasets

    out = export(tmp_path, "-f", "hf")
    dataset = datasets.load_from_disk(str(out / "hf"))
    assert len(dataset) == 7 * 5
    assert {
        "env",
        "difficulty",
        "prompt",
        "answer",
        "problem",
        "messages",
        "reference_response",
    } <= set(dataset.column_names)
    problem = rlve_gym.Problem.from_dict(dataset[0]["problem"])
    assert problem.env_name == "Multiplication"
    summary = score(str(out / "hf"), "--response-field", "reference_response")
    assert summary["accuracy"] == 1.0


# ------------------------------------------------------------------------------- reward entry points


def load_by_path(path: str):
    """Load a module from its file, the way veRL and OpenRLHF load custom reward functions."""
    spec = importlib.util.spec_from_file_location("custom_reward_module", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def reward_module():
    import rlve_gym.evaluation.reward_fn as installed

    return load_by_path(installed.__file__)


def test_verl_compute_score_rewards_the_reference_and_shapes_failures(reward_module):
    row = eval_set_rows(ENVS, [4], 1, seed=0)[0]
    ground_truth = json.dumps(row["problem"])
    right = reward_module.compute_score(
        "rlve_gym", row["reference_response"], ground_truth, {"index": 0}
    )
    assert right == {"score": 1.0, "correct": 1.0, "format_ok": 1.0, "difficulty": 4}
    wrong = f"<answer>{int(row['answer']) + 1}</answer>"
    assert reward_module.compute_score("rlve_gym", wrong, ground_truth)["score"] == 0.0
    assert (
        reward_module.compute_score("rlve_gym", wrong, ground_truth, scheme="shaped")["score"]
        == -0.5
    )
    assert (
        reward_module.compute_score("rlve_gym", "no idea", ground_truth, scheme="shaped")["score"]
        == -1.0
    )
    assert (
        reward_module.compute_score(
            "rlve_gym", row["reference_response"], row["problem"], scheme="shaped"
        )["score"]
        == 1.0
    )
    with pytest.raises(RlveError, match="unknown reward scheme"):
        reward_module.compute_score("rlve_gym", "x", ground_truth, scheme="huge")


def test_openrlhf_reward_func_cuts_the_prompt_off_the_query(reward_module):
    pytest.importorskip("torch")
    rows = eval_set_rows(ENVS, [2], 3, seed=0)
    template = "<|im_start|>user\n{}<|im_end|>\n<|im_start|>assistant\n"
    prompts = [template.format(r["prompt"]) for r in rows]
    responses = [
        rows[0]["reference_response"],
        "I do not know",
        f"<answer>{int(rows[2]['answer']) + 1}</answer>",
    ]
    labels = [json.dumps(r["problem"]) for r in rows]
    # the prompts contain an example answer in markers; the unanswered query must not score it
    assert "<answer>" in prompts[1]
    result = reward_module.reward_func(
        [p + r for p, r in zip(prompts, responses, strict=True)], prompts, labels
    )
    assert result["rewards"].tolist() == [1.0, 0.0, 0.0]
    assert result["extra_logs"]["rlve_format_ok"].tolist() == [1.0, 0.0, 1.0]
    # a query whose prompt was re-rendered differently is still cut after the problem text
    shifted = ["<s>" + prompts[0] + responses[0]]
    assert reward_module.reward_func(shifted, ["other"], labels[:1])["rewards"].tolist() == [1.0]


@needs_datasets
def test_verl_and_openrlhf_exports_feed_their_reward_functions(tmp_path, reward_module):
    import datasets

    out = export(tmp_path, "-f", "verl,openrlhf")
    verl = datasets.Dataset.from_parquet(str(out / "verl.parquet"))
    row = verl[0]
    assert row["prompt"][-1]["role"] == "user" and row["reward_model"]["style"] == "rule"
    truth = row["reward_model"]["ground_truth"]
    answer = json.loads(truth)["answer"]
    assert (
        reward_module.compute_score(
            row["data_source"], f"<answer>{answer}</answer>", truth, row["extra_info"]
        )["score"]
        == 1.0
    )
    first = json.loads((out / "openrlhf.jsonl").read_text().splitlines()[0])
    assert first["prompt"] == row["prompt"] and first["label"] == truth
