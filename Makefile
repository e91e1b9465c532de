# Everyday commands. Everything runs inside .venv, created by scripts/setup.sh.
PY := .venv/bin/python

.PHONY: install test test-fast lint format index golden docs bench demo train

install:
	bash scripts/setup.sh

test: install
	$(PY) -m pytest -n 2

test-fast:            ## the suite without training / vLLM integration tests
	$(PY) -m pytest -n 2 -m "not slow"

lint:
	.venv/bin/ruff check . && .venv/bin/ruff format --check .

format:
	.venv/bin/ruff check --fix . && .venv/bin/ruff format .

index:                ## after adding or renaming an environment
	$(PY) -m rlve_gym.index --strict
	$(PY) tests/update_golden_hashes.py

docs: index
	$(PY) scripts/build_catalog_docs.py

bench:
	.venv/bin/rlve-gym bench --output bench.json

demo:
	.venv/bin/rlve-gym demo

train: install
	.venv/bin/rlve-gym train --config configs/tiny-cpu.yaml
