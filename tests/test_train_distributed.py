"""Two training processes (torch.distributed, gloo on CPU) keep one identical curriculum.

Each process samples the same problems, verifies only its shard of every group's completions
(groups are split across the processes, as TRL does when a group spans GPUs), gathers the
verdicts with ``all_gather_objects`` and records the union. Both processes must end in the same
state as a single process that saw every verdict.
"""

from __future__ import annotations

import importlib.util
import json
import socket

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.train]

if importlib.util.find_spec("torch") is None:
    pytest.skip(
        "needs the [train] extras (torch): bash scripts/install_train_extras.sh",
        allow_module_level=True,
    )

ENVS = ["Multiplication", "SortDistinctIntegers"]
GROUP, PROBLEMS, ROUNDS = 4, 6, 12
CONFIG = {
    "window": 2,
    "min_prompts": 1,
    "promote_threshold": 0.75,
    "demote_threshold": 0.25,
    "group_size": GROUP,
}


def _responses(problem, round_index: int) -> list[str]:
    """A deterministic mix of right, wrong and malformed answers that varies by problem and round."""
    pattern = (problem.seed + round_index) % 5
    right = f"<answer>{problem.answer}</answer>"
    wrong = "<answer>7 7 7</answer>"
    return [
        right if (pattern + i) % 5 < 4 - (round_index % 3) else (wrong if i % 2 else "no idea")
        for i in range(GROUP)
    ]


def _worker(rank: int, world: int, port: int, out_dir: str) -> None:
    import torch.distributed as dist

    from rlve_gym.curriculum import Curriculum
    from rlve_gym.trainers.distributed import all_gather_objects, merge_group_shards

    dist.init_process_group(
        "gloo", init_method=f"tcp://127.0.0.1:{port}", rank=rank, world_size=world
    )
    try:
        curriculum = Curriculum(ENVS, config=CONFIG, seed=11)
        per_rank = GROUP // world
        for round_index in range(ROUNDS):
            problems = curriculum.sample(PROBLEMS)
            shard = {}
            for slot, problem in enumerate(problems):
                mine = _responses(problem, round_index)[rank * per_rank : (rank + 1) * per_rank]
                env = curriculum.environment(problem.env_name)
                shard[slot] = [v.to_dict() for v in env.verify_batch(problem, mine)]
            curriculum.record_results(merge_group_shards(problems, all_gather_objects(shard)))
        with open(f"{out_dir}/rank{rank}.json", "w") as out:
            json.dump(curriculum.state_dict(), out)
    finally:
        dist.destroy_process_group()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_two_gloo_processes_make_identical_decisions_equal_to_one_process(tmp_path):
    import torch.multiprocessing as mp

    from rlve_gym.curriculum import Curriculum

    mp.spawn(_worker, args=(2, _free_port(), str(tmp_path)), nprocs=2, join=True)
    states = [json.loads((tmp_path / f"rank{r}.json").read_text()) for r in range(2)]
    assert states[0] == states[1]

    from rlve_gym.curriculum.results import GroupResult

    single = Curriculum(ENVS, config=CONFIG, seed=11)
    for round_index in range(ROUNDS):
        results = []
        for problem in single.sample(PROBLEMS):
            env = single.environment(problem.env_name)
            verdicts = env.verify_batch(problem, _responses(problem, round_index))
            results.append(GroupResult.from_verdicts(problem, verdicts))
        single.record_results(results)  # a step's groups at once, as the trainer records them
    assert states[0] == json.loads(json.dumps(single.state_dict()))
    moved = [s["frontier"] for s in states[0]["envs"].values()]
    assert moved != [0, 0] or any(
        s["demotions"] or s["promotions"] for s in states[0]["envs"].values()
    )


_RANK_SCRIPT = """
import json, os, sys
from rlve_gym.trainers.config import TrainConfig
from rlve_gym.trainers.grpo import train
summary = train(TrainConfig.from_dict(json.loads(sys.argv[1])), log=lambda *_: None)
with open(os.path.join(sys.argv[2], f"summary_rank{os.environ['RANK']}.json"), "w") as out:
    json.dump(summary["environments"], out)
"""


def test_two_process_grpo_run_keeps_every_rank_on_the_same_curriculum(tmp_path):
    """The real trainer under torchrun: groups split across 2 ranks, identical decisions everywhere."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    if importlib.util.find_spec("trl") is None:
        pytest.skip("needs the [train] extras (trl): bash scripts/install_train_extras.sh")
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
    model = build_tiny_model(tmp_path / "model", ENVS, settings, system_prompt="")
    config = {
        "environments": ENVS,
        "model": {"path": str(model)},
        "system_prompt": "",
        "cpu_threads": 1,
        "live_table": False,
        "output_dir": str(tmp_path / "run"),
        "curriculum": {
            "initial_difficulty": 3,
            "demote_threshold": 0.3,
            "window": 2,
            "min_prompts": 1,
        },
        # 3 problems x 4 completions over 2 ranks of 6: the middle group is split between ranks
        "grpo": {
            "max_steps": 3,
            "num_generations": 4,
            "per_device_train_batch_size": 6,
            "max_completion_length": 8,
        },
        "generation": {"backend": "transformers"},
    }
    script = tmp_path / "rank.py"
    script.write_text(_RANK_SCRIPT)
    torchrun = Path(sys.executable).with_name("torchrun")
    command = [
        str(torchrun),
        "--nproc_per_node",
        "2",
        "--master_port",
        str(_free_port()),
        str(script),
        json.dumps(config),
        str(tmp_path),
    ]
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    done = subprocess.run(command, capture_output=True, text=True, timeout=480, env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    ranks = [json.loads((tmp_path / f"summary_rank{r}.json").read_text()) for r in range(2)]
    assert ranks[0] == ranks[1]
    records = [
        json.loads(line) for line in (tmp_path / "run" / "groups.jsonl").read_text().splitlines()
    ]
    assert len(records) == 3
    for record in records:
        assert len(record["groups"]) == 3 and all(len(g["correct"]) == 4 for g in record["groups"])
