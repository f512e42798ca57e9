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
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, Protocol, TypeVar

from pln_cli.i18n import Msg
from pln_cli.load.deals import DealEntry, parse_deal_bytes
from pln_cli.load.problem import Problem
from pln_cli.load.yamlsafe import Source

# How long an append waits for another writer's lock before giving up.
# A round is appended in milliseconds; a lock held this long belongs to a
# process that is stuck (or stopped with ^Z), and waiting on is no help.
LOCK_TIMEOUT_SECONDS = 30.0
_LOCK_POLL_SECONDS = 0.05


class LogEntry(Protocol):
    """What the appender needs of a parsed log (deal, meeting, campaign...)."""

    path: Path
    source: Source | None
    problems: list[Problem]


E = TypeVar("E", bound=LogEntry)


@dataclass(frozen=True)
class LogKind(Generic[E]):
    """How to parse one kind of append-only log, and when to refuse an append."""

    parse: Callable[[Path, bytes], E]
    refuse: Callable[[E], list[Problem]]
    new_text: str = "(new document)"  # how the appended text is named in Problems


class AppendRefused(Exception):
    """The file is not in a state to append to, or the new text is invalid."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems


def append_document(
    path: Path,
    kind: LogKind[E],
    render: Callable[[E], str],
    on_wait: Callable[[], None] | None = None,
    timeout: float | None = None,
) -> tuple[E, str]:
    """Append `render(current)` to the log at `path`.

    `render` gets the log as it is under the lock (so it can number what it
    appends) and returns the YAML document.  The log is re-parsed as it
    would be after the append; any new error refuses it.  `on_wait` is
    called once if another process holds the lock.  Returns the log as it
    was before the append, and the text written.
    """
    fd = os.open(path, os.O_RDWR | os.O_NOFOLLOW)
    try:
        _lock(fd, path, on_wait, LOCK_TIMEOUT_SECONDS if timeout is None else timeout)
        size = os.fstat(fd).st_size
        current = _read_all(fd, size)
        entry = kind.parse(path, current)
        refusal = kind.refuse(entry)
        if refusal:
            raise AppendRefused(refusal)
        text = render(entry)
        problems = new_problems(kind, entry, text)
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


def _lock(fd: int, path: Path, on_wait: Callable[[], None] | None, timeout: float) -> None:
    """An exclusive lock; say so when waiting, give up after `timeout`."""
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return
    except BlockingIOError:
        pass
    if on_wait is not None:
        on_wait()
    deadline = time.monotonic() + timeout
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise AppendRefused([
                    Problem(str(path), None, None, "locked", Msg("append.locked", {"seconds": int(timeout)}), Msg("append.locked.hint"))
                ]) from None
            time.sleep(_LOCK_POLL_SECONDS)


def new_problems(kind: LogKind[E], entry: E, text: str) -> list[Problem]:
    """Parse the log as it would be after the append; the errors it did not
    have before, pointed at the new text itself (not at lines of a file
    that does not exist yet)."""
    raw = entry.source.text if entry.source else ""
    joined = raw + ("" if not raw or raw.endswith("\n") else "\n") + text
    after = kind.parse(entry.path, joined.encode("utf-8"))
    before = {(p.line, p.column, p.code) for p in entry.problems}
    new = [p for p in after.problems if p.severity == "error" and (p.line, p.column, p.code) not in before]
    if not new:
        return []
    offset = joined.count("\n", 0, len(joined) - len(text))
    source = Source(kind.new_text, text)
    return [source.problem(((p.line or offset + 1) - offset, p.column or 1, p.span), p.code, p.message, p.hint) for p in new]


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


def refuse_deal(entry: DealEntry) -> list[Problem]:
    """Appending after a torn or invalid tail would bury the damage, and
    after an outcome would reopen a closed deal: refuse."""
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


DEAL_LOG: LogKind[DealEntry] = LogKind(parse_deal_bytes, refuse_deal, "(new round)")
