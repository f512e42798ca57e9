"""The opening every append-only log shares: deal logs, meeting files and campaign logs.

Each is a YAML stream whose first document is a header (`deal:`,
`meeting:`, `campaign:`) and whose later documents are records (rounds,
events).  Reading one always goes the same way, and so do its Problems:

1. a file without the header line is not a log of this kind at all (said
   as such, rather than calling its missing `...` a torn write);
2. the stream loads; a torn tail is an error whose hint names the kind's
   record ("the last round", "the last event"), and the complete documents
   before it still count;
3. an empty file, a first document that is not the header, an invalid
   header, and a header whose id is not the file's name.

What follows (the records) differs per kind and stays in its module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from pln_cli.i18n import Msg
from pln_cli.load.problem import Problem
from pln_cli.load.validate import validate
from pln_cli.load.yamlsafe import Document, Mark, Source, load_stream

TORN = "torn-write"


@dataclass(frozen=True)
class StreamKind:
    """What differs between the logs' openings: names, and the header's model."""

    header: str  # the header's key, and the field that must equal the file's name
    code: str  # the Problem code of a missing header: deal-header, meeting-plan, ...
    message: str  # its catalogue key; the hint is `message + ".hint"`
    torn_hint: str  # the torn tail's hint, naming the kind's record
    model: Any  # the header's model (a pydantic class)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_line", re.compile(rf"^{re.escape(self.header)}:", re.MULTILINE))

    def has_header_line(self, text: str) -> bool:
        return self._line.search(text) is not None  # type: ignore[attr-defined]


@dataclass
class Opened:
    """A log's documents and its valid header (None: stop, the Problems say why)."""

    docs: list[Document]
    header: Any | None = None
    torn: bool = False


def where(doc: Document) -> Mark:
    """A document's own position: its root value, else its first line."""
    return doc.marks.get((), (doc.start_line, 1, 1))


def with_torn_hint(problems: list[Problem], hint: str) -> list[Problem]:
    """The stream's torn-tail Problems with the hint of this kind of log."""
    return [replace(p, hint=Msg(hint)) if p.code == TORN else p for p in problems]


def open_stream(path: Path, source: Source, kind: StreamKind, problems: list[Problem]) -> Opened:
    """Steps 1-3 above; every Problem found is appended to `problems`."""
    missing = Msg(kind.message), Msg(f"{kind.message}.hint")
    if not kind.has_header_line(source.text):
        problems.append(source.problem((1, 1, 1), kind.code, *missing))
        return Opened([])
    docs, found = load_stream(source)
    problems.extend(with_torn_hint(found, kind.torn_hint))
    opened = Opened(docs, torn=any(p.code == TORN for p in found))
    if not docs:
        if not found:
            problems.append(source.problem((1, 1, 1), "yaml-root", Msg("yaml.empty"), missing[1]))
        return opened
    head = docs[0]
    if not isinstance(head.data, dict) or kind.header not in head.data:
        problems.append(source.problem(where(head), kind.code, *missing))
        return opened
    header, found = validate(kind.model, head, source)
    problems.extend(found)
    if header is None:
        return opened
    opened.header = header
    written = getattr(header, kind.header)
    if written != path.stem:
        problems.append(
            source.problem(head.mark((kind.header,)), "id-mismatch",
                           Msg("ref.id_mismatch", {"id": written, "file": path.name}),
                           Msg("ref.id_mismatch.hint", {"stem": path.stem}))
        )
    return opened
