"""Can a tiny model trained on an environment's lowest levels do anything one level higher?

GRPO can only amplify what the policy sometimes does: if no sample of a group is right, the group
has no reward variance and carries no learning signal. This screen answers, for a tiny local
model, the question that decides whether RL can push a frontier past a warm start: it builds the
tiny model and tokenizer (no download), warm-starts it by SFT on levels 0..--sft-max of the given
environments, and reports per level greedy accuracy, pass@1 and pass@k at temperature 1 and the
mean verdict score, on fixed held-out problems.

    python scripts/screen_learnability.py SortDistinctIntegers --sft-max 1 --steps 1000

docs/training.md ("The embedded CPU default") quotes its results.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("envs", help="comma-separated environment names")
    parser.add_argument("--sft-max", type=int, default=1, help="highest warm-start level")
    parser.add_argument("--steps", type=int, default=1000, help="SFT steps of 16 examples")
    parser.add_argument("--hidden", type=int, default=128)
    parser.add_argument("--layers", type=int, default=2)
    parser.add_argument("--learning-rate", type=float, default=3e-3)
    parser.add_argument("--above", type=int, default=3, help="levels above --sft-max to score")
    parser.add_argument("--problems", type=int, default=24, help="problems per level")
    parser.add_argument("-k", type=int, default=8, help="samples per problem for pass@k")
    parser.add_argument("--max-tokens", type=int, default=48)
    parser.add_argument("--model-dir", type=Path, default=None, help="default: a temp folder")
    args = parser.parse_args()

    import torch

    import rlve_gym
    from rlve_gym.evaluation.backends import SamplingConfig, TransformersBackend
    from rlve_gym.evaluation.problems import cell_problems
    from rlve_gym.prompts import chat_messages
    from rlve_gym.trainers.config import SFTSettings, TinyModelSettings
    from rlve_gym.trainers.sft import run_sft
    from rlve_gym.trainers.tiny_model import build_tiny_model

    torch.set_num_threads(1)
    names = [n.strip() for n in args.envs.split(",") if n.strip()]
    model_dir = args.model_dir or Path(tempfile.mkdtemp(prefix="rlve-screen-"))
    started = time.perf_counter()
    tiny = TinyModelSettings(
        hidden_size=args.hidden,
        num_layers=args.layers,
        num_attention_heads=max(args.hidden // 32, 1),
        num_key_value_heads=1,
        intermediate_size=4 * args.hidden,
        tokenizer_corpus_problems=100,
    )
    build_tiny_model(model_dir, names, tiny, seed=0, system_prompt="")
    sft = SFTSettings(
        enabled=True,
        min_difficulty=0,
        max_difficulty=args.sft_max,
        examples=16 * args.steps,
        batch_size=16,
        learning_rate=args.learning_rate,
    )
    info = run_sft(model_dir, names, sft, "", 0, log=lambda *_: None)
    print(
        f"warm start: levels 0-{args.sft_max}, {args.steps} steps, final loss "
        f"{info['sft_final_loss']:.3f}, {time.perf_counter() - started:.0f} s ({model_dir})"
    )
    backend = TransformersBackend(str(model_dir))
    greedy = SamplingConfig(samples=1, temperature=0, max_tokens=args.max_tokens)
    sampled = SamplingConfig(samples=args.k, temperature=1.0, max_tokens=args.max_tokens)
    print(f"{'environment':28s} level  greedy  pass@1  pass@{args.k}  score")
    for name in names:
        env = rlve_gym.make(name)
        for level in range(args.sft_max + args.above + 1):
            problems = cell_problems(name, level, args.problems, 7)
            messages = [chat_messages(p, "") for p in problems]
            seeds = list(range(len(problems)))
            first = backend.generate(messages, greedy, seeds)
            many = backend.generate(messages, sampled, seeds)
            right = sum(env.verify(p, out[0].text).correct for p, out in zip(problems, first))
            verdicts = [[env.verify(p, c.text) for c in out] for p, out in zip(problems, many)]
            flat = [v for row in verdicts for v in row]
            print(
                f"{name:28s} {level:5d}  {right / len(problems):6.2f}  "
                f"{sum(v.correct for v in flat) / len(flat):6.2f}  "
                f"{sum(any(v.correct for v in row) for row in verdicts) / len(problems):6.2f}  "
                f"{sum(float(v.score) for v in flat) / len(flat):5.2f}"
            )


if __name__ == "__main__":
    main()
