"""One meeting evaluated on a given day: status, approval, readiness; and its JSON."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from pln_cli.i18n import Msg
from pln_cli.model.meeting import Event, Meeting
from pln_cli.model.partner import Partner
from pln_cli.prep.approval import Approval, approval_state, is_overdue, meeting_status
from pln_cli.prep.lobby import LobbyMap, find_person
from pln_cli.prep.readiness import Readiness, ReadinessInputs, readiness


@dataclass(frozen=True)
class MeetingView:
    meeting: Meeting
    today: date
    status: str  # approval.STATUSES
    approval: Approval
    readiness: Readiness

    @property
    def id(self) -> str:
        return self.meeting.id

    @property
    def ready(self) -> bool:
        """All four preparations ready and the acc valid."""
        return self.readiness.all_ready and self.approval.valid

    @property
    def overdue(self) -> bool:
        return is_overdue(self.meeting, self.today)

    @property
    def open(self) -> bool:
        """Neither held nor cancelled."""
        return self.meeting.held is None and self.meeting.cancelled is None


def evaluate_meeting(meeting: Meeting, digest: str, today: date, inputs: ReadinessInputs) -> MeetingView:
    """`digest` is the current approval digest (`prep.approval.approval_digest`)."""
    approval = approval_state(meeting, digest)
    return MeetingView(meeting, today, meeting_status(meeting, approval, today), approval, readiness(meeting, inputs))


def status_message(view: MeetingView) -> Msg:
    """The status as a plain sentence (stale and overdue said plainly)."""
    meeting, approval = view.meeting, view.approval
    if view.status == "cancelled":
        assert meeting.cancelled is not None
        return Msg("meeting.say.cancelled", {"date": meeting.cancelled.date, "note": meeting.cancelled.note or "-"})
    if view.status == "held":
        assert meeting.held is not None
        return Msg("meeting.say.held", {"date": meeting.held.date})
    if view.status == "overdue":
        return Msg("meeting.say.overdue", {"date": meeting.plan.date})
    return approval_message(approval)


def approval_message(approval: Approval) -> Msg:
    """Approval status and who decided when, as a sentence."""
    latest = approval.latest
    if approval.state == "not_submitted":
        return Msg("meeting.say.not_submitted")
    if approval.state == "awaiting":
        assert latest is not None
        return Msg("meeting.say.awaiting", {"by": latest.by, "date": latest.date, "to": getattr(latest, "to", None) or "-"})  # type: ignore[union-attr]
    if approval.state == "changes_requested":
        assert latest is not None
        return Msg("meeting.say.changes_requested", {"by": latest.by, "date": latest.date, "note": latest.note or "-"})  # type: ignore[union-attr]
    assert latest is not None
    key = "meeting.say.approved" if approval.state == "approved" else "meeting.say.stale"
    return Msg(key, {"by": latest.by, "date": latest.date})  # type: ignore[union-attr]


@dataclass(frozen=True)
class AudienceRow:
    name: str
    known: bool
    role: str | None = None
    lobby_class: str | None = None
    influence: int | None = None
    stance: str | None = None  # current stance (from the lobby log when given)
    stance_start: str | None = None


def audience_rows(meeting: Meeting, partner: Partner | None, lobby: LobbyMap | None = None) -> tuple[AudienceRow, ...]:
    """The audience with lobby class, influence and current stance."""
    current = {p.name: p for p in lobby.people} if lobby is not None else {}
    rows = []
    for name in meeting.plan.audience:
        person = find_person(partner, name) if partner is not None else None
        if person is None:
            rows.append(AudienceRow(name, False))
            continue
        status = current.get(person.name)
        rows.append(AudienceRow(
            person.name, True, person.role, person.lobby_class, person.influence,
            status.stance if status else person.stance, person.stance,
        ))
    return tuple(rows)


def event_json(event: Event) -> dict[str, Any]:
    """An event as written in the file: `event` first, dates as YYYY-MM-DD, unset fields left out."""
    return {key: value for key, value in event.model_dump(mode="json").items() if value is not None}


def to_json(view: MeetingView, lang: str = "en", audience: tuple[AudienceRow, ...] | None = None) -> dict[str, Any]:
    """`pln meeting show M --format json`.

    PREP.md keys: `meeting`, `partner`, `date`, `status`, `approval`
    (valid | stale | none), `digest` (the current one), `readiness`
    (`{topic, tools, audience, venue}`, each `{level, missing: [text]}`,
    texts in `lang`), `ready` (bool), `events` (each as in the file).
    Extra keys: `time`, `deal`, `offer`, `objective`, `overdue` (bool),
    `approval_state` (not_submitted | awaiting | changes_requested |
    approved | stale, whatever the status), `submitted` (`{by, to, date, changed_since}`
    of the latest submit, or null; `changed_since`: the digest differs from the submitted one), `decision` (`{event, by, date, note}`
    of the latest approval or change request when it is the latest
    approval-related event, or null), and, when `audience` is given,
    `audience` (each `{name, known, role, lobby_class, influence, stance,
    stance_start}`).
    """
    plan, approval = view.meeting.plan, view.approval
    submitted = approval.submitted
    decision = approval.decision
    data: dict[str, Any] = {
        "meeting": plan.meeting,
        "partner": plan.partner,
        "date": plan.date.isoformat(),
        "status": view.status,
        "approval": approval.json_value,
        "digest": approval.digest,
        "readiness": {
            item.item: {"level": item.level, "missing": [m.render(lang) for m in item.missing]}
            for item in view.readiness.items()
        },
        "ready": view.ready,
        "events": [event_json(e) for e in view.meeting.events],
        "time": plan.time,
        "deal": plan.deal,
        "offer": plan.offer,
        "objective": plan.objective,
        "overdue": view.overdue,
        "approval_state": approval.state,
        "submitted": None if submitted is None else {
            "by": submitted.by, "to": submitted.to, "date": submitted.date.isoformat(), "changed_since": approval.changed_since_submit,
        },
        "decision": None if decision is None else {
            "event": decision.event, "by": decision.by, "date": decision.date.isoformat(), "note": decision.note,
        },
    }
    if audience is not None:
        data["audience"] = [
            {"name": a.name, "known": a.known, "role": a.role, "lobby_class": a.lobby_class,
             "influence": a.influence, "stance": a.stance, "stance_start": a.stance_start}
            for a in audience
        ]
    return data
