"""Use cases of lobby logs (shared/PREP.md): record a contact with one of a
partner's people, and see the lobby map (people, grid, priority, history)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pln_cli.catalog import Msg
from pln_cli.errors import ProblemsFound, UsageError
from pln_cli.load import workspace as ws
from pln_cli.load.append import (
    AppendRefused,
    LogKind,
    append_document,
    create_exclusive,
)
from pln_cli.load.lobby import (
    LobbyEntry,
    contact_document,
    load_lobby,
    lobby_path,
    parse_lobby_bytes,
    refuse_append,
)
from pln_cli.load.paths import display_path
from pln_cli.load.problem import Problem
from pln_cli.model.lobby import CHANNELS, STEPS, Contact
from pln_cli.model.partner import STANCES, Partner
from pln_cli.prep.lobby import (
    LobbyMap,
    find_person,
    lobby_map,
    parse_next,
    refuse_contact,
)

LOBBY_LOG: LogKind[LobbyEntry] = LogKind(parse_lobby_bytes, refuse_append, "(new contact)")


def partner_file(name: str, folder: str | Path | None = None) -> tuple[Path, Partner]:
    """The partner a lobby command names (an id of the workspace, or the path
    of a partner file) and its model; a partner file with errors raises them."""
    from pln_cli.api.workspace import named_file

    path = named_file(name, "partners", folder)
    entry = ws.load_partner(path)
    if entry.model is None or not entry.usable:
        raise ProblemsFound([p for p in entry.problems if p.severity == "error"])
    return path, entry.model


def _log_path(partner_path: Path, partner: Partner) -> Path:
    return lobby_path(ws.find_root(partner_path), partner.id)


# --- recording a contact ------------------------------------------------------------------


@dataclass(frozen=True)
class ContactInput:
    person: str
    step: str
    channel: str | None = None
    stance: str | None = None
    next: str | None = None  # DATE:ACTION
    note: str | None = None
    day: date | None = None  # --date
    today: date | None = None  # --today


@dataclass(frozen=True)
class Logged:
    path: Path
    person: str  # as the partner file spells the name
    text: str
    created: bool  # the log did not exist before


def _choice(option: str, value: str | None, allowed: tuple[str, ...]) -> str | None:
    if value is None:
        return None
    chosen = value.strip().lower()
    if chosen not in allowed:
        raise UsageError(Msg("usage.choice", {"option": option, "value": value, "allowed": ", ".join(allowed)}))
    return chosen


def log_contact(name: str, contact: ContactInput, folder: str | Path | None = None,
                on_wait: Callable[[], None] | None = None) -> Logged:
    """Append one contact to `lobby/<partner>.yaml` (created on the first).

    Refused, with nothing written: a person who is not one of the partner's
    people (with the closest name as a "did you mean"), a step, channel or
    stance outside its vocabulary, a `--next` that is not DATE:ACTION, and
    a log that is torn or has an invalid contact.
    """
    step = _choice("--step", contact.step, STEPS)
    assert step is not None
    channel = _choice("--channel", contact.channel, CHANNELS)
    stance = _choice("--stance", contact.stance, STANCES)
    next_action = None
    if contact.next is not None:
        next_action, problem = parse_next(contact.next)
        if problem is not None:
            raise UsageError(problem)
    partner_path, partner = partner_file(name, folder)
    path = _log_path(partner_path, partner)
    refusal = refuse_contact(partner, contact.person)
    if refusal is not None:
        hint = Msg("meeting.audience.hint", {"partner": partner.id})
        raise ProblemsFound([Problem(display_path(path), None, None, "unknown-person", refusal, hint)])
    person = find_person(partner, contact.person)
    assert person is not None
    day = contact.day or contact.today or date.today()
    note = contact.note.strip() if contact.note and contact.note.strip() else None

    def render(entry: LobbyEntry | None) -> str:
        first = entry is None or entry.empty
        return contact_document(person.name, day, step, channel=channel, stance=stance, note=note, next=next_action, first=first)

    if not path.exists():
        try:
            text = render(None)
            checked = parse_lobby_bytes(path, text.encode("utf-8"))
            if any(p.severity == "error" for p in checked.problems):
                raise ProblemsFound([p for p in checked.problems if p.severity == "error"])
            create_exclusive(path, text)
            return Logged(path, person.name, text, True)
        except FileExistsError:
            pass  # another pln created it a moment ago: append to it
    try:
        _, text = append_document(path, LOBBY_LOG, render, on_wait)
    except AppendRefused as exc:
        raise ProblemsFound(exc.problems) from None
    return Logged(path, person.name, text, False)


# --- the map --------------------------------------------------------------------------------


@dataclass(frozen=True)
class LobbyView:
    partner: Partner
    map: LobbyMap
    today: date
    log: Path | None  # the lobby log read, when there is one
    problems: tuple[Problem, ...] = ()  # a torn tail; warnings about names


def lobby_view(name: str, folder: str | Path | None = None, today: date | None = None) -> LobbyView:
    """The lobby map of a partner: from its partner file and lobby log (none yet is fine)."""
    partner_path, partner = partner_file(name, folder)
    path = _log_path(partner_path, partner)
    contacts: tuple[Contact, ...] = ()
    problems: list[Problem] = []
    log = None
    if path.is_file():
        entry = load_lobby(path)
        if entry.log is None:
            raise ProblemsFound([p for p in entry.problems if p.severity == "error"])
        contacts, problems, log = entry.log.contacts, list(entry.problems), path
    return LobbyView(partner, lobby_map(partner, contacts), today or date.today(), log, tuple(problems))
