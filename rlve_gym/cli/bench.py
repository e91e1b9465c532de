"""``rlve-gym bench``: the speed benchmark as a table or JSON."""

from __future__ import annotations

import json
from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def bench(
        names: list[str] | None = typer.Argument(None, help="environments (default: all)"),
        category: str | None = typer.Option(None, "--category", "-c"),
        difficulty: list[int] = typer.Option([0, 5, 10, 20], "--difficulty", "-d"),
        repeats: int = typer.Option(20, "--repeats", "-n", help="timed repetitions per cell"),
        output: Path | None = typer.Option(None, "--output", "-o", help="write the JSON here"),
        as_json: bool = typer.Option(False, "--json", help="print JSON instead of a table"),
    ) -> None:
        """Median generation and verification times per environment and difficulty."""
        from rich.console import Console
        from rich.table import Table

        from ..bench import run_benchmark
        from ..errors import RlveError
        from ..registry import env_class, list_envs
        from .app import fail

        try:
            chosen = list(names) if names else list_envs(category)
            for n in chosen:
                env_class(n)
        except RlveError as exc:
            fail(str(exc))
        result = run_benchmark(chosen, tuple(difficulty), repeats)
        text = json.dumps(result, indent=1)
        if output:
            output.write_text(text + "\n")
        if as_json:
            print(text)
            return
        console = Console()
        imp = result["import"]
        console.print(
            f"import rlve_gym: {imp['import_s'] * 1e3:.0f} ms (torch imported: {imp['torch_imported']})"
        )
        table = Table(title="median milliseconds (generate / verify correct / verify wrong)")
        table.add_column("environment")
        table.add_column("first use ms", justify="right")
        for d in difficulty:
            table.add_column(f"d={d}", justify="right")
        for row in result["environments"]:
            cells = [
                f"{lv['generate_ms']:.3f} / {lv['verify_correct_ms']:.3f} / {lv['verify_wrong_ms']:.3f}"
                for lv in row["levels"]
            ]
            table.add_row(row["name"], f"{imp['first_use_s'][row['name']] * 1e3:.0f}", *cells)
        console.print(table)
