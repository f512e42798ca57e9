"""The lobby map: people, the influence x stance grid, the lobby priority, stance history.

Pure: a `Partner` and its lobby log's contacts in, frozen results out.
Rules from shared/PREP.md:
- current stance: the stance of the person's latest contact (by date, then
  file order) that names one, else the partner file's; `stance_start` is
  the partner file's;
- `steps_done`: the Panuju steps logged for the person, in Panuju's order;
- `next`: the `next` of the person's latest contact (by date, then file
  order), or None;
- lobby priority: influence >= 3 and current stance neutral, skeptical or
  opposed; by influence (high first), stance (opposed, skeptical,
  neutral), last contact (never first, then oldest first), name; the
  suggested step is the first Panuju step not yet logged.
People's names are matched ignoring case and spacing (`name_key`).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from pln_cli.i18n import Msg
from pln_cli.model.lobby import STANCE_AXIS, STEPS, Contact, NextAction
from pln_cli.model.partner import Partner, Person
from pln_cli.prep.text import name_key

PRIORITY_MIN_INFLUENCE = 3
PRIORITY_STANCES = ("opposed", "skeptical", "neutral")  # in priority order
ON_SIDE = ("supportive", "champion")  # "supportive or better"


# --- people ---------------------------------------------------------------------


def find_person(partner: Partner, name: str) -> Person | None:
    key = name_key(name)
    for person in partner.people:
        if name_key(person.name) == key:
            return person
    return None


def suggest_person(partner: Partner, name: str) -> str | None:
    """The partner's person whose name is closest to `name` (difflib), if any is close."""
    names = {name_key(p.name): p.name for p in partner.people}
    close = difflib.get_close_matches(name_key(name), list(names), n=1, cutoff=0.6)
    if not close:
        # A first name alone ("Budi") is a fair guess too, when it is unique.
        first = [full for key, full in names.items() if key.split(" ")[0] == name_key(name)]
        return first[0] if len(first) == 1 else None
    return names[close[0]]


def unknown_person(partner: Partner, name: str) -> Msg:
    """'X is not one of P's people', with a "did you mean" when one is close."""
    suggestion = suggest_person(partner, name)
    if suggestion:
        return Msg("lobby.person.unknown_suggest", {"name": name, "partner": partner.id, "suggestion": suggestion})
    known = ", ".join(p.name for p in partner.people) or "-"
    return Msg("lobby.person.unknown", {"name": name, "partner": partner.id, "known": known})


def refuse_contact(partner: Partner, name: str) -> Msg | None:
    """`pln lobby log` refuses a person who is not in the partner file."""
    if not name or not name.strip():
        return Msg("meeting.refuse.no_name")
    return None if find_person(partner, name) is not None else unknown_person(partner, name)


def parse_next(text: str) -> tuple[NextAction | None, Msg | None]:
    """`--next DATE:ACTION` -> NextAction, or the reason it is not one."""
    head, sep, action = text.partition(":")
    try:
        day = date.fromisoformat(head.strip())
    except ValueError:
        day = None
    if not sep or day is None or not action.strip():
        return None, Msg("lobby.next.invalid", {"value": text})
    return NextAction(date=day, action=action.strip()), None


# --- the map --------------------------------------------------------------------


@dataclass(frozen=True)
class PersonStatus:
    name: str
    role: str | None
    lobby_class: str | None
    influence: int | None
    stance_start: str | None  # the partner file's
    stance: str | None  # now
    steps_done: tuple[str, ...]  # Panuju's order
    last_contact: date | None
    next: NextAction | None
    contacts: int = 0
    history: tuple[tuple[date, str], ...] = ()  # each contact that named a stance, by date then file order

    @property
    def next_step(self) -> str | None:
        """The first Panuju step not yet logged; None when all five are."""
        return next((step for step in STEPS if step not in self.steps_done), None)

    @property
    def moved(self) -> bool:
        return self.stance != self.stance_start


@dataclass(frozen=True)
class GridRow:
    influence: int
    cells: tuple[tuple[str, ...], ...]  # one per STANCE_AXIS column, names in partner-file order


@dataclass(frozen=True)
class Priority:
    name: str
    influence: int
    stance: str
    last_contact: date | None
    next_step: str | None


@dataclass(frozen=True)
class Coverage:
    """For `pln report`: of the people with influence >= 3, how many are supportive or better."""

    key_people: int
    on_side: int
    names_on_side: tuple[str, ...] = ()


@dataclass(frozen=True)
class LobbyMap:
    partner: str
    people: tuple[PersonStatus, ...]
    grid: tuple[GridRow, ...]  # influence 5 down to 1
    priority: tuple[Priority, ...]
    unplaced: tuple[str, ...] = ()  # people without influence or stance: not on the grid
    unknown: tuple[str, ...] = ()  # names in the log that are not the partner's people

    @property
    def coverage(self) -> Coverage:
        return _coverage_of((p.name, p.influence, p.stance) for p in self.people)


def _coverage_of(people: Iterable[tuple[str, int | None, str | None]]) -> Coverage:
    """Of the (name, influence, stance now) with influence >= 3, how many are on our side."""
    key = [(name, stance) for name, influence, stance in people if influence is not None and influence >= PRIORITY_MIN_INFLUENCE]
    on_side = tuple(name for name, stance in key if stance in ON_SIDE)
    return Coverage(len(key), len(on_side), on_side)


def coverage(partner: Partner, contacts: Sequence[Contact] = ()) -> Coverage:
    """`lobby_map(partner, contacts).coverage` without the rest of the map
    (`pln report` wants only this figure, of every partner): each person's
    stance now is the one of their latest contact (by date, then file
    order) that names one, else the partner file's."""
    latest: dict[str, tuple[date, int, str]] = {}
    for index, contact in enumerate(contacts):
        if contact.stance is None:
            continue
        key = name_key(contact.person)
        seen = latest.get(key)
        if seen is None or (contact.date, index) > seen[:2]:
            latest[key] = (contact.date, index, contact.stance)
    counted: set[str] = set()
    people = []
    for person in partner.people:
        key = name_key(person.name)
        if key in counted:  # a name listed twice in the partner file counts once
            continue
        counted.add(key)
        people.append((person.name, person.influence, latest[key][2] if key in latest else person.stance))
    return _coverage_of(people)


def _ordered(contacts: Sequence[Contact]) -> list[tuple[int, Contact]]:
    """Contacts by date, then file order."""
    return sorted(enumerate(contacts), key=lambda pair: (pair[1].date, pair[0]))


def person_status(person: Person, contacts: Sequence[Contact]) -> PersonStatus:
    """One person's status from their contacts (already filtered to them)."""
    ordered = [c for _, c in _ordered(contacts)]
    history = tuple((c.date, c.stance) for c in ordered if c.stance is not None)
    logged = {c.step for c in ordered}
    latest = ordered[-1] if ordered else None
    return PersonStatus(
        name=person.name,
        role=person.role,
        lobby_class=person.lobby_class,
        influence=person.influence,
        stance_start=person.stance,
        stance=history[-1][1] if history else person.stance,
        steps_done=tuple(step for step in STEPS if step in logged),
        last_contact=latest.date if latest else None,
        next=latest.next if latest else None,
        contacts=len(ordered),
        history=history,
    )


def _priority_key(p: PersonStatus) -> tuple[Any, ...]:
    assert p.influence is not None and p.stance is not None
    return (
        -p.influence,
        PRIORITY_STANCES.index(p.stance),
        p.last_contact is not None,  # never contacted first
        p.last_contact or date.min,  # then the oldest contact first
        p.name,
    )


def priority(people: Iterable[PersonStatus]) -> tuple[Priority, ...]:
    wanted = [
        p for p in people
        if p.influence is not None and p.influence >= PRIORITY_MIN_INFLUENCE and p.stance in PRIORITY_STANCES
    ]
    return tuple(
        Priority(p.name, p.influence, p.stance, p.last_contact, p.next_step)  # type: ignore[arg-type]
        for p in sorted(wanted, key=_priority_key)
    )


def lobby_map(partner: Partner, contacts: Sequence[Contact] = ()) -> LobbyMap:
    by_person: dict[str, list[Contact]] = {}
    for contact in contacts:
        by_person.setdefault(name_key(contact.person), []).append(contact)
    known = {name_key(p.name) for p in partner.people}
    unknown = tuple(dict.fromkeys(c.person for c in contacts if name_key(c.person) not in known))
    seen: set[str] = set()
    people = []
    for person in partner.people:
        key = name_key(person.name)
        if key in seen:  # a name listed twice in the partner file counts once
            continue
        seen.add(key)
        people.append(person_status(person, by_person.get(key, [])))
    grid = tuple(
        GridRow(level, tuple(tuple(p.name for p in people if p.influence == level and p.stance == s) for s in STANCE_AXIS))
        for level in range(5, 0, -1)
    )
    unplaced = tuple(p.name for p in people if p.influence is None or p.stance is None)
    return LobbyMap(partner.id, tuple(people), grid, priority(people), unplaced, unknown)


# --- JSON -----------------------------------------------------------------------


def _next_json(action: NextAction | None) -> dict[str, str] | None:
    return None if action is None else {"date": action.date.isoformat(), "action": action.action}


def to_json(lmap: LobbyMap) -> dict[str, Any]:
    """`pln lobby map P --format json`.

    PREP.md keys: `partner`; `people` (each `name`, `lobby_class`,
    `influence`, `stance_start`, `stance`, `steps_done`, `last_contact`,
    `next` as `{date, action}` or null); `priority` (`[{name, next_step}]`).
    Extra keys: per person `role`, `contacts` (how many), `history`
    (`[{date, stance}]`); per priority entry `influence`, `stance`,
    `last_contact`; top level `grid` (`{"5": {"opposed": [names], ...}, ...}`),
    `unplaced`, `unknown` (names in the log that are not the partner's
    people) and `coverage` (`{key_people, on_side}`).
    """
    return {
        "partner": lmap.partner,
        "people": [
            {
                "name": p.name,
                "lobby_class": p.lobby_class,
                "influence": p.influence,
                "stance_start": p.stance_start,
                "stance": p.stance,
                "steps_done": list(p.steps_done),
                "last_contact": p.last_contact.isoformat() if p.last_contact else None,
                "next": _next_json(p.next),
                "role": p.role,
                "contacts": p.contacts,
                "history": [{"date": d.isoformat(), "stance": s} for d, s in p.history],
            }
            for p in lmap.people
        ],
        "priority": [
            {
                "name": p.name,
                "next_step": p.next_step,
                "influence": p.influence,
                "stance": p.stance,
                "last_contact": p.last_contact.isoformat() if p.last_contact else None,
            }
            for p in lmap.priority
        ],
        "grid": {str(row.influence): {s: list(cell) for s, cell in zip(STANCE_AXIS, row.cells)} for row in lmap.grid},
        "unplaced": list(lmap.unplaced),
        "unknown": list(lmap.unknown),
        "coverage": {"key_people": lmap.coverage.key_people, "on_side": lmap.coverage.on_side},
    }
