"""``rlve-gym demo``: a quick tour — problems from several environments at rising difficulty,
each verified with its reference answer and with a near miss, shown with rich."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def demo(
        names: list[str] | None = typer.Argument(
            None, help="environments (default: one per category)"
        ),
        difficulties: list[int] = typer.Option([0, 2, 5, 10], "--difficulty", "-d"),
        seed: int = typer.Option(0, "--seed", "-s"),
        show_prompt: bool = typer.Option(
            True, "--prompt/--no-prompt", help="print one example prompt"
        ),
    ) -> None:
        """Generate and verify problems from a few environments at rising difficulty."""
        import time

        from rich.console import Console
        from rich.panel import Panel
        from rich.table import Table

        from ..errors import RlveError
        from ..registry import all_env_info, make
        from .app import fail

        info = all_env_info()
        if not names:
            seen: dict[str, str] = {}
            for name, meta in sorted(info.items()):
                seen.setdefault(meta["category"], name)
            names = list(seen.values())
        console = Console()
        try:
            envs = [make(n) for n in names]
        except RlveError as exc:
            fail(str(exc))
        if show_prompt:
            example = envs[0].generate(
                difficulty=difficulties[min(1, len(difficulties) - 1)], seed=seed
            )
            console.print(
                Panel(
                    example.prompt,
                    title=f"{example.env_name}, d={example.difficulty}",
                    expand=False,
                )
            )
            console.print(f"reference answer: {example.answer}", markup=False)
        table = Table(title="reference answers verify; near misses do not")
        for column in (
            "environment",
            "category",
            "d",
            "prompt chars",
            "answer",
            "reference",
            "near miss",
            "ms",
        ):
            table.add_column(column)
        failures = 0
        for env in envs:
            for d in difficulties:
                start = time.perf_counter()
                problem = env.generate(difficulty=d, seed=seed)
                right = env.verify(problem, problem.reference_response())
                miss = env.verify(problem, f"<answer>{env.near_misses(problem)[0]}</answer>")
                took = (time.perf_counter() - start) * 1e3
                ok = right.correct and not miss.correct
                failures += not ok
                answer = (
                    problem.answer if len(problem.answer) <= 24 else problem.answer[:21] + "..."
                )
                table.add_row(
                    env.name,
                    env.category,
                    str(d),
                    str(len(problem.prompt)),
                    answer.replace("\n", " / "),
                    "[green]correct[/]" if right.correct else f"[red]{right.reason}[/]",
                    "[green]rejected[/]" if not miss.correct else "[red]accepted[/]",
                    f"{took:.1f}",
                )
        console.print(table)
        if failures:
            console.print(f"[bold red]{failures} checks failed[/]")
            raise typer.Exit(1)
        console.print(f"[bold green]all {len(envs) * len(difficulties)} problems verified[/]")
