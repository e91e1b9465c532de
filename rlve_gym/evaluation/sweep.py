"""Run a model over environments x difficulties and record every verdict, resumably.

Layout of a sweep's output directory::

    sweep.json       what was evaluated and how (model, sampling, seeds); checked on rerun
    responses.jsonl  one row per (problem, sample): the problem, the response, the verdict
    summary.csv      one row per (environment, difficulty) cell
    summary.json     cells plus per-environment "difficulty reached"
    heatmap.png, curves.png, report.md

Work is done in batches of problems; each finished batch is appended to ``responses.jsonl`` and
fsynced before the next starts. Rerunning the same command reads that file, skips every problem
whose samples are all there (so finished cells are skipped outright) and continues with the rest.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import RlveError
from ..problem import MARKERS
from ..registry import env_class, make
from ..rng import stable_hash
from .backends import Backend, SamplingConfig
from .metrics import CellSummary, default_pass_ks
from .problems import DEFAULT_SYSTEM_PROMPT, chat_messages, env_category, eval_seed
from .report import summarise_rows, write_outputs
from .store import append_rows, read_jsonl_tolerant, repair_tail

MANIFEST = "sweep.json"
RESPONSES = "responses.jsonl"
MANIFEST_FORMAT = 1


@dataclass
class SweepSpec:
    """What to evaluate: the cells, how many problems and samples, and how problems are posed."""

    envs: list[str]
    difficulties: list[int]
    problems_per_cell: int = 20
    sampling: SamplingConfig = field(default_factory=SamplingConfig)
    seed: int = 0
    markers: str = "answer"
    system_prompt: str | None = DEFAULT_SYSTEM_PROMPT
    batch_size: int = 32
    pass_ks: list[int] | None = None
    #: > 1 runs single-turn environments in feedback mode (retries with the verdict's reason);
    #: multi-turn environments always run as conversations up to their own turn limit
    attempts: int = 1

    def __post_init__(self) -> None:
        if not self.envs:
            raise RlveError("a sweep needs at least one environment")
        if not self.difficulties:
            raise RlveError("a sweep needs at least one difficulty")
        if self.problems_per_cell < 1:
            raise RlveError(f"problems per cell must be >= 1, got {self.problems_per_cell}")
        if self.batch_size < 1:
            raise RlveError(f"batch size must be >= 1, got {self.batch_size}")
        if self.markers not in MARKERS:
            raise RlveError(f"markers must be one of {MARKERS}, got {self.markers!r}")
        if (
            isinstance(self.attempts, bool)
            or not isinstance(self.attempts, int)
            or self.attempts < 1
        ):
            raise RlveError(f"attempts must be an integer >= 1, got {self.attempts!r}")
        for name in self.envs:
            env_class(name)  # unknown names fail here, before any model is loaded
        if self.pass_ks is None:
            self.pass_ks = default_pass_ks(self.sampling.samples)
        bad = [k for k in self.pass_ks if not 1 <= k <= self.sampling.samples]
        if bad:
            raise RlveError(
                f"pass@k needs 1 <= k <= samples per problem ({self.sampling.samples}); got {bad}"
            )

    def identity(self, model: str) -> dict[str, Any]:
        """The settings that must not change between a run and its resumption."""
        return {
            "format": MANIFEST_FORMAT,
            "model": model,
            "sampling": self.sampling.to_dict(),
            "seed": self.seed,
            "markers": self.markers,
            "system_prompt": self.system_prompt,
            **({"attempts": self.attempts} if self.attempts != 1 else {}),
        }


@dataclass
class SweepResult:
    output_dir: Path
    cells: list[CellSummary]
    environments: dict[str, dict[str, Any]]
    generated_problems: int  # problems sampled in this run (0 when everything was already done)
    wall_time_s: float
    files: dict[str, Path]


def sample_seed(sampling_seed: int, env: str, difficulty: int, problem_index: int) -> int:
    """The sampling seed of one problem: independent of batching, so resumed runs match."""
    return stable_hash("rlve-sample", sampling_seed, env, difficulty, problem_index) % 2**31


def row_key(row: dict[str, Any]) -> tuple[str, int, int, int, int]:
    problem = row["problem"]
    return (
        row["env"],
        int(problem["version"]),
        int(row["difficulty"]),
        int(row["problem_index"]),
        int(row["sample_index"]),
    )


def _check_manifest(path: Path, identity: dict[str, Any], overwrite: bool) -> None:
    responses = path.parent / RESPONSES
    if path.exists() and not overwrite:
        try:
            previous = json.loads(path.read_text())
        except ValueError:
            raise RlveError(
                f"{path} is damaged; delete the directory or pass --overwrite"
            ) from None
        old = previous.get("identity", {})
        changed = sorted(k for k in set(old) | set(identity) if old.get(k) != identity.get(k))
        if changed:
            raise RlveError(
                f"{path.parent} holds a sweep with different {', '.join(changed)}; "
                "use another --output-dir, or --overwrite to discard it"
            )
    elif overwrite:
        for stale in (path, responses):
            if stale.exists():
                stale.unlink()
    elif responses.exists():
        raise RlveError(
            f"{responses} exists without {MANIFEST}; use another --output-dir or --overwrite"
        )


def _write_manifest(path: Path, identity: dict[str, Any], spec: SweepSpec) -> None:
    data = {
        "identity": identity,
        "last_request": {
            "envs": spec.envs,
            "difficulties": spec.difficulties,
            "problems_per_cell": spec.problems_per_cell,
            "batch_size": spec.batch_size,
            "pass_ks": spec.pass_ks,
        },
    }
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(data, indent=1))
    os.replace(tmp, path)


def load_done(
    responses: Path, spec: SweepSpec
) -> dict[tuple[str, int, int, int, int], dict[str, Any]]:
    """Rows already in ``responses`` that belong to this sweep's problems, by key (last one wins)."""
    if not responses.exists():
        return {}
    repair_tail(responses)
    rows = {}
    for row in read_jsonl_tolerant(responses):
        try:
            key = row_key(row)
            expected_seed = eval_seed(spec.seed, key[3])
            if int(row["problem"]["seed"]) != expected_seed:
                continue
        except (KeyError, TypeError, ValueError):
            raise RlveError(
                f"{responses} holds a row that is not a sweep row; use another --output-dir"
            ) from None
        rows[key] = row
    return rows


def pending_problems(
    spec: SweepSpec, done: dict[tuple[str, int, int, int, int], dict[str, Any]]
) -> list[tuple[str, int, int]]:
    """(env, difficulty, problem index) still missing at least one sample, in cell order."""
    todo = []
    k = spec.sampling.samples
    for name in spec.envs:
        version = env_class(name).version
        for d in spec.difficulties:
            for i in range(spec.problems_per_cell):
                if any((name, version, d, i, j) not in done for j in range(k)):
                    todo.append((name, d, i))
    return todo


def _batches(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def run_sweep(
    spec: SweepSpec,
    backend: Backend,
    output_dir: str | Path,
    *,
    overwrite: bool = False,
    progress: bool = True,
    plots: bool = True,
    on_batch: Callable[[int, int], None] | None = None,
) -> SweepResult:
    """Evaluate ``backend`` on every cell of ``spec``, writing outputs to ``output_dir``.

    ``on_batch(done_problems, total_problems)`` is called after each batch is on disk.
    """
    started = time.perf_counter()
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    manifest = output_dir / MANIFEST
    responses = output_dir / RESPONSES
    identity = spec.identity(backend.describe())
    _check_manifest(manifest, identity, overwrite)
    _write_manifest(manifest, identity, spec)

    done = load_done(responses, spec)
    todo = pending_problems(spec, done)
    total = len(spec.envs) * len(spec.difficulties) * spec.problems_per_cell
    envs = {name: make(name) for name in spec.envs}
    categories = {name: env_category(name) for name in spec.envs}

    bar = _progress_bar(progress, total, total - len(todo))
    finished = total - len(todo)
    try:
        for batch in _batches(todo, spec.batch_size):
            problems = [
                envs[name].generate(d, eval_seed(spec.seed, i), markers=spec.markers)
                for name, d, i in batch
            ]
            if bar is not None:
                first, last = batch[0], batch[-1]
                bar.describe(
                    f"{first[0]} d={first[1]}"
                    + (f" .. {last[0]} d={last[1]}" if last[:2] != first[:2] else "")
                )
            seeds = [sample_seed(spec.seed, name, d, i) for name, d, i in batch]
            if any(_is_multi_turn(envs[name], spec) for name, _, _ in batch):
                rows = _episode_rows(spec, backend, envs, categories, batch, problems, seeds)
            else:
                rows = _single_turn_rows(spec, backend, envs, categories, batch, problems, seeds)
            append_rows(responses, rows)
            for row in rows:
                done[row_key(row)] = row
            finished += len(batch)
            if bar is not None:
                bar.advance(len(batch))
            if on_batch is not None:
                on_batch(finished, total)
    finally:
        if bar is not None:
            bar.stop()
    return _finish(spec, done, identity, output_dir, manifest, responses, todo, plots, started)


def _is_multi_turn(env: Any, spec: SweepSpec) -> bool:
    return bool(getattr(env, "interactive", False)) or spec.attempts > 1


def _single_turn_rows(spec, backend, envs, categories, batch, problems, seeds) -> list[dict]:
    k = spec.sampling.samples
    conversations = [chat_messages(p, spec.system_prompt) for p in problems]
    completions = backend.generate(conversations, spec.sampling, seeds)
    if len(completions) != len(batch) or any(len(c) != k for c in completions):
        raise RlveError(
            f"the backend returned the wrong number of completions (expected {k} per problem)"
        )
    rows = []
    for (name, d, i), problem, samples in zip(batch, problems, completions, strict=True):
        verdicts = envs[name].verify_batch(problem, [c.text for c in samples])
        problem_dict = problem.to_dict()
        for j, (completion, verdict) in enumerate(zip(samples, verdicts, strict=True)):
            rows.append(
                {
                    "env": name,
                    "category": categories[name],
                    "difficulty": d,
                    "problem_index": i,
                    "sample_index": j,
                    "problem": problem_dict,
                    "response": completion.text,
                    "response_chars": len(completion.text),
                    "response_tokens": completion.tokens,
                    "finish_reason": completion.finish_reason,
                    "verdict": verdict.to_dict(),
                }
            )
    return rows


def _episode_rows(spec, backend, envs, categories, batch, problems, seeds) -> list[dict]:
    """Play every (problem, sample) as a conversation: the model's turn, the environment's
    feedback as the next user message, until the episode ends (its turn limit bounds the loop).
    Each turn is sampled once per live episode, with a seed derived from the sample and turn."""
    from dataclasses import replace

    from ..interactive import feedback_episode

    one = replace(spec.sampling, samples=1)
    live = []  # [episode, conversation, turns, tokens, row fields]
    for (name, d, i), problem, seed in zip(batch, problems, seeds, strict=True):
        for j in range(spec.sampling.samples):
            episode = feedback_episode(envs[name], problem, attempts=spec.attempts)
            conversation = chat_messages(problem, spec.system_prompt)
            conversation[-1] = {**conversation[-1], "content": episode.observation}
            fields = {"env": name, "d": d, "i": i, "j": j, "problem": problem, "seed": seed}
            live.append([episode, conversation, [], 0, fields])
    turn = 0
    while True:
        active = [e for e in live if not e[0].done]
        if not active:
            break
        seeds_now = [
            stable_hash("rlve-turn", e[4]["seed"], e[4]["j"], turn) % 2**31 for e in active
        ]
        completions = backend.generate([e[1] for e in active], one, seeds_now)
        if len(completions) != len(active) or any(len(c) != 1 for c in completions):
            raise RlveError("the backend returned the wrong number of completions (expected 1)")
        for entry, (completion,) in zip(active, completions, strict=True):
            episode, conversation, turns = entry[0], entry[1], entry[2]
            result = episode.step(completion.text)
            turns.append(completion.text)
            entry[3] += completion.tokens or 0
            conversation.append({"role": "assistant", "content": completion.text})
            conversation.append({"role": "user", "content": result.observation})
        turn += 1
    rows = []
    for episode, _, turns, tokens, f in live:
        name = f["env"]
        rows.append(
            {
                "env": name,
                "category": categories[name],
                "difficulty": f["d"],
                "problem_index": f["i"],
                "sample_index": f["j"],
                "problem": f["problem"].to_dict(),
                "response": json.dumps(turns),
                "response_chars": sum(len(t) for t in turns),
                "response_tokens": tokens,
                "finish_reason": "episode",
                "turns": len(turns),
                "verdict": episode.verdict().to_dict(),
            }
        )
    return rows


def _finish(spec, done, identity, output_dir, manifest, responses, todo, plots, started):
    k = spec.sampling.samples
    wanted = {
        (name, env_class(name).version, d, i, j)
        for name in spec.envs
        for d in spec.difficulties
        for i in range(spec.problems_per_cell)
        for j in range(k)
    }
    selected = [row for key, row in done.items() if key in wanted]
    cells, environments = summarise_rows(selected, spec.pass_ks or [1])
    files = write_outputs(
        output_dir,
        cells,
        environments,
        meta={
            "identity": identity,
            "problems_per_cell": spec.problems_per_cell,
            "difficulties": spec.difficulties,
        },
        plots=plots,
    )
    return SweepResult(
        output_dir=output_dir,
        cells=cells,
        environments=environments,
        generated_problems=len(todo),
        wall_time_s=time.perf_counter() - started,
        files={"manifest": manifest, "responses": responses, **files},
    )


class _RichBar:
    """A rich progress bar with a rate and an ETA; created only when progress output is wanted."""

    def __init__(self, total: int, completed: int) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.progress = Progress(
            TextColumn("[bold]sweep[/]"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("problems"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            TextColumn("{task.description}"),
        )
        self.task = self.progress.add_task("", total=total, completed=completed)
        self.progress.start()

    def describe(self, text: str) -> None:
        self.progress.update(self.task, description=text)

    def advance(self, amount: int) -> None:
        self.progress.advance(self.task, amount)

    def stop(self) -> None:
        self.progress.stop()


def _progress_bar(enabled: bool, total: int, completed: int) -> _RichBar | None:
    return _RichBar(total, completed) if enabled else None
