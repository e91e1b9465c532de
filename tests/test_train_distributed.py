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
    pytest.skip("needs the [train] extras (torch): bash scripts/install_train_extras.sh", allow_module_level=True)

ENVS = ["Multiplication", "SortDistinctIntegers"]
GROUP, PROBLEMS, ROUNDS = 4, 6, 12
CONFIG = {"window": 2, "min_prompts": 1, "promote_threshold": 0.75, "demote_threshold": 0.25, "group_size": GROUP}


def _responses(problem, round_index: int) -> list[str]:
    """A deterministic mix of right, wrong and malformed answers that varies by problem and round."""
    pattern = (problem.seed + round_index) % 5
    right = f"<answer>{problem.answer}</answer>"
    wrong = "<answer>7 7 7</answer>"
    return [right if (pattern + i) % 5 < 4 - (round_index % 3) else (wrong if i % 2 else "no idea") for i in range(GROUP)]


def _worker(rank: int, world: int, port: int, out_dir: str) -> None:
    import torch.distributed as dist

    from rlve_gym.curriculum import Curriculum
    from rlve_gym.trainers.distributed import all_gather_objects, merge_group_shards

    dist.init_process_group("gloo", init_method=f"tcp://127.0.0.1:{port}", rank=rank, world_size=world)
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
    assert moved != [0, 0] or any(s["demotions"] or s["promotions"] for s in states[0]["envs"].values())
