"""Numbers reported per sweep cell: accuracy, unbiased pass@k, format failures, response length.

A *cell* is one (environment, difficulty) pair evaluated on ``n`` problems with ``k`` samples
each. Everything here is computed from plain verdict rows, so the summary of a sweep can always
be recomputed from its JSONL and checked against it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

#: accuracy at or above this counts as "reached" for the difficulty-reached metric
REACHED_THRESHOLD = 0.5


def pass_at_k(num_samples: int, num_correct: int, k: int) -> float:
    """Unbiased estimate of pass@k for one problem from ``num_samples`` samples, ``num_correct`` right.

    pass@k = 1 - C(n - c, k) / C(n, k): the probability that a random size-k subset of the n
    samples holds at least one correct one (Chen et al., 2021). Computed as a product so it stays
    exact-ish for large n without huge binomials.
    """
    if k < 1:
        raise ValueError(f"k must be >= 1, got {k}")
    if num_samples < k:
        raise ValueError(f"pass@{k} needs at least {k} samples per problem, got {num_samples}")
    if not 0 <= num_correct <= num_samples:
        raise ValueError(f"num_correct must be in [0, {num_samples}], got {num_correct}")
    if num_samples - num_correct < k:
        return 1.0
    prob_all_wrong = 1.0
    for i in range(num_samples - num_correct + 1, num_samples + 1):
        prob_all_wrong *= 1.0 - k / i
    return 1.0 - prob_all_wrong


def default_pass_ks(samples_per_problem: int) -> list[int]:
    """pass@k is reported for k = 1, 2, 4, ... up to the samples per problem (which is included)."""
    ks, k = [], 1
    while k < samples_per_problem:
        ks.append(k)
        k *= 2
    ks.append(samples_per_problem)
    return ks


@dataclass
class CellSummary:
    """Aggregates for one (environment, difficulty) cell."""

    env: str
    category: str
    difficulty: int
    problems: int
    samples: int
    correct: int
    accuracy: float
    mean_score: float
    format_failure_rate: float
    mean_response_chars: float
    mean_response_tokens: float | None
    pass_at: dict[int, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["pass_at"] = {str(k): v for k, v in self.pass_at.items()}
        return data

    def flat_row(self) -> dict[str, Any]:
        """One CSV row: the fields above with pass@k spread into ``pass@<k>`` columns."""
        row = {k: v for k, v in asdict(self).items() if k != "pass_at"}
        for k, value in sorted(self.pass_at.items()):
            row[f"pass@{k}"] = value
        return row


def summarise_cell(
    env: str,
    category: str,
    difficulty: int,
    rows: Iterable[Mapping[str, Any]],
    pass_ks: Sequence[int],
) -> CellSummary:
    """Summarise the verdict rows of one cell.

    Each row needs ``problem_index``, ``verdict`` (with ``correct``, ``format_ok``, ``score``),
    ``response_chars`` and optionally ``response_tokens``. pass@k is averaged over problems; a k
    larger than a problem's sample count is skipped for the whole cell.
    """
    per_problem: dict[int, list[bool]] = {}
    samples = correct = format_failures = 0
    score_sum = chars_sum = 0.0
    tokens_sum, tokens_known = 0, 0
    for row in rows:
        verdict = row["verdict"]
        per_problem.setdefault(int(row["problem_index"]), []).append(bool(verdict["correct"]))
        samples += 1
        correct += bool(verdict["correct"])
        format_failures += not verdict["format_ok"]
        score_sum += float(verdict["score"])
        chars_sum += int(row["response_chars"])
        if row.get("response_tokens") is not None:
            tokens_sum += int(row["response_tokens"])
            tokens_known += 1
    pass_at: dict[int, float] = {}
    if per_problem:
        fewest = min(len(v) for v in per_problem.values())
        for k in pass_ks:
            if k <= fewest:
                estimates = [pass_at_k(len(v), sum(v), k) for v in per_problem.values()]
                pass_at[k] = sum(estimates) / len(estimates)
    return CellSummary(
        env=env,
        category=category,
        difficulty=difficulty,
        problems=len(per_problem),
        samples=samples,
        correct=correct,
        accuracy=correct / samples if samples else math.nan,
        mean_score=score_sum / samples if samples else math.nan,
        format_failure_rate=format_failures / samples if samples else math.nan,
        mean_response_chars=chars_sum / samples if samples else math.nan,
        mean_response_tokens=(tokens_sum / tokens_known)
        if tokens_known == samples and samples
        else None,
        pass_at=pass_at,
    )


def difficulty_reached(
    accuracy_by_difficulty: Mapping[int, float], threshold: float = REACHED_THRESHOLD
) -> int | None:
    """The highest evaluated difficulty whose accuracy is >= ``threshold``; None if there is none."""
    reached = [d for d, acc in accuracy_by_difficulty.items() if acc == acc and acc >= threshold]
    return max(reached) if reached else None
