"""``rlve-gym``: list, show and verify problems, run the benchmark, and (through command modules
that add themselves below) curriculum simulation, training, sweeps and exports.

Each optional command group lives in its own module under ``rlve_gym/cli/`` and exposes
``register(app)``; heavy imports happen inside the commands, never at module import.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import sys

import typer
from rich.console import Console
from rich.table import Table

from ..errors import RlveError

app = typer.Typer(
    name="rlve-gym",
    help="Verifiable reasoning environments with adaptive difficulty.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
err_console = Console(stderr=True)

#: command modules that register themselves if present (rlve_gym/cli/<name>.py with register(app))
COMMAND_MODULES = (
    "demo",
    "bench",
    "audit",
    "curriculum",
    "train",
    "experiment",
    "sweep",
    "export",
    "serve",
)


def fail(message: str) -> None:
    """Print a one-line error and exit with status 2 (no traceback for user mistakes)."""
    err_console.print(f"[bold red]error:[/] {message}", highlight=False)
    raise typer.Exit(2)


@app.command("list")
def list_command(
    category: str | None = typer.Option(None, "--category", "-c", help="only this category"),
    as_json: bool = typer.Option(False, "--json", help="machine-readable output"),
) -> None:
    """List the registered environments."""
    from ..registry import all_env_info, list_envs

    try:
        names = list_envs(category)
    except RlveError as exc:
        fail(str(exc))
    info = all_env_info()
    if as_json:
        print(json.dumps([{"name": n, **info[n]} for n in names], indent=1))
        return
    table = Table(title=f"{len(names)} environments")
    for column in ("name", "category", "answer", "multi", "description"):
        table.add_column(column)
    for n in names:
        meta = info[n]
        table.add_row(
            n,
            meta["category"],
            meta["answer_kind"],
            "yes" if meta["multiple_valid_answers"] else "",
            meta["description"],
        )
    console.print(table)


@app.command()
def show(
    name: str = typer.Argument(..., help="environment name, e.g. ShortestPath"),
    difficulty: int = typer.Option(0, "--difficulty", "-d", help="difficulty level >= 0"),
    seed: int = typer.Option(0, "--seed", "-s", help="problem seed >= 0"),
    markers: str = typer.Option("answer", "--markers", help="answer markers: answer or boxed"),
    as_json: bool = typer.Option(False, "--json", help="print the serialised problem"),
) -> None:
    """Show a problem: its prompt, reference answer and instance."""
    from ..registry import make

    try:
        problem = make(name).generate(difficulty=difficulty, seed=seed, markers=markers)
    except RlveError as exc:
        fail(str(exc))
    if as_json:
        print(json.dumps(problem.to_dict()))
        return
    console.rule(f"{problem.env_name}  d={problem.difficulty}  seed={problem.seed}")
    console.print(problem.prompt, markup=False, highlight=False)
    console.rule("reference answer")
    console.print(problem.answer, markup=False, highlight=False)
    console.rule("instance")
    console.print_json(json.dumps(problem.instance))


@app.command()
def verify(
    name: str = typer.Argument(..., help="environment name"),
    difficulty: int = typer.Option(0, "--difficulty", "-d"),
    seed: int = typer.Option(0, "--seed", "-s"),
    response: str | None = typer.Option(
        None, "--response", "-r", help="response text (default: stdin)"
    ),
    markers: str = typer.Option("answer", "--markers", help="answer markers: answer or boxed"),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Verify a response to the problem (NAME, d, seed); reads the response from stdin if not given."""
    from ..registry import make

    if response is None:
        response = sys.stdin.read()
    try:
        env = make(name)
        problem = env.generate(difficulty=difficulty, seed=seed, markers=markers)
    except RlveError as exc:
        fail(str(exc))
    verdict = env.verify(problem, response)
    if as_json:
        print(json.dumps(verdict.to_dict()))
        return
    colour = "green" if verdict.correct else ("yellow" if verdict.format_ok else "red")
    console.print(
        f"[bold {colour}]{'correct' if verdict.correct else 'wrong'}[/]  score={verdict.score:.3f}  "
        f"format_ok={verdict.format_ok}  reason: {verdict.reason}",
        highlight=False,
    )


def _register_command_modules() -> None:
    for module in COMMAND_MODULES:
        full = f"rlve_gym.cli.{module}"
        if importlib.util.find_spec(full) is not None:
            importlib.import_module(full).register(app)


_register_command_modules()


def main() -> None:
    try:
        app()
    except RlveError as exc:
        err_console.print(f"[bold red]error:[/] {exc}", highlight=False)
        sys.exit(2)
