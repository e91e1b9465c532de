"""Joint GRPO training on several rlve-gym environments, through the Python API.

This is what `rlve-gym train` does, spelled out: a validated config, the adaptive curriculum,
TRL's GRPOTrainer fed fresh problems at generation time, and a summary at the end.

    python scripts/joint_training.py                          # the tiny CPU default
    python scripts/joint_training.py --config configs/gpu-single.yaml
    accelerate launch --config_file configs/accelerate/zero2.yaml --num_processes 4 \
        scripts/joint_training.py --config configs/multi-gpu-server.yaml
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from rlve_gym.trainers.config import TrainConfig
from rlve_gym.trainers.grpo import train

DEFAULT_CONFIG = Path(__file__).resolve().parents[1] / "configs" / "tiny-cpu.yaml"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--config", type=Path, default=DEFAULT_CONFIG, help="training config (YAML)"
    )
    parser.add_argument(
        "--output-dir", type=Path, default=None, help="where checkpoints and summary go"
    )
    parser.add_argument("--resume", action="store_true", help="continue from the last checkpoint")
    args = parser.parse_args()

    # 1. One validated object holds every option (environments, curriculum, GRPO, rewards, backend).
    config = TrainConfig.from_file(args.config)

    # 2. Options can also be changed in code; the copy is validated again.
    if args.output_dir is not None:
        config = config.with_overrides(output_dir=str(args.output_dir))

    # 3. train() builds (or loads) the model, warm-starts it if configured, and runs GRPO with
    #    problems drawn from rlve_gym.Curriculum when each group is generated. It returns the
    #    summary that it also writes to <output_dir>/summary.json.
    summary = train(config, resume=args.resume)

    if os.environ.get("RANK", "0") != "0":  # under accelerate/torchrun, print once
        return
    for name, info in summary["environments"].items():
        print(
            f"{name}: difficulty {info['initial_difficulty']} -> {info['final_difficulty']}, accuracy {info['accuracy']:.2f}"
        )


if __name__ == "__main__":
    main()
