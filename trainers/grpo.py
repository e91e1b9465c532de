"""``rlve-gym train``: SFT warm start (optional) and GRPO under the curriculum, through TRL's
native environment interface (``CurriculumSpec`` in ``trl_env.py``, the one recommended path).

``train`` builds a ``CurriculumSpec`` and hands its dataset of group keys, its environment factory
and its reward function to TRL's own ``GRPOTrainer``: each group's problem is chosen by the
curriculum when the group is generated, and every verdict reaches the curriculum before the next
generation (see ``trl_env.py``). What this module adds around it: the tiny model and warm start,
the configuration, a live table, the frontier history per optimiser step, a time limit, and
checkpoints that hold the curriculum state (``rlve_curriculum.json``), so that
``train(..., resume=True)`` continues with the identical curriculum.
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

from .config import TrainConfig
from .distributed import all_gather_objects
from .heldout import HELDOUT_FILE, heldout_problems
from .trl_env import CurriculumSpec

logger = logging.getLogger(__name__)

CURRICULUM_STATE_FILE = "rlve_curriculum.json"
PROBLEM_LOG_FILE = "groups.jsonl"
SFT_DONE_FILE = "sft_done.json"


class RunClock:
    """Share of wall time spent in rlve-gym's own work (generating problems, verifying), per
    optimiser step and overall, from the spec's running total of problem seconds."""

    def __init__(self, spec: CurriculumSpec) -> None:
        self.spec = spec
        self.started = time.perf_counter()
        self._last = (self.started, 0.0)
        self.last_fraction = 0.0

    def step(self) -> None:
        now, spent = time.perf_counter(), self.spec.problem_seconds
        elapsed = now - self._last[0]
        self.last_fraction = (spent - self._last[1]) / elapsed if elapsed > 0 else 0.0
        self._last = (now, spent)

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.started


def _make_callback(run: dict[str, Any], live: Any, deadline: float | None = None) -> Any:
    from transformers import TrainerCallback

    class CurriculumCallback(TrainerCallback):
        """Frontier history per step, the live table, and curriculum state in every checkpoint."""

        def on_step_end(self, args, state, control, **kwargs):
            spec, clock = run["spec"], run["clock"]
            clock.step()
            for name, level in spec.curriculum.frontiers().items():
                run["history"][name].append(level)
            if live is not None and state.is_world_process_zero:
                live.update(spec.curriculum, clock.last_fraction, state.global_step, args.max_steps)
            if deadline is not None:
                # every process must stop at the same step: follow the first one out of time
                out_of_time = any(all_gather_objects(time.perf_counter() > deadline))
                if out_of_time:
                    control.should_training_stop = True
                    control.should_save = True

        def on_save(self, args, state, control, **kwargs):
            if not state.is_world_process_zero:
                return
            spec, clock = run["spec"], run["clock"]
            folder = Path(args.output_dir) / f"checkpoint-{state.global_step}"
            folder.mkdir(parents=True, exist_ok=True)
            payload = {
                **spec.state_dict(),
                "step_history": run["history"],
                "global_step": state.global_step,
                "problem_seconds": run["previous"]["problem_seconds"] + spec.problem_seconds,
                "step_seconds": run["previous"]["step_seconds"] + clock.seconds,
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

    def _table(self, curriculum: Any, fraction: float, step: int, max_steps: int) -> Any:
        from rich.table import Table

        metrics = curriculum.metrics()
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
        for name in curriculum.env_names:
            prefix = f"curriculum/{name}/"
            table.add_row(
                name,
                str(int(metrics[prefix + "difficulty"])),
                f"{metrics[prefix + 'frontier_accuracy']:.2f}",
                f"{metrics[prefix + 'accuracy']:.2f}",
                f"{metrics[prefix + 'effective_prompt_ratio']:.2f}",
                str(int(metrics[prefix + "problems_served"])),
            )
        table.caption = f"problem generation + verification: {100 * fraction:.2f}% of the step"
        return table

    def update(self, curriculum: Any, fraction: float, step: int, max_steps: int) -> None:
        if not self.console.is_terminal:
            frontiers = " ".join(f"{n}={d}" for n, d in curriculum.frontiers().items())
            self.console.print(f"step {step}/{max_steps}  frontiers: {frontiers}", highlight=False)
            return
        from rich.live import Live

        table = self._table(curriculum, fraction, step, max_steps)
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
    from rlve_gym.curriculum import Curriculum
    from rlve_gym.curriculum.curriculum import resolve_env_names

    output_dir = Path(output_dir or config.output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    env_names = resolve_env_names(config.environments)

    checkpoint = last_checkpoint(output_dir) if resume else None
    if resume and checkpoint is None:
        log(f"no checkpoint with curriculum state in {output_dir}: starting from scratch")
    if not resume:
        (output_dir / PROBLEM_LOG_FILE).unlink(missing_ok=True)
        (output_dir / HELDOUT_FILE).unlink(missing_ok=True)

    import torch

    use_cuda = torch.cuda.is_available()
    if config.cpu_threads is not None:
        torch.set_num_threads(config.cpu_threads)
    if config.generation.backend == "vllm" and not use_cuda:
        _set_cpu_vllm_environment()
    model_dir, model_info = prepare_model(config, env_names, output_dir, log)

    from transformers import AutoTokenizer
    from trl import GRPOTrainer

    args = grpo_arguments(config, output_dir, use_cuda)
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    _check_chat_template(tokenizer, model_dir)
    groups_per_generation = args.generation_batch_size // args.num_generations
    spec = CurriculumSpec(
        env_names,
        curriculum=config.curriculum_config(),
        seed=config.seed,
        reward=config.reward,
        system_prompt=config.system_prompt,
        groups=groups_per_generation * max(64, args.max_steps),
        group_log=output_dir / PROBLEM_LOG_FILE,
    )
    run: dict[str, Any] = {
        "spec": spec,
        "clock": RunClock(spec),
        "history": {name: [] for name in env_names},
        "previous": {"problem_seconds": 0.0, "step_seconds": 0.0},
    }
    if checkpoint is not None:
        saved = json.loads((checkpoint / CURRICULUM_STATE_FILE).read_text())
        spec.load_state_dict(saved)
        run["history"] = {k: list(v) for k, v in saved["step_history"].items()}
        run["previous"] = {
            "problem_seconds": saved["problem_seconds"],
            "step_seconds": saved["step_seconds"],
        }
        log(
            f"resuming from {checkpoint} (step {saved['global_step']}), frontiers {spec.curriculum.frontiers()}"
        )
    live = LiveTable() if config.live_table else None
    deadline = started + config.time_limit_s if config.time_limit_s is not None else None
    enforce_eager = config.generation.vllm_enforce_eager
    if enforce_eager is None:
        enforce_eager = not use_cuda
    colocated_vllm = (
        config.generation.backend == "vllm" and config.generation.vllm_mode == "colocate"
    )
    with (
        _vllm_engine_options(enforce_eager and colocated_vllm, cpu=colocated_vllm and not use_cuda),
        _quiet_experimental_warning(),
    ):
        trainer = GRPOTrainer(
            model=str(model_dir),
            reward_funcs=spec.reward_funcs,
            args=args,
            train_dataset=spec.train_dataset,
            environment_factory=spec.environment_factory,
            processing_class=tokenizer,
            callbacks=[_make_callback(run, live, deadline)],
        )
    if live is not None:  # the live table replaces the per-step dict printout
        from transformers.trainer_callback import PrinterCallback, ProgressCallback

        trainer.remove_callback(PrinterCallback)
        trainer.remove_callback(ProgressCallback)
    initial_frontiers = Curriculum(
        env_names, config=config.curriculum_config(), seed=config.seed
    ).frontiers()
    heldout = HeldoutRun(config, spec, trainer, tokenizer, output_dir, log)
    heldout.before(reuse=checkpoint is not None)

    try:
        trainer.train(resume_from_checkpoint=str(checkpoint) if checkpoint is not None else None)
    finally:
        if live is not None:
            live.stop()

    from .report import effective_ratio_history, promotions_from_log, write_summary

    heldout_summary = heldout.after(spec.curriculum.frontiers())
    records = _read_group_log(output_dir / PROBLEM_LOG_FILE)
    problem_seconds = run["previous"]["problem_seconds"] + spec.problem_seconds
    step_seconds = run["previous"]["step_seconds"] + run["clock"].seconds
    summary = write_summary(
        output_dir,
        spec.curriculum,
        run["history"],
        initial_frontiers,
        steps=trainer.state.global_step,
        wall_time_s=time.perf_counter() - started,
        extra={
            "problem_time_fraction": problem_seconds / step_seconds if step_seconds else 0.0,
            "model_dir": str(model_dir),
            "final_model_dir": str(output_dir / f"checkpoint-{trainer.state.global_step}"),
            "promotions": promotions_from_log(
                records, env_names, config.curriculum_config(), config.seed
            ),
            "effective_ratio_history": effective_ratio_history(records),
            **({"heldout": heldout_summary} if heldout_summary else {}),
            **model_info,
        },
        is_main=trainer.accelerator.is_main_process,
    )
    return summary


def _read_group_log(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


class HeldoutRun:
    """Scores the held-out problems (``config.heldout``) with the model GRPO starts from and with
    the final one, through the trainer's own generation backend (its colocated vLLM engine, else
    the model's ``generate``); writes ``heldout.json`` and returns the comparison for the summary.
    """

    def __init__(
        self,
        config: TrainConfig,
        spec: CurriculumSpec,
        trainer: Any,
        tokenizer: Any,
        output_dir: Path,
        log: Any,
    ) -> None:
        self.settings = config.heldout
        self.config = config
        self.spec = spec
        self.trainer = trainer
        self.tokenizer = tokenizer
        self.path = output_dir / HELDOUT_FILE
        self.log = log
        self.problems: list[Any] = []
        self.before_result: dict[str, Any] | None = None
        if self.settings.enabled:
            curriculum = spec.curriculum
            self.problems = heldout_problems(
                curriculum.env_names,
                self.settings.difficulties,
                self.settings.problems,
                self.settings.seed,
                curriculum.config.markers,
                curriculum.max_difficulty,
            )

    def _generate(self) -> Any:
        from . import heldout as evaluation

        trainer, s = self.trainer, self.settings
        max_tokens = s.max_tokens or self.config.grpo.max_completion_length
        engine = getattr(trainer, "vllm_generation", None)
        llm = getattr(engine, "llm", None) if engine is not None else None
        if llm is not None:
            return evaluation.vllm_generator(
                llm, self.tokenizer, self.config.system_prompt, s.temperature, max_tokens, s.seed
            )
        model = trainer.accelerator.unwrap_model(trainer.model)
        return evaluation.transformers_generator(
            model, self.tokenizer, self.config.system_prompt, s.temperature, max_tokens, s.seed
        )

    def _evaluate(self, label: str) -> dict[str, Any]:
        from .heldout import evaluate

        result = evaluate(
            self.problems, self._generate(), self.settings.samples, self.spec.curriculum.environment
        )
        accuracy = sum(r["accuracy"] for r in result["records"]) / len(result["records"])
        self.log(
            f"held-out accuracy {label}: {accuracy:.3f} over {len(self.problems)} problems "
            f"({result['seconds']:.1f} s)"
        )
        return result

    def before(self, reuse: bool) -> None:
        """Score the starting model; a resumed run reuses the score its first process saved."""
        if not self.settings.enabled:
            return
        if reuse and self.path.exists():
            saved = json.loads(self.path.read_text())
            if saved.get("problems") == len(self.problems) and saved.get("before"):
                self.before_result = saved["before"]
                return
        self.before_result = self._evaluate("after warm start")
        if self.trainer.accelerator.is_main_process:
            self.path.write_text(
                json.dumps({"problems": len(self.problems), "before": self.before_result})
            )

    def after(self, frontiers: dict[str, int]) -> dict[str, Any] | None:
        """Score the final model and compare with the start; None when held-out is off."""
        if not self.settings.enabled or self.before_result is None:
            return None
        from .heldout import compare

        engine = getattr(self.trainer, "vllm_generation", None)
        if getattr(engine, "llm", None) is not None:
            engine.sync_weights()  # the engine holds the weights of the last generation round
        after = self._evaluate("after GRPO")
        comparison = compare(
            self.before_result["records"], after["records"], frontiers, self.settings.confidence
        )
        comparison.update(
            problems_per_cell=self.settings.problems,
            samples=self.settings.samples,
            temperature=self.settings.temperature,
            seed=self.settings.seed,
            before_seconds=self.before_result["seconds"],
            after_seconds=after["seconds"],
        )
        if self.trainer.accelerator.is_main_process:
            self.path.write_text(
                json.dumps(
                    {
                        "problems": len(self.problems),
                        "before": self.before_result,
                        "after": after,
                        "comparison": comparison,
                    }
                )
            )
        return comparison


@contextlib.contextmanager
def _quiet_experimental_warning() -> Iterator[None]:
    """TRL marks ``environment_factory`` experimental with a warning on every trainer; the
    project pins the TRL version it is tested with, so the warning says nothing to our users."""
    previous = os.environ.get("TRL_EXPERIMENTAL_SILENCE")
    os.environ["TRL_EXPERIMENTAL_SILENCE"] = "1"
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("TRL_EXPERIMENTAL_SILENCE", None)
        else:
            os.environ["TRL_EXPERIMENTAL_SILENCE"] = previous


def _check_chat_template(tokenizer: Any, model_dir: Path) -> None:
    """TRL's environment interface needs a chat template that can render tool calls, even though
    single-turn environments expose none; say so in one line instead of failing inside TRL."""
    from trl.chat_template_utils import supports_tool_calling

    if not supports_tool_calling(tokenizer):
        from rlve_gym.errors import ConfigError

        raise ConfigError(
            f"the chat template of {model_dir} cannot render tool calls, which TRL's environment "
            "interface requires; use a model whose template supports tools (Qwen2.5/Qwen3, Llama "
            "3.1+, ...) or set tokenizer.chat_template to one that does (see docs/training.md)"
        )
