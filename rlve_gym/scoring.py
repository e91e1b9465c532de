"""Partial credit, computed one way everywhere.

A wrong answer never scores 1 (``Verdict.wrong`` caps it below). Two natural measures cover
most tasks: how close a feasible answer's objective is to the optimum, and how many of the
task's constraints an answer meets. The second is corrected for what a blind guess already
achieves, so that partial credit cannot be farmed by answering at random (a random assignment
satisfies 7/8 of the clauses of a 3-CNF formula, and must not earn 0.875).
"""

from __future__ import annotations


def optimality_score(achieved: float, best: float, maximize: bool = True) -> float:
    """``achieved / best`` when maximising, ``best / achieved`` when minimising, clipped to [0, 1].

    Both values are expected to be positive; a non-positive value scores 0 (no credit is safer
    than credit for a degenerate objective).
    """
    if achieved <= 0 or best <= 0:
        return 0.0
    ratio = achieved / best if maximize else best / achieved
    return min(max(ratio, 0.0), 1.0)


def constraint_score(satisfied: int, total: int, random_baseline: float = 0.0) -> float:
    """Share of constraints met, rescaled so that the share a random answer is expected to meet
    (``random_baseline``, in [0, 1)) scores 0 and meeting all of them scores 1."""
    if total <= 0:
        return 0.0
    share = satisfied / total
    if random_baseline <= 0.0:
        return share
    return max(0.0, (share - random_baseline) / (1.0 - random_baseline))


def gap_closed_score(achieved: float, best: float, baseline: float) -> float:
    """Share of the gap between a blind ``baseline`` and the optimum ``best`` that ``achieved``
    closes, clipped to [0, 1]; works for both directions (``best`` above or below ``baseline``).

    For optimisation tasks where any feasible answer already scores a high ratio to the optimum
    (every job order of a flow shop is within ~10% of the best makespan): the baseline is what a
    blind answer reaches on this instance (stored at generation), so only better answers earn credit.
    """
    gap = baseline - best
    if gap == 0:
        return 0.0
    return min(max((baseline - achieved) / gap, 0.0), 1.0) + 0.0  # no -0.0
