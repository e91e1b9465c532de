"""Training pieces that need no torch: the config schema, reward schemes, verdict merging, export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import rlve_gym
from rlve_gym.cli.app import app
from rlve_gym.errors import ConfigError
from rlve_gym.trainers.config import TrainConfig
from rlve_gym.trainers.distributed import merge_group_shards
from rlve_gym.trainers.rewards import reward_from_verdict

CONFIGS = Path(__file__).resolve().parents[1] / "configs"


@pytest.mark.parametrize("path", sorted(CONFIGS.glob("*.yaml")), ids=lambda p: p.name)
def test_shipped_configs_validate(path):
    config = TrainConfig.from_file(path)
    assert config.curriculum_config().group_size == config.grpo.num_generations


def test_embedded_default_is_a_tiny_cpu_vllm_run_with_warm_start():
    config = TrainConfig.from_file(CONFIGS / "tiny-cpu.yaml")
    assert config.model.path is None and config.generation.backend == "vllm"
    assert config.sft.enabled


def test_embedded_default_trains_three_families_jointly_and_measures_heldout_accuracy():
    """Issue 14: joint training on >= 3 environment families; the warm start covers only the
    lowest levels, so levels above it are GRPO's to reach; held-out accuracy before and after
    covers those levels; promotions need statistical evidence (tests/test_train_heldout.py)."""
    from rlve_gym.curriculum.curriculum import resolve_env_names
    from rlve_gym.registry import all_env_info

    config = TrainConfig.from_file(CONFIGS / "tiny-cpu.yaml")
    names = resolve_env_names(config.environments)
    info = all_env_info()
    assert len({info[n]["category"] for n in names}) >= 3
    assert config.sft.max_difficulty <= 1
    assert config.heldout.enabled
    assert max(config.heldout.difficulties) >= config.sft.max_difficulty + 3
    curriculum = config.curriculum_config()
    assert curriculum.policy == "sequential" and curriculum.confidence >= 0.99
    assert config.time_limit_s is not None and config.time_limit_s <= 600
    assert config.cpu_threads == 1  # sized for 2 cores: vLLM and training share them


@pytest.mark.parametrize(
    "data, field",
    [
        ({"environments": "all", "grpo": {"num_generations": 1}}, "grpo.num_generations"),
        ({"environments": "all", "reward": "lenient"}, "reward"),
        ({"environments": "all", "curriculum": {"window": 0}}, "curriculum.window"),
        ({"environments": "all", "learning_rate": 1e-3}, "learning_rate: unknown option"),
        (
            {
                "environments": "all",
                "model": {"tiny": {"hidden_size": 64, "num_attention_heads": 4}},
            },
            "head size",
        ),
        ({}, "environments"),
    ],
)
def test_bad_config_values_fail_with_one_line_naming_the_field(data, field):
    with pytest.raises(ConfigError) as info:
        TrainConfig.from_dict(data)
    message = str(info.value)
    assert field in message and "\n" not in message


def test_unreadable_and_malformed_config_files(tmp_path):
    with pytest.raises(ConfigError, match="cannot read"):
        TrainConfig.from_file(tmp_path / "missing.yaml")
    broken = tmp_path / "broken.yaml"
    broken.write_text("environments: [a, b\n")
    with pytest.raises(ConfigError, match="not valid YAML"):
        TrainConfig.from_file(broken)


def test_reward_schemes():
    right = rlve_gym.Verdict.right()
    partial = rlve_gym.Verdict.wrong("close", score=0.5)
    wrong = rlve_gym.Verdict.wrong("no")
    malformed = rlve_gym.Verdict.bad_format("no answer")
    table = {
        "binary": (1.0, 0.0, 0.0, 0.0),
        "partial": (1.0, 0.5, 0.0, 0.0),
        "shaped": (1.0, 0.0, -0.5, -1.0),
    }
    for scheme, expected in table.items():
        got = tuple(reward_from_verdict(v, scheme) for v in (right, partial, wrong, malformed))
        assert got == expected, scheme
    nearly = rlve_gym.Verdict.wrong("almost", score=0.99)
    assert reward_from_verdict(nearly, "shaped") < reward_from_verdict(right, "shaped")


def test_split_groups_merge_into_whole_groups_in_rank_order():
    env = rlve_gym.make("SortDistinctIntegers")
    problems = [env.generate(difficulty=1, seed=s) for s in range(3)]
    right = rlve_gym.Verdict.right().to_dict()
    wrong = rlve_gym.Verdict.wrong("no", score=0.25).to_dict()
    rank0 = {0: [right, right], 1: [wrong, wrong], 2: [right, wrong]}
    rank1 = {0: [wrong, right], 1: [right, wrong], 2: [wrong, wrong]}
    results = merge_group_shards(problems, [rank0, rank1])
    assert [r.seed for r in results] == [0, 1, 2]
    assert results[0].correct == [True, True, False, True]
    assert results[1].scores == [0.25, 0.25, 1.0, 0.25]
    assert all(len(r.correct) == 4 for r in results)


def test_export_sft_writes_reference_answers_that_verify(tmp_path):
    out = tmp_path / "sft.jsonl"
    result = CliRunner().invoke(
        app,
        [
            "export-sft",
            "--envs",
            "SortDistinctIntegers,Multiplication",
            "-d",
            "0-2",
            "-n",
            "3",
            "-o",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rows) == 2 * 3 * 3
    assert {(r["env"], r["difficulty"]) for r in rows} == {
        (e, d) for e in ("SortDistinctIntegers", "Multiplication") for d in range(3)
    }
    for row in rows:
        env = rlve_gym.make(row["env"])
        problem = env.generate(difficulty=row["difficulty"], seed=row["seed"])
        assert problem.prompt == row["prompt"] and problem.answer == row["answer"]
        assert env.verify(problem, row["messages"][-1]["content"]).correct


def test_export_sft_rejects_bad_levels(tmp_path):
    result = CliRunner().invoke(
        app, ["export-sft", "--envs", "Multiplication", "-d", "x", "-o", str(tmp_path / "a")]
    )
    assert result.exit_code == 2 and "--difficulties" in result.output


def test_train_command_reports_config_errors_in_one_line(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("environments: all\ngrpo: {max_steps: 0}\n")
    result = CliRunner().invoke(app, ["train", "--config", str(bad)])
    assert result.exit_code == 2
    assert "grpo.max_steps" in result.output and "Traceback" not in result.output


def test_sft_env_weights_set_each_environments_share_of_the_warm_start():
    from collections import Counter

    from rlve_gym.trainers.sft import sft_problems

    names = ["SortDistinctIntegers", "Multiplication", "NextLargerPalindrome"]
    weighted = list(sft_problems(names, 0, 1, 50, seed=0, env_weights={"Multiplication": 0.5}))
    assert Counter(p.env_name for p in weighted) == {
        "SortDistinctIntegers": 20,
        "NextLargerPalindrome": 20,
        "Multiplication": 10,
    }
    dropped = list(sft_problems(names, 0, 1, 9, seed=0, env_weights={"Multiplication": 0}))
    assert "Multiplication" not in {p.env_name for p in dropped} and len(dropped) == 9
    plain = [p.env_name for p in sft_problems(names, 0, 1, 6, seed=0)]
    assert plain == names * 2  # no weights: environments in turn, as before
    assert {p.difficulty for p in sft_problems(names, 0, 1, 30, seed=0)} == {0, 1}
