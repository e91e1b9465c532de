"""End-of-run outputs: ``summary.json`` for scripts, a PNG of difficulty vs step (and held-out
accuracy before/after GRPO when measured), a console summary.

``summary.json``::

    {"environments": {NAME: {"difficulty_history": [frontier after each step],
                             "initial_difficulty": d0, "final_difficulty": d, "accuracy": a,
                             "effective_prompt_ratio": r}},
     "steps": n, "wall_time_s": t,
     "promotions": [{"env", "step", "from", "to", "evidence_samples", "evidence_accuracy",
                     "after_groups", "after_samples", "after_accuracy"}, ...],
     "heldout": {...}  (when enabled; see heldout.py),
     ...extra figures (problem_time_fraction, SFT timings...)}

``accuracy`` is the fraction of all samples of that environment judged correct over the run.
Each promotion lists the frontier statistics that triggered it (``evidence_*``) and the accuracy
at the old frontier over every group at that level recorded after it (``after_*``): a promotion
made on a lucky streak shows up as an ``after_accuracy`` well below the promote threshold.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

SUMMARY_FILE = "summary.json"
PLOT_FILE = "difficulty.png"


def promotions_from_log(
    records: Iterable[dict[str, Any]],
    env_names: list[str],
    curriculum_config: Any,
    seed: int,
) -> list[dict[str, Any]]:
    """Every promotion of a run, replayed from its ``groups.jsonl`` records with the library's
    own curriculum (same config and seed), with its evidence and what followed it.

    Groups are applied in the canonical order ``record_results`` uses, one at a time, so the
    frontier statistics just before each promotion are exactly the ones the policy decided on.
    """
    from rlve_gym.curriculum import Curriculum
    from rlve_gym.curriculum.results import GroupResult, canonical_groups

    replay = Curriculum(env_names, config=curriculum_config, seed=seed)
    promotions: list[dict[str, Any]] = []
    open_promotions: list[tuple[dict[str, Any], int]] = []  # (promotion, record index)
    for index, record in enumerate(records):
        groups = canonical_groups(GroupResult.from_dict(g) for g in record["groups"])
        for group in groups:
            for promotion, made_in in open_promotions:
                if (
                    made_in < index
                    and group.env_name == promotion["env"]
                    and group.difficulty == promotion["from"]
                ):
                    promotion["after_groups"] += 1
                    promotion["after_samples"] += len(group.correct)
                    promotion["after_correct"] += sum(group.correct)
            name = group.env_name
            metrics = replay.metrics()
            samples = int(metrics[f"curriculum/{name}/frontier_samples"])
            correct = round(metrics[f"curriculum/{name}/frontier_accuracy"] * samples)
            level = replay.frontier(name)
            replay.record_results([group])
            if replay.frontier(name) > level:
                promotion = {
                    "env": name,
                    "step": record.get("step"),
                    "from": level,
                    "to": replay.frontier(name),
                    "evidence_samples": samples + len(group.correct),
                    "evidence_correct": correct + sum(group.correct),
                    "after_groups": 0,
                    "after_samples": 0,
                    "after_correct": 0,
                }
                promotions.append(promotion)
                open_promotions.append((promotion, index))
    for promotion in promotions:
        promotion["evidence_accuracy"] = (
            promotion["evidence_correct"] / promotion["evidence_samples"]
        )
        samples = promotion["after_samples"]
        promotion["after_accuracy"] = promotion["after_correct"] / samples if samples else None
    return promotions


def effective_ratio_history(records: Iterable[dict[str, Any]]) -> list[float]:
    """Per reward call (one per generation round), the share of groups whose samples did not all
    get the same score: the groups that carry a GRPO learning signal."""
    history = []
    for record in records:
        groups = record["groups"]
        effective = sum(max(g["scores"]) != min(g["scores"]) for g in groups)
        history.append(effective / len(groups) if groups else 0.0)
    return history


def build_summary(
    curriculum: Any,
    history: dict[str, list[int]],
    initial: dict[str, int],
    steps: int,
    wall_time_s: float,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    metrics = curriculum.metrics()
    environments = {
        name: {
            "difficulty_history": list(history.get(name, [])),
            "initial_difficulty": int(initial.get(name, 0)),
            "final_difficulty": curriculum.frontier(name),
            "accuracy": metrics[f"curriculum/{name}/accuracy"],
            "effective_prompt_ratio": metrics[f"curriculum/{name}/effective_prompt_ratio"],
        }
        for name in curriculum.env_names
    }
    return {
        "environments": environments,
        "steps": steps,
        "wall_time_s": wall_time_s,
        "effective_prompt_ratio": metrics["curriculum/effective_prompt_ratio"],
        **(extra or {}),
    }


def plot_difficulty(
    history: dict[str, list[int]],
    path: Path,
    initial: dict[str, int] | None = None,
    heldout: dict[str, Any] | None = None,
) -> None:
    """Frontier difficulty at the start (step 0) and after each step, one line per environment;
    with ``heldout``, a second panel of held-out accuracy per difficulty before and after GRPO."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    panels = 2 if heldout else 1
    figure, axes_list = plt.subplots(1, panels, figsize=(7 * panels, 4), squeeze=False)
    axes = axes_list[0][0]
    initial = initial or {}
    colours = {}
    for name, levels in sorted(history.items()):
        levels = [initial.get(name, levels[0] if levels else 0), *levels]
        (line,) = axes.step(range(len(levels)), levels, where="post", label=name)
        colours[name] = line.get_color()
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_xlabel("training step")
    axes.set_ylabel("frontier difficulty")
    axes.set_title("Curriculum frontier per environment")
    axes.grid(alpha=0.3)
    if history:
        axes.legend(fontsize="small", loc="upper left")
    if heldout:
        axes = axes_list[0][1]
        for name, cells in sorted(heldout["cells"].items()):
            levels = sorted(cells, key=int)
            x = [int(level) for level in levels]
            colour = colours.get(name)
            axes.plot(x, [cells[k]["before"] for k in levels], "--o", color=colour, alpha=0.6)
            axes.plot(x, [cells[k]["after"] for k in levels], "-o", color=colour, label=name)
        reached = heldout["reached"]
        axes.set_title(
            "Held-out accuracy: after warm start (dashed), after GRPO (solid)\n"
            f"levels reached: {reached['before']:.2f} -> {reached['after']:.2f}, change "
            f"{reached['mean']:+.2f} [{reached['low']:+.2f}, {reached['high']:+.2f}]",
            fontsize="medium",
        )
        axes.xaxis.set_major_locator(MaxNLocator(integer=True))
        axes.set_xlabel("difficulty")
        axes.set_ylabel("accuracy on held-out problems")
        axes.set_ylim(-0.03, 1.03)
        axes.grid(alpha=0.3)
        axes.legend(fontsize="small")
    figure.tight_layout()
    figure.savefig(path, dpi=100)
    plt.close(figure)


def print_summary(summary: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if not console.is_terminal:  # logs: wide enough for the held-out table on one line per row
        console = Console(width=max(console.width, 150))
    table = Table(
        title=f"rlve-gym training: {summary['steps']} steps in {summary['wall_time_s']:.0f} s"
    )
    for column in ("environment", "start", "final", "accuracy", "effective ratio"):
        table.add_column(column, justify="left" if column == "environment" else "right")
    for name, info in summary["environments"].items():
        table.add_row(
            name,
            str(info["initial_difficulty"]),
            str(info["final_difficulty"]),
            f"{info['accuracy']:.2f}",
            f"{info.get('effective_prompt_ratio', 0.0):.2f}",
        )
    fraction = summary.get("problem_time_fraction")
    if fraction is not None:
        table.caption = f"problem generation + verification: {100 * fraction:.2f}% of training time"
    console.print(table)
    promotions = summary.get("promotions")
    if promotions:
        table = Table(title="Promotions: evidence, and accuracy at the old level afterwards")
        for column in ("environment", "step", "level", "evidence", "after (groups)"):
            table.add_column(column, justify="left" if column == "environment" else "right")
        for p in promotions:
            after = (
                f"{p['after_accuracy']:.2f} ({p['after_groups']})"
                if p["after_accuracy"] is not None
                else "-"
            )
            table.add_row(
                p["env"],
                str(p["step"]),
                f"{p['from']} -> {p['to']}",
                f"{p['evidence_correct']}/{p['evidence_samples']}",
                after,
            )
        console.print(table)
    heldout = summary.get("heldout")
    if heldout and "cells" in heldout:
        levels = sorted({int(k) for cells in heldout["cells"].values() for k in cells})
        table = Table(title="Held-out accuracy: after warm start -> after GRPO (same problems)")
        table.add_column("environment")
        for level in levels:
            table.add_column(f"d={level}", justify="right")
        for name, cells in heldout["cells"].items():
            row = []
            for level in levels:
                cell = cells.get(str(level))
                row.append(f"{cell['before']:.2f}->{cell['after']:.2f}" if cell else "")
            table.add_row(name, *row)
        reached = heldout["reached"]
        table.caption = (
            f"levels the run reached: {reached['before']:.3f} -> {reached['after']:.3f}, change "
            f"{reached['mean']:+.3f}, {100 * heldout['confidence']:.0f}% CI "
            f"[{reached['low']:+.3f}, {reached['high']:+.3f}] over {reached['n']} problems"
        )
        console.print(table)


def write_summary(
    output_dir: Path,
    curriculum: Any,
    history: dict[str, list[int]],
    initial: dict[str, int],
    steps: int,
    wall_time_s: float,
    extra: dict[str, Any] | None = None,
    is_main: bool = True,
) -> dict[str, Any]:
    """Build the summary; on the main process also write summary.json and the plot, and print it."""
    summary = build_summary(curriculum, history, initial, steps, wall_time_s, extra)
    if is_main:
        (output_dir / SUMMARY_FILE).write_text(json.dumps(summary, indent=1))
        plot_difficulty(history, output_dir / PLOT_FILE, initial, summary.get("heldout"))
        print_summary(summary)
    return summary
