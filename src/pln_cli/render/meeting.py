"""Meetings as documents: `meeting show` (readiness, approval, audience, the
deal), `meeting list`, and the summary after an event is recorded."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from pln_cli.api.meetings import MeetingList, MeetingReport
from pln_cli.i18n import tr
from pln_cli.model.meeting import Approved, ChangesRequested, Event, Held, Submitted
from pln_cli.prep.meeting import (
    AudienceRow,
    MeetingView,
    approval_message,
    status_message,
)
from pln_cli.prep.readiness import Readiness
from pln_cli.render.document import Document, Section, Table

STATUS_STYLE = {
    "approved": "good", "held": "good",
    "stale": "warning", "overdue": "warning", "changes_requested": "warning", "cancelled": "warning",
}


def status_text(status: str, lang: str) -> str:
    return tr(f"meeting.status.{status}", lang)


def level_text(level: str, lang: str) -> str:
    return tr(f"meeting.level.{level}", lang)


def when(view: MeetingView) -> str:
    plan = view.meeting.plan
    return f"{plan.date.isoformat()} {plan.time}" if plan.time else plan.date.isoformat()


def yes_no(value: bool, lang: str) -> str:
    return tr("meeting.yes" if value else "meeting.no", lang)


# --- meeting show ----------------------------------------------------------------------


def show_document(report: MeetingReport, lang: str) -> Document:
    view = report.view
    plan = view.meeting.plan
    title = tr("meeting.show.title", lang, meeting=plan.meeting, partner=report.partner_name, when=when(view))
    subtitle = []
    if plan.objective:
        subtitle.append(f"{tr('meeting.objective', lang)}: {plan.objective}")
    if plan.presenters:
        subtitle.append(f"{tr('meeting.presenters', lang)}: {', '.join(plan.presenters)}")
    if plan.venue is not None and plan.venue.place:
        place = ", ".join(x for x in (plan.venue.place, plan.venue.room, plan.venue.address) if x)
        subtitle.append(f"{tr('meeting.venue', lang)}: {place}")
    links = [f"{tr('deal.deal', lang)}: {plan.deal}"] if plan.deal else []
    if report.deal is not None and not plan.offer:
        links.append(f"{tr('deal.offer', lang)}: {report.deal.offer_label}")
    elif plan.offer:
        links.append(f"{tr('deal.offer', lang)}: {plan.offer}")
    if links:
        subtitle.append(" · ".join(links))
    sections = [status_section(view, lang), readiness_section(view.readiness, lang)]
    todo = todo_section(view.readiness, lang) if view.open else None  # a held or cancelled meeting needs nothing more
    if todo is not None:
        sections.append(todo)
    sections.append(audience_section(report.audience, lang))
    if report.deal is not None:
        sections.extend(deal_sections(report, lang))
    sections.append(events_section(view, lang))
    return Document(title, subtitle, sections)


def status_section(view: MeetingView, lang: str) -> Section:
    """The status said plainly, then the acc (and who decided when), then the verdict."""
    lines = [f"{tr('meeting.status', lang)}: {status_message(view).render(lang)}"]
    approval = view.approval
    if view.status == "overdue" or (view.status in ("held", "cancelled") and approval.state != "not_submitted"):
        lines.append(f"{tr('meeting.approval', lang)}: {approval_message(approval).render(lang)}")
    if approval.state == "awaiting" and approval.changed_since_submit:
        lines.append(tr("meeting.changed_since_submit", lang))
    if view.open:
        lines.append(ready_text(view, lang))
    return Section(tr("meeting.status_title", lang), text=lines, style=STATUS_STYLE.get(view.status, ""))


def ready_text(view: MeetingView, lang: str) -> str:
    """Ready for the meeting, or why not: the preparations not ready, an acc not valid."""
    if view.ready:
        return tr("meeting.ready.yes", lang)
    reasons = []
    not_ready = sum(1 for i in view.readiness.items() if not i.ready)
    if not_ready:
        reasons.append(tr("meeting.ready.preps", lang, count=not_ready))
    if not view.approval.valid:
        reasons.append(tr("meeting.ready.acc", lang))
    return tr("meeting.ready.no", lang, reasons="; ".join(reasons))


def readiness_section(readiness: Readiness, lang: str) -> Section:
    rows = [[tr(f"meeting.item.{i.item}", lang), tr(f"meeting.item_long.{i.item}", lang), level_text(i.level, lang)] for i in readiness.items()]
    headers = [tr(k, lang) for k in ("meeting.preparation", "meeting.purwanto", "meeting.level")]
    return Section(tr("meeting.readiness_title", lang), table=Table(headers, rows, ["left", "left", "left"]))


def todo_section(readiness: Readiness, lang: str) -> Section | None:
    bullets = [f"{tr(f'meeting.item.{i.item}', lang)}: {m.render(lang)}" for i in readiness.items() for m in i.missing]
    if not bullets:
        return None
    return Section(tr("meeting.todo_title", lang), bullets=bullets, style="warning")


def stance_text(start: str | None, now: str | None, lang: str) -> str:
    if now is None:
        return "-"
    shown = tr(f"lobby.stance.{now}", lang)
    if start is not None and start != now:
        return tr("lobby.stance_moved", lang, start=tr(f"lobby.stance.{start}", lang), now=shown)
    return shown


def audience_section(rows: Sequence[AudienceRow], lang: str) -> Section:
    if not rows:
        return Section(tr("meeting.audience_title", lang), text=[tr("meeting.audience.none", lang)])
    table_rows = []
    for a in rows:
        if not a.known:
            table_rows.append([a.name, tr("meeting.unknown_person", lang), "-", "-", "-"])
            continue
        table_rows.append([
            a.name,
            a.role or "-",
            tr(f"lobby.class.{a.lobby_class}", lang) if a.lobby_class else "-",
            str(a.influence) if a.influence is not None else "-",
            stance_text(a.stance_start, a.stance, lang),
        ])
    headers = [tr(k, lang) for k in ("lobby.name", "lobby.role", "lobby.class", "lobby.influence", "lobby.stance")]
    return Section(tr("meeting.audience_title", lang), table=Table(headers, table_rows, ["left", "left", "left", "right", "left"]))


def deal_sections(report: MeetingReport, lang: str) -> list[Section]:
    """Where the linked deal stands: the positions while it is open, the outcome once closed."""
    from pln_cli.render.deal import where_section
    from pln_cli.render.values import show_terms

    assert report.deal is not None
    deal = report.deal.deal
    status = tr(f"deal.status.{deal.status}", lang)
    lines = [tr("meeting.deal_line", lang, deal=deal.id, status=status, rounds=len(deal.rounds))]
    title = tr("meeting.deal_title", lang)
    if deal.outcome is not None:
        terms = deal.outcome.terms.named() if deal.outcome.terms is not None else {}
        day = deal.outcome.date.isoformat() if deal.outcome.date else "-"
        lines.append(tr("meeting.deal_outcome", lang, status=status, date=day, terms=show_terms(terms, lang)))
        return [Section(title, text=lines)]
    if not deal.rounds:
        return [Section(title, text=lines)]
    where = where_section(report.deal.analysis, lang)
    where.title = title
    where.text = lines + list(where.text)
    return [where]


def _event_who(event: Event) -> str:
    if isinstance(event, (Submitted, Approved, ChangesRequested)):
        if isinstance(event, Submitted) and event.to:
            return f"{event.by} → {event.to}"
        return event.by
    if isinstance(event, Held) and event.attended:
        return ", ".join(event.attended)
    return "-"


def events_section(view: MeetingView, lang: str) -> Section:
    events = view.meeting.events
    if not events:
        return Section(tr("meeting.events_title", lang), text=[tr("meeting.no_events", lang)])
    rows = []
    for event in events:
        digest = getattr(event, "digest", None)
        binds = "-" if digest is None else tr("meeting.digest.current" if digest == view.approval.digest else "meeting.digest.older", lang)
        rows.append([event.date.isoformat(), tr(f"meeting.event.{event.event}", lang), _event_who(event), binds, event.note or "-"])
    headers = [tr(k, lang) for k in ("deal.date", "meeting.event_col", "meeting.who", "meeting.binds", "meeting.note")]
    return Section(tr("meeting.events_title", lang), table=Table(headers, rows, ["left"] * 5))


# --- after an event ----------------------------------------------------------------------


def summary_document(report: MeetingReport, event: str, lang: str) -> Document:
    """What an event command prints after writing: what was recorded, where the meeting stands."""
    view = report.view
    title = tr(f"meeting.recorded.{event}", lang, meeting=view.id)
    levels = ", ".join(f"{tr(f'meeting.item.{i.item}', lang)} {level_text(i.level, lang)}" for i in view.readiness.items())
    return Document(title, [], [status_section(view, lang), Section(None, text=[f"{tr('meeting.readiness_title', lang)}: {levels}"])])


# --- meeting list ------------------------------------------------------------------------

LIST_COLUMNS = ["meeting", "partner", "partner_name", "date", "time", "status", "approval",
                "topic", "tools", "audience", "venue", "ready", "overdue"]


def list_record(view: MeetingView, partner_names: Mapping[str, str]) -> dict[str, Any]:
    """One meeting of `meeting list` (JSON and CSV keys; levels and statuses as in PREP.md)."""
    plan = view.meeting.plan
    levels = {i.item: i.level for i in view.readiness.items()}
    return {
        "meeting": plan.meeting,
        "partner": plan.partner,
        "partner_name": partner_names.get(plan.partner, plan.partner),
        "date": plan.date.isoformat(),
        "time": plan.time,
        "status": view.status,
        "approval": view.approval.json_value,
        **levels,
        "ready": view.ready,
        "overdue": view.overdue,
    }


def meetings_table(views: Sequence[MeetingView], partner_names: Mapping[str, str], lang: str) -> Table:
    """Date, meeting, partner, status, the four preparations, ready: for `meeting list` and `report`."""
    headers = [tr(k, lang) for k in ("deal.date", "meeting.meeting", "deal.partner", "meeting.status",
                                      "meeting.item.topic", "meeting.item.tools", "meeting.item.audience", "meeting.item.venue", "meeting.ready")]
    rows = [
        [when(v), v.id, partner_names.get(v.meeting.plan.partner, v.meeting.plan.partner), status_text(v.status, lang)]
        + [level_text(i.level, lang) for i in v.readiness.items()]
        + [yes_no(v.ready, lang)]
        for v in views
    ]
    return Table(headers, rows, ["left"] * len(headers))


def list_document(found: MeetingList, lang: str) -> Document:
    if not found.views:
        return Document(tr("meeting.list_title", lang), [], [Section(None, text=[tr("meeting.list_empty", lang)])])
    return Document(tr("meeting.list_title", lang), [], [Section(None, table=meetings_table(found.views, found.partner_names, lang))])
