"""The append-only writer for deal logs.

Every append happens under an exclusive lock on the deal file, is checked
against what is in the file at that moment (so the round number is
assigned under the lock), goes out in a single `write` at the end of the
file, and is flushed to disk with fsync before the lock is released.
Nothing already in the file is ever rewritten: hand-written comments and
formatting survive every append.  If anything fails before the write, the
file is untouched; if the write itself fails half-way (a full disk), the
file is cut back to its previous length.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pln_cli.i18n import Msg
from pln_cli.load.deals import DealEntry, parse_deal_bytes
from pln_cli.load.problem import Problem


@dataclass
class AppendRefused(Exception):
    """The file is not in a state to append to, or the new text is invalid."""

    problems: list[Problem]


def append_document(path: Path, render: Callable[[DealEntry], str], check: Callable[[DealEntry, str], list[Problem]]) -> tuple[DealEntry, str]:
    """Append `render(current)` to the deal log at `path`.

    `render` gets the deal as it is under the lock (so it can number the
    round) and returns the YAML document; `check` validates that text in
    context and returns problems (non-empty: nothing is written).
    Returns the deal as it was before the append, and the text written.
    """
    fd = os.open(path, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        size = os.fstat(fd).st_size
        current = _read_all(fd, size)
        entry = parse_deal_bytes(path, current)
        refusal = _refuse(entry, current, path)
        if refusal:
            raise AppendRefused(refusal)
        text = render(entry)
        problems = check(entry, text)
        if problems:
            raise AppendRefused(problems)
        data = text.encode("utf-8")
        if current and not current.endswith(b"\n"):
            data = b"\n" + data
        os.lseek(fd, 0, os.SEEK_END)
        try:
            written = os.write(fd, data)
            if written != len(data):
                raise OSError(f"short write: {written} of {len(data)} bytes")
            os.fsync(fd)
        except OSError:
            os.ftruncate(fd, size)
            os.fsync(fd)
            raise
        return entry, text
    finally:
        os.close(fd)  # closing releases the lock


def _read_all(fd: int, size: int) -> bytes:
    os.lseek(fd, 0, os.SEEK_SET)
    chunks = []
    remaining = size
    while remaining > 0:
        chunk = os.read(fd, min(remaining, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def _refuse(entry: DealEntry, current: bytes, path: Path) -> list[Problem]:
    """Appending after a torn or invalid tail would bury the damage: refuse."""
    errors = [p for p in entry.problems if p.severity == "error"]
    if errors:
        return errors
    if entry.deal is None:
        return [Problem(entry.display, None, None, "deal-header", Msg("deal.header"), Msg("deal.header.hint"))]
    if entry.deal.outcome is not None:
        return [
            Problem(entry.display, None, None, "deal-closed",
                    Msg("deal.closed", {"status": entry.deal.outcome.outcome}), Msg("deal.after_outcome.hint"))
        ]
    return []


def create_exclusive(path: Path, text: str) -> None:
    """Write a new file, refusing to replace one that exists (O_EXCL)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        data = text.encode("utf-8")
        if os.write(fd, data) != len(data):
            raise OSError("short write")
        os.fsync(fd)
    except OSError:
        os.close(fd)
        path.unlink(missing_ok=True)
        raise
    os.close(fd)
