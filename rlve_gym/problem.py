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

#: bounds on a serialised problem read from a file: far above anything an environment generates
#: at a reachable difficulty, far below what would make reading or hashing it slow
MAX_PROBLEM_CHARS = 64_000_000
MAX_FIELD_CHARS = 4_000_000
MAX_INSTANCE_DEPTH = 32
MAX_INSTANCE_NODES = 4_000_000


def check_instance_shape(instance: Any) -> None:
    """Refuse instance data nested deeper or holding more values than any environment produces.

    Walks iteratively, so hostile nesting cannot raise ``RecursionError`` here or later (in
    ``==``, ``json.dumps`` or a verifier).
    """
    stack = [(instance, 1)]
    nodes = 0
    while stack:
        value, depth = stack.pop()
        nodes += 1
        if nodes > MAX_INSTANCE_NODES:
            raise ProblemFormatError(
                f"problem instance holds more than {MAX_INSTANCE_NODES} values; "
                "this is not a problem rlve-gym generated"
            )
        if isinstance(value, dict):
            children = value.values()
        elif isinstance(value, (list, tuple)):
            children = value
        elif value is None or isinstance(value, (bool, int, float)):
            continue
        elif isinstance(value, str):
            if len(value) > MAX_FIELD_CHARS:
                raise ProblemFormatError(
                    f"problem instance holds a string of {len(value)} characters; "
                    "this is not a problem rlve-gym generated"
                )
            continue
        else:
            raise ProblemFormatError(
                f"problem instance holds a {type(value).__name__}; only JSON values are allowed"
            )
        if depth >= MAX_INSTANCE_DEPTH and children:
            raise ProblemFormatError(
                f"problem instance is nested more than {MAX_INSTANCE_DEPTH} levels deep; "
                "this is not a problem rlve-gym generated"
            )
        stack.extend((child, depth + 1) for child in children)


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

            if len(data) > MAX_PROBLEM_CHARS:
                raise ProblemFormatError(
                    f"problem JSON is {len(data)} characters long, more than the "
                    f"{MAX_PROBLEM_CHARS} a problem may have"
                )
            try:
                data = json.loads(data)
            except (ValueError, RecursionError) as exc:
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
        for key in ("prompt", "answer", "env_name"):
            if len(data[key]) > MAX_FIELD_CHARS:
                raise ProblemFormatError(
                    f"problem field {key!r} is {len(data[key])} characters long, more than the "
                    f"{MAX_FIELD_CHARS} allowed; this is not a problem rlve-gym generated"
                )
        check_instance_shape(data["instance"])
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
