"""``rlve-gym experiment``: the same model and compute under the adaptive curriculum, a fixed
difficulty and uniformly random difficulties, scored on the same held-out problems.

The heavy lifting is in ``rlve_gym.trainers.experiment``; this module validates the config first
(torch and TRL are imported only after that) and turns errors into one line.
"""

from __future__ import annotations

from pathlib import Path

import typer

from ..errors import RlveError


def register(app: typer.Typer) -> None:
    from .app import fail
    from .train import _missing_extras

    @app.command()
    def experiment(
        config: Path = typer.Option(
            ..., "--config", "-c", help="training config (YAML), e.g. configs/tiny-cpu.yaml"
        ),
        output_dir: Path | None = typer.Option(
            None,
            "--output-dir",
            "-o",
            help="where the arms and the report go (default: <output_dir>-experiment)",
        ),
        arms: str | None = typer.Option(
            None, "--arms", help="comma-separated subset of adaptive,fixed,uniform"
        ),
        max_steps: int | None = typer.Option(
            None, "--max-steps", help="GRPO steps of every arm (overrides grpo.max_steps)"
        ),
        resume: bool = typer.Option(
            False, "--resume", help="keep finished arms; resume an interrupted one"
        ),
    ) -> None:
        """Curriculum ablation: adaptive vs fixed vs uniform difficulty, same model and compute.

        Writes experiment.md (tables), experiment.json and experiment.png to the output dir.
        """
        from rlve_gym.trainers.config import TrainConfig

        try:
            settings = TrainConfig.from_file(config)
            chosen = [a.strip() for a in arms.split(",") if a.strip()] if arms else None
            if max_steps is not None and max_steps < 1:
                raise RlveError(f"--max-steps must be >= 1, got {max_steps}")
            for arm in chosen or []:
                if arm not in ("adaptive", "fixed", "uniform"):
                    raise RlveError(
                        f"--arms: unknown arm {arm!r}; expected adaptive, fixed or uniform"
                    )
        except RlveError as exc:
            fail(str(exc))
        try:
            from rlve_gym.trainers.experiment import run_experiment
        except ImportError as exc:
            fail(_missing_extras(exc))
        try:
            run_experiment(settings, output_dir, chosen, max_steps, resume)
        except RlveError as exc:
            fail(str(exc))
