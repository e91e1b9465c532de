"""End-of-run outputs: ``summary.json`` for scripts, a PNG of difficulty vs step, a console summary.

``summary.json``::

    {"environments": {NAME: {"difficulty_history": [frontier after each step],
                             "initial_difficulty": d0, "final_difficulty": d, "accuracy": a}},
     "steps": n, "wall_time_s": t, ...extra figures (problem_time_fraction, SFT timings...)}

``accuracy`` is the fraction of all samples of that environment judged correct over the run.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

SUMMARY_FILE = "summary.json"
PLOT_FILE = "difficulty.png"


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
        }
        for name in curriculum.env_names
    }
    return {
        "environments": environments,
        "steps": steps,
        "wall_time_s": wall_time_s,
        **(extra or {}),
    }


def plot_difficulty(
    history: dict[str, list[int]], path: Path, initial: dict[str, int] | None = None
) -> None:
    """Frontier difficulty at the start (step 0) and after each step, one line per environment."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(7, 4))
    from matplotlib.ticker import MaxNLocator

    initial = initial or {}
    for name, levels in sorted(history.items()):
        levels = [initial.get(name, levels[0] if levels else 0), *levels]
        axes.step(range(len(levels)), levels, where="post", label=name)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_xlabel("training step")
    axes.set_ylabel("frontier difficulty")
    axes.set_title("Curriculum frontier per environment")
    axes.grid(alpha=0.3)
    if history:
        axes.legend(fontsize="small", loc="upper left")
    figure.tight_layout()
    figure.savefig(path, dpi=100)
    plt.close(figure)


def print_summary(summary: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(
        title=f"rlve-gym training: {summary['steps']} steps in {summary['wall_time_s']:.0f} s"
    )
    for column in ("environment", "start", "final", "accuracy"):
        table.add_column(column, justify="left" if column == "environment" else "right")
    for name, info in summary["environments"].items():
        table.add_row(
            name,
            str(info["initial_difficulty"]),
            str(info["final_difficulty"]),
            f"{info['accuracy']:.2f}",
        )
    fraction = summary.get("problem_time_fraction")
    if fraction is not None:
        table.caption = f"problem generation + verification: {100 * fraction:.2f}% of training time"
    Console().print(table)


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
        plot_difficulty(history, output_dir / PLOT_FILE, initial)
        print_summary(summary)
    return summary
