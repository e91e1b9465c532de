"""Keeping the curriculum identical on every training process.

Each process generates the same problems (the curriculum is deterministic given its state) but
verifies only its own shard of the completions; a GRPO group may even be split across
processes. ``merge_group_shards`` joins every process's verdicts into whole groups, so that each
process can ``record_results`` the same union and make the same difficulty decisions.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rlve_gym import Problem, Verdict
from rlve_gym.curriculum.results import GroupResult

#: one process's verdicts: slot -> [verdict as dict, ...] for the completions it verified
Shard = dict[int, list[dict[str, Any]]]


def all_gather_objects(obj: Any) -> list[Any]:
    """``obj`` from every process, in rank order (just ``[obj]`` when not distributed)."""
    try:
        import torch.distributed as dist
    except ImportError:  # torch missing: necessarily single-process
        return [obj]
    if not (dist.is_available() and dist.is_initialized()) or dist.get_world_size() == 1:
        return [obj]
    gathered: list[Any] = [None] * dist.get_world_size()
    dist.all_gather_object(gathered, obj)
    return gathered


def merge_group_shards(problems: Sequence[Problem], shards: Sequence[Shard]) -> list[GroupResult]:
    """Whole-group results from per-process shards (rank order kept within each group).

    ``problems[slot]`` is the problem of slot ``slot``; a slot no process verified is skipped.
    """
    verdicts: dict[int, list[Verdict]] = {}
    for shard in shards:
        for slot, items in shard.items():
            verdicts.setdefault(int(slot), []).extend(
                Verdict(
                    bool(v["correct"]), bool(v["format_ok"]), float(v["score"]), str(v["reason"])
                )
                for v in items
            )
    return [GroupResult.from_verdicts(problems[slot], verdicts[slot]) for slot in sorted(verdicts)]
