"""`pln lobby map`: the people, the influence x stance grid, the lobby
priority with the next Panuju step, and where each stance started."""

from __future__ import annotations

from typing import Any

from pln_cli.api.lobby import LobbyView
from pln_cli.i18n import tr
from pln_cli.model.lobby import STANCE_AXIS, NextAction
from pln_cli.prep.lobby import PRIORITY_MIN_INFLUENCE, LobbyMap, PersonStatus, to_json
from pln_cli.render.document import Document, Section, Table
from pln_cli.render.meeting import stance_text


def next_text(action: NextAction | None, today: Any, lang: str) -> str:
    if action is None:
        return "-"
    text = f"{action.date.isoformat()}: {action.action}"
    if action.date < today:
        text += f" ({tr('lobby.late', lang)})"
    return text


def _steps(person: PersonStatus, lang: str) -> str:
    return ", ".join(tr(f"lobby.step_short.{s}", lang) for s in person.steps_done) or "-"


def people_section(lmap: LobbyMap, today: Any, lang: str) -> Section:
    rows = [
        [
            p.name,
            p.role or "-",
            tr(f"lobby.class.{p.lobby_class}", lang) if p.lobby_class else "-",
            str(p.influence) if p.influence is not None else "-",
            stance_text(p.stance_start, p.stance, lang),
            _steps(p, lang),
            p.last_contact.isoformat() if p.last_contact else "-",
            next_text(p.next, today, lang),
        ]
        for p in lmap.people
    ]
    headers = [tr(k, lang) for k in ("lobby.name", "lobby.role", "lobby.class", "lobby.influence", "lobby.stance",
                                      "lobby.steps_done", "lobby.last_contact", "lobby.next")]
    return Section(tr("lobby.people_title", lang), table=Table(headers, rows, ["left", "left", "left", "right", "left", "left", "left", "left"]))


def grid_section(lmap: LobbyMap, lang: str) -> Section:
    """Influence 5 (top) to 1 by stance opposed (left) to champion (right)."""
    headers = [tr("lobby.influence", lang)] + [tr(f"lobby.stance.{s}", lang) for s in STANCE_AXIS]
    rows = [[str(row.influence)] + [", ".join(cell) for cell in row.cells] for row in lmap.grid]
    text = [tr("lobby.grid_note", lang)]
    if lmap.unplaced:
        text.append(tr("lobby.unplaced", lang, names=", ".join(lmap.unplaced)))
    return Section(tr("lobby.grid_title", lang), table=Table(headers, rows, ["right"] + ["left"] * len(STANCE_AXIS)), text=text)


def priority_section(lmap: LobbyMap, lang: str) -> Section:
    title = tr("lobby.priority_title", lang)
    if not lmap.priority:
        return Section(title, text=[tr("lobby.priority_empty", lang, influence=PRIORITY_MIN_INFLUENCE)], style="good")
    bullets = []
    for p in lmap.priority:
        last = p.last_contact.isoformat() if p.last_contact else tr("lobby.never", lang)
        step = (tr("lobby.priority_step", lang, step=tr(f"lobby.step.{p.next_step}", lang), key=p.next_step)
                if p.next_step else tr("lobby.all_steps_done", lang))
        bullets.append(tr("lobby.priority_item", lang, name=p.name, influence=p.influence,
                          stance=tr(f"lobby.stance.{p.stance}", lang), last=last, step=step))
    return Section(title, bullets=bullets, numbered=True, text=[tr("lobby.priority_note", lang, influence=PRIORITY_MIN_INFLUENCE)])


def history_line(person: PersonStatus, lang: str) -> str:
    """Where the stance started (the partner file) and each change since, with its date."""
    start = tr(f"lobby.stance.{person.stance_start}", lang) if person.stance_start else "-"
    parts = [tr("lobby.history_start", lang, stance=start)]
    current = person.stance_start
    for day, stance in person.history:
        if stance != current:
            parts.append(tr("lobby.history_change", lang, stance=tr(f"lobby.stance.{stance}", lang), date=day.isoformat()))
            current = stance
    if len(parts) == 1:
        parts.append(tr("lobby.history_same", lang, contacts=person.contacts) if person.contacts else tr("lobby.history_none", lang))
    return f"{person.name}: " + " → ".join(parts)


def history_section(lmap: LobbyMap, lang: str) -> Section:
    bullets = [history_line(p, lang) for p in lmap.people if p.stance_start is not None or p.history]
    return Section(tr("lobby.history_title", lang), bullets=bullets)


def map_document(view: LobbyView, lang: str) -> Document:
    lmap = view.map
    coverage = lmap.coverage
    subtitle = [tr("lobby.coverage", lang, on_side=coverage.on_side, key_people=coverage.key_people, influence=PRIORITY_MIN_INFLUENCE)]
    subtitle.append(tr("lobby.today", lang, today=view.today.isoformat()))
    title = tr("lobby.map_title", lang, partner=view.partner.name)
    if not lmap.people:
        return Document(title, subtitle, [Section(None, text=[tr("lobby.no_people", lang, partner=view.partner.id)])])
    sections = [people_section(lmap, view.today, lang), grid_section(lmap, lang), priority_section(lmap, lang), history_section(lmap, lang)]
    if lmap.unknown:
        sections.append(Section(tr("lobby.unknown_title", lang), bullets=list(lmap.unknown), style="warning"))
    return Document(title, subtitle, sections)


def map_json(view: LobbyView) -> dict[str, Any]:
    """PREP.md's keys, and the extra `today` the `late` marks were computed for."""
    return {**to_json(view.map), "today": view.today.isoformat()}
