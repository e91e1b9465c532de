"""The two values that cross every boundary: a generated ``Problem`` and a ``Verdict`` on a response.

A Problem carries everything a verifier needs (the instance data, the reference answer, the
answer markers the prompt asked for), so it can be written to JSON, shipped to another process
or machine and verified there without regenerating it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .errors import ProblemFormatError, check_difficulty, check_seed

MARKERS = ("answer", "boxed")


@dataclass(frozen=True)
class Problem:
    env_name: str
    version: int
    difficulty: int
    seed: int
    prompt: str
    answer: str
    instance: dict[str, Any] = field(repr=False)
    markers: str = "answer"

    def reference_response(self) -> str:
        """The reference answer inside the markers the prompt asked for: an ideal reply."""
        if self.markers == "boxed":
            return f"\\boxed{{{self.answer}}}"
        return f"<answer>{self.answer}</answer>"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable dict; ``Problem.from_dict`` restores an identical problem."""
        return {
            "env_name": self.env_name,
            "version": self.version,
            "difficulty": self.difficulty,
            "seed": self.seed,
            "prompt": self.prompt,
            "answer": self.answer,
            "instance": self.instance,
            "markers": self.markers,
        }

    @classmethod
    def from_dict(cls, data: Any) -> Problem:
        """Rebuild a problem from ``to_dict()`` output (or its JSON), checking every field."""
        if isinstance(data, str):
            import json

            try:
                data = json.loads(data)
            except ValueError as exc:
                raise ProblemFormatError(f"problem JSON does not parse: {exc}") from None
        if not isinstance(data, dict):
            raise ProblemFormatError(
                f"a problem must be a dict as produced by Problem.to_dict(), got {type(data).__name__}"
            )
        expected = {
            "env_name": str,
            "version": int,
            "difficulty": int,
            "seed": int,
            "prompt": str,
            "answer": str,
            "instance": dict,
        }
        missing = [k for k in expected if k not in data]
        if missing:
            raise ProblemFormatError(
                f"problem dict is missing {', '.join(missing)}; expected the keys of Problem.to_dict()"
            )
        for key, kind in expected.items():
            value = data[key]
            if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
                raise ProblemFormatError(
                    f"problem field {key!r} must be {kind.__name__}, got {type(value).__name__}"
                )
        markers = data.get("markers", "answer")
        if markers not in MARKERS:
            raise ProblemFormatError(
                f"problem field 'markers' must be one of {MARKERS}, got {markers!r}"
            )
        try:
            difficulty = check_difficulty(data["difficulty"])
            seed = check_seed(data["seed"])
        except ValueError as exc:
            raise ProblemFormatError(f"problem dict: {exc}") from None
        return cls(
            env_name=data["env_name"],
            version=data["version"],
            difficulty=difficulty,
            seed=seed,
            prompt=data["prompt"],
            answer=data["answer"],
            instance=data["instance"],
            markers=markers,
        )


@dataclass(frozen=True)
class Verdict:
    """The outcome of checking one response.

    ``format_ok`` is False when no answer could be extracted or parsed; ``score`` is in [0, 1]
    (partial credit where the task has a natural measure, else 1.0 exactly when ``correct``).
    """

    correct: bool
    format_ok: bool
    score: float
    reason: str

    @classmethod
    def right(cls, reason: str = "correct") -> Verdict:
        return cls(True, True, 1.0, reason)

    @classmethod
    def wrong(cls, reason: str, score: float = 0.0) -> Verdict:
        score = min(max(float(score), 0.0), 1.0)
        if score >= 1.0:  # a wrong answer never earns full credit
            score = 0.99
        return cls(False, True, score, reason)

    @classmethod
    def bad_format(cls, reason: str) -> Verdict:
        return cls(False, False, 0.0, reason)

    def to_dict(self) -> dict[str, Any]:
        return {
            "correct": self.correct,
            "format_ok": self.format_ok,
            "score": self.score,
            "reason": self.reason,
        }
