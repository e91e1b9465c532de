"""``rlve-gym train`` (GRPO under the curriculum) and ``rlve-gym export-sft`` (prompt/answer JSONL).

Torch, transformers and TRL are imported inside the commands, after the config has been
validated, so a typo in a config file fails in a fraction of a second with one line.
"""

from __future__ import annotations

from pathlib import Path

import typer

from ..errors import RlveError


def _missing_extras(exc: ImportError) -> str:
    return (
        f"training needs the [train] extras ({exc.name or exc}); install them with "
        "`bash scripts/install_train_extras.sh` (CPU) or `pip install 'rlvegym[train]'`"
    )


def register(app: typer.Typer) -> None:
    from .app import fail

    @app.command()
    def train(
        config: Path = typer.Option(
            ..., "--config", "-c", help="training config (YAML), e.g. configs/tiny-cpu.yaml"
        ),
        output_dir: Path | None = typer.Option(
            None, "--output-dir", "-o", help="overrides output_dir in the config"
        ),
        resume: bool = typer.Option(
            False, "--resume", help="continue from the last checkpoint in the output dir"
        ),
        max_steps: int | None = typer.Option(None, "--max-steps", help="overrides grpo.max_steps"),
    ) -> None:
        """Train a model with GRPO on rlve-gym environments under the adaptive curriculum."""
        from rlve_gym.trainers.config import TrainConfig

        try:
            settings = TrainConfig.from_file(config)
            if max_steps is not None:
                data = settings.model_dump()
                data["grpo"]["max_steps"] = max_steps
                settings = TrainConfig.from_dict(data)
        except RlveError as exc:
            fail(str(exc))
        try:
            from rlve_gym.trainers.grpo import train as run_training
        except ImportError as exc:
            fail(_missing_extras(exc))
        try:
            summary = run_training(settings, output_dir=output_dir, resume=resume)
        except RlveError as exc:
            fail(str(exc))
        typer.echo(
            f"summary: {Path(output_dir or settings.output_dir) / 'summary.json'} ({summary['steps']} steps)"
        )

    @app.command("export-sft")
    def export_sft(
        envs: str = typer.Option(
            ..., "--envs", "-e", help="'all', a category, or comma-separated environment names"
        ),
        output: Path = typer.Option(..., "--output", "-o", help="JSONL file to write"),
        difficulties: str = typer.Option(
            "0-4", "--difficulties", "-d", help="levels: '0-4' or '0,2,5'"
        ),
        per_level: int = typer.Option(
            100, "--per-level", "-n", help="problems per environment and difficulty"
        ),
        seed: int = typer.Option(0, "--seed", "-s", help="seed stream of the problem seeds"),
        system_prompt: str = typer.Option(
            "", "--system-prompt", help="system message put in front of each chat"
        ),
        markers: str = typer.Option("answer", "--markers", help="answer markers: answer or boxed"),
    ) -> None:
        """Write prompt/answer pairs (reference answers) as JSONL for supervised fine-tuning."""
        from rlve_gym.curriculum.curriculum import resolve_env_names
        from rlve_gym.trainers.sft import export_sft_jsonl

        try:
            levels = _parse_levels(difficulties)
            if per_level < 1:
                raise RlveError(f"--per-level must be >= 1, got {per_level}")
            if markers not in ("answer", "boxed"):
                raise RlveError(f"--markers must be 'answer' or 'boxed', got {markers!r}")
            names = resolve_env_names(envs.split(",") if "," in envs else envs)
            rows = export_sft_jsonl(output, names, levels, per_level, seed, system_prompt, markers)
        except RlveError as exc:
            fail(str(exc))
        typer.echo(
            f"wrote {rows} rows ({len(names)} environments x {len(levels)} levels x {per_level}) to {output}"
        )


def _parse_levels(text: str) -> list[int]:
    """'0-4' -> [0, 1, 2, 3, 4]; '0,2,5' -> [0, 2, 5]."""
    try:
        if "-" in text and "," not in text:
            low, high = (int(part) for part in text.split("-", 1))
            levels = list(range(low, high + 1))
        else:
            levels = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise RlveError(f"--difficulties must look like '0-4' or '0,2,5', got {text!r}") from None
    if not levels or min(levels) < 0:
        raise RlveError(f"--difficulties must name levels >= 0, got {text!r}")
    return levels
