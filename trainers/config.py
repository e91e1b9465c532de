"""``TrainConfig``: every option of ``rlve-gym train``, validated in one place.

The pydantic model doubles as the YAML schema: ``TrainConfig.from_file("configs/tiny-cpu.yaml")``
reads a file with exactly these field names, and any bad value raises ``rlve_gym.ConfigError``
with one line naming the field, e.g. ``train config: grpo.num_generations: Input should be
greater than or equal to 2 (got 1)``. docs/training.md describes each option.

This module imports no torch/transformers/trl, so the CLI can validate a config before paying
for those imports.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from rlve_gym.errors import ConfigError, validation_error_line
from rlve_gym.prompts import DEFAULT_SYSTEM_PROMPT


def _one_line(exc: ValidationError, source: str) -> str:
    return validation_error_line(exc, source, "docs/training.md")


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class TinyModelSettings(_Section):
    """Shape of the tiny Qwen2-style model built locally when ``model.path`` is not given.

    ``hidden_size / num_attention_heads`` is the head size; vLLM's CPU attention needs >= 32.
    """

    hidden_size: int = Field(128, ge=32)
    num_layers: int = Field(4, ge=1)
    num_attention_heads: int = Field(4, ge=1)
    num_key_value_heads: int = Field(2, ge=1)
    intermediate_size: int = Field(512, ge=8)
    vocab_size: int = Field(1024, ge=300, le=65536)
    max_position_embeddings: int = Field(512, ge=64)
    tokenizer_corpus_problems: int = Field(
        200, ge=10, description="problems per environment used to train the tokenizer"
    )
    tokenizer_max_difficulty: int = Field(12, ge=0)
    rope_theta: float | None = Field(
        None,
        gt=0,
        description="RoPE base; None: the Qwen2 default (10,000). A very large base leaves "
        "little positional rotation, which helps algorithmic tasks generalise to longer inputs",
    )

    @model_validator(mode="after")
    def _check_heads(self) -> TinyModelSettings:
        if self.hidden_size % self.num_attention_heads:
            raise ValueError("hidden_size must be a multiple of num_attention_heads")
        if self.hidden_size // self.num_attention_heads < 32:
            raise ValueError(
                "hidden_size / num_attention_heads (the head size) must be >= 32 for vLLM's CPU attention"
            )
        if self.num_attention_heads % self.num_key_value_heads:
            raise ValueError("num_attention_heads must be a multiple of num_key_value_heads")
        return self


class ModelSettings(_Section):
    """Which model to train: a local directory (``path``), or a tiny model built on the spot."""

    path: str | None = Field(None, description="local model directory; None builds a tiny model")
    tiny: TinyModelSettings = Field(default_factory=TinyModelSettings)
    dtype: Literal["auto", "float32", "bfloat16", "float16"] = "auto"


class SFTSettings(_Section):
    """Supervised warm start on the environments' reference answers (off unless enabled)."""

    enabled: bool = False
    min_difficulty: int = Field(0, ge=0)
    max_difficulty: int = Field(4, ge=0)
    examples: int = Field(
        2000, ge=1, description="training examples in all, spread over envs and levels"
    )
    epochs: int = Field(1, ge=1)
    batch_size: int = Field(32, ge=1)
    learning_rate: float = Field(3e-3, gt=0)
    max_steps: int | None = Field(None, ge=1, description="stop after this many optimiser steps")
    env_weights: dict[str, Annotated[float, Field(ge=0.0)]] = Field(
        default_factory=dict,
        description="share of the examples per environment (1 if not listed, 0 leaves it out)",
    )

    @model_validator(mode="after")
    def _check_range(self) -> SFTSettings:
        if self.max_difficulty < self.min_difficulty:
            raise ValueError("max_difficulty must be >= min_difficulty")
        return self


class GRPOSettings(_Section):
    """GRPO options passed to TRL's ``GRPOConfig`` (names match TRL's where they exist).

    One optimiser step uses ``per_device_train_batch_size * processes * gradient_accumulation_steps``
    completions, i.e. that number divided by ``num_generations`` problems (all fresh each step);
    TRL requires it to be a multiple of ``num_generations``, so that every group is whole.
    """

    max_steps: int = Field(40, ge=1)
    num_generations: int = Field(8, ge=2, description="completions per problem (the GRPO group)")
    per_device_train_batch_size: int = Field(64, ge=1)
    gradient_accumulation_steps: int = Field(1, ge=1)
    max_completion_length: int = Field(64, ge=1)
    learning_rate: float = Field(1e-4, gt=0)
    lr_scheduler_type: str = "constant"
    warmup_steps: int = Field(0, ge=0)
    loss_type: Literal["grpo", "dr_grpo", "dapo", "bnpo", "cispo", "sapo", "luspo"] = "dapo"
    beta: float = Field(0.0, ge=0, description="KL coefficient; > 0 loads a reference model")
    scale_rewards: Literal["group", "batch", "none"] = "group"
    temperature: float = Field(1.0, gt=0)
    top_p: float = Field(1.0, gt=0, le=1)
    num_iterations: int = Field(1, ge=1)
    max_grad_norm: float = Field(1.0, gt=0)
    gradient_checkpointing: bool = False
    bf16: bool | None = Field(None, description="None: on when a GPU supports it, off on CPU")
    save_steps: int | None = Field(
        None, ge=1, description="checkpoint every N steps (None: only at the end)"
    )
    save_total_limit: int | None = Field(2, ge=1)
    log_completions: bool = True
    extra: dict[str, Any] = Field(
        default_factory=dict, description="any other GRPOConfig argument, passed through as-is"
    )


class GenerationSettings(_Section):
    """How completions are generated: vLLM (colocate or server) or plain transformers."""

    backend: Literal["vllm", "transformers"] = "vllm"
    vllm_mode: Literal["colocate", "server"] = "colocate"
    vllm_server_host: str = "127.0.0.1"
    vllm_server_port: int = Field(8000, ge=1, le=65535)
    vllm_gpu_memory_utilization: float = Field(0.3, gt=0, le=1)
    vllm_enforce_eager: bool | None = Field(
        None, description="build the engine without graph capture/compilation; None: on for CPU"
    )


class HeldoutSettings(_Section):
    """Accuracy on fixed held-out problems, scored after the warm start and at the end of GRPO.

    The same ``problems`` problems per (environment, difficulty) both times (seeds from
    ``rlve_gym.evaluation.problems.eval_seed(seed, i)``, never training seeds); completions come
    from the backend GRPO generates with. ``summary.json`` gets the accuracy per cell and the
    paired change with a ``confidence`` interval (see ``rlve_gym/trainers/heldout.py``).
    """

    enabled: bool = False
    difficulties: list[Annotated[int, Field(ge=0)]] = Field(
        default_factory=lambda: [0, 1, 2, 3, 4, 5], min_length=1
    )
    problems: int = Field(32, ge=1, description="problems per (environment, difficulty)")
    samples: int = Field(1, ge=1, description="completions per problem (1 with greedy decoding)")
    temperature: float = Field(0.0, ge=0, description="0: greedy decoding")
    max_tokens: int | None = Field(
        None, ge=1, description="completion length limit; None: grpo.max_completion_length"
    )
    seed: int = Field(20_261_203, ge=0, description="base seed of the held-out problems")
    confidence: float = Field(0.95, gt=0.5, lt=1.0)

    @model_validator(mode="after")
    def _check_sampling(self) -> HeldoutSettings:
        if self.samples > 1 and self.temperature == 0:
            raise ValueError("samples > 1 needs temperature > 0 (greedy samples are identical)")
        return self


class ExperimentSettings(_Section):
    """``rlve-gym experiment``: the same model and compute under three difficulty schedules.

    Arms: ``adaptive`` (the config's curriculum), ``fixed`` (every problem at
    ``fixed_difficulty``) and ``uniform`` (difficulties uniform over [0, ``uniform_max``]).
    None picks defaults from the held-out levels: the middle one, and the highest one.
    """

    arms: list[Literal["adaptive", "fixed", "uniform"]] = Field(
        default_factory=lambda: ["adaptive", "fixed", "uniform"], min_length=1
    )
    fixed_difficulty: int | None = Field(None, ge=0)
    uniform_max: int | None = Field(None, ge=0)


class TrainConfig(_Section):
    """Everything ``rlve-gym train`` needs. See docs/training.md and configs/ for examples."""

    environments: str | list[str] = Field(
        ..., description="'all', a category name, one environment name, or a list of names"
    )
    model: ModelSettings = Field(default_factory=ModelSettings)
    curriculum: dict[str, Any] = Field(
        default_factory=dict,
        description="options of rlve_gym.CurriculumConfig (docs/curriculum.md)",
    )
    system_prompt: str = DEFAULT_SYSTEM_PROMPT
    reward: Literal["binary", "partial", "shaped"] = "binary"
    sft: SFTSettings = Field(default_factory=SFTSettings)
    grpo: GRPOSettings = Field(default_factory=GRPOSettings)
    generation: GenerationSettings = Field(default_factory=GenerationSettings)
    heldout: HeldoutSettings = Field(default_factory=HeldoutSettings)
    experiment: ExperimentSettings = Field(default_factory=ExperimentSettings)
    output_dir: str = "runs/rlve"
    report_to: Literal["none", "tensorboard", "wandb"] = "none"
    live_table: bool = Field(True, description="show the rich table of frontiers while training")
    seed: int = Field(0, ge=0)
    time_limit_s: float | None = Field(
        None,
        gt=0,
        description="stop GRPO (with a final checkpoint) once the whole run has taken this long",
    )
    cpu_threads: int | None = Field(
        None,
        ge=1,
        description="torch CPU threads (None: torch's default); 1 is fastest on a busy small machine",
    )

    def __init__(self, **data: Any) -> None:
        try:
            super().__init__(**data)
        except ValidationError as exc:
            raise ConfigError(_one_line(exc, "train config")) from None

    @model_validator(mode="after")
    def _check_curriculum(self) -> TrainConfig:
        from rlve_gym.curriculum import CurriculumConfig

        try:
            CurriculumConfig.from_dict(self.curriculum, source="curriculum")
        except ConfigError as exc:
            raise ValueError(str(exc).replace("curriculum: ", "curriculum.", 1)) from None
        return self

    def curriculum_config(self) -> Any:
        """The validated ``rlve_gym.CurriculumConfig``; ``group_size`` defaults to the GRPO group."""
        from rlve_gym.curriculum import CurriculumConfig

        options = dict(self.curriculum)
        options.setdefault("group_size", self.grpo.num_generations)
        return CurriculumConfig.from_dict(options, source="curriculum")

    @classmethod
    def from_dict(cls, data: Any, source: str = "train config") -> TrainConfig:
        if not isinstance(data, dict):
            raise ConfigError(
                f"{source}: expected a mapping of option names to values, got {type(data).__name__}"
            )
        try:
            return cls(**data)
        except ConfigError as exc:
            raise ConfigError(source + str(exc).removeprefix("train config")) from None

    @classmethod
    def from_file(cls, path: str | Path) -> TrainConfig:
        """Read a YAML (or JSON) training config."""
        path = Path(path)
        try:
            text = path.read_text()
        except OSError as exc:
            raise ConfigError(
                f"cannot read train config {str(path)!r}: {exc.strerror or exc}"
            ) from None
        try:
            import yaml

            data = yaml.safe_load(text)
        except Exception as exc:  # yaml.YAMLError and friends: report the first line only
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise ConfigError(f"{path}: not valid YAML: {first}") from None
        return cls.from_dict(data, source=str(path))

    def with_overrides(self, **changes: Any) -> TrainConfig:
        """A copy with top-level fields replaced (validated again)."""
        data = self.model_dump()
        data.update(changes)
        return TrainConfig.from_dict(data)
