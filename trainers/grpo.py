"""TRL ``GRPOTrainer`` driven by the rlve-gym curriculum.

How problems reach the trainer (and why this way)
-------------------------------------------------
TRL's dataloader reads one generation batch ahead, so a dataset built from the curriculum would
serve problems chosen before the latest verdicts were recorded: the curriculum would lag a round.
Instead the dataset holds placeholder rows that carry only a *slot* number (0 .. P-1, P = problems
per generation batch), and ``CurriculumGRPOTrainer._generate_and_score_completions`` — the hook
TRL calls right before generating — asks the curriculum for P fresh problems and writes problem
``slot`` into every row of that slot. TRL's sampler repeats each row ``num_generations`` times in
a row, so all completions of a group answer the same problem. Every process samples the same P
problems (the curriculum is deterministic given its state, which is identical everywhere) and
keeps only the rows of its own shard.

Rewards and verdicts
--------------------
The reward function verifies each group's completions with ``env.verify_batch``, turns verdicts
into rewards (``rewards.py``), gathers every process's verdicts, and records the union with
``Curriculum.record_results``, before the next generation: difficulty decisions use every
verdict, and never lag. Curriculum metrics go through TRL's logger each step; the completions
table gets ``env``, ``difficulty`` and ``problem_seed`` columns.

Checkpoints hold ``rlve_curriculum.json`` (curriculum state plus the per-step frontier history), so
``train(..., resume=True)`` continues with the identical curriculum state.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rlve_gym import Problem
from rlve_gym.curriculum import Curriculum
from rlve_gym.prompts import chat_messages

from .config import TrainConfig
from .distributed import all_gather_objects, merge_group_shards
from .rewards import reward_from_verdict

logger = logging.getLogger(__name__)

CURRICULUM_STATE_FILE = "rlve_curriculum.json"
PROBLEM_LOG_FILE = "groups.jsonl"
SFT_DONE_FILE = "sft_done.json"


def _completion_text(completion: Any) -> str:
    """The text of one completion, conversational (list of messages) or plain."""
    if isinstance(completion, list):
        return "".join(str(m.get("content", "")) for m in completion if isinstance(m, dict))
    return str(completion)


class ProblemTimer:
    """Wall time spent generating and verifying problems, against total time between generations.

    The fraction of a training step spent in rlve-gym's own work (sampling + rendering problems,
    verifying completions) is ``problem_seconds / step_seconds`` over the same window.
    """

    def __init__(self) -> None:
        self.problem_seconds = 0.0
        self.total_problem_seconds = 0.0
        self.total_step_seconds = 0.0
        self.last_fraction = 0.0
        self._window_start: float | None = None

    @contextlib.contextmanager
    def measure(self) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.problem_seconds += time.perf_counter() - start

    def new_round(self) -> None:
        """Close the window opened at the previous generation round and open a new one."""
        now = time.perf_counter()
        if self._window_start is not None:
            elapsed = now - self._window_start
            self.total_step_seconds += elapsed
            self.total_problem_seconds += self._window_problem_seconds
            self.last_fraction = self._window_problem_seconds / elapsed if elapsed > 0 else 0.0
        self._window_start = now
        self._window_problem_seconds = self.problem_seconds
        self.problem_seconds = 0.0

    def close_round(self) -> None:
        """Fold the time after the last generation into the totals (call at the end of training)."""
        self.new_round()
        self._window_start = None

    @property
    def overall_fraction(self) -> float:
        return (
            self.total_problem_seconds / self.total_step_seconds if self.total_step_seconds else 0.0
        )

    _window_problem_seconds = 0.0


def placeholder_dataset(slots: int, rows: int) -> Any:
    """A ``datasets.Dataset`` of ``rows`` placeholder rows cycling through ``slots`` slot numbers.

    The real prompt of each row is written at generation time (see the module docstring).
    """
    from datasets import Dataset

    placeholder = [
        {"role": "user", "content": "(problem chosen by the curriculum at generation time)"}
    ]
    return Dataset.from_dict(
        {"prompt": [placeholder] * rows, "slot": [i % slots for i in range(rows)]}
    )


def _trainer_base() -> type:
    from trl import GRPOTrainer

    return GRPOTrainer


class CurriculumRewardFunction:
    """GRPO reward function that verifies completions and feeds the verdicts to the curriculum.

    Created before the trainer, attached to it with ``bind``; TRL calls it once per generation
    batch with the slot/env/difficulty columns of every completion.
    """

    __name__ = "rlve_reward"

    def __init__(self, scheme: str) -> None:
        self.scheme = scheme
        self.trainer: Any = None

    def bind(self, trainer: Any) -> None:
        self.trainer = trainer

    def __call__(
        self, prompts: list, completions: list, slot: list[int], **kwargs: Any
    ) -> list[float]:
        trainer = self.trainer
        problems: list[Problem] = trainer.active_problems
        with trainer.problem_timer.measure():
            by_slot: dict[int, list[int]] = {}
            for index, s in enumerate(slot):
                by_slot.setdefault(int(s), []).append(index)
            rewards = [0.0] * len(completions)
            shard: dict[int, list[dict[str, Any]]] = {}
            reasons = [""] * len(completions)
            for s, indices in by_slot.items():
                problem = problems[s]
                env = trainer.curriculum.environment(problem.env_name)
                verdicts = env.verify_batch(
                    problem, [_completion_text(completions[i]) for i in indices]
                )
                shard[s] = [v.to_dict() for v in verdicts]
                for i, verdict in zip(indices, verdicts, strict=True):
                    rewards[i] = reward_from_verdict(verdict, self.scheme)
                    reasons[i] = verdict.reason
        results = merge_group_shards(problems, all_gather_objects(shard))
        with trainer.problem_timer.measure():
            trainer.curriculum.record_results(results)
        trainer.after_record(results)
        log_extra = kwargs.get("log_extra")
        if log_extra is not None:
            log_extra("env", [problems[int(s)].env_name for s in slot])
            log_extra("difficulty", [problems[int(s)].difficulty for s in slot])
            log_extra("problem_seed", [problems[int(s)].seed for s in slot])
            log_extra("verdict", reasons)
        log_metric = kwargs.get("log_metric")
        if log_metric is not None:
            for key, value in trainer.curriculum.metrics().items():
                log_metric(key, value)
            log_metric("rlve/problem_time_fraction", trainer.problem_timer.last_fraction)
        return rewards


def make_trainer_class() -> type:
    """``CurriculumGRPOTrainer``, built lazily so that importing this module needs no TRL."""
    base = _trainer_base()

    class CurriculumGRPOTrainer(base):  # type: ignore[misc, valid-type]
        """``GRPOTrainer`` whose prompts are drawn from a ``Curriculum`` at generation time."""

        def __init__(
            self,
            *args: Any,
            curriculum: Curriculum,
            system_prompt: str,
            problems_per_generation: int,
            group_log_path: str | Path | None = None,
            **kwargs: Any,
        ) -> None:
            self.curriculum = curriculum
            self.system_prompt = system_prompt
            self.problems_per_generation = problems_per_generation
            self.active_problems: list[Problem] = []
            self.problem_timer = ProblemTimer()
            self.group_log_path = Path(group_log_path) if group_log_path else None
            self.frontier_history: dict[str, list[int]] = {
                name: [] for name in curriculum.env_names
            }
            super().__init__(*args, **kwargs)

        def _generate_and_score_completions(self, inputs: list[dict[str, Any]]) -> dict[str, Any]:
            if not self.model.training:  # evaluation batches keep their own prompts
                return super()._generate_and_score_completions(inputs)
            self.problem_timer.new_round()
            with self.problem_timer.measure():
                self.active_problems = self.curriculum.sample(self.problems_per_generation)
                messages = [chat_messages(p, self.system_prompt) for p in self.active_problems]
                inputs = [{**row, "prompt": messages[int(row["slot"])]} for row in inputs]
            return super()._generate_and_score_completions(inputs)

        def after_record(self, results: list[Any]) -> None:
            """Log the groups just recorded (main process) as JSON lines for tests and audits."""
            if self.group_log_path is None or not self.accelerator.is_main_process:
                return
            with self.group_log_path.open("a") as out:
                out.write(
                    json.dumps(
                        {
                            "step": self.state.global_step,
                            "sampled": [
                                [p.env_name, p.difficulty, p.seed] for p in self.active_problems
                            ],
                            "groups": [r.to_dict() for r in results],
                            "frontiers": self.curriculum.frontiers(),
                        }
                    )
                    + "\n"
                )

    return CurriculumGRPOTrainer


def _make_callback(trainer_ref: dict[str, Any], live: Any, deadline: float | None = None) -> Any:
    from transformers import TrainerCallback

    class CurriculumCallback(TrainerCallback):
        """Frontier history per step, the live table, and curriculum state in every checkpoint."""

        def on_step_end(self, args, state, control, **kwargs):
            trainer = trainer_ref["trainer"]
            for name, level in trainer.curriculum.frontiers().items():
                trainer.frontier_history[name].append(level)
            if live is not None and state.is_world_process_zero:
                live.update(trainer, state.global_step, args.max_steps)
            if deadline is not None:
                # every process must stop at the same step: follow the first one out of time
                out_of_time = any(all_gather_objects(time.perf_counter() > deadline))
                if out_of_time:
                    control.should_training_stop = True
                    control.should_save = True

        def on_save(self, args, state, control, **kwargs):
            trainer = trainer_ref["trainer"]
            if not state.is_world_process_zero:
                return
            folder = Path(args.output_dir) / f"checkpoint-{state.global_step}"
            folder.mkdir(parents=True, exist_ok=True)
            payload = {
                "curriculum": trainer.curriculum.state_dict(),
                "frontier_history": trainer.frontier_history,
                "global_step": state.global_step,
                "problem_seconds": trainer.problem_timer.total_problem_seconds,
                "step_seconds": trainer.problem_timer.total_step_seconds,
            }
            (folder / CURRICULUM_STATE_FILE).write_text(json.dumps(payload))

    return CurriculumCallback()


class LiveTable:
    """A rich table of per-environment frontier, accuracy and effective prompt ratio.

    In a terminal it redraws in place; otherwise (logs, CI) it prints one line per step.
    """

    def __init__(self) -> None:
        from rich.console import Console

        self.console = Console()
        self._live: Any = None

    def _table(self, trainer: Any, step: int, max_steps: int) -> Any:
        from rich.table import Table

        metrics = trainer.curriculum.metrics()
        table = Table(title=f"rlve-gym GRPO  step {step}/{max_steps}")
        for column in (
            "environment",
            "frontier",
            "frontier acc",
            "accuracy",
            "effective ratio",
            "problems",
        ):
            table.add_column(column, justify="right" if column != "environment" else "left")
        for name in trainer.curriculum.env_names:
            prefix = f"curriculum/{name}/"
            table.add_row(
                name,
                str(int(metrics[prefix + "difficulty"])),
                f"{metrics[prefix + 'frontier_accuracy']:.2f}",
                f"{metrics[prefix + 'accuracy']:.2f}",
                f"{metrics[prefix + 'effective_prompt_ratio']:.2f}",
                str(int(metrics[prefix + "problems_served"])),
            )
        table.caption = f"problem generation + verification: {100 * trainer.problem_timer.last_fraction:.2f}% of the step"
        return table

    def update(self, trainer: Any, step: int, max_steps: int) -> None:
        if not self.console.is_terminal:
            frontiers = " ".join(f"{n}={d}" for n, d in trainer.curriculum.frontiers().items())
            self.console.print(f"step {step}/{max_steps}  frontiers: {frontiers}", highlight=False)
            return
        from rich.live import Live

        table = self._table(trainer, step, max_steps)
        if self._live is None:
            self._live = Live(table, console=self.console, auto_refresh=False)
            self._live.start()
        self._live.update(table, refresh=True)

    def stop(self) -> None:
        if self._live is not None:
            self._live.stop()
            self._live = None


@contextlib.contextmanager
def _vllm_engine_options(enforce_eager: bool, cpu: bool) -> Iterator[None]:
    """Adjust how TRL's colocated vLLM engine is built (TRL exposes no knob for either).

    ``enforce_eager``: no graph capture/compilation (on CPU it costs ~20 s at start-up for no
    gain on a tiny model). ``cpu``: keep plain ``F.linear`` weights. vLLM's CPU backend repacks
    every linear weight for oneDNN after loading and frees the original parameter, so TRL's
    weight sync after each optimiser step fails ("'Parameter' object has no attribute
    'weight_loader'") or, for the packed LM head, silently keeps generating with stale weights.
    """
    from rlve_gym.compat import guard_llvmlite_for_vllm

    guard_llvmlite_for_vllm()
    if not enforce_eager and not cpu:
        yield
        return
    import trl.generation.vllm_generation as vllm_generation

    original_llm = vllm_generation.LLM

    def configured_llm(*args: Any, **kwargs: Any) -> Any:
        if enforce_eager:
            kwargs.setdefault("enforce_eager", True)
        return original_llm(*args, **kwargs)

    vllm_generation.LLM = configured_llm
    layer_utils = original_dispatch = None
    if cpu:
        import torch
        import vllm.model_executor.layers.utils as layer_utils

        original_dispatch = layer_utils.dispatch_cpu_unquantized_gemm

        def plain_linear(layer: Any, remove_weight: bool) -> None:
            layer.cpu_linear = lambda x, weight, bias: torch.nn.functional.linear(x, weight, bias)

        layer_utils.dispatch_cpu_unquantized_gemm = plain_linear
    try:
        yield
    finally:
        vllm_generation.LLM = original_llm
        if layer_utils is not None:
            layer_utils.dispatch_cpu_unquantized_gemm = original_dispatch


def _set_cpu_vllm_environment() -> None:
    """vLLM on CPU: small KV cache (else half the RAM) and in-process engine (29 s -> 3 s start)."""
    os.environ.setdefault("VLLM_CPU_KVCACHE_SPACE", "1")
    os.environ.setdefault("VLLM_ENABLE_V1_MULTIPROCESSING", "0")


def last_checkpoint(output_dir: str | Path) -> Path | None:
    """The newest ``checkpoint-N`` folder in ``output_dir`` that holds curriculum state."""
    folders = []
    for folder in Path(output_dir).glob("checkpoint-*"):
        suffix = folder.name.split("-", 1)[1]
        if suffix.isdigit() and (folder / CURRICULUM_STATE_FILE).exists():
            folders.append((int(suffix), folder))
    return max(folders)[1] if folders else None


def prepare_model(
    config: TrainConfig, env_names: list[str], output_dir: Path, log: Any = print
) -> tuple[Path, dict]:
    """The model directory GRPO starts from: the configured path, or a tiny model built here
    (and warm-started by SFT when enabled). Reused as-is when a previous run already made it."""
    from .sft import run_sft
    from .tiny_model import build_tiny_model

    info: dict[str, Any] = {}
    if config.model.path is not None:
        model_dir = Path(config.model.path)
        if not model_dir.is_dir():
            from rlve_gym.errors import ConfigError

            raise ConfigError(
                f"model.path {str(model_dir)!r} is not a directory (a local model folder is expected)"
            )
    else:
        model_dir = output_dir / "initial-model"
        if not (model_dir / "config.json").exists():
            started = time.perf_counter()
            build_tiny_model(
                model_dir, env_names, config.model.tiny, config.seed, config.system_prompt
            )
            info["build_seconds"] = time.perf_counter() - started
            log(f"built a tiny model in {model_dir} ({info['build_seconds']:.1f} s)")
    if config.sft.enabled:
        if config.model.path is not None:
            sft_dir = output_dir / "sft-model"
            if not (sft_dir / SFT_DONE_FILE).exists():
                _copy_model(model_dir, sft_dir)
            model_dir = sft_dir
        done = model_dir / SFT_DONE_FILE
        if done.exists():
            info.update(json.loads(done.read_text()))
        else:
            markers = config.curriculum.get("markers", "answer")
            info.update(
                run_sft(
                    model_dir,
                    env_names,
                    config.sft,
                    config.system_prompt,
                    config.seed,
                    markers,
                    log,
                )
            )
            done.write_text(json.dumps(info))
    return model_dir, info


def _copy_model(source: Path, target: Path) -> None:
    import shutil

    shutil.copytree(source, target, dirs_exist_ok=True)


def grpo_arguments(config: TrainConfig, output_dir: Path, use_cuda: bool) -> Any:
    from trl import GRPOConfig

    g = config.grpo
    bf16 = g.bf16 if g.bf16 is not None else bool(use_cuda)
    gen = config.generation
    options: dict[str, Any] = dict(
        output_dir=str(output_dir),
        max_steps=g.max_steps,
        num_generations=g.num_generations,
        per_device_train_batch_size=g.per_device_train_batch_size,
        gradient_accumulation_steps=g.gradient_accumulation_steps,
        max_completion_length=g.max_completion_length,
        learning_rate=g.learning_rate,
        lr_scheduler_type=g.lr_scheduler_type,
        warmup_steps=g.warmup_steps,
        loss_type=g.loss_type,
        beta=g.beta,
        scale_rewards=g.scale_rewards,
        temperature=g.temperature,
        top_p=g.top_p,
        num_iterations=g.num_iterations,
        max_grad_norm=g.max_grad_norm,
        gradient_checkpointing=g.gradient_checkpointing,
        bf16=bf16,
        use_cpu=not use_cuda,
        shuffle_dataset=False,  # slots must arrive in order; the problems themselves are random
        logging_steps=1,
        save_strategy="steps",
        save_steps=g.save_steps or g.max_steps,
        save_total_limit=g.save_total_limit,
        report_to=[] if config.report_to == "none" else [config.report_to],
        seed=config.seed,
        log_completions=g.log_completions,
        num_completions_to_print=0,
        use_vllm=gen.backend == "vllm",
        vllm_mode=gen.vllm_mode,
        vllm_server_host=gen.vllm_server_host,
        vllm_server_port=gen.vllm_server_port,
        vllm_gpu_memory_utilization=gen.vllm_gpu_memory_utilization,
        disable_tqdm=True,
    )
    options.update(g.extra)
    return GRPOConfig(**options)


def train(
    config: TrainConfig,
    output_dir: str | Path | None = None,
    resume: bool = False,
    log: Any = print,
) -> dict[str, Any]:
    """Run SFT warm start (if enabled) and GRPO under the curriculum; returns the summary.

    Writes ``<output_dir>/summary.json``, ``difficulty.png`` and ``groups.jsonl``; checkpoints
    (with curriculum state) go to ``<output_dir>/checkpoint-N``.
    """
    started = time.perf_counter()
    from rlve_gym.curriculum.curriculum import resolve_env_names

    output_dir = Path(output_dir or config.output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    env_names = resolve_env_names(config.environments)
    curriculum = Curriculum(env_names, config=config.curriculum_config(), seed=config.seed)

    checkpoint = last_checkpoint(output_dir) if resume else None
    if resume and checkpoint is None:
        log(f"no checkpoint with curriculum state in {output_dir}: starting from scratch")
    if not resume:
        (output_dir / PROBLEM_LOG_FILE).unlink(missing_ok=True)

    import torch

    use_cuda = torch.cuda.is_available()
    if config.cpu_threads is not None:
        torch.set_num_threads(config.cpu_threads)
    if config.generation.backend == "vllm" and not use_cuda:
        _set_cpu_vllm_environment()
    model_dir, model_info = prepare_model(config, env_names, output_dir, log)

    from transformers import AutoTokenizer

    args = grpo_arguments(config, output_dir, use_cuda)
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    reward = CurriculumRewardFunction(config.reward)
    trainer_ref: dict[str, Any] = {}
    live = LiveTable() if config.live_table else None
    deadline = started + config.time_limit_s if config.time_limit_s is not None else None
    callback = _make_callback(trainer_ref, live, deadline)

    # P, the problems per generation batch, is the same on every process; the dataset's rows cycle
    # through P slots so that each generation batch holds every slot once (times num_generations).
    slots = args.generation_batch_size // args.num_generations
    rows = slots * max(64, args.max_steps)
    enforce_eager = config.generation.vllm_enforce_eager
    if enforce_eager is None:
        enforce_eager = not use_cuda
    trainer_class = make_trainer_class()
    colocated_vllm = (
        config.generation.backend == "vllm" and config.generation.vllm_mode == "colocate"
    )
    with _vllm_engine_options(
        enforce_eager and colocated_vllm, cpu=colocated_vllm and not use_cuda
    ):
        trainer = trainer_class(
            model=str(model_dir),
            reward_funcs=[reward],
            args=args,
            train_dataset=placeholder_dataset(slots, rows),
            processing_class=tokenizer,
            callbacks=[callback],
            curriculum=curriculum,
            system_prompt=config.system_prompt,
            problems_per_generation=slots,
            group_log_path=output_dir / PROBLEM_LOG_FILE,
        )
    reward.bind(trainer)
    trainer_ref["trainer"] = trainer
    if live is not None:  # the live table replaces the per-step dict printout
        from transformers.trainer_callback import PrinterCallback, ProgressCallback

        trainer.remove_callback(PrinterCallback)
        trainer.remove_callback(ProgressCallback)

    previous = {"problem_seconds": 0.0, "step_seconds": 0.0}
    if checkpoint is not None:
        saved = json.loads((checkpoint / CURRICULUM_STATE_FILE).read_text())
        curriculum.load_state_dict(saved["curriculum"])
        trainer.frontier_history = {k: list(v) for k, v in saved["frontier_history"].items()}
        previous = {
            "problem_seconds": saved["problem_seconds"],
            "step_seconds": saved["step_seconds"],
        }
        log(
            f"resuming from {checkpoint} (step {saved['global_step']}), frontiers {curriculum.frontiers()}"
        )
    initial_frontiers = Curriculum(
        env_names, config=config.curriculum_config(), seed=config.seed
    ).frontiers()

    try:
        trainer.train(resume_from_checkpoint=str(checkpoint) if checkpoint is not None else None)
    finally:
        if live is not None:
            live.stop()
    trainer.problem_timer.close_round()

    from .report import write_summary

    problem_seconds = previous["problem_seconds"] + trainer.problem_timer.total_problem_seconds
    step_seconds = previous["step_seconds"] + trainer.problem_timer.total_step_seconds
    summary = write_summary(
        output_dir,
        curriculum,
        trainer.frontier_history,
        initial_frontiers,
        steps=trainer.state.global_step,
        wall_time_s=time.perf_counter() - started,
        extra={
            "problem_time_fraction": problem_seconds / step_seconds if step_seconds else 0.0,
            "model_dir": str(model_dir),
            "final_model_dir": str(output_dir / f"checkpoint-{trainer.state.global_step}"),
            **model_info,
        },
        is_main=trainer.accelerator.is_main_process,
    )
    return summary
