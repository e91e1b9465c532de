"""Per-environment statistics: a handful of plain counters, cheap to update and to serialise.

``level_samples``/``level_correct`` are the frontier statistics the difficulty policy decides on
(verdicts at difficulty == frontier since the last decision); the rest are running totals for
metrics and for the adaptive environment weights.
"""

from __future__ import annotations

from typing import Any

from ..errors import ConfigError

STATE_FIELDS = (
    "frontier",
    "level_samples",
    "level_correct",
    "samples",
    "correct",
    "groups",
    "effective_groups",
    "recent_effective_ratio",
    "served",
    "promotions",
    "demotions",
)


class EnvState:
    """Mutable statistics of one environment inside a curriculum."""

    __slots__ = ("name",) + STATE_FIELDS

    def __init__(self, name: str, frontier: int, recent_effective_ratio: float = 1.0) -> None:
        self.name = name
        self.frontier = frontier
        self.level_samples = 0
        self.level_correct = 0
        self.samples = 0
        self.correct = 0
        self.groups = 0
        self.effective_groups = 0
        # optimistic start: an environment nobody has tried yet looks as useful as the best one
        self.recent_effective_ratio = recent_effective_ratio
        self.served = 0
        self.promotions = 0
        self.demotions = 0

    def reset_level(self) -> None:
        self.level_samples = 0
        self.level_correct = 0

    @property
    def level_accuracy(self) -> float:
        return self.level_correct / self.level_samples if self.level_samples else 0.0

    @property
    def accuracy(self) -> float:
        return self.correct / self.samples if self.samples else 0.0

    @property
    def effective_prompt_ratio(self) -> float:
        return self.effective_groups / self.groups if self.groups else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {field: getattr(self, field) for field in STATE_FIELDS}

    @classmethod
    def from_dict(cls, name: str, data: Any) -> EnvState:
        if not isinstance(data, dict):
            raise ConfigError(
                f"curriculum state for {name!r} must be a dict, got {type(data).__name__}"
            )
        missing = [f for f in STATE_FIELDS if f not in data]
        if missing:
            raise ConfigError(f"curriculum state for {name!r} is missing {', '.join(missing)}")
        state = cls(name, 0)
        for field in STATE_FIELDS:
            value = data[field]
            if field == "recent_effective_ratio":
                if isinstance(value, bool) or not isinstance(value, (int, float)):
                    raise ConfigError(
                        f"curriculum state {name}.{field} must be a number, got {value!r}"
                    )
                value = float(value)
            elif isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ConfigError(
                    f"curriculum state {name}.{field} must be an integer >= 0, got {value!r}"
                )
            setattr(state, field, value)
        return state
