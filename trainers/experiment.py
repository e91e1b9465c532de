"""``rlve-gym experiment``: is the adaptive curriculum what helps? The same model, trained with the
same compute under three difficulty schedules, scored on the same held-out problems.

Arms (``experiment.arms`` of the training config):

- ``adaptive``: the config's own curriculum (frontier per environment, moved by the pass rate);
- ``fixed``: every problem at one difficulty (``experiment.fixed_difficulty``; default: the
  middle held-out level);
- ``uniform``: every problem at a difficulty drawn uniformly from [0, ``experiment.uniform_max``]
  (default: the highest held-out level).

The starting model is prepared once (the tiny model built and warm-started, or ``model.path``
with its warm start) and every arm starts from that folder, runs the same number of GRPO steps
with the same batch (``time_limit_s`` is dropped so that no arm gets less compute) and scores the
held-out set (``heldout``, switched on if the config leaves it off) before and after. Each arm
runs as its own ``rlve-gym train`` process, one after the other, in ``<output_dir>/<arm>/``.

Outputs in ``output_dir``: ``experiment.md`` (markdown tables), ``experiment.json`` (the same
figures), ``experiment.png`` (frontier vs step, effective prompt ratio vs step, held-out accuracy
vs difficulty per arm), and each arm's usual run outputs.

Per arm the table reports the effective prompt ratio (share of GRPO groups whose samples did not
all get the same score: the groups with a learning signal), the frontier the curriculum reached
(fixed for the two baselines), the highest held-out level passed at the promote threshold, and
held-out accuracy per difficulty after training with the paired change from the start.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from rlve_gym.errors import ConfigError

from .config import TrainConfig

EXPERIMENT_FILES = ("experiment.md", "experiment.json", "experiment.png")
ARM_DESCRIPTIONS = {
    "adaptive": "adaptive curriculum",
    "fixed": "fixed difficulty {fixed}",
    "uniform": "uniform over [0, {uniform}]",
}


def arm_levels(config: TrainConfig) -> tuple[int, int]:
    """(fixed difficulty, top of the uniform range) for this config's experiment."""
    levels = sorted(set(config.heldout.difficulties))
    exp = config.experiment
    fixed = exp.fixed_difficulty if exp.fixed_difficulty is not None else levels[len(levels) // 2]
    uniform = exp.uniform_max if exp.uniform_max is not None else levels[-1]
    return fixed, uniform


def arm_config(
    config: TrainConfig, arm: str, model_dir: Path, output_dir: Path, max_steps: int | None
) -> TrainConfig:
    """The training config of one arm: shared starting model, no warm start, same compute."""
    fixed, uniform = arm_levels(config)
    data = config.model_dump()
    curriculum = dict(data["curriculum"])
    if arm == "fixed":
        curriculum.update(policy="fixed", initial_difficulty=fixed)
        curriculum.pop("initial_difficulties", None)
    elif arm == "uniform":
        curriculum.update(policy="uniform", initial_difficulty=uniform)
        curriculum.pop("initial_difficulties", None)
    elif arm != "adaptive":
        raise ConfigError(f"unknown experiment arm {arm!r}; expected adaptive, fixed or uniform")
    if curriculum.get("max_difficulty") is not None:
        top = curriculum.get("initial_difficulty", 0)
        curriculum["max_difficulty"] = max(curriculum["max_difficulty"], top)
    data.update(
        curriculum=curriculum,
        output_dir=str(output_dir),
        time_limit_s=None,
    )
    data["model"]["path"] = str(model_dir)
    data["sft"]["enabled"] = False
    data["heldout"]["enabled"] = True
    if max_steps is not None:
        data["grpo"]["max_steps"] = max_steps
    return TrainConfig.from_dict(data, source=f"experiment arm {arm}")


def _run_arm(config_path: Path, resume: bool) -> None:
    """One arm as its own process (a fresh vLLM engine and torch state for each)."""
    command = [
        sys.executable,
        "-c",
        "from rlve_gym.cli import main; main()",
        "train",
        "--config",
        str(config_path),
    ]
    if resume:
        command.append("--resume")
    result = subprocess.run(command, env=dict(os.environ))
    if result.returncode != 0:
        raise ConfigError(
            f"experiment arm {config_path.parent.name} failed (exit status {result.returncode}); "
            f"its output is above, its config in {config_path}"
        )


def run_experiment(
    config: TrainConfig,
    output_dir: str | Path | None = None,
    arms: list[str] | None = None,
    max_steps: int | None = None,
    resume: bool = False,
    log: Any = print,
) -> dict[str, Any]:
    """Run every arm (skipping arms that already finished when ``resume``) and write the report."""
    from rlve_gym.curriculum.curriculum import resolve_env_names

    from .grpo import prepare_model

    started = time.perf_counter()
    output_dir = Path(output_dir or f"{config.output_dir.rstrip('/')}-experiment")
    output_dir.mkdir(parents=True, exist_ok=True)
    arms = list(arms or config.experiment.arms)
    for arm in arms:
        if arm not in ARM_DESCRIPTIONS:
            raise ConfigError(
                f"unknown experiment arm {arm!r}; expected adaptive, fixed or uniform"
            )
    env_names = resolve_env_names(config.environments)
    start_dir = output_dir / "start"
    start_dir.mkdir(parents=True, exist_ok=True)
    model_dir, model_info = prepare_model(config, env_names, start_dir, log)
    for arm in arms:
        arm_dir = output_dir / arm
        settings = arm_config(config, arm, model_dir, arm_dir, max_steps)
        if resume and (arm_dir / "summary.json").exists():
            log(f"experiment arm {arm}: already done, reusing {arm_dir / 'summary.json'}")
            continue
        arm_dir.mkdir(parents=True, exist_ok=True)
        config_path = arm_dir / "config.json"
        config_path.write_text(json.dumps(settings.model_dump(), indent=1))
        log(f"experiment arm {arm}: {describe_arm(config, arm)} -> {arm_dir}")
        _run_arm(config_path, resume)
    summaries = {arm: json.loads((output_dir / arm / "summary.json").read_text()) for arm in arms}
    report = build_report(config, summaries, model_info)
    report["wall_time_s"] = time.perf_counter() - started
    (output_dir / "experiment.json").write_text(json.dumps(report, indent=1))
    markdown = report_markdown(report)
    (output_dir / "experiment.md").write_text(markdown)
    plot_experiment(report, summaries, output_dir / "experiment.png")
    log(markdown)
    return report


def describe_arm(config: TrainConfig, arm: str) -> str:
    fixed, uniform = arm_levels(config)
    return ARM_DESCRIPTIONS[arm].format(fixed=fixed, uniform=uniform)


def build_report(
    config: TrainConfig, summaries: dict[str, dict[str, Any]], model_info: dict[str, Any]
) -> dict[str, Any]:
    """Per arm: effective prompt ratio, frontiers, held-out accuracy per difficulty and change."""
    from .heldout import highest_level_at

    threshold = config.curriculum_config().promote_threshold
    arms: dict[str, Any] = {}
    for arm, summary in summaries.items():
        heldout = summary.get("heldout") or {}
        cells = heldout.get("cells", {})
        levels = sorted({int(k) for per_env in cells.values() for k in per_env})
        by_level = {}
        for level in levels:
            values = [per_env[str(level)] for per_env in cells.values() if str(level) in per_env]
            total = sum(v["problems"] for v in values)
            by_level[str(level)] = {
                "before": sum(v["before"] * v["problems"] for v in values) / total,
                "after": sum(v["after"] * v["problems"] for v in values) / total,
                "problems": total,
            }
        arms[arm] = {
            "schedule": describe_arm(config, arm),
            "steps": summary["steps"],
            "wall_time_s": summary["wall_time_s"],
            "effective_prompt_ratio": summary.get("effective_prompt_ratio"),
            "frontiers": {n: e["final_difficulty"] for n, e in summary["environments"].items()},
            "mastered": {
                name: highest_level_at(per_env, "after", threshold)
                for name, per_env in cells.items()
            },
            "mastered_before": {
                name: highest_level_at(per_env, "before", threshold)
                for name, per_env in cells.items()
            },
            "heldout_by_level": by_level,
            "heldout_all": heldout.get("all"),
            "heldout_cells": cells,
        }
    return {
        "environments": sorted({n for s in summaries.values() for n in s["environments"]}),
        "promote_threshold": threshold,
        "heldout": config.heldout.model_dump(),
        "grpo": {
            "max_steps": next(iter(summaries.values()))["steps"] if summaries else 0,
            "num_generations": config.grpo.num_generations,
            "per_device_train_batch_size": config.grpo.per_device_train_batch_size,
        },
        "start_model": model_info,
        "arms": arms,
    }


def _level(value: int | None) -> str:
    """A level for the table; "none" when not even level 0 passed."""
    return "none" if value is None else str(value)


def report_markdown(report: dict[str, Any]) -> str:
    arms = report["arms"]
    levels = sorted({int(k) for a in arms.values() for k in a["heldout_by_level"]})
    envs = report["environments"]
    threshold = report["promote_threshold"]
    lines = [
        "# Curriculum experiment",
        "",
        f"Environments: {', '.join(envs)}. Every arm: the same starting model, "
        f"{report['grpo']['max_steps']} GRPO steps of "
        f"{report['grpo']['per_device_train_batch_size']} completions "
        f"({report['grpo']['num_generations']} per problem). Held-out: "
        f"{report['heldout']['problems']} fixed problems per environment and difficulty, "
        f"{'greedy' if report['heldout']['temperature'] == 0 else 'sampled'} decoding.",
        "",
        "| arm | effective prompt ratio | frontier reached | levels passed (held-out >= "
        f"{threshold:g}) | "
        + " | ".join(f"acc d={level}" for level in levels)
        + " | held-out mean (start -> end) | change [95% CI] |",
        "|---|---:|---|---|" + "---:|" * len(levels) + "---:|---:|",
    ]
    for arm, a in arms.items():
        frontier = ", ".join(f"{n} {a['frontiers'][n]}" for n in envs)
        if arm != "adaptive":
            frontier = f"({a['schedule']})"
        mastered = ", ".join(
            f"{n} {_level(a['mastered_before'].get(n))} -> {_level(a['mastered'].get(n))}"
            for n in envs
        )
        accuracy = " | ".join(
            f"{a['heldout_by_level'][str(level)]['after']:.2f}"
            if str(level) in a["heldout_by_level"]
            else "-"
            for level in levels
        )
        pooled = a["heldout_all"] or {}
        change = (
            f"{pooled['mean']:+.3f} [{pooled['low']:+.3f}, {pooled['high']:+.3f}]"
            if pooled
            else "-"
        )
        mean = f"{pooled['before']:.3f} -> {pooled['after']:.3f}" if pooled else "-"
        ratio = a["effective_prompt_ratio"]
        lines.append(
            f"| {arm} | {ratio:.3f} | {frontier} | {mastered} | {accuracy} | {mean} | {change} |"
        )
    lines += [
        "",
        "Held-out accuracy after training, per environment (start -> end):",
        "",
        "| arm | environment | " + " | ".join(f"d={level}" for level in levels) + " |",
        "|---|---|" + "---:|" * len(levels),
    ]
    for arm, a in arms.items():
        for name in envs:
            cells = a["heldout_cells"].get(name, {})
            row = " | ".join(
                f"{cells[str(level)]['before']:.2f} -> {cells[str(level)]['after']:.2f}"
                if str(level) in cells
                else "-"
                for level in levels
            )
            lines.append(f"| {arm} | {name} | {row} |")
    lines.append("")
    return "\n".join(lines)


def _smooth(values: list[float], width: int) -> list[float]:
    out, total = [], 0.0
    for i, value in enumerate(values):
        total += value
        if i >= width:
            total -= values[i - width]
        out.append(total / min(i + 1, width))
    return out


def plot_experiment(
    report: dict[str, Any], summaries: dict[str, dict[str, Any]], path: Path
) -> None:
    """Three panels: frontier vs step (adaptive arm), effective prompt ratio vs step (all arms,
    moving average), held-out accuracy vs difficulty after training (all arms; dashed: start)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    figure, (frontier_axes, ratio_axes, heldout_axes) = plt.subplots(1, 3, figsize=(18, 4.5))
    styles = {"adaptive": "-", "fixed": "--", "uniform": ":"}
    for arm, summary in summaries.items():
        if arm == "adaptive":
            for name, info in sorted(summary["environments"].items()):
                levels = [info["initial_difficulty"], *info["difficulty_history"]]
                frontier_axes.step(range(len(levels)), levels, where="post", label=name)
        history = summary.get("effective_ratio_history") or []
        ratio_axes.plot(
            _smooth(history, 20), styles.get(arm, "-"), label=report["arms"][arm]["schedule"]
        )
        by_level = report["arms"][arm]["heldout_by_level"]
        levels = sorted(by_level, key=int)
        heldout_axes.plot(
            [int(k) for k in levels],
            [by_level[k]["after"] for k in levels],
            styles.get(arm, "-") + "o",
            label=report["arms"][arm]["schedule"],
        )
    first = next(iter(report["arms"].values()), None)
    if first is not None:
        levels = sorted(first["heldout_by_level"], key=int)
        heldout_axes.plot(
            [int(k) for k in levels],
            [first["heldout_by_level"][k]["before"] for k in levels],
            color="grey",
            marker="x",
            linestyle="-.",
            label="start (warm-started model)",
        )
    frontier_axes.set_title("Adaptive arm: frontier per environment")
    frontier_axes.set_xlabel("training step")
    frontier_axes.set_ylabel("frontier difficulty")
    frontier_axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    ratio_axes.set_title("Effective prompt ratio (groups with reward variance), 20-step mean")
    ratio_axes.set_xlabel("training step")
    ratio_axes.set_ylim(-0.03, 1.03)
    heldout_axes.set_title("Held-out accuracy after training (all environments)")
    heldout_axes.set_xlabel("difficulty")
    heldout_axes.set_ylim(-0.03, 1.03)
    heldout_axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    if "adaptive" not in summaries:
        frontier_axes.text(0.5, 0.5, "no adaptive arm in this run", ha="center", va="center")
    for axes in (frontier_axes, ratio_axes, heldout_axes):
        axes.grid(alpha=0.3)
        if axes.get_legend_handles_labels()[0]:
            axes.legend(fontsize="small")
    figure.tight_layout()
    figure.savefig(path, dpi=100)
    plt.close(figure)
