"""``CurriculumConfig``: every option of the adaptive difficulty engine, validated in one place.

The model doubles as the file format: ``CurriculumConfig.from_file("curriculum.yaml")`` reads YAML
or JSON with the same field names. Any invalid value raises ``rlve_gym.ConfigError`` (a
``ValueError``) whose one-line message names the field, e.g.
``curriculum config: promote_threshold: Input should be less than or equal to 1 (got 1.5)``.
See docs/curriculum.md for what each policy does and when to pick it.
"""

from __future__ import annotations

from pathlib import Path
from statistics import NormalDist
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ..errors import ConfigError, validation_error_line

DifficultyPolicyName = Literal["rlve", "sequential", "fixed", "uniform"]
WeightingName = Literal["uniform", "user", "adaptive"]


_GENERIC_SOURCE = "curriculum config"


def _one_line(exc: ValidationError, source: str) -> str:
    return validation_error_line(exc, source, "docs/curriculum.md")


class CurriculumConfig(BaseModel):
    """Options of ``rlve_gym.Curriculum``; defaults reproduce the published RLVE rule.

    Difficulty (per environment, around its frontier h):
        policy: ``rlve`` (fixed sample count, then promote if accuracy >= promote_threshold),
            ``sequential`` (decide as soon as a confidence bound is clear, at the latest after the
            same sample count), ``fixed`` (h never moves; every problem is at h), or ``uniform``
            (h never moves; every problem's difficulty is drawn uniformly from [0, h]).
        initial_difficulty / initial_difficulties: starting h, globally / per environment name.
        max_difficulty: h never rises above this (None: no cap).
        window: problems are drawn uniformly from [max(0, h - window + 1), h].
        promote_threshold: tau, the frontier accuracy needed to move h up by one.
        demote_threshold: if set, h moves down by one (never below 0) when frontier accuracy is
            below it; None keeps the published rule, which never steps down.
        min_prompts, group_size, min_samples: a decision needs m verified samples at h, where
            m = min_samples if set, else min_prompts * group_size, and with group_size None the
            size of the group being recorded stands in for it (so m = 8 x G for GRPO groups of G).
        confidence: one-sided confidence level of the Wilson bounds used by ``sequential``.
        group_correlation: the correlation of correctness between samples of one group that the
            ``sequential`` bounds allow for (rho). The G samples of a GRPO group answer one problem,
            so they are not independent; the bounds then count n samples as
            n / (1 + (G - 1) rho) independent ones (the design effect of cluster sampling).
            0 (the default) treats every sample as independent.

    Environment weights:
        weighting: ``uniform``, ``user`` (``env_weights``), or ``adaptive`` (favour environments
            whose recent groups had non-zero reward variance; ``env_weights`` act as base weights).
        env_weights: name -> weight >= 0; environments not listed get weight 1.
        adaptive_horizon: about how many recent groups the adaptive ratio remembers.
        adaptive_floor: the smallest share of its base weight an environment keeps, so that its
            ratio is still measured when it has gone quiet.

    Generation:
        markers: answer markers the prompts ask for (``answer`` or ``boxed``).
    """

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    policy: DifficultyPolicyName = "rlve"
    initial_difficulty: int = Field(0, ge=0)
    initial_difficulties: dict[str, Annotated[int, Field(ge=0)]] = Field(default_factory=dict)
    max_difficulty: int | None = Field(None, ge=0)
    window: int = Field(4, ge=1, le=1000)
    promote_threshold: float = Field(0.9, gt=0.0, le=1.0)
    demote_threshold: float | None = Field(None, gt=0.0, lt=1.0)
    min_prompts: int = Field(8, ge=1)
    group_size: int | None = Field(None, ge=1)
    min_samples: int | None = Field(None, ge=1)
    confidence: float = Field(0.95, gt=0.5, lt=1.0)
    group_correlation: float = Field(0.0, ge=0.0, lt=1.0)
    weighting: WeightingName = "uniform"
    env_weights: dict[str, Annotated[float, Field(ge=0.0, allow_inf_nan=False)]] = Field(
        default_factory=dict
    )
    adaptive_horizon: int = Field(32, ge=1)
    adaptive_floor: float = Field(0.1, ge=0.0, le=1.0)
    markers: Literal["answer", "boxed"] = "answer"

    def __init__(self, **data: Any) -> None:
        try:
            super().__init__(**data)
        except ValidationError as exc:
            raise ConfigError(_one_line(exc, _GENERIC_SOURCE)) from None

    @model_validator(mode="after")
    def _check_consistency(self) -> CurriculumConfig:
        if self.demote_threshold is not None and self.demote_threshold >= self.promote_threshold:
            raise ValueError(
                f"demote_threshold ({self.demote_threshold}) must be below promote_threshold "
                f"({self.promote_threshold})"
            )
        if self.weighting == "user" and not self.env_weights:
            raise ValueError(
                "weighting 'user' needs env_weights (a mapping of environment name to weight)"
            )
        if self.weighting == "uniform" and self.env_weights:
            raise ValueError(
                "env_weights is set but weighting is 'uniform'; set weighting to 'user' or 'adaptive'"
            )
        if self.max_difficulty is not None:
            starts = [("initial_difficulty", self.initial_difficulty)] + [
                (f"initial_difficulties.{n}", d) for n, d in self.initial_difficulties.items()
            ]
            for field, level in starts:
                if level > self.max_difficulty:
                    raise ValueError(
                        f"{field} ({level}) is above max_difficulty ({self.max_difficulty})"
                    )
        return self

    # ------------------------------------------------------------------ derived values
    def decision_samples(self, group_len: int) -> int:
        """m: verified samples at the frontier that force a decision (given the current group's size)."""
        if self.min_samples is not None:
            return self.min_samples
        return self.min_prompts * (
            self.group_size if self.group_size is not None else max(group_len, 1)
        )

    def design_effect(self, group_len: int) -> float:
        """How many samples count as one independent observation in the sequential bounds."""
        size = self.group_size if self.group_size is not None else max(group_len, 1)
        return 1.0 + (size - 1) * self.group_correlation

    def z_score(self) -> float:
        """The normal quantile of ``confidence`` (one-sided) for the sequential policy's bounds."""
        return NormalDist().inv_cdf(self.confidence)

    def start_difficulty(self, env_name: str) -> int:
        return self.initial_difficulties.get(env_name, self.initial_difficulty)

    # ------------------------------------------------------------------ loading
    @classmethod
    def from_dict(cls, data: Any, source: str = _GENERIC_SOURCE) -> CurriculumConfig:
        if data is None:
            data = {}
        if not isinstance(data, dict):
            raise ConfigError(
                f"{source}: expected a mapping of option names to values, got {type(data).__name__}"
            )
        bad_keys = [k for k in data if not isinstance(k, str)]
        if bad_keys:
            raise ConfigError(f"{source}: option names must be strings, got {bad_keys[0]!r}")
        try:
            return cls(**data)
        except ConfigError as exc:  # raised by __init__ with the generic source name
            message = str(exc)
            if source != _GENERIC_SOURCE and message.startswith(_GENERIC_SOURCE):
                message = source + message[len(_GENERIC_SOURCE) :]
            raise ConfigError(message) from None

    @classmethod
    def from_file(cls, path: str | Path) -> CurriculumConfig:
        """Read a YAML (``.yaml``/``.yml``) or JSON file; a ``curriculum:`` top-level key is unwrapped."""
        path = Path(path)
        try:
            text = path.read_text()
        except OSError as exc:
            raise ConfigError(
                f"cannot read curriculum config {str(path)!r}: {exc.strerror or exc}"
            ) from None
        try:
            if path.suffix.lower() == ".json":
                import json

                data = json.loads(text)
            else:
                import yaml

                data = yaml.safe_load(text)
        except ValueError as exc:  # json.JSONDecodeError
            raise ConfigError(f"{path}: not valid JSON: {exc}") from None
        except Exception as exc:  # yaml.YAMLError and friends
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise ConfigError(f"{path}: not valid YAML: {first}") from None
        if isinstance(data, dict) and set(data) == {"curriculum"}:
            data = data["curriculum"]
        return cls.from_dict(data, source=str(path))

    @classmethod
    def coerce(
        cls, config: CurriculumConfig | dict[str, Any] | str | Path | None
    ) -> CurriculumConfig:
        """Accept a config object, a dict of options, a file path, or None (all defaults)."""
        if config is None:
            return cls()
        if isinstance(config, cls):
            return config
        if isinstance(config, dict):
            return cls.from_dict(config)
        if isinstance(config, (str, Path)):
            return cls.from_file(config)
        raise ConfigError(
            f"config must be a CurriculumConfig, a dict or a path to a YAML/JSON file, got {type(config).__name__}"
        )
