"""Fixed evaluation sets on disk, and re-verifying any file of (problem, response) rows.

An exported row carries the whole serialised problem, so any process that has rlve-gym installed
can verify a response to it later (``score``) without regenerating anything; it also carries the
prompt in chat form and a ``reference_response`` (the reference answer inside the answer
markers), which scores 1 and doubles as a supervised target.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import RlveError
from ..problem import Problem
from ..registry import make
from .metrics import CellSummary
from .problems import DEFAULT_SYSTEM_PROMPT, chat_messages, iter_eval_set
from .report import summarise_rows
from .store import read_rows

RESPONSE_FIELDS = ("response", "completion", "output", "model_output", "generated_text")


def eval_set_rows(
    envs: Sequence[str],
    difficulties: Sequence[int],
    n: int,
    seed: int,
    markers: str = "answer",
    system_prompt: str | None = DEFAULT_SYSTEM_PROMPT,
) -> list[dict[str, Any]]:
    """The rows of a fixed evaluation set (the same problems a sweep with this seed evaluates)."""
    rows = []
    for row in iter_eval_set(envs, difficulties, n, seed, markers):
        problem = Problem.from_dict(row["problem"])
        row["messages"] = chat_messages(problem, system_prompt)
        row["reference_response"] = problem.reference_response()
        rows.append(row)
    return rows


def write_jsonl(path: Path, rows: Iterable[Mapping[str, Any]]) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with open(path, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    return count


def to_hf_records(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Rows with the problem as a JSON string: instance layouts differ between environments,
    which a single Arrow schema cannot hold as nested columns."""
    records = []
    for row in rows:
        record = {k: v for k, v in row.items() if k != "problem"}
        record["problem"] = json.dumps(row["problem"], ensure_ascii=False)
        records.append(record)
    return records


def save_hf_dataset(path: Path, rows: Sequence[Mapping[str, Any]]) -> Path:
    """Save rows with ``datasets.Dataset.save_to_disk`` (load back with ``datasets.load_from_disk``)."""
    try:
        import datasets
    except ImportError as exc:
        raise RlveError(
            f"writing a Hugging Face dataset needs the datasets package ({exc}); pip install datasets"
        ) from None
    dataset = datasets.Dataset.from_list(to_hf_records(rows))
    dataset.save_to_disk(str(path))
    return path


def verl_records(
    rows: Iterable[Mapping[str, Any]], data_source: str = "rlve_gym"
) -> list[dict[str, Any]]:
    """Rows in the layout veRL's RL datasets read (prompt as messages, reward_model.ground_truth);
    the ground truth is the serialised problem, which ``reward_fn.compute_score`` verifies against."""
    records = []
    for index, row in enumerate(rows):
        records.append(
            {
                "data_source": data_source,
                "prompt": row["messages"],
                "ability": row["category"],
                "reward_model": {
                    "style": "rule",
                    "ground_truth": json.dumps(row["problem"], ensure_ascii=False),
                },
                "extra_info": {
                    "index": index,
                    "env": row["env"],
                    "difficulty": row["difficulty"],
                    "problem_index": row["problem_index"],
                },
            }
        )
    return records


def save_verl_parquet(
    path: Path, rows: Sequence[Mapping[str, Any]], data_source: str = "rlve_gym"
) -> Path:
    try:
        import datasets
    except ImportError as exc:
        raise RlveError(
            f"writing veRL parquet needs the datasets package ({exc}); pip install datasets"
        ) from None
    path.parent.mkdir(parents=True, exist_ok=True)
    datasets.Dataset.from_list(verl_records(rows, data_source)).to_parquet(str(path))
    return path


# ---------------------------------------------------------------------------------------------
# score


@dataclass
class ScoreResult:
    rows: list[
        dict[str, Any]
    ]  # one per scored input row: where it came from, its problem cell, the verdict
    cells: list[CellSummary]
    environments: dict[str, dict[str, Any]]
    disagreements: int = 0  # rows whose stored verdict differs from the fresh one
    compared: int = 0  # rows that carried a stored verdict
    errors: list[str] = field(default_factory=list)


def _row_problem(row: Any, where: str) -> Problem:
    if not isinstance(row, dict):
        raise RlveError(f"{where}: expected a JSON object with a 'problem' and a response")
    data = row.get("problem", row if "env_name" in row else None)
    if data is None:
        raise RlveError(f"{where}: no 'problem' field (a serialised rlve-gym problem) in this row")
    try:
        return Problem.from_dict(data)
    except RlveError as exc:
        raise RlveError(f"{where}: {exc}") from None


def _row_response(row: dict[str, Any], response_field: str | None, where: str) -> str:
    fields = (response_field,) if response_field else RESPONSE_FIELDS
    for name in fields:
        if name in row:
            value = row[name]
            if isinstance(value, str):
                return value
            if (
                isinstance(value, list)
                and value
                and isinstance(value[-1], dict)
                and "content" in value[-1]
            ):
                return str(value[-1]["content"])  # a chat-format completion
            raise RlveError(f"{where}: field {name!r} must be a string, got {type(value).__name__}")
    raise RlveError(
        f"{where}: no response field ({' or '.join(fields)}); choose one with --response-field"
    )


def iter_input_rows(path: str | Path) -> Iterable[tuple[int, Any]]:
    """(row number, row) from a JSONL/JSON file, a parquet file, or a dataset saved with
    ``datasets.save_to_disk`` (as ``rlve-gym export --format hf`` writes)."""
    path = Path(path)
    if path.is_dir() or path.suffix == ".parquet":
        try:
            import datasets
        except ImportError as exc:
            raise RlveError(
                f"reading {path} needs the datasets package ({exc}); pip install datasets"
            ) from None
        try:
            dataset = (
                datasets.load_from_disk(str(path))
                if path.is_dir()
                else datasets.Dataset.from_parquet(str(path))
            )
        except (FileNotFoundError, ValueError) as exc:
            raise RlveError(f"{path}: not a saved dataset or parquet file ({exc})") from None
        if isinstance(dataset, datasets.DatasetDict):
            raise RlveError(
                f"{path} holds several splits ({', '.join(dataset)}); pass one split's directory"
            )
        return enumerate(dataset, start=1)
    return read_rows(path)


def score_file(
    path: str | Path, response_field: str | None = None, pass_ks: Sequence[int] = (1,)
) -> ScoreResult:
    """Re-verify every (problem, response) row of a file (JSONL, JSON array, parquet, saved dataset).

    Responses are judged with the environments installed in this process. Rows of the same
    problem (same environment, version, difficulty and seed) count as samples of one problem for
    pass@k. A row's stored ``verdict``, if any, is compared with the fresh one.
    """
    envs: dict[str, Any] = {}
    problem_ids: dict[tuple[str, int, int, int], int] = {}
    sample_counts: dict[int, int] = {}
    scored: list[dict[str, Any]] = []
    disagreements = compared = 0
    for number, row in iter_input_rows(path):
        where = f"{path}:{number}"
        problem = _row_problem(row, where)
        response = _row_response(row, response_field, where)
        env = envs.get(problem.env_name)
        if env is None:
            env = envs[problem.env_name] = make(problem.env_name)
        if env.version != problem.version:
            raise RlveError(
                f"{where}: the problem is from {problem.env_name} v{problem.version}, but v{env.version} is "
                "installed; verify with the rlve-gym version that generated it"
            )
        verdict = env.verify(problem, response)
        identity = (problem.env_name, problem.version, problem.difficulty, problem.seed)
        problem_id = problem_ids.setdefault(identity, len(problem_ids))
        sample_index = sample_counts.get(problem_id, 0)
        sample_counts[problem_id] = sample_index + 1
        stored = row.get("verdict")
        if isinstance(stored, dict) and "correct" in stored:
            compared += 1
            if (
                bool(stored["correct"]) != verdict.correct
                or bool(stored.get("format_ok", verdict.format_ok)) != verdict.format_ok
            ):
                disagreements += 1
        scored.append(
            {
                "line": number,
                "env": problem.env_name,
                "category": env.category,
                "difficulty": problem.difficulty,
                "seed": problem.seed,
                "problem_index": problem_id,
                "sample_index": sample_index,
                "response_chars": len(response),
                "response_tokens": row.get("response_tokens")
                if isinstance(row.get("response_tokens"), int)
                else None,
                "verdict": verdict.to_dict(),
            }
        )
    if not scored:
        raise RlveError(f"{path} has no rows to score")
    fewest = min(sample_counts.values())
    ks = [k for k in pass_ks if k <= fewest] or [1]
    cells, environments = summarise_rows(scored, ks)
    return ScoreResult(scored, cells, environments, disagreements, compared)
