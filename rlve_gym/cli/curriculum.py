"""``rlve-gym curriculum ...``: watch the adaptive difficulty engine follow a simulated learner.

``rlve-gym curriculum simulate --envs all --policy sequential --steps 400`` runs the curriculum
against ``rlve_gym.curriculum.simulate.SimulatedLearner`` (no model, no problem generation),
shows the frontiers live, and writes ``frontiers.png`` and ``simulation.json`` to ``--out``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer


def _frontier_table(curriculum: Any, learner: Any, step: int, steps: int) -> Any:
    from rich.table import Table

    table = Table(
        title=f"step {step}/{steps}  policy={curriculum.config.policy}  weighting={curriculum.config.weighting}"
    )
    for column in (
        "environment",
        "frontier h",
        "learner 50% point",
        "frontier acc",
        "served",
        "weight",
    ):
        table.add_column(column, justify="left" if column == "environment" else "right")
    metrics = curriculum.metrics()
    names = curriculum.env_names
    for name in names[:40]:
        prefix = f"curriculum/{name}/"
        table.add_row(
            name,
            str(curriculum.frontier(name)),
            f"{learner.skill(name):.2f}",
            f"{metrics[prefix + 'frontier_accuracy']:.2f}",
            str(int(metrics[prefix + "problems_served"])),
            f"{metrics[prefix + 'weight']:.3f}",
        )
    if len(names) > 40:
        table.add_row(f"... {len(names) - 40} more", "", "", "", "", "")
    return table


def register(app: typer.Typer) -> None:
    curriculum_app = typer.Typer(
        help="Adaptive difficulty: simulate the curriculum against a simulated learner.",
        no_args_is_help=True,
    )

    @curriculum_app.command("simulate")
    def simulate(
        envs: str = typer.Option(
            "all", "--envs", "-e", help="comma-separated environment names, 'all', or a category"
        ),
        virtual: int = typer.Option(
            0,
            "--virtual",
            help="simulate this many virtual environments (sim00, sim01, ...) instead",
        ),
        config: Path | None = typer.Option(
            None, "--config", "-c", help="curriculum config (YAML/JSON)"
        ),
        policy: str | None = typer.Option(
            None, "--policy", "-p", help="rlve | sequential | fixed | uniform"
        ),
        weighting: str | None = typer.Option(None, "--weighting", "-w", help="uniform | adaptive"),
        demote_below: float | None = typer.Option(
            None, "--demote-below", help="step down when frontier accuracy is below this (e.g. 0.2)"
        ),
        steps: int = typer.Option(300, "--steps", "-n", min=1, help="training steps to simulate"),
        prompts: int = typer.Option(32, "--prompts", min=1, help="problems per step"),
        group_size: int = typer.Option(8, "--group-size", "-g", min=1, help="samples per problem"),
        seed: int = typer.Option(0, "--seed", "-s", min=0, help="curriculum and learner seed"),
        stall: float | None = typer.Option(
            None,
            "--stall-at",
            help="cap every learner skill at this level (default: a ceiling per env)",
        ),
        out: Path = typer.Option(Path("runs/curriculum-sim"), "--out", "-o", help="output folder"),
        live: bool = typer.Option(True, "--live/--no-live", help="live table while running"),
    ) -> None:
        """Run the curriculum against a simulated learner; write a PNG plot and a JSON log."""
        import json

        from rich.console import Console
        from rich.live import Live

        from ..curriculum import Curriculum, CurriculumConfig
        from ..curriculum.simulate import (
            SimulatedLearner,
            plot_simulation,
            run_simulation,
            varied_profiles,
        )
        from ..errors import RlveError
        from .app import fail

        console = Console()
        try:
            base = CurriculumConfig.coerce(config)
            overrides: dict[str, Any] = {}
            if policy is not None:
                overrides["policy"] = policy
            if weighting is not None:
                overrides["weighting"] = weighting
            if demote_below is not None:
                overrides["demote_threshold"] = demote_below
            cfg = (
                CurriculumConfig.from_dict({**base.model_dump(), **overrides}, source="options")
                if overrides
                else base
            )
            if virtual > 0:
                names = [f"sim{i:02d}" for i in range(virtual)]
                curriculum = Curriculum(names, cfg, seed=seed, check_names=False)
            else:
                names = [n.strip() for n in envs.split(",") if n.strip()]
                curriculum = Curriculum(names, cfg, seed=seed)
        except RlveError as exc:
            fail(str(exc))
        profiles = varied_profiles(
            curriculum.env_names, seed=seed, skill_cap=None if stall is not None else (8.0, 20.0)
        )
        if stall is not None:
            for profile in profiles.values():
                profile.skill_cap = stall
                profile.skill = min(profile.skill, stall)
        learner = SimulatedLearner(profiles, seed=seed + 1)

        every = max(1, steps // 100)
        if live and console.is_terminal:
            with Live(
                _frontier_table(curriculum, learner, 0, steps),
                console=console,
                refresh_per_second=8,
            ) as view:

                def update(step: int, cur: Curriculum, lrn: SimulatedLearner) -> None:
                    if (step + 1) % every == 0 or step + 1 == steps:
                        view.update(_frontier_table(cur, lrn, step + 1, steps))

                log = run_simulation(
                    curriculum, learner, steps, prompts, group_size, on_step=update
                )
        else:
            log = run_simulation(curriculum, learner, steps, prompts, group_size)
            console.print(_frontier_table(curriculum, learner, steps, steps))

        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            fail(f"cannot create output folder {str(out)!r}: {exc.strerror or exc}")
        log_path = out / "simulation.json"
        plot_path = out / "frontiers.png"
        log_path.write_text(json.dumps(log.to_dict()))
        try:
            plot_simulation(log, str(plot_path))
        except ImportError:
            console.print(
                "[yellow]matplotlib is not installed: no plot (pip install 'rlvegym[plot]')[/]"
            )
            plot_path = None
        console.print(
            f"mean |frontier - 50% point| after step {steps // 4}: {log.mean_gap(steps // 4):.2f} levels; "
            f"effective prompt ratio {sum(log.effective_prompt_ratio) / log.steps:.3f}",
            highlight=False,
        )
        console.print(
            f"wrote {log_path}" + (f" and {plot_path}" if plot_path else ""), highlight=False
        )

    app.add_typer(curriculum_app, name="curriculum")
