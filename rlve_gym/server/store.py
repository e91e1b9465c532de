"""``StateStore``: the curriculum state of a server on disk, safe against ``kill -9``.

A state directory holds three files:

    curriculum.json   a snapshot: ``Curriculum.state_dict()`` plus the number of groups recorded
                      when it was taken; written to a temporary file, fsynced and renamed over
                      the old one, so it is always a whole snapshot
    journal.jsonl     one line per group recorded since that snapshot (its verdicts, its
                      sequence number, the draw counter), appended before the step that
                      completed the group is answered
    server.lock       held (``flock``) while a server runs, so two servers cannot share a state

On start the snapshot is loaded and the journal lines after it are replayed through
``Curriculum.record_results`` (which is deterministic), so every group a client saw recorded is
back; a torn last line (the process died mid-write) is skipped. A new snapshot is written and
the journal started afresh.
"""

from __future__ import annotations

import json
import logging
import os
import time
from pathlib import Path
from typing import Any

from ..curriculum import Curriculum, GroupResult
from ..errors import ConfigError

logger = logging.getLogger(__name__)

SNAPSHOT_FILE = "curriculum.json"
JOURNAL_FILE = "journal.jsonl"
LOCK_FILE = "server.lock"
FORMAT = "rlve-gym-serve"
FORMAT_VERSION = 1


class StateStore:
    """Snapshot + journal of one server's curriculum in ``state_dir``."""

    def __init__(self, state_dir: Path | str) -> None:
        self.dir = Path(state_dir)
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ConfigError(f"cannot create the state directory {self.dir}: {exc}") from None
        self.snapshot_path = self.dir / SNAPSHOT_FILE
        self.journal_path = self.dir / JOURNAL_FILE
        self._lock_file = self._acquire_lock()
        self._journal: Any = None

    def _acquire_lock(self) -> Any:
        import fcntl

        handle = open(self.dir / LOCK_FILE, "a+")  # noqa: SIM115 - held for the server's life
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise ConfigError(
                f"another rlve-gym server is using the state directory {self.dir}; stop it or "
                "pass a different --state-dir (one server per training job)"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        return handle

    # ------------------------------------------------------------------ start-up
    def restore(self, curriculum: Curriculum) -> int:
        """Load the snapshot and replay the journal into ``curriculum``; return the number of
        groups recorded so far (the sequence number the next group continues from)."""
        recorded = 0
        if self.snapshot_path.exists():
            try:
                saved = json.loads(self.snapshot_path.read_text())
            except (OSError, ValueError) as exc:
                raise ConfigError(
                    f"{self.snapshot_path} cannot be read ({exc}); move it away to start afresh"
                ) from None
            if not isinstance(saved, dict) or saved.get("format") != FORMAT:
                raise ConfigError(
                    f"{self.snapshot_path} is not an rlve-gym server state file; use another --state-dir"
                )
            if saved.get("version") != FORMAT_VERSION:
                raise ConfigError(
                    f"{self.snapshot_path} has state format version {saved.get('version')!r}; "
                    f"this rlve-gym reads version {FORMAT_VERSION}"
                )
            try:
                curriculum.load_state_dict(self._with_new_envs(saved.get("curriculum"), curriculum))
            except ConfigError as exc:
                raise ConfigError(
                    f"{self.snapshot_path}: {exc}. Start the server with the environments it was "
                    "saved with, or use a fresh --state-dir"
                ) from None
            recorded = int(saved.get("groups_recorded", 0))
        replayed, draws = [], None
        if self.journal_path.exists():
            with open(self.journal_path, encoding="utf-8") as journal:
                for number, line in enumerate(journal, 1):
                    try:
                        entry = json.loads(line)
                        seq = int(entry["seq"])
                        result = GroupResult.from_dict(entry["result"])
                    except (ValueError, KeyError, TypeError) as exc:
                        logger.warning("%s line %d skipped: %s", self.journal_path, number, exc)
                        continue
                    if seq <= recorded:  # already in the snapshot
                        continue
                    replayed.append(result)
                    recorded = seq
                    draws = entry.get("draws", draws)
        if replayed:
            curriculum.record_results(replayed)
        if isinstance(draws, int) and draws > curriculum.state_dict()["draws"]:
            state = curriculum.state_dict()
            state["draws"] = draws
            curriculum.load_state_dict(state)
        if replayed:
            logger.info("replayed %d recorded groups from %s", len(replayed), self.journal_path)
        return recorded

    def _with_new_envs(self, state: Any, curriculum: Curriculum) -> Any:
        """``state`` with environments the server hosts but the snapshot lacks added at their
        starting state (a newer rlve-gym added environments to ``--envs all``); environments
        the snapshot has and the server does not host are refused, never dropped silently."""
        if not isinstance(state, dict) or not isinstance(state.get("envs"), dict):
            return state
        saved, hosted = set(state["envs"]), set(curriculum.env_names)
        gone = sorted(saved - hosted)
        if gone:
            shown = ", ".join(gone[:8]) + (", ..." if len(gone) > 8 else "")
            raise ConfigError(
                f"{self.snapshot_path} was saved with {len(gone)} environments this server does "
                f"not host ({shown}); start the server with --envs including them, or use a "
                "fresh --state-dir"
            )
        new = sorted(hosted - saved)
        if not new:
            return state
        logger.warning(
            "%d environments are new since %s was saved (%s); they start at their initial difficulty",
            len(new),
            self.snapshot_path,
            ", ".join(new[:8]) + (", ..." if len(new) > 8 else ""),
        )
        fresh = curriculum.state_dict()["envs"]
        return {**state, "envs": {**{name: fresh[name] for name in new}, **state["envs"]}}

    # ------------------------------------------------------------------ while running
    def append(self, seq: int, draws: int, result: GroupResult) -> None:
        """Journal one recorded group (flushed to the operating system before returning)."""
        if self._journal is None:
            self._journal = open(self.journal_path, "a", encoding="utf-8")  # noqa: SIM115
        line = json.dumps({"seq": seq, "draws": draws, "result": result.to_dict()})
        self._journal.write(line + "\n")
        self._journal.flush()

    def snapshot(self, state: dict[str, Any], groups_recorded: int, extra: dict[str, Any]) -> None:
        """Write a whole snapshot atomically, then start the journal afresh."""
        payload = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "saved_at": time.time(),
            "groups_recorded": groups_recorded,
            "curriculum": state,
            **extra,
        }
        tmp = self.snapshot_path.with_suffix(".json.tmp")
        with open(tmp, "w", encoding="utf-8") as handle:
            json.dump(payload, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self.snapshot_path)
        # Lines up to groups_recorded are now in the snapshot; a crash before the truncation
        # below only leaves lines that restore() skips by their sequence numbers.
        if self._journal is not None:
            self._journal.close()
            self._journal = None
        with open(self.journal_path, "w", encoding="utf-8"):
            pass

    def close(self) -> None:
        if self._journal is not None:
            self._journal.close()
            self._journal = None
        if self._lock_file is not None:
            self._lock_file.close()  # releases the flock
            self._lock_file = None
