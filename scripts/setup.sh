#!/usr/bin/env bash
# One-step set-up on a fresh machine (Python, pip and gcc only): creates .venv, installs rlve-gym
# in editable mode with the test tools and the server extra (openenv-core), then the training
# extras (torch CPU wheel, TRL, vLLM for CPU). Safe to run again: it skips the work when
# pyproject.toml and this script are unchanged.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
VENV=.venv
STAMP="$VENV/.rlve-setup-stamp"
want=$(cat pyproject.toml scripts/setup.sh scripts/install_train_extras.sh | sha256sum | cut -d' ' -f1)

if [[ -f "$STAMP" && "$(cat "$STAMP")" == "$want" ]]; then
    exit 0
fi

[[ -x "$VENV/bin/python" ]] || "$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --upgrade pip setuptools wheel
# torch first and pinned, so nothing below can pull a multi-GB CUDA build
"$VENV/bin/python" -m pip install --quiet "torch==2.13.0"
"$VENV/bin/python" -m pip install --quiet -e ".[dev,train,serve]"
bash scripts/install_train_extras.sh "$VENV/bin/python"
echo "$want" > "$STAMP"
echo "set-up done: $VENV"
