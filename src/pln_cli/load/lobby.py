"""Lobby logs: `lobby/<partner>.yaml`, one document per contact (shared/PREP.md).

A YAML stream with no header, append-only like deal logs: a torn last
document is an error (and blocks appends) while the complete contacts
before it still load.  The file's name is the partner's id.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pln_cli.i18n import Msg
from pln_cli.load.meetings import read_bytes, scalar
from pln_cli.load.paths import display_path
from pln_cli.load.problem import Problem
from pln_cli.load.stream import TORN, where, with_torn_hint
from pln_cli.load.validate import validate
from pln_cli.load.yamlsafe import Document, Source, load_stream, source_from_bytes
from pln_cli.model.lobby import Contact, LobbyLog, NextAction
from pln_cli.model.partner import Partner
from pln_cli.prep.lobby import find_person, unknown_person


@dataclass
class LobbyEntry:
    id: str  # the partner's id: the file's name
    path: Path
    source: Source | None
    raw: bytes = b""
    docs: list[Document] = field(default_factory=list)
    log: LobbyLog | None = None  # set when every complete contact is valid
    problems: list[Problem] = field(default_factory=list)
    torn: bool = False

    @property
    def display(self) -> str:
        return self.source.display if self.source else display_path(self.path)

    @property
    def model(self) -> LobbyLog | None:
        return self.log

    @property
    def empty(self) -> bool:
        """No document yet (a new or blank file): the next contact is written without `---`."""
        return not self.docs and not (self.source and self.source.text.strip(" \t\r\n"))


def lobby_path(root: Path, partner: str) -> Path:
    return root / "lobby" / f"{partner}.yaml"


def load_lobby(path: Path) -> LobbyEntry:
    raw, problem = read_bytes(path, display_path(path))
    if raw is None:
        return LobbyEntry(path.stem, path, None, problems=[problem] if problem else [])
    return parse_lobby_bytes(path, raw)


def parse_lobby_bytes(path: Path, raw: bytes) -> LobbyEntry:
    """The lobby log at `path` as it would be with these bytes."""
    source, problems = source_from_bytes(raw, display_path(path))
    entry = LobbyEntry(path.stem, path, source, raw=raw, problems=list(problems))
    if source is None:
        return entry
    docs, problems = load_stream(source)
    entry.docs = docs
    entry.problems.extend(with_torn_hint(problems, "stream.torn.lobby"))  # "check the last contact"
    entry.torn = any(p.code == TORN for p in problems)
    if problems and not docs and not entry.torn:
        return entry
    contacts = []
    ok = True
    for doc in docs:
        if not isinstance(doc.data, dict) or "person" not in doc.data:
            entry.problems.append(
                source.problem(where(doc), "lobby-document", Msg("lobby.document"), Msg("lobby.document.hint"))
            )
            ok = False
            continue
        model, problems = validate(Contact, doc, source)
        entry.problems.extend(problems)
        if model is None:
            ok = False
            continue
        contacts.append(model)
    if ok:
        entry.log = LobbyLog(path.stem, tuple(contacts))
    return entry


def check_lobby_refs(entry: LobbyEntry, partners: Mapping[str, Partner | None]) -> None:
    """The partner (the file's name) must exist (error); each contact's person
    should be one of its people (warning, with the closest name)."""
    source = entry.source
    if source is None:
        return
    if entry.id not in partners:
        import difflib

        close = difflib.get_close_matches(entry.id, sorted(partners), n=1)
        hint = (Msg("model.extra.did_you_mean", {"suggestion": close[0]}) if close
                else Msg("lobby.partner.hint", {"known": ", ".join(sorted(partners)) or "-"}))
        entry.problems.append(source.problem(None, "unknown-partner", Msg("ref.partner", {"id": entry.id}), hint))
        return
    partner = partners[entry.id]
    if partner is None:
        return
    for doc in entry.docs:
        data = doc.data
        name = data.get("person") if isinstance(data, dict) else None
        if isinstance(name, str) and find_person(partner, name) is None:
            entry.problems.append(
                source.problem(doc.mark(("person",)), "unknown-person", unknown_person(partner, name),
                               Msg("meeting.audience.hint", {"partner": partner.id}), severity="warning")
            )


def refuse_append(entry: LobbyEntry) -> list[Problem]:
    """Appending after a torn or invalid document would bury the damage: refuse."""
    return [p for p in entry.problems if p.severity == "error"]


def check_appended(entry: LobbyEntry, text: str) -> list[Problem]:
    """Parse the log as it would be after appending `text`; any new error refuses it."""
    raw = entry.raw
    joined = raw + (b"" if not raw or raw.endswith(b"\n") else b"\n") + text.encode("utf-8")
    after = parse_lobby_bytes(entry.path, joined)
    before = {(p.line, p.column, p.code) for p in entry.problems}
    new = [p for p in after.problems if p.severity == "error" and (p.line, p.column, p.code) not in before]
    if not new:
        return []
    offset = joined.count(b"\n", 0, len(joined) - len(text.encode("utf-8")))
    source = Source("(new contact)", text)
    return [source.problem(((p.line or offset + 1) - offset, p.column or 1, p.span), p.code, p.message, p.hint) for p in new]


def contact_document(
    person: str,
    day: date,
    step: str,
    *,
    channel: str | None = None,
    stance: str | None = None,
    note: str | None = None,
    next: NextAction | None = None,
    first: bool = False,
) -> str:
    """One contact document; `---` opens every document but the file's first."""
    lines = [] if first else ["---"]
    lines += [f"person: {scalar(person)}", f"date: {day.isoformat()}", f"step: {step}"]
    if channel:
        lines.append(f"channel: {channel}")
    if stance:
        lines.append(f"stance: {stance}")
    if note:
        lines.append(f"note: {scalar(note)}")
    if next is not None:
        lines.append(f"next: {{date: {next.date.isoformat()}, action: {scalar(next.action)}}}")
    return "\n".join(lines) + "\n...\n"

