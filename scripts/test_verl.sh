#!/usr/bin/env bash
# Test rlve-gym's veRL integration against veRL's real classes, in a separate environment.
#
# verl 0.7.1 (the last release with the curriculum-sampler hook) pins numpy<2 and pulls Ray, so
# it lives in .venv-verl, never in the main .venv. This creates .venv-verl on first use (torch
# CPU wheel, verl without its GPU/logging extras, only what importing and exercising the sampler,
# dataset, dataloader and reward classes needs, and rlve-gym in editable mode), then runs
# tests/test_verl_integration.py there. Safe to run again: set-up is skipped while this script
# and pyproject.toml are unchanged.
#
# Usage: bash scripts/test_verl.sh [pytest args...]
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
VENV=.venv-verl
STAMP="$VENV/.rlve-verl-stamp"
want=$(cat pyproject.toml scripts/test_verl.sh | sha256sum | cut -d' ' -f1)

if [[ ! -f "$STAMP" || "$(cat "$STAMP")" != "$want" ]]; then
    start=$SECONDS
    [[ -x "$VENV/bin/python" ]] || "$PYTHON" -m venv "$VENV"
    PIP=("$VENV/bin/python" -m pip install --quiet)
    "${PIP[@]}" --upgrade pip setuptools wheel
    # torch first and pinned (the CPU wheel): an unpinned torch would pull a multi-GB CUDA build
    "${PIP[@]}" "torch==2.13.0"
    # verl itself without its dependency list (vLLM/SGLang, wandb, tensorboard, math graders ...)
    "${PIP[@]}" --no-deps "verl==0.7.1"
    # what `import verl.trainer.main_ppo` and the dataset/dataloader/reward classes need, at
    # versions that accept numpy<2 (pyarrow >= 23 and datasets 5 need numpy 2; transformers 5
    # needs a huggingface-hub that datasets 4 refuses)
    "${PIP[@]}" "torch==2.13.0" "numpy<2" "pyarrow>=19,<23" "datasets>=4,<5" \
        "transformers>=4.56,<5" "tensordict>=0.8,<=0.10.0,!=0.9.0" torchdata omegaconf \
        hydra-core ray pandas codetiming dill peft pillow tokenizers \
        numba gymnasium pydantic rich typer pyyaml pytest
    "${PIP[@]}" --no-deps -e .
    echo "$want" > "$STAMP"
    echo "set-up of $VENV: $((SECONDS - start)) s, $(du -sh "$VENV" | cut -f1)"
fi

"$VENV/bin/python" -m pytest tests/test_verl_integration.py "$@"
