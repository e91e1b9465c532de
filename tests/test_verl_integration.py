"""rlve-gym's veRL integration (rlve_gym/integrations/verl.py): the dataset of problem keys, the
curriculum sampler and the reward function.

The first part runs anywhere (a duck-typed batch stands in for veRL's ``DataProto``). The second
part needs veRL 0.7.1 and runs against its real classes: ``bash scripts/test_verl.sh`` builds a
separate environment for it (verl pins numpy<2) and runs this file there.
"""

from __future__ import annotations

import itertools
import json
import logging
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

import rlve_gym
from rlve_gym.errors import ConfigError
from rlve_gym.integrations import verl as rv

ENVS = ["Multiplication", "SortDistinctIntegers"]
GROUP = 4  # samples per prompt (veRL's actor_rollout_ref.rollout.n)
BATCH = 6  # prompts per step (veRL's data.train_batch_size)
#: decides after 2 groups at the frontier: a few steps move the frontiers
FAST_CURRICULUM = {"window": 2, "min_prompts": 2, "promote_threshold": 0.75}


def make_rows(max_difficulty: int = 4, problems: int = 3) -> list[dict]:
    return list(rv.curriculum_rows(ENVS, max_difficulty, problems, seed=0))


def data_config(batch: int = BATCH, **sampler) -> dict:
    sampler.setdefault("curriculum", FAST_CURRICULUM)
    sampler.setdefault("samples_per_epoch", 20 * batch)
    return {
        "train_batch_size": batch,
        "sampler": {
            "class_path": "pkg://rlve_gym.integrations.verl",
            "class_name": "RlveCurriculumSampler",
            **sampler,
        },
    }


def response(row: dict, sample: int) -> str:
    """A simulated learner: solves difficulty <= 1 always, difficulty 2 on even samples, no more."""
    problem, _ = rv.problem_from_ground_truth(row["reward_model"]["ground_truth"])
    difficulty = row["extra_info"]["difficulty"]
    if difficulty <= 1 or (difficulty == 2 and sample % 2 == 0):
        return "<think>easy</think>" + problem.reference_response()
    return "<answer>no idea</answer>"


def scored_batch(rows: list[dict], indices: list[int], **reward_kwargs) -> SimpleNamespace:
    """What veRL's fit() hands update(): every prompt repeated GROUP times (interleaved), a uid per
    prompt, the reward function's extra keys per sample, token_level_scores."""
    columns: dict[str, list] = {"extra_info": [], "uid": [], "data_source": []}
    rewards = []
    for k, index in enumerate(indices):
        row = rows[index]
        for sample in range(GROUP):
            result = rv.compute_score(
                row["data_source"],
                response(row, sample),
                row["reward_model"]["ground_truth"],
                dict(row["extra_info"]),
                **reward_kwargs,
            )
            columns["extra_info"].append(dict(row["extra_info"]))
            columns["uid"].append(f"prompt-{k}")
            columns["data_source"].append(row["data_source"])
            for key, value in result.items():
                columns.setdefault(key, []).append(value)
            rewards.append(result["score"])
    scores = np.zeros((len(rewards), 3), dtype=np.float32)
    scores[:, -1] = rewards
    non_tensor = {k: np.array(v, dtype=object) for k, v in columns.items()}
    return SimpleNamespace(non_tensor_batch=non_tensor, batch={"token_level_scores": scores})


def without_uniform_groups(batch: SimpleNamespace) -> SimpleNamespace:
    """DAPO's dynamic sampling: drop the groups whose samples all got the same reward."""
    uids = batch.non_tensor_batch["uid"]
    rewards = batch.batch["token_level_scores"].sum(-1)
    keep = [i for i, uid in enumerate(uids) if len(set(rewards[uids == uid].tolist())) > 1]
    return SimpleNamespace(
        non_tensor_batch={k: v[keep] for k, v in batch.non_tensor_batch.items()},
        batch={"token_level_scores": batch.batch["token_level_scores"][keep]},
    )


# ---------------------------------------------------------------------------------------------
# the dataset and the reward function


def test_rows_name_their_problem_by_key_and_hold_no_answer():
    rows = make_rows(max_difficulty=2, problems=2)
    assert len(rows) == len(ENVS) * 3 * 2
    assert [r["extra_info"]["index"] for r in rows] == list(range(len(rows)))
    for row in rows:
        key = json.loads(row["reward_model"]["ground_truth"])
        assert set(key) == {"env", "version", "difficulty", "seed", "markers"}
        problem, parsed = rv.problem_from_ground_truth(row["reward_model"]["ground_truth"])
        assert parsed is not None and parsed.cell == (
            row["extra_info"]["env"],
            row["extra_info"]["difficulty"],
            row["extra_info"]["seed"],
        )
        assert row["prompt"][-1] == {"role": "user", "content": problem.prompt}
        assert row["data_source"] == rv.DATA_SOURCE
    seeds = {r["extra_info"]["seed"] for r in rows}
    assert len(seeds) == 2  # the same K seeds in every (environment, difficulty) bucket


def test_reward_verifies_keys_and_whole_problems():
    row = make_rows(max_difficulty=1, problems=1)[1]
    truth = row["reward_model"]["ground_truth"]
    problem, _ = rv.problem_from_ground_truth(truth)
    right = rv.compute_score("rlve_gym", problem.reference_response(), truth, row["extra_info"])
    assert right == {
        "score": 1.0,
        "acc": 1.0,
        "format_ok": 1.0,
        "verdict_score": 1.0,
        "rlve_error": 0.0,
        "reason": "correct",
    }
    unformatted = rv.compute_score("rlve_gym", "no answer here", truth, scheme="shaped")
    assert unformatted["score"] == -1.0 and unformatted["format_ok"] == 0.0
    # a static export (whole problem as ground truth) goes through the same function
    whole = json.dumps(problem.to_dict())
    assert rv.compute_score("rlve_gym", problem.reference_response(), whole)["acc"] == 1.0


@pytest.mark.parametrize(
    "ground_truth",
    [
        "not json",
        "[1, 2]",
        '{"env": "NoSuchEnvironment", "version": 0, "difficulty": 1, "seed": 2}',
        '{"env": "Multiplication", "version": 99, "difficulty": 1, "seed": 2}',
        '{"env": "Multiplication", "difficulty": 1}',
        None,
    ],
)
def test_reward_never_raises_on_a_bad_row(ground_truth, caplog):
    with caplog.at_level(logging.WARNING):
        result = rv.compute_score("rlve_gym", "<answer>1</answer>", ground_truth)
    assert result["score"] == 0.0 and result["rlve_error"] == 1.0 and result["acc"] == 0.0
    assert result["reason"].startswith("internal verifier error")
    assert "rlve-gym reward" in caplog.text


def test_an_unknown_reward_scheme_is_a_config_error():
    truth = make_rows(max_difficulty=0, problems=1)[0]["reward_model"]["ground_truth"]
    with pytest.raises(ConfigError, match="reward scheme"):
        rv.compute_score("rlve_gym", "x", truth, scheme="generous")


def test_export_command_writes_train_and_validation_parquet(tmp_path):
    pytest.importorskip("pyarrow")
    pytest.importorskip("datasets")
    import pyarrow.parquet as pq
    from typer.testing import CliRunner

    from rlve_gym.cli.app import app

    out = tmp_path / "data"
    result = CliRunner().invoke(
        app,
        ["export-verl-curriculum", "-o", str(out), "-e", ",".join(ENVS), "-D", "2", "-n", "3"],
    )
    assert result.exit_code == 0, result.output
    train = pq.read_table(out / "train.parquet").to_pylist()
    assert len(train) == len(ENVS) * 3 * 3
    assert train == make_rows(max_difficulty=2, problems=3)
    val = pq.read_table(out / "val.parquet").to_pylist()
    assert len(val) == len(ENVS) * 3 * 4
    for row in val[:3]:  # whole problems, scored by the same reward function
        problem = rlve_gym.Problem.from_dict(row["reward_model"]["ground_truth"])
        assert (
            rv.compute_score(
                row["data_source"],
                problem.reference_response(),
                row["reward_model"]["ground_truth"],
            )["acc"]
            == 1.0
        )


def test_export_refuses_multi_turn_environments():
    with pytest.raises(rlve_gym.RlveError, match="multi-turn"):
        rv.training_envs(["HiddenNumberSearch"])


# ---------------------------------------------------------------------------------------------
# the sampler


def test_sampler_serves_the_curriculum_frontier_and_cycles_through_a_bucket():
    rows = make_rows(problems=3)
    sampler = rv.CurriculumSampler(rows, data_config(samples_per_epoch=None))
    assert len(sampler) == (len(rows) // BATCH) * BATCH  # whole batches of one dataset's size
    assert len(rv.CurriculumSampler(rows, data_config(samples_per_epoch=100))) == 96
    assert sampler.curriculum.env_names == ENVS
    assert sampler.curriculum.max_difficulty("Multiplication") == 4  # the dataset's top level
    iterator = iter(sampler)
    first = [next(iterator) for _ in range(BATCH)]
    assert {rows[i]["extra_info"]["difficulty"] for i in first} == {0}
    # each bucket hands out its 3 rows in turn before any comes back
    by_env: dict[str, list[int]] = {}
    for i in first + [next(iterator) for _ in range(BATCH)]:
        by_env.setdefault(rows[i]["extra_info"]["env"], []).append(i)
    for served in by_env.values():
        assert len(set(served[:3])) == min(3, len(served))
        assert all(served[k] == served[k - 3] for k in range(3, len(served)))


def test_update_records_every_group_of_the_batch_and_moves_the_frontier():
    rows = make_rows()
    sampler = rv.CurriculumSampler(rows, data_config())
    iterator = iter(sampler)
    for _ in range(4):
        indices = [next(iterator) for _ in range(BATCH)]
        sampler.update(scored_batch(rows, indices))
    metrics = sampler.metrics()
    assert metrics["rlve_sampler/groups_recorded"] == 4 * BATCH
    assert metrics["rlve_sampler/samples_recorded"] == 4 * BATCH * GROUP
    assert sum(metrics[f"curriculum/{e}/groups_recorded"] for e in ENVS) == 4 * BATCH
    assert max(sampler.curriculum.frontiers().values()) >= 1  # the learner solves levels 0-1
    later = [next(iterator) for _ in range(BATCH)]
    assert max(rows[i]["extra_info"]["difficulty"] for i in later) >= 1


def test_update_leaves_out_verifier_errors_and_inconsistent_groups(caplog):
    rows = make_rows()
    sampler = rv.CurriculumSampler(rows, data_config())
    iterator = iter(sampler)
    indices = [next(iterator) for _ in range(BATCH)]
    batch = scored_batch(rows, indices)
    batch.non_tensor_batch["rlve_error"][0] = 1.0  # one sample of prompt 0
    # the first sample of prompt 1 names another environment's problem under prompt 1's uid
    env_1 = rows[indices[1]]["extra_info"]["env"]
    other = next(i for i, r in enumerate(rows) if r["extra_info"]["env"] != env_1)
    batch.non_tensor_batch["extra_info"][GROUP] = dict(rows[other]["extra_info"])
    with caplog.at_level(logging.ERROR):
        sampler.update(batch)
    assert sampler.stats["error_samples"] == 1
    assert sampler.stats["inconsistent_groups"] == 1
    assert sampler.stats["groups_recorded"] == BATCH - 1
    assert sampler.stats["samples_recorded"] == (BATCH - 1) * GROUP - 1
    assert "mix samples of different problems" in caplog.text


def test_update_without_the_rlve_reward_keys_reads_the_reward():
    rows = make_rows()
    sampler = rv.CurriculumSampler(rows, data_config())
    iterator = iter(sampler)
    indices = [next(iterator) for _ in range(BATCH)]
    batch = scored_batch(rows, indices)
    for key in ("acc", "verdict_score", "rlve_error", "format_ok", "reason", "score"):
        del batch.non_tensor_batch[key]
    sampler.update(batch)
    solved = int((batch.batch["token_level_scores"].sum(-1) >= 1).sum())
    assert sampler.stats["samples_recorded"] == BATCH * GROUP
    assert sum(s["correct"] for s in sampler.curriculum.state_dict()["envs"].values()) == solved


def test_frontier_past_the_exported_levels_is_clamped_with_a_warning(caplog):
    rows = make_rows(max_difficulty=2)
    config = data_config(curriculum={"initial_difficulty": 5, "max_difficulty": 8, "window": 1})
    sampler = rv.CurriculumSampler(rows, config)
    with caplog.at_level(logging.WARNING):
        served = [rows[i]["extra_info"]["difficulty"] for i in (next(iter(sampler)),)]
    assert served == [2]
    assert sampler.stats["draws_clamped"] == 1
    assert "does not hold" in caplog.text and "serving 2" in caplog.text


def test_sampler_options_are_checked():
    rows = make_rows(max_difficulty=1, problems=1)
    with pytest.raises(ConfigError, match="unknown option"):
        rv.CurriculumSampler(rows, data_config(evns=["Multiplication"]))
    with pytest.raises(ConfigError, match="no rows for"):
        rv.CurriculumSampler(rows, data_config(envs=["ShortestPath"]))
    with pytest.raises(ConfigError, match="export-verl-curriculum"):
        rv.CurriculumSampler([{"extra_info": {"index": 0}}], data_config())
    only = rv.CurriculumSampler(rows, data_config(envs=["Multiplication"]))
    assert only.curriculum.env_names == ["Multiplication"]


def run_steps(
    rows: list[dict],
    config: dict,
    steps: int,
    *,
    save_at: int | None = None,
    resume: dict | None = None,
    dynamic_sampling: bool = False,
    reward_kwargs: dict | None = None,
) -> tuple[list[list[int]], dict, dict | None, rv.CurriculumSampler]:
    """veRL's loop: draw a batch, score it, checkpoint (before update, as veRL does), update.
    With ``dynamic_sampling``, groups of equal rewards are dropped and update() never runs (the
    DAPO recipe). Restoring follows torchdata: sampler state, then a fresh iterator's state."""
    sampler = rv.CurriculumSampler(rows, config)
    iterator = iter(sampler)
    if resume is not None:
        sampler.load_state_dict(resume["sampler"])
        iterator = iter(sampler)
        iterator.load_state_dict(resume["iterator"])
    drawn, saved = [], None
    for step in range(steps):
        indices = [next(iterator) for _ in range(BATCH)]
        drawn.append(indices)
        batch = scored_batch(rows, indices, **(reward_kwargs or {}))
        if step == save_at:
            state = {"sampler": sampler.state_dict(), "iterator": iterator.state_dict()}
            saved = json.loads(json.dumps(state))  # what a checkpoint can hold
        if dynamic_sampling:
            without_uniform_groups(batch)
        else:
            sampler.update(batch)
    return drawn, sampler.curriculum.state_dict(), saved, sampler


def test_state_round_trip_without_a_step_in_between():
    rows = make_rows()
    sampler = rv.CurriculumSampler(rows, data_config())
    iterator = iter(sampler)
    for _ in range(3):
        sampler.update(scored_batch(rows, [next(iterator) for _ in range(BATCH)]))
    state = json.loads(
        json.dumps({"sampler": sampler.state_dict(), "iterator": iterator.state_dict()})
    )
    expected = [next(iterator) for _ in range(3 * BATCH)]
    restored = rv.CurriculumSampler(rows, data_config())
    restored.load_state_dict(state["sampler"])
    again = iter(restored)
    again.load_state_dict(state["iterator"])
    assert [next(again) for _ in range(3 * BATCH)] == expected
    assert restored.curriculum.state_dict()["draws"] == sampler.curriculum.state_dict()["draws"]


def test_verdict_log_resume_continues_exactly_as_the_uninterrupted_run(tmp_path):
    rows = make_rows()
    log = str(tmp_path / "verdicts")
    config = data_config(verdict_log=log)
    full, final, saved, _ = run_steps(
        rows, config, 8, save_at=3, reward_kwargs={"verdict_log": log}
    )
    # the "crashed" run wrote verdicts for steps 4-7 after the checkpoint; the resume ignores them
    resumed, resumed_final, _, sampler = run_steps(
        rows, config, 4, resume=saved, reward_kwargs={"verdict_log": log}
    )
    assert resumed == full[4:]
    assert resumed_final == final
    assert sampler.stats["samples_recorded"] == 8 * BATCH * GROUP
    assert max(final["envs"][e]["frontier"] for e in ENVS) >= 1


def test_verdict_log_counts_groups_that_dynamic_sampling_drops(tmp_path):
    rows = make_rows()
    log = str(tmp_path / "verdicts")
    _, _, _, sampler = run_steps(
        rows,
        data_config(verdict_log=log),
        5,
        dynamic_sampling=True,
        reward_kwargs={"verdict_log": log},
    )
    sampler.state_dict()  # a checkpoint (or the next batch) reads what the last step logged
    # every sample counts; two draws of one row in a step join into one group
    assert sampler.stats["samples_recorded"] == 5 * BATCH * GROUP
    assert 4 * BATCH <= sampler.stats["groups_recorded"] <= 5 * BATCH
    logged = sum(len(p.read_text().splitlines()) for p in Path(log).glob("*.jsonl"))
    assert logged == 5 * BATCH * GROUP


def test_verdict_log_ignores_verdicts_on_rows_it_did_not_hand_out(tmp_path):
    rows = make_rows()
    log = str(tmp_path / "verdicts")
    stale = scored_batch(rows, [0, 1], verdict_log=log)  # an earlier run, before this sampler
    sampler = rv.CurriculumSampler(rows, data_config(verdict_log=log))
    iterator = iter(sampler)
    indices = [next(iterator) for _ in range(BATCH)]
    not_served = next(i for i in range(len(rows)) if i not in indices)
    scored_batch(rows, [not_served], verdict_log=log)  # e.g. validation over the same rows
    batch = scored_batch(rows, indices, verdict_log=log)
    sampler.update(batch)
    assert stale is not None
    assert sampler.stats["groups_recorded"] == len(set(indices))
    assert sampler.stats["foreign_verdicts"] == GROUP
    assert sampler.stats["groups_without_log_verdicts"] == 0


def test_verdict_log_collects_verdicts_written_by_other_processes(tmp_path):
    """veRL scores in reward-worker processes (Ray actors): each appends to its own file."""
    import multiprocessing
    import os

    rows = make_rows()
    log = str(tmp_path / "verdicts")
    sampler = rv.CurriculumSampler(rows, data_config(verdict_log=log))
    iterator = iter(sampler)
    indices = [next(iterator) for _ in range(BATCH)]
    calls = [
        (
            rows[i]["data_source"],
            response(rows[i], sample),
            rows[i]["reward_model"]["ground_truth"],
            dict(rows[i]["extra_info"]),
            "binary",
            log,
        )
        for i in indices
        for sample in range(GROUP)
    ]
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        results = pool.starmap(rv.compute_score, calls, chunksize=GROUP)
    assert len(results) == BATCH * GROUP
    files = list(Path(log).glob("*.jsonl"))
    assert files and all(not f.stem.endswith(f"-{os.getpid()}") for f in files)
    sampler.state_dict()
    assert sampler.stats["samples_recorded"] == BATCH * GROUP
    assert sampler.stats["foreign_verdicts"] == 0


def test_update_warns_when_the_reward_function_does_not_write_the_log(tmp_path, caplog):
    rows = make_rows()
    sampler = rv.CurriculumSampler(rows, data_config(verdict_log=str(tmp_path / "verdicts")))
    iterator = iter(sampler)
    batch = scored_batch(rows, [next(iterator) for _ in range(BATCH)])  # no verdict_log given
    with caplog.at_level(logging.WARNING):
        sampler.update(batch)
    assert sampler.stats["groups_without_log_verdicts"] > 0
    assert "reward_kwargs.verdict_log" in caplog.text


def test_metrics_file_gets_a_line_per_recording(tmp_path):
    rows = make_rows()
    path = tmp_path / "metrics.jsonl"
    sampler = rv.CurriculumSampler(rows, data_config(metrics_file=str(path)))
    iterator = iter(sampler)
    for _ in range(2):
        sampler.update(scored_batch(rows, [next(iterator) for _ in range(BATCH)]))
    lines = [json.loads(line) for line in path.read_text().splitlines()]
    assert len(lines) == 2
    assert lines[-1]["rlve_sampler/groups_recorded"] == 2 * BATCH
    assert "curriculum/Multiplication/difficulty" in lines[-1]


def test_module_imports_no_trainer_and_names_the_verl_class_lazily():
    import subprocess
    import sys

    code = (
        "import sys, rlve_gym.integrations.verl as m; "
        "print(sorted(x for x in ('verl', 'torch', 'ray', 'pyarrow', 'datasets') if x in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# ---------------------------------------------------------------------------------------------
# against veRL 0.7.1's real classes (bash scripts/test_verl.sh)

CONFIG_DIR = Path(__file__).resolve().parents[1] / "configs" / "verl"
_CONFIGS = itertools.count()


@pytest.fixture(scope="module")
def verl_kit(tmp_path_factory):
    """veRL imported, a curriculum dataset exported, a tiny local tokenizer built."""
    pytest.importorskip("verl", reason="needs verl==0.7.1 (bash scripts/test_verl.sh)")
    from rlve_gym.trainers.tiny_model import build_tokenizer

    root = tmp_path_factory.mktemp("verl")
    written = rv.write_curriculum_dataset(
        root / "data", ENVS, max_difficulty=4, problems=3, val_problems=1
    )
    import pyarrow.parquet as pq

    rows = pq.read_table(written.train_path).to_pylist()
    corpus = [m["content"] for r in rows for m in r["prompt"]] + ["<answer>0 1 2</answer>"]
    tokenizer = build_tokenizer(corpus, 400)
    return SimpleNamespace(root=root, data=written, rows=rows, tokenizer=tokenizer)


def verl_config(kit, **overrides):
    """The documented config (configs/verl/grpo_rlve_curriculum.yaml), composed by Hydra with
    veRL's own defaults, pointed at the test data."""
    from hydra import compose, initialize_config_dir
    from omegaconf import OmegaConf

    settings = {
        "actor_rollout_ref.model.path": str(kit.root / "model"),
        "data.train_files": str(kit.data.train_path),
        "data.val_files": str(kit.data.val_path),
        "data.train_batch_size": BATCH,
        "data.max_prompt_length": 4096,
        "data.sampler.verdict_log": str(kit.root / f"verdicts-{next(_CONFIGS)}"),
        "data.sampler.metrics_file": None,
        "data.sampler.samples_per_epoch": 20 * BATCH,
        "data.sampler.curriculum": FAST_CURRICULUM,
        "actor_rollout_ref.rollout.n": GROUP,
        **overrides,
    }
    with initialize_config_dir(config_dir=str(CONFIG_DIR), version_base=None):
        config = compose(config_name="grpo_rlve_curriculum")
    for key, value in settings.items():
        OmegaConf.update(config, key, value, merge=False)
    OmegaConf.resolve(config)
    return config


def verl_dataset(kit, config):
    from verl.trainer.main_ppo import create_rl_dataset

    return create_rl_dataset(
        config.data.train_files, config.data, kit.tokenizer, None, is_train=True
    )


def verl_loader(dataset, sampler):
    """The train dataloader RayPPOTrainer._create_dataloader builds."""
    from torchdata.stateful_dataloader import StatefulDataLoader
    from verl.utils.dataset.rl_dataset import collate_fn

    return StatefulDataLoader(
        dataset=dataset,
        batch_size=BATCH,
        num_workers=0,
        drop_last=True,
        collate_fn=collate_fn,
        sampler=sampler,
    )


def verl_step(kit, config, batch_dict, reward_manager):
    """One step of RayPPOTrainer.fit up to the batch update() gets: uid, repeat per response,
    responses scored by veRL's NaiveRewardManager with our reward function, token_level_scores
    and the reward's extra keys in the batch (as AgentLoopManager and fit put them)."""
    import asyncio
    import uuid

    import torch
    from tensordict import TensorDict
    from verl import DataProto

    batch = DataProto.from_single_dict(batch_dict)
    batch.non_tensor_batch["uid"] = np.array(
        [str(uuid.uuid4()) for _ in range(len(batch))], dtype=object
    )
    batch = batch.repeat(repeat_times=GROUP, interleave=True)
    items, texts = [], []
    for i in range(len(batch)):
        info = dict(batch.non_tensor_batch["extra_info"][i])
        row = kit.rows[info["index"]]
        text = response(row, i % GROUP)
        ids = torch.tensor([kit.tokenizer.encode(text)], dtype=torch.long)
        items.append(
            DataProto(
                batch=TensorDict(
                    {"responses": ids, "attention_mask": torch.ones_like(ids)}, batch_size=1
                ),
                non_tensor_batch={
                    key: np.array([batch.non_tensor_batch[key][i]], dtype=object)
                    for key in ("data_source", "reward_model")
                }
                | {"extra_info": np.array([info], dtype=object)},
            )
        )
        texts.append(text)

    async def score_all():
        return await asyncio.gather(*(reward_manager.run_single(item) for item in items))

    results = reward_manager.loop.run_until_complete(score_all())
    scores = torch.zeros((len(batch), 4), dtype=torch.float32)
    scores[:, -1] = torch.tensor([r["reward_score"] for r in results])
    batch.batch["token_level_scores"] = scores
    keys = list(results[0]["reward_extra_info"])
    batch.non_tensor_batch.update(
        {k: np.array([r["reward_extra_info"][k] for r in results]) for k in keys}
    )
    return batch


def reward_manager_for(kit, config):
    from verl.experimental.reward_loop.reward_manager.naive import NaiveRewardManager
    from verl.trainer.ppo.reward import get_custom_reward_fn

    compute_score = get_custom_reward_fn(config)
    assert compute_score is not None
    return NaiveRewardManager(config, kit.tokenizer, compute_score)


def test_verl_builds_our_sampler_and_reward_from_the_documented_config(verl_kit):
    from verl.experimental.dataset.sampler import AbstractCurriculumSampler, AbstractSampler
    from verl.trainer.main_ppo import create_rl_sampler
    from verl.utils.import_utils import load_extern_object

    config = verl_config(verl_kit)
    assert config.data.dataloader_num_workers == 0
    assert config.algorithm.adv_estimator == "grpo"
    dataset = verl_dataset(verl_kit, config)
    assert len(dataset) == len(verl_kit.rows)
    sampler = create_rl_sampler(config.data, dataset)
    assert isinstance(sampler, AbstractSampler) and isinstance(sampler, AbstractCurriculumSampler)
    assert isinstance(sampler, rv.CurriculumSampler)
    assert sampler.curriculum.env_names == ENVS
    assert type(sampler) is load_extern_object(
        "pkg://rlve_gym.integrations.verl", "RlveCurriculumSampler"
    )
    # the reward function veRL loads, with reward_kwargs merged in
    reward = reward_manager_for(verl_kit, config).compute_score
    row = verl_kit.rows[0]
    result = reward(
        data_source=row["data_source"],
        solution_str=response(row, 0),
        ground_truth=row["reward_model"]["ground_truth"],
        extra_info=row["extra_info"],
    )
    assert result["acc"] == 1.0 and result["score"] == 1.0
    assert list(Path(config.data.sampler.verdict_log).glob("*.jsonl"))  # the reward logged it


def test_verl_batches_update_and_resume_identically(verl_kit):
    import torch

    config = verl_config(verl_kit)
    manager = reward_manager_for(verl_kit, config)

    def run(steps, save_at=None, state=None):
        dataset = verl_dataset(verl_kit, config)
        from verl.trainer.main_ppo import create_rl_sampler

        loader = verl_loader(dataset, create_rl_sampler(config.data, dataset))
        if state is not None:
            loader.load_state_dict(state)
        drawn, saved = [], None
        iterator = iter(loader)
        for step in range(steps):
            batch_dict = next(iterator)
            drawn.append([int(info["index"]) for info in batch_dict["extra_info"]])
            batch = verl_step(verl_kit, config, batch_dict, manager)
            if step == save_at:  # RayPPOTrainer._save_checkpoint, before update()
                path = verl_kit.root / "data.pt"
                torch.save(loader.state_dict(), path)
                saved = torch.load(path, weights_only=False)
            loader.sampler.update(batch=batch)
        return drawn, loader.sampler, saved

    full, sampler, saved = run(7, save_at=2)
    assert sampler.stats["samples_recorded"] == 7 * BATCH * GROUP
    assert sampler.stats["groups_without_log_verdicts"] == 0
    assert max(sampler.curriculum.frontiers().values()) >= 1
    resumed, again, _ = run(4, state=saved)
    assert resumed == full[3:]
    assert again.curriculum.state_dict() == sampler.curriculum.state_dict()


def test_verl_batch_mode_reads_verdicts_from_the_dataproto(verl_kit):
    config = verl_config(verl_kit, **{"data.sampler.verdict_log": None})
    dataset = verl_dataset(verl_kit, config)
    from verl.trainer.main_ppo import create_rl_sampler

    sampler = create_rl_sampler(config.data, dataset)
    loader = verl_loader(dataset, sampler)
    manager = reward_manager_for(verl_kit, config)
    for _, batch_dict in zip(range(3), loader):
        batch = verl_step(verl_kit, config, batch_dict, manager)
        assert {"acc", "score", "verdict_score", "rlve_error", "reason"} <= set(
            batch.non_tensor_batch
        )
        sampler.update(batch=batch)
    assert sampler.stats["groups_recorded"] == 3 * BATCH
    assert sampler.stats["samples_recorded"] == 3 * BATCH * GROUP
