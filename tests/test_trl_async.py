"""CurriculumSpec under TRL's asynchronous GRPO trainer, without vLLM: the rollout side runs in a
*spawned* process exactly as ``AsyncRolloutWorker`` runs it (factory and reward function pickled
into the child, one ``reset(**row)`` per completion, the reward called once per whole group), so
the verdicts are recorded in a process the checkpointing callback cannot see. The checks: the
checkpoint holds the child's curriculum, and a child started from that checkpoint continues it
exactly as an uninterrupted run would have."""

from __future__ import annotations

import importlib.util
import json
import multiprocessing
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.train]

if importlib.util.find_spec("torch") is None or importlib.util.find_spec("trl") is None:
    pytest.skip(
        "needs the [train] extras (torch, trl): bash scripts/install_train_extras.sh",
        allow_module_level=True,
    )

from rlve_gym.trainers.trl_env import (  # noqa: E402
    GROUP_COLUMN,
    SPEC_STATE_FILE,
    CurriculumSpec,
    hub,
)

ENVS = ["Multiplication", "SortDistinctIntegers"]
GROUP = 4
CURRICULUM = {"initial_difficulty": 2, "demote_threshold": 0.3, "window": 2, "min_prompts": 1}


def _as_json(value: Any) -> Any:
    """What a checkpoint file gives back (tuples become lists, keys become strings)."""
    return json.loads(json.dumps(value))


def _rollout(factory: Any, reward: Any, keys: list[int]) -> list[str]:
    """One group per key, the way TRL's rollout worker drives them; returns each group's prompt.

    How many of a group's answers are right depends on the key alone, so every run that draws
    the same problems records the same verdicts and must reach the same curriculum.
    """
    prompts = []
    for key in keys:
        row = {"prompt": [{"role": "user", "content": ""}], GROUP_COLUMN: key}
        episodes = [factory() for _ in range(GROUP)]
        texts = {episode.reset(**row) for episode in episodes}
        assert len(texts) == 1  # the whole group sees one problem
        prompts.append(texts.pop())
        right = f"<answer>{episodes[0].problem.answer}</answer>"
        completions = [right if i < key % (GROUP + 1) else "no" for i in range(GROUP)]
        reward([row["prompt"]] * GROUP, completions, **{GROUP_COLUMN: [key] * GROUP})
    return prompts


def _rollout_process(factory, reward, keys, reports, stop) -> None:
    """The spawned child: report the state it starts from, roll out, report the state it ends
    with, then stay alive like a rollout worker until the trainer stops it."""
    state = hub(factory.settings)
    start = _as_json(state.snapshot())
    prompts = _rollout(factory, reward, keys)
    reports.put({"start": start, "prompts": prompts, "end": _as_json(state.snapshot())})
    stop.wait(120)


class RolloutProcess:
    """A spawned child holding a spec's pickled factory and reward function, like TRL's."""

    def __init__(self, spec: CurriculumSpec, keys: list[int]) -> None:
        context = multiprocessing.get_context("spawn")
        self.reports = context.Queue()
        self.stop = context.Event()
        self.process = context.Process(
            target=_rollout_process,
            args=(spec.environment_factory, spec.reward_funcs[0], keys, self.reports, self.stop),
            daemon=True,
        )
        self.process.start()

    def report(self) -> dict[str, Any]:
        return self.reports.get(timeout=240)

    def close(self) -> None:
        self.stop.set()
        self.process.join(timeout=30)


def _wait_until(condition, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the rollout process never published its state"
        time.sleep(0.05)


def _spec(state_path: Path | None = None) -> CurriculumSpec:
    return CurriculumSpec(
        ENVS, curriculum=CURRICULUM, seed=9, system_prompt=None, state_path=state_path
    )


def test_async_checkpoints_hold_the_rollout_process_curriculum_and_resume_continues_it(tmp_path):
    from transformers import TrainerControl, TrainerState

    first_keys, second_keys = list(range(0, 8)), list(range(8, 16))
    args = SimpleNamespace(output_dir=str(tmp_path), resume_from_checkpoint=None)

    spec = _spec()
    callback = spec.callbacks[0]
    callback.on_train_begin(args, TrainerState(), TrainerControl())  # before the worker spawns
    first = RolloutProcess(spec, first_keys)
    try:
        report = first.report()
        # the trainer process records nothing itself; the published file catches up
        _wait_until(lambda: _as_json(spec.state_dict()) == report["end"])
        callback.on_save(args, TrainerState(global_step=2), TrainerControl())
    finally:
        first.close()
    checkpoint = tmp_path / "checkpoint-2"
    saved = json.loads((checkpoint / SPEC_STATE_FILE).read_text())
    assert saved["global_step"] == 2
    assert {k: saved[k] for k in report["end"]} == report["end"]
    metrics = spec.curriculum.metrics()
    assert sum(metrics[f"curriculum/{n}/groups_recorded"] for n in ENVS) == len(first_keys)
    assert spec.problem_seconds > 0  # the rollout process's time, published with its state

    # a new trainer process resumes: the checkpoint's curriculum reaches the new child
    resumed = _spec(tmp_path / "rlve-state.json")
    resume_args = SimpleNamespace(output_dir=str(tmp_path), resume_from_checkpoint=str(checkpoint))
    resumed.callbacks[0].on_train_begin(resume_args, TrainerState(global_step=2), TrainerControl())
    second = RolloutProcess(resumed, second_keys)
    try:
        continued = second.report()
    finally:
        second.close()
    assert continued["start"] == report["end"]

    # the same problems and the same final curriculum as one uninterrupted run
    uninterrupted = _spec()
    prompts = _rollout(
        uninterrupted.environment_factory,
        uninterrupted.reward_funcs[0],
        first_keys + second_keys,
    )
    assert report["prompts"] + continued["prompts"] == prompts
    assert continued["end"] == _as_json(uninterrupted.state_dict())
    frontiers = uninterrupted.curriculum.frontiers()
    assert frontiers != {n: CURRICULUM["initial_difficulty"] for n in ENVS}  # it did move


def test_a_spec_used_in_its_own_process_never_publishes_and_starts_without_a_stale_file(
    tmp_path,
):
    stale = tmp_path / "state.json"
    stale.write_text('{"curriculum": "from an earlier run"}')
    spec = _spec(stale)
    assert not stale.exists()  # building the spec clears the channel
    _rollout(spec.environment_factory, spec.reward_funcs[0], [0, 1, 2])
    assert not stale.exists()  # GRPOTrainer: the trainer process records, nothing to hand over
