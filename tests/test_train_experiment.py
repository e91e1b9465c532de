"""``rlve-gym experiment`` on a tiny run: three arms of two GRPO steps each (transformers
generation), then the report. Checks the plumbing (same start, same compute, the arms' schedules,
held-out bookkeeping, the table), not learning."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from rlve_gym.cli.app import app

pytestmark = [pytest.mark.slow, pytest.mark.train]

if importlib.util.find_spec("torch") is None or importlib.util.find_spec("trl") is None:
    pytest.skip(
        "needs the [train] extras (torch, trl): bash scripts/install_train_extras.sh",
        allow_module_level=True,
    )

ENVS = ["SortDistinctIntegers", "Multiplication"]


def test_experiment_runs_three_arms_with_the_same_start_and_compute_and_writes_its_table(
    tmp_path: Path,
):
    config = {
        "environments": ENVS,
        "model": {
            "tiny": {
                "hidden_size": 64,
                "num_layers": 1,
                "num_attention_heads": 2,
                "num_key_value_heads": 1,
                "intermediate_size": 64,
                "tokenizer_corpus_problems": 30,
            }
        },
        "system_prompt": "",
        "cpu_threads": 1,
        "reward": "partial",
        "output_dir": str(tmp_path / "unused"),
        "time_limit_s": 1,  # dropped by the experiment: every arm gets the same steps
        "sft": {"enabled": True, "max_difficulty": 0, "examples": 32, "batch_size": 8},
        "curriculum": {"policy": "sequential", "window": 2},
        "grpo": {
            "max_steps": 50,
            "num_generations": 4,
            "per_device_train_batch_size": 8,
            "max_completion_length": 8,
        },
        "generation": {"backend": "transformers"},
        "heldout": {"enabled": False, "difficulties": [0, 2], "problems": 2},
        "experiment": {"fixed_difficulty": 1},
    }
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(config))
    out = tmp_path / "experiment"
    result = CliRunner().invoke(
        app, ["experiment", "--config", str(path), "-o", str(out), "--max-steps", "2"]
    )
    assert result.exit_code == 0, result.output

    report = json.loads((out / "experiment.json").read_text())
    assert list(report["arms"]) == ["adaptive", "fixed", "uniform"]
    markdown = (out / "experiment.md").read_text()
    for arm in ("adaptive", "fixed", "uniform"):
        assert f"| {arm} |" in markdown
        summary = json.loads((out / arm / "summary.json").read_text())
        assert summary["steps"] == 2  # --max-steps, not the time limit
        arm_config = json.loads((out / arm / "config.json").read_text())
        assert arm_config["model"]["path"] == str(out / "start" / "initial-model")
        assert arm_config["sft"]["enabled"] is False and arm_config["time_limit_s"] is None
        heldout = summary["heldout"]
        assert heldout["all"]["n"] == len(ENVS) * 2 * 2
        assert set(heldout["cells"]) == set(ENVS)
        groups = [
            g
            for line in (out / arm / "groups.jsonl").read_text().splitlines()
            for g in json.loads(line)["groups"]
        ]
        assert len(groups) == 2 * 2  # 2 steps x 2 problems: the same compute in every arm
        levels = {g["difficulty"] for g in groups}
        if arm == "fixed":
            assert levels == {1}
        elif arm == "uniform":
            assert levels <= {0, 1, 2}
        else:
            assert levels == {0}
        assert 0.0 <= report["arms"][arm]["effective_prompt_ratio"] <= 1.0
    # every arm scored the same held-out problems with the same starting model
    befores = [
        json.loads((out / arm / "heldout.json").read_text())["before"]["records"]
        for arm in ("adaptive", "fixed", "uniform")
    ]
    keys = [[(r["env"], r["difficulty"], r["seed"]) for r in b] for b in befores]
    assert keys[0] == keys[1] == keys[2]
    assert [r["accuracy"] for r in befores[0]] == [r["accuracy"] for r in befores[1]]
    assert (out / "experiment.png").stat().st_size > 0
