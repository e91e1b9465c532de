"""rlve-gym's adaptive curriculum in veRL (0.7.x): a dataset of problem keys, a curriculum sampler
that picks its rows, and the reward function that verifies them.

    rlve-gym export-verl-curriculum -o data/rlve-verl --envs arithmetic --max-difficulty 12
    python -m verl.trainer.main_ppo --config-path=$PWD/configs/verl \\
        --config-name=grpo_rlve_curriculum actor_rollout_ref.model.path=Qwen/Qwen2.5-1.5B-Instruct

The pieces (docs/training.md, "veRL", has the recipe; configs/verl/grpo_rlve_curriculum.yaml the
config):

1. **The dataset** (``write_curriculum_dataset``, ``rlve-gym export-verl-curriculum``): a parquet
   file in the layout veRL's ``RLHFDataset`` reads, with K problems for every environment and
   difficulty 0..D. A row's ground truth is a *problem key* (environment, version, difficulty,
   seed, markers as JSON), never the answer; the problem regenerates from its key anywhere.
2. **The sampler** (``RlveCurriculumSampler``, for ``data.sampler.class_path`` /
   ``class_name``): veRL asks it for row indices; it asks the curriculum for the next
   (environment, difficulty) and hands out the rows of that bucket in turn. Its options live
   under ``data.sampler`` next to ``class_path``.
3. **The reward function** (``compute_score``, for ``reward.custom_reward_function``): regenerates
   the problem from the key (or reads a whole serialised problem, as ``rlve-gym export --format
   verl`` writes for validation sets), verifies the response with ``env.verify`` and returns a
   dict: ``score`` (the reward), ``acc``, ``format_ok``, ``verdict_score``, ``rlve_error`` and
   ``reason``; veRL puts every key of it into the batch.

How verdicts reach the curriculum
---------------------------------
veRL calls ``sampler.update(batch)`` at the end of every step of ``RayPPOTrainer.fit``, with every
sample of the step. By default the sampler reads the verdicts from that batch (grouped by veRL's
``uid``, one group per prompt). Two things escape this path, and the *verdict log* covers both:

- trainers that drop groups before ``update`` or never call it (the DAPO recipe's dynamic
  sampling, ``algorithm.filter_groups``, filters all-equal groups out of the batch and its
  ``fit`` has no ``update`` call);
- the step that a checkpoint is taken in: veRL saves the dataloader (and with it this sampler's
  state) *before* that step's ``update``, so a resumed run would lack that step's verdicts.

With ``verdict_log: DIR`` set for the sampler and the reward function (``reward_kwargs``, or the
``RLVE_VERDICT_LOG`` environment variable), the reward function appends each verdict on a
curriculum row to ``DIR/<host>-<pid>.jsonl`` (one file per reward worker process), and the
sampler reads everything new before it hands out each batch, in ``update`` and in
``state_dict``. So every scored sample counts, filtered or not, and a checkpoint holds every
verdict up to the moment it was written: a resumed run draws exactly what the uninterrupted run
drew. Only verdicts on rows the sampler handed out since its previous read count (a validation
pass over the same rows, or a stale file, is ignored). Every reward worker must see DIR: one
machine, or a shared filesystem.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import socket
import threading
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from rlve_gym.curriculum import Curriculum, CurriculumConfig, GroupResult, resolve_env_names
from rlve_gym.environment import INTERNAL_ERROR_PREFIX, Environment
from rlve_gym.errors import ConfigError, RlveError
from rlve_gym.problem import Problem, Verdict
from rlve_gym.prompts import DEFAULT_SYSTEM_PROMPT, chat_messages
from rlve_gym.registry import make
from rlve_gym.rng import stable_hash
from rlve_gym.trainers.rewards import REWARD_SCHEMES, reward_from_verdict

logger = logging.getLogger(__name__)

DATA_SOURCE = "rlve_gym"
STATE_VERSION = 1
VERDICT_LOG_ENV = "RLVE_VERDICT_LOG"
REWARD_SCHEME_ENV = "RLVE_REWARD_SCHEME"
#: the keys of ``data.sampler`` this sampler reads (besides veRL's class_path / class_name)
SAMPLER_OPTIONS = (
    "envs",
    "seed",
    "curriculum",
    "verdict_log",
    "samples_per_epoch",
    "metrics_file",
)
_REASON_CHARS = 200


# ---------------------------------------------------------------------------------------------
# problem keys


@dataclass(frozen=True)
class ProblemKey:
    """Everything needed to regenerate one problem: what a dataset row stores instead of it."""

    env: str
    version: int
    difficulty: int
    seed: int
    markers: str = "answer"

    def to_json(self) -> str:
        return json.dumps(
            {
                "env": self.env,
                "version": self.version,
                "difficulty": self.difficulty,
                "seed": self.seed,
                "markers": self.markers,
            },
            separators=(",", ":"),
        )

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> ProblemKey:
        try:
            key = cls(
                str(data["env"]),
                int(data["version"]),
                int(data["difficulty"]),
                int(data["seed"]),
                str(data.get("markers") or "answer"),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise RlveError(
                f"a problem key needs env, version, difficulty and seed, got {dict(data)!r:.200} ({exc})"
            ) from None
        return key

    @property
    def cell(self) -> tuple[str, int, int]:
        """(environment, difficulty, seed): how the curriculum names this problem."""
        return (self.env, self.difficulty, self.seed)


def training_seed(base_seed: int, index: int) -> int:
    """Seed of problem ``index`` of every (environment, difficulty) bucket of a curriculum
    dataset. Hashed apart from the evaluation seeds, so training never sees an evaluation
    problem exported with ``rlve-gym export``."""
    return stable_hash("rlve-verl-curriculum", base_seed, index) % 2**63


_ENVS: dict[str, Environment] = {}
_ENVS_LOCK = threading.Lock()


def _environment(name: str) -> Environment:
    env = _ENVS.get(name)
    if env is None:
        with _ENVS_LOCK:
            env = _ENVS.get(name)
            if env is None:
                env = _ENVS[name] = make(name)
    return env


@lru_cache(maxsize=8192)
def _problem_for_key(key: ProblemKey) -> Problem:
    env = _environment(key.env)
    if env.version != key.version:
        raise RlveError(
            f"the dataset row is a problem of {key.env} v{key.version}, but v{env.version} is "
            "installed; export the dataset again with this rlve-gym version"
        )
    return env.generate(difficulty=key.difficulty, seed=key.seed, markers=key.markers)


@lru_cache(maxsize=8192)
def _parse_ground_truth(text: str) -> ProblemKey | Problem:
    data = json.loads(text)
    if not isinstance(data, dict):
        raise RlveError(f"ground truth must be a JSON object, got {type(data).__name__}")
    if "env_name" in data:  # a whole serialised problem (rlve-gym export --format verl)
        return Problem.from_dict(data)
    return ProblemKey.from_mapping(data)


def problem_from_ground_truth(ground_truth: Any) -> tuple[Problem, ProblemKey | None]:
    """The problem a row names, and its key when the row stores a key (a curriculum row)."""
    if isinstance(ground_truth, (bytes, bytearray)):
        ground_truth = ground_truth.decode()
    if isinstance(ground_truth, Mapping):
        ground_truth = json.dumps(dict(ground_truth), sort_keys=True)
    if not isinstance(ground_truth, str):
        raise RlveError(
            f"ground truth must be an rlve-gym problem key or problem as JSON, got {type(ground_truth).__name__}"
        )
    parsed = _parse_ground_truth(ground_truth)
    if isinstance(parsed, Problem):
        return parsed, None
    return _problem_for_key(parsed), parsed


# ---------------------------------------------------------------------------------------------
# the dataset


def curriculum_rows(
    envs: Sequence[str],
    max_difficulty: int,
    problems: int,
    seed: int = 0,
    markers: str = "answer",
    system_prompt: str | None = DEFAULT_SYSTEM_PROMPT,
) -> Iterator[dict[str, Any]]:
    """veRL rows for every environment, difficulty 0..max_difficulty and problem 0..problems-1.

    An environment that stops below ``max_difficulty`` (``Environment.max_difficulty``) gets its
    levels only. The prompt is the chat the model sees; ``reward_model.ground_truth`` is the
    problem key; ``extra_info`` repeats env/difficulty/seed for the sampler.
    """
    if (
        isinstance(max_difficulty, bool)
        or not isinstance(max_difficulty, int)
        or max_difficulty < 0
    ):
        raise RlveError(f"max_difficulty must be an integer >= 0, got {max_difficulty!r}")
    if isinstance(problems, bool) or not isinstance(problems, int) or problems < 1:
        raise RlveError(f"problems per (environment, difficulty) must be >= 1, got {problems!r}")
    seeds = [training_seed(seed, k) for k in range(problems)]
    index = 0
    for name in envs:
        env = _environment(name)
        top = (
            max_difficulty
            if env.max_difficulty is None
            else min(max_difficulty, env.max_difficulty)
        )
        for difficulty in range(top + 1):
            for problem_seed in seeds:
                key = ProblemKey(name, env.version, difficulty, problem_seed, markers)
                try:
                    problem = env.generate(
                        difficulty=difficulty, seed=problem_seed, markers=markers
                    )
                except Exception as exc:
                    raise RlveError(
                        f"{name} failed to generate difficulty {difficulty}, seed {problem_seed}: "
                        f"{type(exc).__name__}: {exc}"
                    ) from exc
                yield {
                    "data_source": DATA_SOURCE,
                    "prompt": chat_messages(problem, system_prompt),
                    "ability": env.category,
                    "reward_model": {"style": "rule", "ground_truth": key.to_json()},
                    "extra_info": {
                        "index": index,
                        "env": name,
                        "difficulty": difficulty,
                        "seed": problem_seed,
                        "split": "train",
                    },
                }
                index += 1


def training_envs(envs: Any) -> list[str]:
    """Single-turn environments from names, categories or ``"all"`` (the default training mix).

    Multi-turn (interactive) environments need a rollout loop with tools and are left out of
    ``"all"`` and categories; naming one is an error.
    """
    if isinstance(envs, str):
        envs = [e.strip() for e in envs.split(",") if e.strip()]
    names = resolve_env_names(envs)
    named = set(envs) if isinstance(envs, (list, tuple)) else set()
    chosen = []
    for name in names:
        if getattr(_environment(name), "interactive", False):
            if name in named:
                raise RlveError(
                    f"{name} is a multi-turn environment; the veRL curriculum serves single-turn tasks"
                )
            continue
        chosen.append(name)
    if not chosen:
        raise RlveError(f"no single-turn environment in {envs!r}")
    return chosen


def write_curriculum_parquet(path: str | Path, rows: Iterable[Mapping[str, Any]]) -> int:
    """Write rows (``curriculum_rows``) to one parquet file in chunks; returns the row count."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise RlveError(
            f"writing parquet needs pyarrow ({exc}); pip install pyarrow (or datasets)"
        ) from None
    schema = pa.schema(
        [
            ("data_source", pa.string()),
            ("prompt", pa.list_(pa.struct([("role", pa.string()), ("content", pa.string())]))),
            ("ability", pa.string()),
            ("reward_model", pa.struct([("style", pa.string()), ("ground_truth", pa.string())])),
            (
                "extra_info",
                pa.struct(
                    [
                        ("index", pa.int64()),
                        ("env", pa.string()),
                        ("difficulty", pa.int64()),
                        ("seed", pa.int64()),
                        ("split", pa.string()),
                    ]
                ),
            ),
        ]
    )
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    chunk: list[Mapping[str, Any]] = []
    with pq.ParquetWriter(str(path), schema) as writer:
        for row in rows:
            chunk.append(row)
            if len(chunk) == 4096:
                writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                count += len(chunk)
                chunk = []
        if chunk or count == 0:
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
            count += len(chunk)
    return count


@dataclass
class CurriculumDataset:
    """What ``write_curriculum_dataset`` wrote."""

    train_path: Path
    train_rows: int
    val_path: Path | None
    val_rows: int
    envs: list[str]


def write_curriculum_dataset(
    output_dir: str | Path,
    envs: Any = "all",
    max_difficulty: int = 10,
    problems: int = 64,
    seed: int = 0,
    markers: str = "answer",
    system_prompt: str | None = DEFAULT_SYSTEM_PROMPT,
    val_problems: int = 4,
) -> CurriculumDataset:
    """``train.parquet`` (problem keys for the curriculum sampler) and, unless ``val_problems``
    is 0, ``val.parquet``: a small fixed evaluation set (whole problems, ``rlve-gym export``'s
    seeds) over the same environments and difficulties, for veRL's validation."""
    if markers not in ("answer", "boxed"):
        raise RlveError(f"markers must be answer or boxed, got {markers!r}")
    names = training_envs(envs)
    out = Path(output_dir)
    train_path = out / "train.parquet"
    train_rows = write_curriculum_parquet(
        train_path, curriculum_rows(names, max_difficulty, problems, seed, markers, system_prompt)
    )
    val_path, val_rows = None, 0
    if val_problems:
        from rlve_gym.evaluation.export import eval_set_rows, save_verl_parquet

        rows = []
        for name in names:
            cap = _environment(name).max_difficulty
            top = max_difficulty if cap is None else min(max_difficulty, cap)
            rows.extend(
                eval_set_rows([name], range(top + 1), val_problems, seed, markers, system_prompt)
            )
        val_path = save_verl_parquet(out / "val.parquet", rows, DATA_SOURCE)
        val_rows = len(rows)
    return CurriculumDataset(train_path, train_rows, val_path, val_rows, names)


# ---------------------------------------------------------------------------------------------
# the reward function


def _scheme(explicit: str | None) -> str:
    scheme = explicit or os.environ.get(REWARD_SCHEME_ENV) or "binary"
    if scheme not in REWARD_SCHEMES:
        raise ConfigError(
            f"reward scheme must be one of {', '.join(REWARD_SCHEMES)}, got {scheme!r} "
            f"(reward_kwargs.scheme or {REWARD_SCHEME_ENV})"
        )
    return scheme


class _VerdictLogWriter:
    """Appends verdicts to ``DIR/<host>-<pid>.jsonl``: one file per process, one write per line."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._files: dict[tuple[str, int], int] = {}
        self._failed: set[str] = set()

    def append(self, directory: str, record: Mapping[str, Any]) -> None:
        line = (json.dumps(record, separators=(",", ":")) + "\n").encode()
        pid = os.getpid()
        with self._lock:
            try:
                fd = self._files.get((directory, pid))
                if fd is None:
                    os.makedirs(directory, exist_ok=True)
                    name = f"{socket.gethostname()}-{pid}.jsonl"
                    fd = os.open(
                        os.path.join(directory, name), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644
                    )
                    self._files[(directory, pid)] = fd
                os.write(fd, line)
            except OSError as exc:
                if directory not in self._failed:
                    self._failed.add(directory)
                    logger.error(
                        "cannot append verdicts to %s (%s); the curriculum will not see them",
                        directory,
                        exc,
                    )


_VERDICT_LOG = _VerdictLogWriter()


def compute_score(
    data_source: str,
    solution_str: str,
    ground_truth: Any,
    extra_info: Mapping[str, Any] | None = None,
    scheme: str | None = None,
    verdict_log: str | None = None,
    **kwargs: Any,
) -> dict[str, Any]:
    """veRL's custom reward function (``reward.custom_reward_function``).

    ``ground_truth`` is a problem key (a curriculum row) or a whole serialised problem (a static
    export). ``scheme`` (``binary`` default, ``partial``, ``shaped``) and ``verdict_log`` come from
    ``reward_kwargs`` or the ``RLVE_REWARD_SCHEME`` / ``RLVE_VERDICT_LOG`` environment variables.

    Returns ``score`` (the reward veRL optimises), ``acc`` (1.0 when correct; veRL reports it as
    the core validation metric), ``format_ok``, ``verdict_score`` (the verdict's partial credit),
    ``rlve_error`` and ``reason``. It does not raise for anything a row or a response can hold:
    an unreadable ground truth, an environment version that differs from the dataset's, or a
    verifier bug gives reward 0.0 with ``rlve_error`` 1.0 and the reason, logged, and the curriculum
    leaves that sample out. Only an unknown reward scheme (a config mistake) raises.
    """
    reward_scheme = _scheme(scheme)
    key: ProblemKey | None = None
    try:
        problem, key = problem_from_ground_truth(ground_truth)
        verdict = _environment(problem.env_name).verify(problem, solution_str)
    except Exception as exc:  # a bad row or a library bug must not stop a training step
        reason = f"{INTERNAL_ERROR_PREFIX}: {type(exc).__name__}: {exc}"
        logger.warning("rlve-gym reward: %s (data_source %s)", reason, data_source)
        verdict = Verdict(False, False, 0.0, reason)
    internal = verdict.reason.startswith(INTERNAL_ERROR_PREFIX)
    reward = 0.0 if internal else reward_from_verdict(verdict, reward_scheme)
    directory = verdict_log or os.environ.get(VERDICT_LOG_ENV)
    if directory and key is not None:
        _VERDICT_LOG.append(
            directory,
            {
                "env": key.env,
                "difficulty": key.difficulty,
                "seed": key.seed,
                "correct": int(verdict.correct),
                "score": float(verdict.score),
                "error": int(internal),
            },
        )
    return {
        "score": float(reward),
        "acc": float(verdict.correct),
        "format_ok": float(verdict.format_ok),
        "verdict_score": float(verdict.score),
        "rlve_error": float(internal),
        "reason": verdict.reason[:_REASON_CHARS],
    }


# ---------------------------------------------------------------------------------------------
# the verdict log, reader side


class VerdictLogReader:
    """Reads what the reward workers appended to a verdict log directory since the last read."""

    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)
        if not self.directory.is_absolute():
            logger.warning(
                "verdict_log %s is a relative path; reward workers may resolve it from another "
                "working directory: give an absolute path",
                directory,
            )
        self.directory.mkdir(parents=True, exist_ok=True)
        self._offsets: dict[str, int] = {}

    def _files(self) -> list[Path]:
        return sorted(self.directory.glob("*.jsonl"))

    def skip_existing(self) -> int:
        """Treat everything written so far as read (stale runs, or steps after a checkpoint);
        returns how many verdicts that skips."""
        skipped = 0
        for path in self._files():
            size = path.stat().st_size
            offset = self._offsets.get(path.name, 0)
            if size > offset:
                with open(path, "rb") as handle:
                    handle.seek(offset)
                    skipped += handle.read(size - offset).count(b"\n")
            self._offsets[path.name] = size
        return skipped

    def read_new(self) -> list[dict[str, Any]]:
        """Complete lines written since the last call (a line being written stays for the next)."""
        records: list[dict[str, Any]] = []
        for path in self._files():
            offset = self._offsets.get(path.name, 0)
            with open(path, "rb") as handle:
                handle.seek(offset)
                data = handle.read()
            end = data.rfind(b"\n") + 1
            if not end:
                continue
            self._offsets[path.name] = offset + end
            for line in data[:end].splitlines():
                try:
                    record = json.loads(line)
                    records.append(
                        {
                            "env": str(record["env"]),
                            "difficulty": int(record["difficulty"]),
                            "seed": int(record["seed"]),
                            "correct": bool(record["correct"]),
                            "score": float(record["score"]),
                            "error": bool(record.get("error", False)),
                        }
                    )
                except (ValueError, KeyError, TypeError):
                    logger.warning("%s: skipping a malformed verdict line %r", path, line[:120])
        return records


# ---------------------------------------------------------------------------------------------
# the sampler


def _plain(value: Any) -> Any:
    """OmegaConf containers (or any mapping / sequence) as plain dicts and lists."""
    if isinstance(value, Mapping) or (hasattr(value, "items") and hasattr(value, "keys")):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, Sequence) and not isinstance(value, (str, bytes)):
        return [_plain(v) for v in value]
    return value


def _config_get(config: Any, key: str, default: Any = None) -> Any:
    if config is None:
        return default
    if isinstance(config, Mapping) or hasattr(config, "get"):
        value = config.get(key, default)
        return default if value is None else value
    return getattr(config, key, default)


def _row_cell(info: Any) -> tuple[str, int, int] | None:
    """(env, difficulty, seed) from a row's ``extra_info``, or None for a row that is not ours."""
    if not isinstance(info, Mapping) and not hasattr(info, "get"):
        return None
    env, difficulty, seed = info.get("env"), info.get("difficulty"), info.get("seed")
    if env is None or difficulty is None or seed is None:
        return None
    return (str(env), int(difficulty), int(seed))


def _dataset_cells(data_source: Any) -> list[tuple[str, int, int]]:
    """The (env, difficulty, seed) of every dataset position, read without building samples."""
    frame = getattr(data_source, "dataframe", None)
    if frame is not None and "extra_info" in getattr(frame, "column_names", ()):
        infos: Iterable[Any] = frame["extra_info"]
    else:
        infos = (data_source[i]["extra_info"] for i in range(len(data_source)))
    cells = []
    for position, info in enumerate(infos):
        cell = _row_cell(info)
        if cell is None:
            raise ConfigError(
                f"dataset row {position} has no rlve-gym problem key in extra_info (env, "
                "difficulty, seed); the curriculum sampler needs train_files written by "
                "`rlve-gym export-verl-curriculum`"
            )
        cells.append(cell)
    if not cells:
        raise ConfigError("the training dataset is empty")
    return cells


class CurriculumSampler:
    """Row indices that follow the adaptive curriculum; trainer-agnostic core of
    ``RlveCurriculumSampler`` (which adds veRL's base class).

    Args:
        data_source: the training dataset (veRL's ``RLHFDataset`` over the exported parquet, or
            any sequence of rows with ``extra_info``).
        data_config: veRL's ``data`` config; the options are read from ``data_config.sampler``:

            - ``envs``: environment names or categories (default: every one in the dataset);
            - ``curriculum``: ``CurriculumConfig`` options or a YAML path; ``max_difficulty``
              defaults to the highest level in the dataset;
            - ``seed``: the curriculum seed (default ``data.seed``, else 0);
            - ``verdict_log``: the verdict log directory (see the module docstring);
            - ``samples_per_epoch``: prompts per epoch (default: the dataset's size), rounded
              down to whole batches;
            - ``metrics_file``: a JSON-lines file that gets ``metrics()`` after every recording.
    """

    def __init__(self, data_source: Any, data_config: Any) -> None:
        options = _plain(_config_get(data_config, "sampler", {}) or {})
        if not isinstance(options, dict):
            raise ConfigError(f"data.sampler must be a mapping, got {type(options).__name__}")
        unknown = sorted(set(options) - set(SAMPLER_OPTIONS) - {"class_path", "class_name"})
        if unknown:
            raise ConfigError(
                f"data.sampler: unknown option(s) {', '.join(unknown)}; known: {', '.join(SAMPLER_OPTIONS)}"
            )
        cells = _dataset_cells(data_source)
        self._cells = cells
        self._buckets: dict[tuple[str, int], list[int]] = {}
        for position, (env, difficulty, _) in enumerate(cells):
            self._buckets.setdefault((env, difficulty), []).append(position)
        self._levels: dict[str, list[int]] = {}
        for env, difficulty in sorted(self._buckets):
            self._levels.setdefault(env, []).append(difficulty)

        in_data = sorted(self._levels)
        if options.get("envs") is None:
            names = in_data
        else:
            names = resolve_env_names(options["envs"])
            missing = [n for n in names if n not in self._levels]
            if missing:
                raise ConfigError(
                    f"data.sampler.envs names {', '.join(missing[:10])}, which the dataset has no "
                    f"rows for (it has: {', '.join(in_data[:10])}{', ...' if len(in_data) > 10 else ''})"
                )
        config = CurriculumConfig.coerce(options.get("curriculum"))
        if config.max_difficulty is None:
            top = max(max(self._levels[n]) for n in names)
            config = CurriculumConfig.coerce({**config.model_dump(), "max_difficulty": top})
        seed = options.get("seed")
        if seed is None:
            seed = _config_get(data_config, "seed", 0)
        self.curriculum = Curriculum(names, config=config, seed=int(seed))

        batch = _config_get(data_config, "gen_batch_size") or _config_get(
            data_config, "train_batch_size"
        )
        self.batch_size = int(batch) if batch else None
        per_epoch = int(options.get("samples_per_epoch") or len(cells))
        if self.batch_size:
            per_epoch = max(per_epoch // self.batch_size, 1) * self.batch_size
        self._length = per_epoch

        self._cursors: dict[tuple[str, int], int] = {}
        self._window: set[tuple[str, int, int]] = set()
        self._seen_since_update: set[tuple[str, int, int]] = set()
        self._updated_since_fetch = True
        self._clamp_warned: set[tuple[str, int]] = set()
        self.stats = {
            "draws": 0,
            "draws_clamped": 0,
            "groups_recorded": 0,
            "samples_recorded": 0,
            "error_samples": 0,
            "foreign_verdicts": 0,
            "inconsistent_groups": 0,
            "groups_without_log_verdicts": 0,
        }
        self._metrics_file = options.get("metrics_file")
        directory = options.get("verdict_log")
        self._log = VerdictLogReader(directory) if directory else None
        if self._log is not None:
            stale = self._log.skip_existing()
            if stale:
                logger.warning(
                    "verdict log %s already holds %d verdicts from an earlier run; ignoring them",
                    directory,
                    stale,
                )
        self._fingerprint = self._dataset_fingerprint()

    # ------------------------------------------------------------------ torch Sampler
    def __len__(self) -> int:
        return self._length

    def __iter__(self) -> Iterator[int]:
        return _CurriculumIterator(self)

    def _next_index(self, position: int) -> int:
        if self.batch_size and position % self.batch_size == 0:
            if not self._updated_since_fetch:  # a trainer that never calls update (DAPO)
                self._seen_since_update.clear()
            self._updated_since_fetch = False
            self._read_log()
        draw = self.curriculum.draw(1)[0]
        difficulty = self._served_level(draw.env_name, draw.difficulty)
        bucket = self._buckets[(draw.env_name, difficulty)]
        cursor = self._cursors.get((draw.env_name, difficulty), 0)
        self._cursors[(draw.env_name, difficulty)] = cursor + 1
        index = bucket[cursor % len(bucket)]
        self._window.add(self._cells[index])
        self.stats["draws"] += 1
        return index

    def _served_level(self, env: str, difficulty: int) -> int:
        """The dataset level closest below the drawn one (above, if none is below)."""
        if (env, difficulty) in self._buckets:
            return difficulty
        levels = self._levels[env]
        below = [level for level in levels if level < difficulty]
        served = below[-1] if below else levels[0]
        self.stats["draws_clamped"] += 1
        if (env, difficulty) not in self._clamp_warned:
            self._clamp_warned.add((env, difficulty))
            logger.warning(
                "%s: the curriculum drew difficulty %d, which the dataset does not hold (it has "
                "%s); serving %d instead. Export more levels (--max-difficulty) or set "
                "curriculum.max_difficulty",
                env,
                difficulty,
                _level_ranges(levels),
                served,
            )
        return served

    # ------------------------------------------------------------------ verdicts
    def update(self, batch: Any) -> None:
        """veRL's hook after each training step: record the step's verdicts.

        Without a verdict log, the verdicts come from ``batch`` (``extra_info`` names each
        sample's problem, ``uid`` its group, ``acc`` / ``verdict_score`` / ``rlve_error`` from
        ``compute_score`` its verdict; without ``acc``, a sample is correct when its reward
        ``token_level_scores.sum(-1)`` is >= 1). With one, they come from the log, and the batch
        only checks that the log saw the batch's groups.
        """
        if self._log is not None:
            self._read_log()
            missing = {
                cell
                for cell in _batch_cells(batch)
                if cell is not None and cell not in self._seen_since_update
            }
            if missing:
                self.stats["groups_without_log_verdicts"] += len(missing)
                logger.warning(
                    "%d groups of this step reached update() without verdicts in the verdict "
                    "log %s: set reward.custom_reward_function.reward_kwargs.verdict_log (or "
                    "%s) to the sampler's verdict_log",
                    len(missing),
                    self._log.directory,
                    VERDICT_LOG_ENV,
                )
            self._seen_since_update = set()
            self._updated_since_fetch = True
            return
        self._record(self._groups_from_batch(batch))

    def _groups_from_batch(self, batch: Any) -> list[GroupResult]:
        columns = batch.non_tensor_batch
        infos, uids = columns.get("extra_info"), columns.get("uid")
        if infos is None or uids is None:
            raise RlveError(
                "the batch has no extra_info / uid columns; update() expects the batch veRL's "
                "RayPPOTrainer passes (rows from `rlve-gym export-verl-curriculum`)"
            )
        acc = columns.get("acc")
        if acc is not None:
            correct = [bool(float(a)) for a in acc]
            scores = columns.get("verdict_score")
            scores = (
                [float(s) for s in scores] if scores is not None else [float(c) for c in correct]
            )
        else:
            rewards = batch.batch["token_level_scores"].sum(-1).tolist()
            correct = [r >= 1.0 - 1e-6 for r in rewards]
            scores = [float(r) for r in rewards]
        errors = columns.get("rlve_error")
        groups: dict[Any, tuple[tuple[str, int, int], list[bool], list[float]]] = {}
        bad: set[Any] = set()
        for i, (info, uid) in enumerate(zip(infos, uids, strict=True)):
            cell = _row_cell(info)
            if cell is None:
                continue
            group = groups.setdefault(uid, (cell, [], []))
            if group[0] != cell:
                bad.add(uid)
                continue
            if errors is not None and float(errors[i]):
                self.stats["error_samples"] += 1
                continue
            group[1].append(correct[i])
            group[2].append(scores[i])
        if bad:
            self.stats["inconsistent_groups"] += len(bad)
            logger.error(
                "%d groups of this batch mix samples of different problems under one uid; "
                "leaving them out of the curriculum",
                len(bad),
            )
        return [
            GroupResult(cell[0], cell[1], cell[2], c, s)
            for uid, (cell, c, s) in groups.items()
            if uid not in bad and c
        ]

    def _read_log(self) -> None:
        """Record the verdicts the reward workers logged since the last read (verdict log only)."""
        if self._log is None:
            return
        window, self._window = self._window, set()
        parts: dict[tuple[str, int, int], tuple[list[bool], list[float]]] = {}
        for record in self._log.read_new():
            cell = (record["env"], record["difficulty"], record["seed"])
            if cell not in window:
                self.stats["foreign_verdicts"] += 1
                continue
            self._seen_since_update.add(cell)
            if record["error"]:
                self.stats["error_samples"] += 1
                continue
            correct, scores = parts.setdefault(cell, ([], []))
            correct.append(record["correct"])
            scores.append(record["score"])
        self._record(
            [GroupResult(cell[0], cell[1], cell[2], c, s) for cell, (c, s) in parts.items()]
        )

    def _record(self, groups: list[GroupResult]) -> None:
        if not groups:
            return
        before = self.curriculum.frontiers()
        # one group at a time, in an order that does not depend on uids or arrival: two groups
        # of the same problem in one step stay two groups
        for group in sorted(
            groups, key=lambda g: (g.env_name, g.difficulty, g.seed, g.correct, g.scores)
        ):
            self.curriculum.record_results([group])
        self.stats["groups_recorded"] += len(groups)
        self.stats["samples_recorded"] += sum(g.size for g in groups)
        after = self.curriculum.frontiers()
        for name, level in after.items():
            if level != before[name]:
                logger.info(
                    "rlve-gym curriculum: %s difficulty %d -> %d", name, before[name], level
                )
        if self._metrics_file:
            path = Path(self._metrics_file)
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "a", encoding="utf-8") as handle:
                handle.write(json.dumps({"time": time.time(), **self.metrics()}) + "\n")

    def metrics(self) -> dict[str, float]:
        """The curriculum's metrics (``curriculum/<env>/difficulty`` ...) and the sampler's counters."""
        out = self.curriculum.metrics()
        out.update({f"rlve_sampler/{k}": float(v) for k, v in self.stats.items()})
        return out

    # ------------------------------------------------------------------ state
    def _dataset_fingerprint(self) -> str:
        digest = hashlib.blake2b(digest_size=8)
        for env, difficulty, seed in self._cells:
            digest.update(f"{env}:{difficulty}:{seed}\n".encode())
        return digest.hexdigest()

    def state_dict(self) -> dict[str, Any]:
        """The sampler's state; veRL's ``StatefulDataLoader`` saves it in every checkpoint's
        ``data.pt``. Verdicts logged so far are recorded first, so the state holds them."""
        self._read_log()
        return {
            "version": STATE_VERSION,
            "curriculum": self.curriculum.state_dict(),
            "cursors": [[env, d, n] for (env, d), n in sorted(self._cursors.items())],
            "window": sorted(list(cell) for cell in self._window),
            "stats": dict(self.stats),
            "dataset": self._fingerprint,
        }

    def load_state_dict(self, state: Mapping[str, Any]) -> None:
        if not isinstance(state, Mapping) or state.get("version") != STATE_VERSION:
            raise ConfigError(
                f"not a curriculum sampler state of version {STATE_VERSION}: {str(state)[:120]}"
            )
        if state.get("dataset") != self._fingerprint:
            logger.warning(
                "resuming the curriculum sampler on a different dataset than it was saved with; "
                "frontiers carry over, the rows handed out next will differ"
            )
        self.curriculum.load_state_dict(dict(state["curriculum"]))
        self._cursors = {(str(env), int(d)): int(n) for env, d, n in state.get("cursors", [])}
        self._window = {(str(e), int(d), int(s)) for e, d, s in state.get("window", [])}
        self.stats.update({k: int(v) for k, v in dict(state.get("stats", {})).items()})
        if self._log is not None:
            skipped = self._log.skip_existing()
            if skipped:
                logger.warning(
                    "resuming: ignoring %d verdicts logged after the checkpoint was written "
                    "(their steps run again)",
                    skipped,
                )


def _batch_cells(batch: Any) -> list[tuple[str, int, int] | None]:
    infos = batch.non_tensor_batch.get("extra_info")
    return [] if infos is None else [_row_cell(info) for info in infos]


def _level_ranges(levels: list[int]) -> str:
    if levels == list(range(levels[0], levels[-1] + 1)):
        return f"{levels[0]}..{levels[-1]}"
    return ", ".join(map(str, levels))


class _CurriculumIterator:
    """One epoch of indices; its position is its state (the curriculum's lives in the sampler)."""

    def __init__(self, sampler: CurriculumSampler) -> None:
        self._sampler = sampler
        self._position = 0

    def __iter__(self) -> _CurriculumIterator:
        return self

    def __next__(self) -> int:
        if self._position >= len(self._sampler):
            raise StopIteration
        index = self._sampler._next_index(self._position)
        self._position += 1
        return index

    def state_dict(self) -> dict[str, int]:
        return {"position": self._position}

    def load_state_dict(self, state: Mapping[str, Any]) -> None:
        self._position = int(state["position"])


def _verl_sampler_class() -> type:
    try:
        from verl.experimental.dataset.sampler import AbstractCurriculumSampler
    except ImportError as exc:
        raise ImportError(
            "RlveCurriculumSampler extends veRL's AbstractCurriculumSampler "
            "(verl.experimental.dataset.sampler, in verl 0.7.x; 0.8 removed it): install "
            f"verl==0.7.1 ({exc})"
        ) from exc
    return type(
        "RlveCurriculumSampler",
        (CurriculumSampler, AbstractCurriculumSampler),
        {
            "__module__": __name__,
            "__qualname__": "RlveCurriculumSampler",
            "__doc__": "rlve-gym's curriculum sampler for veRL (``data.sampler.class_name``); "
            "see ``CurriculumSampler``.",
        },
    )


def __getattr__(name: str) -> Any:
    # veRL's loader asks for the class by name; only then is verl imported
    if name == "RlveCurriculumSampler":
        cls = globals()[name] = _verl_sampler_class()
        return cls
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
