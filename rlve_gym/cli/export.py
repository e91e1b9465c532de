"""``rlve-gym export`` (fixed evaluation sets) and ``rlve-gym score FILE`` (re-verify responses)."""

from __future__ import annotations

import json
from pathlib import Path

import typer

EXPORT_FORMATS = ("jsonl", "hf", "verl", "openrlhf")


def register(app: typer.Typer) -> None:
    @app.command()
    def export(
        output: str = typer.Option(..., "--output", "-o", help="output directory"),
        envs: str = typer.Option(
            "all", "--envs", "-e", help="'all', a category, or comma-separated names/categories"
        ),
        difficulties: str = typer.Option(
            "0-10", "--difficulties", "-d", help="e.g. '0-20', '0,2,5' or '0-20:2'"
        ),
        problems: int = typer.Option(
            20, "--problems", "-n", help="problems per (environment, difficulty)"
        ),
        seed: int = typer.Option(
            0, "--seed", help="base seed (a sweep with the same seed uses the same problems)"
        ),
        markers: str = typer.Option("answer", "--markers", help="answer markers: answer or boxed"),
        formats: str = typer.Option(
            "jsonl,hf", "--format", "-f", help=f"comma-separated: {', '.join(EXPORT_FORMATS)}"
        ),
        system_prompt: str | None = typer.Option(
            None, "--system-prompt", help="system message in the chat prompts"
        ),
        no_system_prompt: bool = typer.Option(False, "--no-system-prompt"),
    ) -> None:
        """Write a fixed evaluation set as JSONL, a Hugging Face dataset, veRL parquet or OpenRLHF JSONL."""
        from ..errors import RlveError
        from .app import console, fail

        try:
            from ..evaluation import (
                eval_set_rows,
                parse_difficulties,
                resolve_envs,
                save_hf_dataset,
            )
            from ..evaluation.export import save_verl_parquet, write_jsonl
            from ..evaluation.problems import DEFAULT_SYSTEM_PROMPT
            from ..evaluation.reward_fn import openrlhf_records

            chosen = [f.strip() for f in formats.split(",") if f.strip()]
            unknown = [f for f in chosen if f not in EXPORT_FORMATS]
            if unknown or not chosen:
                raise RlveError(
                    f"unknown export format(s) {unknown or formats!r}; choose from {', '.join(EXPORT_FORMATS)}"
                )
            if markers not in ("answer", "boxed"):
                raise RlveError(f"--markers must be answer or boxed, got {markers!r}")
            rows = eval_set_rows(
                resolve_envs(envs),
                parse_difficulties(difficulties),
                problems,
                seed,
                markers,
                None if no_system_prompt else (system_prompt or DEFAULT_SYSTEM_PROMPT),
            )
            out = Path(output)
            out.mkdir(parents=True, exist_ok=True)
            written = []
            if "jsonl" in chosen:
                write_jsonl(out / "eval.jsonl", rows)
                written.append(out / "eval.jsonl")
            if "hf" in chosen:
                written.append(save_hf_dataset(out / "hf", rows))
            if "verl" in chosen:
                written.append(save_verl_parquet(out / "verl.parquet", rows))
            if "openrlhf" in chosen:
                write_jsonl(out / "openrlhf.jsonl", openrlhf_records(rows))
                written.append(out / "openrlhf.jsonl")
        except RlveError as exc:
            fail(str(exc))
            return
        console.print(
            f"{len(rows)} problems -> " + ", ".join(str(p) for p in written), highlight=False
        )

    @app.command("export-verl-curriculum")
    def export_verl_curriculum(
        output: str = typer.Option(..., "--output", "-o", help="output directory"),
        envs: str = typer.Option(
            "all",
            "--envs",
            "-e",
            help="'all', a category, or comma-separated names/categories (single-turn only)",
        ),
        max_difficulty: int = typer.Option(
            10, "--max-difficulty", "-D", help="export difficulties 0..D of every environment"
        ),
        problems: int = typer.Option(
            64, "--problems", "-n", help="problems per (environment, difficulty)"
        ),
        seed: int = typer.Option(0, "--seed", help="base seed of the problem seeds"),
        markers: str = typer.Option("answer", "--markers", help="answer markers: answer or boxed"),
        val_problems: int = typer.Option(
            4, "--val-problems", help="problems per cell of val.parquet (0: no validation set)"
        ),
        system_prompt: str | None = typer.Option(
            None, "--system-prompt", help="system message in the chat prompts"
        ),
        no_system_prompt: bool = typer.Option(False, "--no-system-prompt"),
    ) -> None:
        """Write the veRL dataset of problem keys for rlve-gym's curriculum sampler.

        OUTPUT/train.parquet holds N problems per environment and difficulty 0..D, each row
        naming its problem by key; the sampler (data.sampler) picks rows as the curriculum
        moves, the reward function regenerates and verifies. OUTPUT/val.parquet is a small
        fixed evaluation set. See docs/training.md, "veRL".
        """
        from ..errors import RlveError
        from .app import console, fail

        try:
            from ..integrations.verl import write_curriculum_dataset
            from ..prompts import DEFAULT_SYSTEM_PROMPT

            written = write_curriculum_dataset(
                output,
                envs,
                max_difficulty=max_difficulty,
                problems=problems,
                seed=seed,
                markers=markers,
                system_prompt=None
                if no_system_prompt
                else (system_prompt or DEFAULT_SYSTEM_PROMPT),
                val_problems=val_problems,
            )
        except RlveError as exc:
            fail(str(exc))
            return
        lines = [
            f"{written.train_rows} problem keys over {len(written.envs)} environments -> "
            f"{written.train_path}"
        ]
        if written.val_path is not None:
            lines.append(f"{written.val_rows} validation problems -> {written.val_path}")
        console.print("\n".join(lines), highlight=False)

    @app.command()
    def score(
        file: str = typer.Argument(
            ..., help="JSONL (or JSON array) of rows with a 'problem' and a response"
        ),
        response_field: str | None = typer.Option(
            None,
            "--response-field",
            "-r",
            help="field holding the response (default: response, completion, output, ...)",
        ),
        output: str | None = typer.Option(
            None, "--output", "-o", help="write per-row verdicts to this JSONL"
        ),
        pass_k: str = typer.Option(
            "1", "--pass-k", help="k values for pass@k over rows of the same problem, e.g. '1,4'"
        ),
        as_json: bool = typer.Option(False, "--json", help="print the summary as JSON"),
    ) -> None:
        """Re-verify every (problem, response) row of FILE with the installed environments."""
        from ..errors import RlveError
        from .app import console, fail

        try:
            from ..evaluation import score_file
            from ..evaluation.export import write_jsonl

            try:
                ks = sorted({int(k) for k in pass_k.split(",") if k.strip()}) or [1]
            except ValueError:
                raise RlveError(
                    f"--pass-k must be comma-separated integers, got {pass_k!r}"
                ) from None
            result = score_file(file, response_field=response_field, pass_ks=ks)
            if output:
                write_jsonl(Path(output), result.rows)
        except RlveError as exc:
            fail(str(exc))
            return
        total = len(result.rows)
        correct = sum(r["verdict"]["correct"] for r in result.rows)
        format_ok = sum(r["verdict"]["format_ok"] for r in result.rows)
        if as_json:
            summary = {
                "rows": total,
                "accuracy": correct / total,
                "format_failure_rate": 1 - format_ok / total,
                "compared_with_stored_verdicts": result.compared,
                "disagreements": result.disagreements,
                "cells": [c.to_dict() for c in result.cells],
            }
            print(json.dumps(summary))
            return
        from rich.table import Table

        table = Table(
            title=f"{file}: {total} rows, accuracy {correct / total:.3f}, format failures {1 - format_ok / total:.3f}"
        )
        ks_shown = sorted({k for c in result.cells for k in c.pass_at})
        for column in (
            "environment",
            "d",
            "rows",
            "accuracy",
            *[f"pass@{k}" for k in ks_shown],
            "format fail",
        ):
            table.add_column(column)
        for c in result.cells:
            table.add_row(
                c.env,
                str(c.difficulty),
                str(c.samples),
                f"{c.accuracy:.3f}",
                *[f"{c.pass_at[k]:.3f}" if k in c.pass_at else "–" for k in ks_shown],
                f"{c.format_failure_rate:.3f}",
            )
        console.print(table)
        if result.compared:
            colour = "green" if result.disagreements == 0 else "yellow"
            console.print(
                f"[{colour}]{result.disagreements} of {result.compared} stored verdicts differ from the fresh ones[/]"
            )
