"""``rlve-gym audit``: can an environment be gamed without solving it? (``rlve_gym.audit``)"""

from __future__ import annotations

import json

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def audit(
        names: list[str] = typer.Argument(..., help="environments to audit"),
        difficulty: list[int] | None = typer.Option(
            None, "--difficulty", "-d", help="levels (default: the checker's 0 1 2 3 5 10 20)"
        ),
        seeds: int = typer.Option(200, "--seeds", "-n", help="seeds per level"),
        as_json: bool = typer.Option(False, "--json", help="print JSON instead of a table"),
    ) -> None:
        """Blind-answer audit: best constant answer, the prompt's example, random answers and
        distinct prompts per level, against the limits the environment checker enforces."""
        from rich.console import Console
        from rich.table import Table

        from ..audit import AUDIT_DIFFICULTIES, audit_env
        from ..errors import RlveError
        from ..registry import make
        from .app import fail

        if seeds < 1:
            fail(f"--seeds must be at least 1, got {seeds}")
        try:
            envs = [make(n) for n in names]
            levels = tuple(difficulty) if difficulty else AUDIT_DIFFICULTIES
            results = {env.name: audit_env(env, levels, seeds) for env in envs}
        except RlveError as exc:
            fail(str(exc))
        if as_json:
            out = {
                name: {
                    "levels": [lv.to_dict() for lv in rows],
                    "violations": [v for lv in rows for v in lv.violations(make(name))],
                }
                for name, rows in results.items()
            }
            print(json.dumps(out, indent=1))
            return
        console = Console()
        failed = False
        for env in envs:
            rows = results[env.name]
            table = Table(title=f"{env.name}: blind answers over {seeds} seeds per level")
            for column in (
                "d",
                "distinct prompts",
                "best constant",
                "right",
                "example right",
                "random right",
                "blind partial credit",
            ):
                table.add_column(column, justify="right")
            for lv in rows:
                table.add_row(
                    str(lv.difficulty),
                    str(lv.distinct_prompts),
                    lv.best_constant[:24],
                    f"{lv.best_constant_rate:.1%}",
                    f"{lv.example_rate:.1%}",
                    f"{lv.random_rate:.1%}",
                    f"{max(lv.constant_partial_score, lv.random_partial_score):.3f}",
                )
            console.print(table)
            problems = [v for lv in rows for v in lv.violations(env)]
            failed |= bool(problems)
            for line in problems:
                console.print(f"  [red]violation[/] {line}", highlight=False)
            if not problems:
                console.print("  [green]no violations[/]")
        if failed:
            raise typer.Exit(1)
