"""rlve-gym in TRL's native environment interface: one object whose ``.train_dataset``,
``.environment_factory`` and ``.reward_funcs`` plug into ``GRPOTrainer`` (and TRL's asynchronous
GRPO trainer) unchanged, with the adaptive curriculum choosing every problem.

    from trl import GRPOConfig, GRPOTrainer
    from rlve_gym.trainers.trl_env import CurriculumSpec

    spec = CurriculumSpec(["SortDistinctIntegers", "ZeroOneKnapsack"], num_generations=8)
    trainer = GRPOTrainer(
        model="Qwen/Qwen3-0.6B",
        args=GRPOConfig(num_generations=8, max_steps=500),
        train_dataset=spec.train_dataset,
        environment_factory=spec.environment_factory,
        reward_funcs=spec.reward_funcs,
        callbacks=spec.callbacks,
    )

How a group gets one problem, chosen at generation time
-------------------------------------------------------
The dataset's rows carry only a *group key* (``rlve_group``: the row number). TRL repeats each
row ``num_generations`` times, so every completion of a GRPO group carries the same key. TRL
calls ``reset(**row)`` on one environment instance per completion right before generating; the
first ``reset`` of a key asks the curriculum for that key's problem
(``Curriculum.draw_for_group``, a pure function of the curriculum's state and the key) and the
others get the same problem. So the difficulty follows every verdict recorded so far (no
one-round lag), and processes with the same curriculum state pick the same problem for the same
key even when a group is split across them. When a key comes back in a later epoch after its
group was scored, it names a new round and gets a new problem.

Rewards and the curriculum
--------------------------
The reward function verifies each completion against its key's problem, records every verdict
of every group with the curriculum (after gathering them from all processes, so every process
applies the same union), and returns the reward of the configured scheme, or ``None`` where the
verifier itself failed: TRL then leaves that completion out of the group's baseline instead of
punishing the model for a library bug.

Processes and pickling
----------------------
The factory and the reward function are small picklable objects holding the spec's settings.
Each process keeps one *hub* per spec (the curriculum and the live groups' problems), created on
first use: in ``GRPOTrainer`` the environments and the reward function share the trainer
process's hub; TRL's asynchronous trainer unpickles both into its rollout process, where they
share that process's hub. ``spec.callbacks`` saves the curriculum state into every checkpoint
and restores it on ``resume_from_checkpoint``.

The asynchronous trainer's rollout process
-------------------------------------------
``AsyncGRPOTrainer`` spawns its rollout process in ``on_train_begin`` (after the callbacks passed
to its constructor have run theirs) and stops it when ``train()`` returns; every verdict is
recorded there, never in the trainer process that writes checkpoints. The spec's *state file*
(``state_path``, by default a file in the temp folder unique to the spec) carries the curriculum
across that boundary: the callback writes the trainer's state (the checkpoint's, when resuming)
to it before the rollout process starts; a hub in a process other than the one that built the
spec starts from that file and rewrites it (atomically, throttled to a small share of its time)
after recording verdicts; the callback copies the newest file into each checkpoint, and the
spec's ``curriculum``, ``state_dict()`` and ``frontier_history`` read it too, so the trainer
process sees the rollout process's curriculum.

Single-turn environments expose no tools (no public methods besides ``reset``); multi-turn
environments can add tool methods to their episode class and route by TRL's ``environment``
column.
"""

from __future__ import annotations

import atexit
import json
import os
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rlve_gym import Problem
from rlve_gym.curriculum import Curriculum, CurriculumConfig
from rlve_gym.curriculum.curriculum import resolve_env_names
from rlve_gym.curriculum.results import GroupResult
from rlve_gym.environment import INTERNAL_ERROR_PREFIX
from rlve_gym.errors import ConfigError
from rlve_gym.prompts import DEFAULT_SYSTEM_PROMPT
from rlve_gym.registry import make as registry_make
from rlve_gym.rng import stable_hash

from .distributed import all_gather_objects
from .rewards import REWARD_SCHEMES, reward_from_verdict

#: the dataset column that names a group; every completion of a GRPO group carries the same value
GROUP_COLUMN = "rlve_group"
#: the file in each checkpoint folder that holds the curriculum state
SPEC_STATE_FILE = "rlve_spec_state.json"
#: keys of one round per 2**40: a key that comes back after its group was scored is a new round
_ROUND_STRIDE = 1 << 40


def _completion_text(completion: Any) -> str:
    """The text of one completion, conversational (list of messages) or plain."""
    if isinstance(completion, list):
        return "".join(str(m.get("content", "")) for m in completion if isinstance(m, dict))
    return str(completion)


@dataclass(frozen=True)
class SpecSettings:
    """Everything a process needs to rebuild the spec's hub: plain data, so it pickles."""

    env_names: tuple[str, ...]
    curriculum: dict[str, Any]
    seed: int
    reward: str
    system_prompt: str | None
    hub_id: str = field(default="")
    group_log: str | None = None  # a JSON-lines file that gets one record per reward call
    interactive: bool = False  # multi-turn environments: episodes act through the `act` tool
    state_path: str | None = None  # the curriculum handed between trainer and rollout process
    owner_pid: int = 0  # the process that built the spec; a hub elsewhere is a rollout process's


#: the share of a rollout process's time that rewriting the state file may take
_STATE_WRITE_SHARE = 0.05


class _Hub:
    """One process's curriculum and the problems of the groups in flight."""

    def __init__(self, settings: SpecSettings) -> None:
        self.curriculum = Curriculum(
            list(settings.env_names), config=settings.curriculum, seed=settings.seed
        )
        self.lock = threading.Lock()
        self.live: dict[int, Problem] = {}  # group key -> its problem, until scored
        self.rounds: dict[int, int] = {}  # group key -> groups already scored under it
        self.frontier_history: dict[str, list[int]] = {n: [] for n in self.curriculum.env_names}
        self.problem_seconds = 0.0  # spent generating problems and verifying completions
        self.state_path = settings.state_path
        # a process that did not build the spec is a rollout process: the trainer process cannot
        # see its verdicts except through the state file
        self.publishes_state = self.state_path is not None and os.getpid() != settings.owner_pid
        self._write_lock = threading.Lock()
        self._write_due = 0.0  # monotonic time before which a rewrite waits (the throttle)
        self._write_timer: threading.Timer | None = None
        if self.publishes_state:
            saved = read_state_file(self.state_path)
            if saved is not None:
                self.load(saved)

    def snapshot(self) -> dict[str, Any]:
        """The state a checkpoint holds; copies, so later recording cannot change it."""
        with self.lock:
            return {
                "curriculum": self.curriculum.state_dict(),
                "rounds": {str(k): v for k, v in self.rounds.items()},
                "frontier_history": {n: list(h) for n, h in self.frontier_history.items()},
            }

    def load(self, saved: dict[str, Any]) -> None:
        with self.lock:
            self.curriculum.load_state_dict(saved["curriculum"])
            self.rounds = {int(k): int(v) for k, v in saved.get("rounds", {}).items()}
            self.live.clear()
            history = saved.get("frontier_history") or {}
            self.frontier_history = {n: list(history.get(n, [])) for n in self.curriculum.env_names}

    def publish_state(self) -> None:
        """Rewrite the state file, or schedule the rewrite when the last one was too recent.

        A large curriculum (hundreds of environments, a long frontier history) takes a while to
        serialise, so rewrites are spaced to keep them under ``_STATE_WRITE_SHARE`` of the time;
        the scheduled rewrite makes the file catch up even when no more verdicts arrive.
        """
        with self._write_lock:
            wait = self._write_due - time.monotonic()
            if wait > 0:
                if self._write_timer is None:
                    self._write_timer = threading.Timer(wait, self._publish_scheduled)
                    self._write_timer.daemon = True
                    self._write_timer.start()
                return
            self._write_now()

    def _publish_scheduled(self) -> None:
        with self._write_lock:
            self._write_timer = None
            self._write_now()

    def _write_now(self) -> None:
        started = time.monotonic()
        write_state_file(
            self.state_path, {**self.snapshot(), "problem_seconds": self.problem_seconds}
        )
        finished = time.monotonic()
        self._write_due = finished + (finished - started) / _STATE_WRITE_SHARE

    def problem_for(self, key: int) -> Problem:
        started = time.perf_counter()
        try:
            return self._problem_for(key)
        finally:
            self.problem_seconds += time.perf_counter() - started

    def _problem_for(self, key: int) -> Problem:
        with self.lock:
            problem = self.live.get(key)
            if problem is None:
                round_ = self.rounds.get(key, 0)
                draw = self.curriculum.draw_for_group(key + round_ * _ROUND_STRIDE)
                env = self.curriculum.environment(draw.env_name)
                problem = env.generate(
                    draw.difficulty, draw.seed, markers=self.curriculum.config.markers
                )
                self.live[key] = problem
            return problem

    def record(
        self,
        results: list[GroupResult],
        keys: list[int],
        sampled: dict[int, list[Any]],
        step: int | None,
        log_path: str | None,
    ) -> None:
        with self.lock:
            rounds = {key: self.rounds.get(key, 0) for key in keys}
            self.curriculum.record_results(results)
            for key in keys:  # every process counts every scored group, so rounds agree
                self.live.pop(key, None)
                self.rounds[key] = rounds[key] + 1
            for name, level in self.curriculum.frontiers().items():
                self.frontier_history[name].append(level)
            if log_path is not None and _is_main_process():
                record = {
                    "step": step,
                    "keys": [[key, rounds[key]] for key in keys],
                    "sampled": [sampled[key] for key in keys],
                    "groups": [r.to_dict() for r in results],
                    "frontiers": self.curriculum.frontiers(),
                }
                with open(log_path, "a") as out:
                    out.write(json.dumps(record) + "\n")
        if self.publishes_state:
            self.publish_state()


def write_state_file(path: str, state: dict[str, Any]) -> None:
    """Replace the state file atomically: a reader in another process never sees half a file."""
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=folder, prefix=".rlve-state-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w") as out:
            json.dump({**state, "writer_pid": os.getpid()}, out)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def read_state_file(path: str) -> dict[str, Any] | None:
    try:
        return json.loads(Path(path).read_text())
    except FileNotFoundError:
        return None


def _is_main_process() -> bool:
    try:
        import torch.distributed as dist
    except ImportError:
        return True
    return not (dist.is_available() and dist.is_initialized()) or dist.get_rank() == 0


_HUBS: dict[str, _Hub] = {}
_HUBS_LOCK = threading.Lock()


def hub(settings: SpecSettings) -> _Hub:
    """This process's hub for a spec (created on first use, e.g. in a freshly spawned worker)."""
    found = _HUBS.get(settings.hub_id)
    if found is None:
        with _HUBS_LOCK:
            found = _HUBS.get(settings.hub_id)
            if found is None:
                found = _HUBS[settings.hub_id] = _Hub(settings)
    return found


_ADOPTED: dict[str, tuple[int, int]] = {}  # hub id -> (mtime_ns, size) of the state file loaded


def adopt_published_state(settings: SpecSettings) -> None:
    """Load the state file into this process's hub when a rollout process wrote it since the last
    look: in the asynchronous trainer that file, not this process, holds the live curriculum."""
    path = settings.state_path
    if path is None:
        return
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return
    stamp = (info.st_mtime_ns, info.st_size)
    if _ADOPTED.get(settings.hub_id) == stamp:
        return
    saved = read_state_file(path)
    if saved is None:
        return
    _ADOPTED[settings.hub_id] = stamp
    if saved.get("writer_pid") not in (None, os.getpid()):
        state = hub(settings)
        state.load(saved)
        # the rollout process's own time (a checkpoint's total is the trainer's business)
        state.problem_seconds = float(saved.get("problem_seconds", state.problem_seconds))


class RlveEpisode:
    """One rollout's environment: ``reset`` returns the problem text of the row's group.

    It has no public methods besides ``reset``, so TRL exposes no tools for it.
    """

    def __init__(self, settings: SpecSettings) -> None:
        self._settings = settings
        self.problem: Problem | None = None

    def reset(self, **row: Any) -> str:
        key = row.get(GROUP_COLUMN)
        if isinstance(key, bool) or not isinstance(key, int) or key < 0:
            raise ConfigError(
                f"each dataset row needs an integer {GROUP_COLUMN!r} column (>= 0); use "
                "CurriculumSpec.train_dataset or add the column to your own dataset"
            )
        self.problem = hub(self._settings).problem_for(key)
        return self.problem.prompt


TOOL_INSTRUCTION = (
    "This task takes several turns. Take each action by calling the tool `act` with the action "
    "text (for example {example}); it answers with the feedback on that action. Keep acting until "
    "the task is solved or the turn limit is reached."
)


class RlveInteractiveEpisode(RlveEpisode):
    """One rollout of a multi-turn environment: its only tool, ``act``, applies one action."""

    def __init__(self, settings: SpecSettings) -> None:
        super().__init__(settings)
        self.episode: Any = None

    def reset(self, **row: Any) -> str:
        super().reset(**row)
        env = hub(self._settings).curriculum.environment(self.problem.env_name)
        self.episode = env.start(self.problem)
        instruction = TOOL_INSTRUCTION.format(example=repr(env.action_example))
        return env.render(self.problem.instance).rstrip() + "\n\n" + instruction

    def act(self, action: str) -> str:
        """Take one action in the task.

        Args:
            action: The action, written in the format the task describes.

        Returns:
            The environment's feedback on the action.
        """
        if self.episode is None:
            return "There is no task yet."
        if self.episode.done:
            return "The episode has ended; no more actions are taken."
        run = self.episode._run
        feedback = run.act(str(action)[: 10 * run.env.max_action_chars])
        self.episode.reward = run.reward()
        return feedback


class EpisodeFactory:
    """``environment_factory``: a picklable callable that makes one episode object
    (``RlveEpisode``, or ``RlveInteractiveEpisode`` for multi-turn environments)."""

    def __init__(self, settings: SpecSettings) -> None:
        self.settings = settings

    def __call__(self) -> RlveEpisode:
        if self.settings.interactive:
            return RlveInteractiveEpisode(self.settings)
        return RlveEpisode(self.settings)


class CurriculumReward:
    """Verifies completions against their group's problem and feeds every verdict to the
    curriculum; returns one reward per completion (``None`` where the verifier failed)."""

    def __init__(self, settings: SpecSettings) -> None:
        self.settings = settings
        self.__name__ = "rlve_reward"

    def __call__(
        self,
        prompts: list,
        completions: list,
        rlve_group: list[int] | None = None,
        **kwargs: Any,
    ) -> list[float | None]:
        if rlve_group is None:
            raise ConfigError(
                f"the reward function needs the {GROUP_COLUMN!r} column; train on "
                "CurriculumSpec.train_dataset (or a dataset with that column)"
            )
        state = hub(self.settings)
        started = time.perf_counter()
        by_key: dict[int, list[int]] = {}
        for index, key in enumerate(rlve_group):
            by_key.setdefault(int(key), []).append(index)
        rewards: list[float | None] = [None] * len(completions)
        reasons = [""] * len(completions)
        shard: dict[int, dict[str, Any]] = {}
        environments = kwargs.get("environments")
        if self.settings.interactive and environments is None:
            raise ConfigError(
                "multi-turn environments score the episode each rollout played; this trainer "
                "does not pass `environments` to reward functions (use TRL's GRPOTrainer)"
            )
        for key, indices in by_key.items():
            problem = state.problem_for(key)
            env = state.curriculum.environment(problem.env_name)
            if self.settings.interactive:
                verdicts = [_episode_verdict(environments[i]) for i in indices]
            else:
                texts = [_completion_text(completions[i]) for i in indices]
                verdicts = env.verify_batch(problem, texts)
            counted = []
            for i, verdict in zip(indices, verdicts, strict=True):
                reasons[i] = verdict.reason
                if verdict.reason.startswith(INTERNAL_ERROR_PREFIX):
                    continue  # a library bug: no reward, and the curriculum does not count it
                rewards[i] = reward_from_verdict(verdict, self.settings.reward)
                counted.append(verdict.to_dict())
            shard[key] = {
                "problem": {
                    "env_name": problem.env_name,
                    "difficulty": problem.difficulty,
                    "seed": problem.seed,
                },
                "verdicts": counted,
            }
        problems = [state.live.get(int(k)) for k in rlve_group]  # before recording clears them
        results, keys, sampled = _merge(all_gather_objects(shard))
        trainer_state = kwargs.get("trainer_state")
        step = getattr(trainer_state, "global_step", None)
        state.record(results, keys, sampled, step, self.settings.group_log)
        state.problem_seconds += time.perf_counter() - started
        log_metric = kwargs.get("log_metric")
        if log_metric is not None:
            for name, value in state.curriculum.metrics().items():
                log_metric(name, value)
            log_metric("rlve/problem_seconds", state.problem_seconds)
        log_extra = kwargs.get("log_extra")
        if log_extra is not None:
            log_extra("env", [p.env_name if p else "" for p in problems])
            log_extra("difficulty", [p.difficulty if p else -1 for p in problems])
            log_extra("problem_seed", [p.seed if p else -1 for p in problems])
            log_extra("verdict", reasons)
        return rewards


def _episode_verdict(environment: Any) -> Any:
    from rlve_gym import Verdict

    episode = getattr(environment, "episode", None)
    if episode is None:
        return Verdict.bad_format("the rollout never started an episode")
    if not episode.actions:
        return Verdict.bad_format("no action was taken (the model never called the act tool)")
    return episode.verdict()


def _merge(
    shards: list[dict[int, dict[str, Any]]],
) -> tuple[list[GroupResult], list[int], dict[int, list[Any]]]:
    """Whole groups from every process's shard (a group may be split across processes)."""
    problems: dict[int, dict[str, Any]] = {}
    verdicts: dict[int, list[dict[str, Any]]] = {}
    for shard in shards:
        for key, part in shard.items():
            problems[int(key)] = part["problem"]
            verdicts.setdefault(int(key), []).extend(part["verdicts"])
    keys = sorted(problems)
    results = [
        GroupResult.from_verdicts(problems[k], _verdicts(verdicts[k])) for k in keys if verdicts[k]
    ]
    sampled = {k: [p["env_name"], p["difficulty"], p["seed"]] for k, p in problems.items()}
    return results, keys, sampled


def _verdicts(items: list[dict[str, Any]]) -> list[Any]:
    from rlve_gym import Verdict

    return [
        Verdict(bool(v["correct"]), bool(v["format_ok"]), float(v["score"]), str(v["reason"]))
        for v in items
    ]


class CurriculumSpec:
    """The adaptive curriculum as TRL's environment interface (see the module docstring).

    Args:
        environments: environment names, ``"all"`` or category names.
        curriculum: a ``CurriculumConfig``, a dict of its options or a YAML/JSON path.
        seed: the curriculum's seed (every problem derives from it and its group key).
        reward: ``"binary"`` (default), ``"partial"`` or ``"shaped"`` (see ``trainers/rewards.py``).
        system_prompt: the system turn of every row (``None`` for none).
        groups: rows in ``train_dataset``; TRL cycles through them, and a key that comes back
            gets a new problem, so this only needs to cover one epoch of your run.
        group_log: a JSON-lines file to append one record per reward call to (the groups'
            keys, problems, verdicts and the frontiers after recording them), for audits.
        state_path: the file that carries the curriculum between the trainer process and TRL's
            asynchronous rollout process (see the module docstring); ``None`` picks a file in
            the temp folder, unique to this spec and removed when this process exits. Building
            the spec removes the file; resume from a checkpoint, not from this file.
    """

    def __init__(
        self,
        environments: Any = "all",
        *,
        curriculum: CurriculumConfig | dict[str, Any] | str | None = None,
        seed: int = 0,
        reward: str = "binary",
        system_prompt: str | None = DEFAULT_SYSTEM_PROMPT,
        groups: int = 4096,
        group_log: str | Path | None = None,
        state_path: str | Path | None = None,
    ) -> None:
        if reward not in REWARD_SCHEMES:
            raise ConfigError(f"reward must be one of {', '.join(REWARD_SCHEMES)}, got {reward!r}")
        if isinstance(groups, bool) or not isinstance(groups, int) or groups < 1:
            raise ConfigError(f"groups must be an integer >= 1, got {groups!r}")
        names = tuple(resolve_env_names(environments))
        kinds = {bool(getattr(registry_make(n), "interactive", False)) for n in names}
        if len(kinds) > 1:
            raise ConfigError(
                "a CurriculumSpec takes either single-turn or multi-turn environments, not both "
                "(multi-turn episodes act through a tool); make one spec per kind"
            )
        config = CurriculumConfig.coerce(curriculum).model_dump(mode="json")
        hub_id = f"{stable_hash('rlve-spec', names, json.dumps(config, sort_keys=True), seed, reward):x}-{id(self):x}"
        if state_path is None:
            state_path = Path(tempfile.gettempdir()) / f"rlve-spec-{os.getpid()}-{hub_id}.json"
            atexit.register(_remove_file, str(state_path))
        # the file is a channel, not a store (checkpoints are): a rollout process must never
        # start from a previous run's curriculum left behind in it
        _remove_file(str(state_path))
        self.settings = SpecSettings(
            names,
            config,
            seed,
            reward,
            system_prompt,
            hub_id,
            None if group_log is None else str(group_log),
            kinds == {True},
            str(state_path),
            os.getpid(),
        )
        self.groups = groups
        self._dataset: Any = None

    # ---------------------------------------------------------------- the three TRL arguments
    @property
    def train_dataset(self) -> Any:
        """Rows ``{"prompt": [system turn, empty user turn], "rlve_group": k}``; ``reset``
        writes the problem into the user turn."""
        if self._dataset is None:
            from datasets import Dataset

            turns = [{"role": "user", "content": ""}]
            if self.settings.system_prompt:
                turns.insert(0, {"role": "system", "content": self.settings.system_prompt})
            self._dataset = Dataset.from_dict(
                {"prompt": [turns] * self.groups, GROUP_COLUMN: list(range(self.groups))}
            )
        return self._dataset

    @property
    def environment_factory(self) -> EpisodeFactory:
        return EpisodeFactory(self.settings)

    @property
    def reward_funcs(self) -> list[CurriculumReward]:
        return [CurriculumReward(self.settings)]

    @property
    def callbacks(self) -> list[Any]:
        """A ``TrainerCallback`` that saves and restores the curriculum with each checkpoint."""
        return [_state_callback(self.settings)]

    # ---------------------------------------------------------------- this process's state
    # Each accessor first adopts a rollout process's published state (asynchronous trainer).
    @property
    def curriculum(self) -> Curriculum:
        """The curriculum the environments and rewards of this spec use."""
        adopt_published_state(self.settings)
        return hub(self.settings).curriculum

    @property
    def problem_seconds(self) -> float:
        """Seconds spent generating problems and verifying completions."""
        adopt_published_state(self.settings)
        return hub(self.settings).problem_seconds

    @property
    def frontier_history(self) -> dict[str, list[int]]:
        """Each environment's frontier after every reward call, in order."""
        adopt_published_state(self.settings)
        return hub(self.settings).frontier_history

    def state_dict(self) -> dict[str, Any]:
        adopt_published_state(self.settings)
        return hub(self.settings).snapshot()

    def load_state_dict(self, saved: dict[str, Any]) -> None:
        load_hub_state(self.settings, saved)


def load_hub_state(settings: SpecSettings, saved: dict[str, Any]) -> None:
    hub(settings).load(saved)


def _remove_file(path: str) -> None:
    Path(path).unlink(missing_ok=True)


def _state_callback(settings: SpecSettings) -> Any:
    from transformers import TrainerCallback

    class CurriculumStateCallback(TrainerCallback):
        """Curriculum state in every checkpoint; restored when training resumes from one.

        With the asynchronous trainer the live curriculum is the rollout process's, so this
        adopts the state file it publishes before saving, and writes the state to start from
        into the file before that process is spawned (which happens after this callback's
        ``on_train_begin``).
        """

        def on_train_begin(self, args, state, control, **kwargs):
            adopt_published_state(settings)  # a rollout process of an earlier train() call
            resume = getattr(args, "resume_from_checkpoint", None)
            folder = Path(resume) if isinstance(resume, str) else None
            if folder is None and state.global_step > 0:
                folder = Path(args.output_dir) / f"checkpoint-{state.global_step}"
            if folder is not None and (folder / SPEC_STATE_FILE).exists():
                load_hub_state(settings, json.loads((folder / SPEC_STATE_FILE).read_text()))
            if settings.state_path is not None and state.is_world_process_zero:
                write_state_file(settings.state_path, hub(settings).snapshot())

        def on_save(self, args, state, control, **kwargs):
            if not state.is_world_process_zero:
                return
            adopt_published_state(settings)
            folder = Path(args.output_dir) / f"checkpoint-{state.global_step}"
            folder.mkdir(parents=True, exist_ok=True)
            payload = {**hub(settings).snapshot(), "global_step": state.global_step}
            (folder / SPEC_STATE_FILE).write_text(json.dumps(payload))

        def on_train_end(self, args, state, control, **kwargs):
            adopt_published_state(settings)  # the rollout process is still running here

    return CurriculumStateCallback()
