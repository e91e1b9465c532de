"""``rlve-gym sweep``: evaluate a model over environments x difficulties (resumable)."""

from __future__ import annotations

import json

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def sweep(
        model: str | None = typer.Option(
            None,
            "--model",
            "-m",
            help="model directory (vllm/transformers) or served model name (openai)",
        ),
        base_url: str | None = typer.Option(
            None, "--base-url", help="OpenAI-compatible server, e.g. http://127.0.0.1:8000/v1"
        ),
        backend: str = typer.Option(
            "auto",
            "--backend",
            help="vllm, openai, transformers, or auto (openai if --base-url, else vllm)",
        ),
        envs: str = typer.Option(
            "all", "--envs", "-e", help="'all', a category, or comma-separated names/categories"
        ),
        difficulties: str = typer.Option(
            "0-10", "--difficulties", "-d", help="e.g. '0-20', '0,2,5' or '0-20:2'"
        ),
        problems: int = typer.Option(
            20, "--problems", "-n", help="problems per (environment, difficulty) cell"
        ),
        samples: int = typer.Option(1, "--samples", "-k", help="samples per problem (k of pass@k)"),
        temperature: float | None = typer.Option(
            None, "--temperature", help="default: 0 (greedy) for k=1, else 1.0"
        ),
        top_p: float = typer.Option(1.0, "--top-p"),
        max_tokens: int = typer.Option(1024, "--max-tokens", help="completion token limit"),
        seed: int = typer.Option(
            0, "--seed", help="base seed of the fixed problems and of sampling"
        ),
        markers: str = typer.Option(
            "answer", "--markers", help="answer markers the prompts ask for: answer or boxed"
        ),
        system_prompt: str | None = typer.Option(
            None, "--system-prompt", help="system message (default: a short one on answer format)"
        ),
        no_system_prompt: bool = typer.Option(
            False, "--no-system-prompt", help="send no system message"
        ),
        chat: bool = typer.Option(
            True, "--chat/--no-chat", help="use the chat template (--no-chat for base models)"
        ),
        pass_k: str | None = typer.Option(
            None, "--pass-k", help="k values for pass@k, e.g. '1,4,8' (default 1,2,4..k)"
        ),
        attempts: int = typer.Option(
            1,
            "--attempts",
            help="answers per problem in feedback mode: after a wrong one the model sees the "
            "verdict's reason and tries again (multi-turn environments use their own turn limit)",
        ),
        batch_size: int = typer.Option(
            32,
            "--batch-size",
            help="problems per generation batch (the most an interrupted run loses)",
        ),
        output_dir: str = typer.Option(
            "runs/sweep",
            "--output-dir",
            "-o",
            help="where outputs go; rerun with the same directory to resume",
        ),
        overwrite: bool = typer.Option(
            False, "--overwrite", help="discard an earlier sweep in --output-dir"
        ),
        dtype: str = typer.Option(
            "auto",
            "--dtype",
            help="model dtype for vllm/transformers (auto, float32, bfloat16, ...)",
        ),
        max_model_len: int | None = typer.Option(
            None, "--max-model-len", help="vllm context length"
        ),
        tensor_parallel_size: int = typer.Option(
            1, "--tensor-parallel-size", help="vllm: GPUs per model"
        ),
        gpu_memory_utilization: float = typer.Option(
            0.9, "--gpu-memory-utilization", help="vllm: share of GPU memory to use"
        ),
        concurrency: int = typer.Option(8, "--concurrency", help="openai: requests in flight"),
        timeout: float = typer.Option(120.0, "--timeout", help="openai: seconds per request"),
        retries: int = typer.Option(
            4, "--retries", help="openai: retries per request (exponential backoff)"
        ),
        plots: bool = typer.Option(
            True, "--plots/--no-plots", help="draw heatmap.png and curves.png"
        ),
        progress: bool = typer.Option(True, "--progress/--no-progress", help="show a progress bar"),
        as_json: bool = typer.Option(
            False, "--json", help="print the per-environment results as JSON"
        ),
    ) -> None:
        """Evaluate a model over environments x difficulties (accuracy, pass@k, difficulty reached); resumable."""
        from ..errors import RlveError
        from .app import console, fail

        try:
            from ..evaluation import (
                SamplingConfig,
                SweepSpec,
                make_backend,
                parse_difficulties,
                resolve_envs,
                run_sweep,
            )
            from ..evaluation.problems import DEFAULT_SYSTEM_PROMPT

            if temperature is None:
                chosen_temperature = 0.0 if samples == 1 else 1.0
            else:
                chosen_temperature = temperature
            ks = None
            if pass_k:
                try:
                    ks = sorted({int(k) for k in pass_k.split(",") if k.strip()})
                except ValueError:
                    raise RlveError(
                        f"--pass-k must be comma-separated integers, got {pass_k!r}"
                    ) from None
            spec = SweepSpec(
                envs=resolve_envs(envs),
                difficulties=parse_difficulties(difficulties),
                problems_per_cell=problems,
                sampling=SamplingConfig(
                    samples=samples,
                    temperature=chosen_temperature,
                    top_p=top_p,
                    max_tokens=max_tokens,
                ),
                seed=seed,
                markers=markers,
                system_prompt=None
                if no_system_prompt
                else (system_prompt or DEFAULT_SYSTEM_PROMPT),
                batch_size=batch_size,
                pass_ks=ks,
                attempts=attempts,
            )
            if backend == "openai" or (backend == "auto" and base_url):
                options = {"concurrency": concurrency, "timeout": timeout, "max_retries": retries}
                engine = make_backend("openai", model, base_url=base_url, chat=chat, **options)
            else:
                options = {}
                if backend in ("vllm", "auto"):
                    options = {
                        "max_model_len": max_model_len,
                        "tensor_parallel_size": tensor_parallel_size,
                        "gpu_memory_utilization": gpu_memory_utilization,
                    }
                engine = make_backend(backend, model, dtype=dtype, chat=chat, **options)
            try:
                result = run_sweep(
                    spec, engine, output_dir, overwrite=overwrite, progress=progress, plots=plots
                )
            finally:
                engine.close()
        except RlveError as exc:
            fail(str(exc))
            return
        if as_json:
            print(
                json.dumps(
                    {
                        name: {
                            "difficulty_reached": e["difficulty_reached"],
                            "accuracy": e["accuracy"],
                        }
                        for name, e in result.environments.items()
                    }
                )
            )
            return
        from rich.table import Table

        table = Table(
            title=f"sweep: {len(result.cells)} cells, {result.generated_problems} problems sampled now, {result.wall_time_s:.1f} s"
        )
        for column in ("environment", "category", "difficulty reached", "accuracy"):
            table.add_column(column)
        for name, entry in sorted(result.environments.items()):
            reached = entry["difficulty_reached"]
            table.add_row(
                name,
                entry["category"],
                "none" if reached is None else str(reached),
                f"{entry['accuracy']:.3f}",
            )
        console.print(table)
        console.print(
            f"report: {result.files['report']}   responses: {result.files['responses']}",
            highlight=False,
        )
