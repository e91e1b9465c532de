"""Turning verdict rows into tables, plots and a markdown report.

Plots need matplotlib (imported here only when plotting, with the non-interactive Agg backend);
without it the CSV/JSON/markdown outputs are still written and the report says why plots are
missing.
"""

from __future__ import annotations

import csv
import json
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from .metrics import REACHED_THRESHOLD, CellSummary, difficulty_reached, summarise_cell


def summarise_rows(
    rows: Iterable[Mapping[str, Any]], pass_ks: Sequence[int]
) -> tuple[list[CellSummary], dict[str, dict[str, Any]]]:
    """Per-cell summaries and per-environment results from verdict rows of any number of cells."""
    by_cell: dict[tuple[str, int], list[Mapping[str, Any]]] = defaultdict(list)
    category: dict[str, str] = {}
    for row in rows:
        by_cell[(row["env"], int(row["difficulty"]))].append(row)
        category.setdefault(row["env"], str(row.get("category", "custom")))
    cells = [
        summarise_cell(env, category[env], d, cell_rows, pass_ks)
        for (env, d), cell_rows in sorted(by_cell.items())
    ]
    environments: dict[str, dict[str, Any]] = {}
    for cell in cells:
        entry = environments.setdefault(
            cell.env,
            {"category": cell.category, "accuracy_by_difficulty": {}, "samples": 0, "correct": 0},
        )
        entry["accuracy_by_difficulty"][cell.difficulty] = cell.accuracy
        entry["samples"] += cell.samples
        entry["correct"] += cell.correct
    for entry in environments.values():
        entry["difficulty_reached"] = difficulty_reached(entry["accuracy_by_difficulty"])
        entry["accuracy"] = entry["correct"] / entry["samples"] if entry["samples"] else math.nan
    return cells, environments


def _json_safe(value: Any) -> Any:
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {str(k): _json_safe(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_safe(v) for v in value]
    return value


def write_summary_csv(path: Path, cells: Sequence[CellSummary]) -> None:
    rows = [cell.flat_row() for cell in cells]
    columns: list[str] = []
    for row in rows:
        columns.extend(c for c in row if c not in columns)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns or ["env"])
        writer.writeheader()
        for row in rows:
            writer.writerow({k: ("" if v is None else v) for k, v in row.items()})


def write_summary_json(
    path: Path,
    cells: Sequence[CellSummary],
    environments: Mapping[str, Any],
    meta: Mapping[str, Any],
) -> None:
    data = {
        **meta,
        "reached_threshold": REACHED_THRESHOLD,
        "environments": environments,
        "cells": [cell.to_dict() for cell in cells],
    }
    path.write_text(json.dumps(_json_safe(data), indent=1))


def plot_heatmap(path: Path, cells: Sequence[CellSummary]) -> None:
    """Accuracy over environment (rows) x difficulty (columns); untested cells stay blank."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt
    import numpy as np

    envs = sorted(
        {c.env for c in cells}, key=lambda e: (next(c.category for c in cells if c.env == e), e)
    )
    difficulties = sorted({c.difficulty for c in cells})
    grid = np.full((len(envs), len(difficulties)), np.nan)
    for c in cells:
        grid[envs.index(c.env), difficulties.index(c.difficulty)] = c.accuracy
    width = min(24.0, 2.5 + 0.45 * len(difficulties))
    height = min(60.0, 1.5 + 0.35 * len(envs))
    fig, ax = plt.subplots(figsize=(width, height))
    image = ax.imshow(np.ma.masked_invalid(grid), vmin=0.0, vmax=1.0, cmap="viridis", aspect="auto")
    ax.set_xticks(range(len(difficulties)), [str(d) for d in difficulties])
    ax.set_yticks(range(len(envs)), envs)
    ax.set_xlabel("difficulty")
    ax.set_title("accuracy")
    if len(envs) * len(difficulties) <= 400:
        for r in range(len(envs)):
            for col in range(len(difficulties)):
                if not math.isnan(grid[r, col]):
                    value = grid[r, col]
                    ax.text(
                        col,
                        r,
                        f"{value:.2f}",
                        ha="center",
                        va="center",
                        fontsize=7,
                        color="black" if value > 0.6 else "white",
                    )
    fig.colorbar(image, ax=ax, fraction=0.03)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def plot_curves(path: Path, cells: Sequence[CellSummary]) -> None:
    """Accuracy vs difficulty: one panel per category, one line per environment."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    by_category: dict[str, dict[str, list[CellSummary]]] = defaultdict(lambda: defaultdict(list))
    for c in cells:
        by_category[c.category][c.env].append(c)
    names = sorted(by_category)
    columns = min(3, len(names))
    rows = math.ceil(len(names) / columns)
    fig, axes = plt.subplots(rows, columns, figsize=(5 * columns, 3.6 * rows), squeeze=False)
    for ax, category in zip(axes.flat, names, strict=False):
        for env, env_cells in sorted(by_category[category].items()):
            env_cells.sort(key=lambda c: c.difficulty)
            ax.plot(
                [c.difficulty for c in env_cells],
                [c.accuracy for c in env_cells],
                marker="o",
                ms=3,
                label=env,
            )
        ax.axhline(REACHED_THRESHOLD, color="grey", lw=0.8, ls="--")
        ax.set_ylim(-0.03, 1.03)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_title(category)
        ax.set_xlabel("difficulty")
        ax.set_ylabel("accuracy")
        if len(by_category[category]) <= 12:
            ax.legend(fontsize=7)
    for ax in list(axes.flat)[len(names) :]:
        ax.set_visible(False)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _fmt(value: float | None, digits: int = 3) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return f"{value:.{digits}f}"


def write_report(
    path: Path,
    cells: Sequence[CellSummary],
    environments: Mapping[str, Mapping[str, Any]],
    meta: Mapping[str, Any],
    plot_files: Mapping[str, str],
    plot_error: str | None,
) -> None:
    identity = meta.get("identity", {})
    lines = ["# rlve-gym sweep report", ""]
    if identity:
        sampling = identity.get("sampling", {})
        lines += [
            f"- model: `{identity.get('model')}`",
            f"- samples per problem (k): {sampling.get('samples')}, temperature {sampling.get('temperature')}, "
            f"top_p {sampling.get('top_p')}, max tokens {sampling.get('max_tokens')}",
            f"- problems per cell: {meta.get('problems_per_cell')}, problem seed base: {identity.get('seed')}, "
            f"answer markers: {identity.get('markers')}",
            "",
        ]
    lines += [
        f"## Difficulty reached (highest difficulty with accuracy >= {REACHED_THRESHOLD:.0%})",
        "",
        "| environment | category | difficulty reached | overall accuracy |",
        "|---|---|---|---|",
    ]
    for env, entry in sorted(environments.items(), key=lambda kv: (kv[1]["category"], kv[0])):
        reached = entry["difficulty_reached"]
        lines.append(
            f"| {env} | {entry['category']} | {'none' if reached is None else reached} | {_fmt(entry['accuracy'])} |"
        )
    lines.append("")
    if plot_files:
        lines += ["## Plots", ""]
        for title, name in plot_files.items():
            lines += [f"![{title}]({name})", ""]
    elif plot_error:
        lines += [f"_Plots were not drawn: {plot_error}_", ""]
    ks = sorted({k for c in cells for k in c.pass_at})
    header = [
        "environment",
        "d",
        "problems",
        "samples",
        "accuracy",
        *[f"pass@{k}" for k in ks],
        "format failures",
        "mean score",
        "mean tokens",
        "mean chars",
    ]
    lines += ["## Cells", "", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for c in cells:
        values = [
            c.env,
            str(c.difficulty),
            str(c.problems),
            str(c.samples),
            _fmt(c.accuracy),
            *[_fmt(c.pass_at.get(k)) for k in ks],
            _fmt(c.format_failure_rate),
            _fmt(c.mean_score),
            _fmt(c.mean_response_tokens, 1),
            _fmt(c.mean_response_chars, 1),
        ]
        lines.append("| " + " | ".join(values) + " |")
    lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")


def write_outputs(
    output_dir: Path,
    cells: Sequence[CellSummary],
    environments: Mapping[str, Any],
    meta: Mapping[str, Any],
    plots: bool = True,
) -> dict[str, Path]:
    """Write summary.csv, summary.json, the plots and report.md; returns their paths by kind."""
    files = {"summary_csv": output_dir / "summary.csv", "summary_json": output_dir / "summary.json"}
    write_summary_csv(files["summary_csv"], cells)
    write_summary_json(files["summary_json"], cells, environments, meta)
    plot_files: dict[str, str] = {}
    plot_error = None if plots else "disabled"
    if plots and cells:
        try:
            plot_heatmap(output_dir / "heatmap.png", cells)
            plot_curves(output_dir / "curves.png", cells)
            plot_files = {"accuracy heatmap": "heatmap.png", "accuracy vs difficulty": "curves.png"}
            files["heatmap"] = output_dir / "heatmap.png"
            files["curves"] = output_dir / "curves.png"
        except ImportError as exc:
            plot_error = f"matplotlib is not installed ({exc}); pip install matplotlib"
    files["report"] = output_dir / "report.md"
    write_report(files["report"], cells, environments, meta, plot_files, plot_error)
    return files
