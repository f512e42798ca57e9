"""`-o FILE`: write a command's output without ever destroying anything.

- `-` (or no -o) is standard output.
- A character device or a FIFO (`/dev/null`, `/dev/stdout`, a named pipe)
  is written through as a stream: it is never replaced by a regular file.
- A symbolic link is followed; the rules apply to what it points at.
- A regular file, or a name that does not exist yet, is written to a
  temporary file beside it and renamed over it, so a reader never sees half
  a report; an existing file keeps its mode (and, as root, its owner).
- Anything else (a folder, a socket, a block device) is refused.
- A target inside the workspace's data folders (partners, offers, deals,
  meetings, lobby, campaigns, data), the workspace's `pln.yaml`, or any file
  the command itself read is refused: output must never overwrite input.

Every refusal is a usage error (exit 2) or an environment error (exit 1),
and leaves every file as it was.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import BinaryIO

from pln_cli.catalog import Msg
from pln_cli.errors import UsageError

DATA_FOLDERS = ("partners", "offers", "deals", "meetings", "lobby", "campaigns", "data")


def write_text(text: str, output: str | None, root: Path | None = None, reads: Sequence[Path] = ()) -> None:
    write_chunks((text,), output, root, reads)


def write_chunks(chunks: Iterable[str], output: str | None, root: Path | None = None, reads: Sequence[Path] = ()) -> None:
    """`write_text` of the text the chunks make, written as they come: a
    large report is never held whole (nor encoded into a second copy).
    The text ends with a newline, added when its last chunk has none.  The
    target is checked before the first chunk is asked for."""
    def write(put: Callable[[str], object]) -> None:
        last = ""
        for chunk in chunks:
            if chunk:
                put(chunk)
                last = chunk
        if not last.endswith("\n"):
            put("\n")

    if output is None or output == "-":
        write(sys.stdout.write)
        sys.stdout.flush()
        return
    _write_target(output, root, reads, lambda stream: write(lambda chunk: stream.write(chunk.encode("utf-8"))))


def write_bytes(data: bytes, output: str | None, root: Path | None = None, reads: Sequence[Path] = ()) -> None:
    if output is None or output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    _write_target(output, root, reads, lambda stream: stream.write(data))


def _write_target(output: str, root: Path | None, reads: Sequence[Path], write: Callable[[BinaryIO], object]) -> None:
    """-o FILE (not standard output): checked, then written by `write`."""
    if not output.strip():
        raise UsageError(Msg("usage.output_empty"))
    target = Path(output)
    real = Path(os.path.realpath(target))
    _refuse_inputs(output, real, root, reads)
    try:
        info = os.stat(real)
    except FileNotFoundError:
        info = None
    if info is not None and (stat.S_ISCHR(info.st_mode) or stat.S_ISFIFO(info.st_mode)):
        with open(real, "wb") as stream:  # a device or a pipe: write through
            write(stream)
        return
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise UsageError(Msg("usage.output_not_file", {"file": output}))
    if not real.parent.is_dir():
        # decks/ is where decks go: made on first use; any other folder
        # must exist (a typo in a path should not create folders).
        if root is not None and real.parent == Path(os.path.realpath(root)) / "decks":
            real.parent.mkdir()
        else:
            raise UsageError(Msg("usage.output_no_folder", {"file": output, "folder": str(target.parent)}))
    _replace_regular(real, write, info)


def _refuse_inputs(shown: str, real: Path, root: Path | None, reads: Sequence[Path]) -> None:
    read_paths = {Path(os.path.realpath(p)) for p in reads}
    if real in read_paths:
        raise UsageError(Msg("usage.output_is_input", {"file": shown}))
    if root is None:
        return
    base = Path(os.path.realpath(root))
    if real == base / "pln.yaml":
        raise UsageError(Msg("usage.output_is_input", {"file": shown}))
    for folder in DATA_FOLDERS:
        if (base / folder) in real.parents:
            raise UsageError(Msg("usage.output_in_data", {"file": shown, "folder": folder}))


def _replace_regular(real: Path, write: Callable[[BinaryIO], object], info: os.stat_result | None) -> None:
    """Temp file beside the target, fsync, rename: all or nothing."""
    folder = real.parent
    fd, tmp = tempfile.mkstemp(prefix=f".{real.name[:100]}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        if info is not None:
            os.chmod(tmp, stat.S_IMODE(info.st_mode))
            if hasattr(os, "chown") and os.geteuid() == 0:
                os.chown(tmp, info.st_uid, info.st_gid)
        else:
            # A new file gets the mode any new file would (0666 less umask),
            # not mkstemp's private 0600.
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, real)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
