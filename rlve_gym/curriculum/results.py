"""``GroupResult``: what the curriculum needs to know about one answered problem, and nothing more.

A trainer process turns (problem, verdicts of its GRPO group) into a ``GroupResult``; results are
small and JSON-able, so processes can all-gather them and every process can apply the same union.
``canonical_groups`` puts any such union into one order (and joins the parts of a group that
several processes verified), which is what makes the resulting decisions identical everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..errors import RlveError
from ..problem import Problem, Verdict


@dataclass(frozen=True, slots=True)
class GroupResult:
    """Verdicts on the samples of one problem: who was right, and the reward each sample got."""

    env_name: str
    difficulty: int
    seed: int
    correct: list[bool]
    scores: list[float]

    @classmethod
    def from_verdicts(
        cls, problem: Problem | dict[str, Any], verdicts: Iterable[Verdict]
    ) -> GroupResult:
        """The result of one group; ``problem`` may also be its ``to_dict()`` form (e.g. a dataset row)."""
        if isinstance(problem, Problem):
            env_name, difficulty, seed = problem.env_name, problem.difficulty, problem.seed
        elif isinstance(problem, dict):
            try:
                env_name, difficulty, seed = (
                    problem["env_name"],
                    problem["difficulty"],
                    problem["seed"],
                )
            except KeyError as exc:
                raise RlveError(
                    f"problem dict is missing {exc.args[0]!r}; pass a Problem or its to_dict() form"
                ) from None
        else:
            raise RlveError(
                f"expected a Problem or its to_dict() form, got {type(problem).__name__}"
            )
        verdicts = list(verdicts)
        if not verdicts:
            raise RlveError(
                f"no verdicts given for {env_name} (difficulty {difficulty}, seed {seed})"
            )
        try:
            correct = [bool(v.correct) for v in verdicts]
            scores = [float(v.score) for v in verdicts]
        except AttributeError:  # Verdict.to_dict() forms, e.g. after crossing a process boundary
            try:
                correct = [bool(v["correct"]) for v in verdicts]
                scores = [float(v["score"]) for v in verdicts]
            except (TypeError, KeyError, ValueError):
                raise RlveError(
                    "verdicts must be rlve_gym.Verdict objects (as returned by env.verify_batch) "
                    "or their to_dict() forms"
                ) from None
        return cls(env_name, int(difficulty), int(seed), correct, scores)

    def to_dict(self) -> dict[str, Any]:
        return {
            "env_name": self.env_name,
            "difficulty": self.difficulty,
            "seed": self.seed,
            "correct": list(self.correct),
            "scores": list(self.scores),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GroupResult:
        if isinstance(data, GroupResult):
            return data
        try:
            correct = [bool(c) for c in data["correct"]]
            scores = [float(s) for s in data["scores"]]
            result = cls(
                str(data["env_name"]), int(data["difficulty"]), int(data["seed"]), correct, scores
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise RlveError(
                f"a group result must be a dict as produced by GroupResult.to_dict(), got {data!r:.120} ({exc})"
            ) from None
        if len(correct) != len(scores) or not correct:
            raise RlveError(
                f"group result for {result.env_name}: 'correct' and 'scores' must be non-empty and equally long"
            )
        return result

    @property
    def size(self) -> int:
        return len(self.correct)

    @property
    def n_correct(self) -> int:
        return sum(self.correct)

    @property
    def effective(self) -> bool:
        """True when the samples did not all get the same reward: the group carries a GRPO signal."""
        return max(self.scores) != min(self.scores)


def _order_key(result: GroupResult) -> tuple:
    return (result.env_name, result.difficulty, result.seed, result.correct, result.scores)


def canonical_groups(results: Iterable[GroupResult | dict[str, Any]]) -> list[GroupResult]:
    """The results in one order that does not depend on how they were gathered.

    Sorted by (env_name, difficulty, seed, verdicts); results with the same (env_name, difficulty,
    seed) are joined into one group, so a GRPO group that several processes verified in parts is
    counted once, as a whole.
    """
    items = [r if isinstance(r, GroupResult) else GroupResult.from_dict(r) for r in results]
    if len(items) < 2:
        return items
    items.sort(key=_order_key)
    joined: list[GroupResult] = [items[0]]
    for result in items[1:]:
        last = joined[-1]
        if (result.env_name, result.difficulty, result.seed) == (
            last.env_name,
            last.difficulty,
            last.seed,
        ):
            joined[-1] = GroupResult(
                last.env_name,
                last.difficulty,
                last.seed,
                last.correct + result.correct,
                last.scores + result.scores,
            )
        else:
            joined.append(result)
    return joined
