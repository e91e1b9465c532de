"""Append-only JSONL storage that survives being killed.

A sweep writes each finished batch with one ``write`` followed by ``flush`` and ``fsync``, so a
crash loses at most the batch in flight. A crash in the middle of a write can leave a torn last
line; ``read_jsonl_tolerant`` drops it and ``repair_tail`` cuts it off before new rows are
appended, so the file stays valid JSONL.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from ..errors import RlveError


def append_rows(path: Path, rows: Iterable[Mapping[str, Any]]) -> int:
    """Append ``rows`` as JSON lines and fsync; returns how many were written."""
    lines = [json.dumps(row, ensure_ascii=False) + "\n" for row in rows]
    if not lines:
        return 0
    with open(path, "a", encoding="utf-8") as handle:
        handle.write("".join(lines))
        handle.flush()
        os.fsync(handle.fileno())
    return len(lines)


def repair_tail(path: Path) -> bool:
    """Cut off an unterminated last line left by an interrupted write. True if something was cut."""
    if not path.exists():
        return False
    with open(path, "rb+") as handle:
        handle.seek(0, os.SEEK_END)
        size = handle.tell()
        if size == 0:
            return False
        handle.seek(size - 1)
        if handle.read(1) == b"\n":
            return False
        # scan back for the last newline
        position, chunk = size, 1 << 16
        keep = 0
        while position > 0:
            start = max(0, position - chunk)
            handle.seek(start)
            block = handle.read(position - start)
            newline = block.rfind(b"\n")
            if newline >= 0:
                keep = start + newline + 1
                break
            position = start
        handle.truncate(keep)
        handle.flush()
        os.fsync(handle.fileno())
    return True


def read_jsonl_tolerant(path: Path) -> Iterator[dict[str, Any]]:
    """Rows of a JSONL file written by ``append_rows``; a torn final line is skipped.

    A malformed line anywhere else means the file was edited or is not ours, which is an error.
    """
    with open(path, encoding="utf-8") as handle:
        lines = handle.readlines()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError:
            if number == len(lines) and not line.endswith("\n"):
                return  # interrupted write
            raise RlveError(
                f"{path}:{number}: not a JSON line; the file is damaged or not a sweep output"
            ) from None
        if not isinstance(row, dict):
            raise RlveError(f"{path}:{number}: expected a JSON object per line")
        yield row


def read_rows(path: str | Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, row) for every non-empty line of a JSONL or JSON-array file, strictly.

    Used by ``score``, which accepts files from anywhere: a JSON array (``[{...}, ...]``) works too.
    """
    path = Path(path)
    if not path.exists():
        raise RlveError(f"no such file: {path}")
    with open(path, encoding="utf-8") as handle:
        head = handle.read(1 << 12).lstrip()
        handle.seek(0)
        if head.startswith("["):
            try:
                data = json.load(handle)
            except ValueError as exc:
                raise RlveError(f"{path}: not valid JSON: {exc}") from None
            for number, row in enumerate(data, start=1):
                yield number, row
            return
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield number, json.loads(line)
            except ValueError as exc:
                raise RlveError(f"{path}:{number}: not a JSON line ({exc})") from None
