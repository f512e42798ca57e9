"""What is due: one list across the workspace, soonest first (shared/PREP.md).

Pure: evaluated meetings, lobby logs and deals in, `DueItem`s out.  Items:
- lobby: a person's `next` action dated on or before today + within, when
  the contact that set it is the person's last contact in the file (file
  order; no later contact has answered it); overdue when dated before today;
- meeting: neither held nor cancelled, dated today .. today + within, and not
  ready or its acc not valid (what is missing is said); not overdue;
- meeting: date passed, neither held nor cancelled; overdue;
- deal: open (no outcome), last round more than 21 days before today; dated
  last round + 21 days, overdue;
- extra: items from elsewhere (campaign posts, CAMPAIGNS.md) through the
  `extra` parameter, kept when dated on or before today + within.
Order: date, then kind (lobby, meeting, deal, campaign), then ref.  An item
is listed once: for the same (kind, ref, date) only the first is kept.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from pln_cli.i18n import Msg
from pln_cli.model.deal import Deal
from pln_cli.model.lobby import LobbyLog
from pln_cli.prep.meeting import MeetingView
from pln_cli.prep.text import Join, name_key

KINDS = ("lobby", "meeting", "deal", "campaign")
DEFAULT_WITHIN = 7
STALE_DEAL_DAYS = 21


@dataclass(frozen=True)
class DueItem:
    date: date
    kind: str  # one of KINDS
    ref: str  # <partner>/<person>, the meeting id, the deal id, the campaign id
    what: Any  # a Msg, or a Join of Msgs: anything with render(lang)
    overdue: bool = False


def lobby_due(log: LobbyLog, today: date, within: int = DEFAULT_WITHIN) -> list[DueItem]:
    last: dict[str, Any] = {}
    for contact in log.contacts:  # file order: a later contact supersedes
        last[name_key(contact.person)] = contact
    horizon = today + timedelta(days=within)
    items = []
    for contact in last.values():
        action = contact.next
        if action is not None and action.date <= horizon:
            items.append(DueItem(action.date, "lobby", f"{log.partner}/{contact.person}",
                                 Msg("due.lobby", {"action": action.action}), action.date < today))
    return items


def meeting_due(view: MeetingView, within: int = DEFAULT_WITHIN) -> DueItem | None:
    plan, today = view.meeting.plan, view.today
    if not view.open:
        return None
    if plan.date < today:
        return DueItem(plan.date, "meeting", plan.meeting, Msg("due.meeting.overdue", {"date": plan.date}), True)
    if plan.date > today + timedelta(days=within) or view.ready:
        return None
    parts: list[Any] = []
    for item in view.readiness.items():
        if not item.ready:
            parts.append(Msg("due.meeting.item", {
                "item": Msg(f"meeting.item.{item.item}"),
                "level": Msg(f"meeting.level.{item.level}"),
                "missing": Join(item.missing, ", "),
            }))
    if not view.approval.valid:
        parts.append(Msg("due.meeting.approval", {"state": Msg(f"meeting.status.{view.approval.state}")}))
    return DueItem(plan.date, "meeting", plan.meeting, Join(tuple(parts), "; "), False)


def deal_due(deal: Deal, today: date) -> DueItem | None:
    if deal.outcome is not None or not deal.rounds:
        return None
    last = max(r.date for r in deal.rounds)
    age = (today - last).days
    if age <= STALE_DEAL_DAYS:
        return None
    return DueItem(last + timedelta(days=STALE_DEAL_DAYS), "deal", deal.id,
                   Msg("due.deal.stale", {"days": age, "last": last}), True)


def due_items(
    today: date,
    within: int = DEFAULT_WITHIN,
    *,
    meetings: Iterable[MeetingView] = (),
    lobby: Iterable[LobbyLog] = (),
    deals: Iterable[Deal] = (),
    extra: Iterable[DueItem] = (),
) -> tuple[DueItem, ...]:
    """Everything due on or before today + `within` days, soonest first.

    `meetings` must be evaluated for the same `today`.  `extra` is the hook
    for other sources (campaign posts): items dated after the horizon are
    dropped, the rest merged and ordered with the others.
    """
    horizon = today + timedelta(days=within)
    found: list[DueItem] = []
    for log in lobby:
        found.extend(lobby_due(log, today, within))
    for view in meetings:
        item = meeting_due(view, within)
        if item is not None:
            found.append(item)
    for deal in deals:
        item = deal_due(deal, today)
        if item is not None:
            found.append(item)
    found.extend(item for item in extra if item.date <= horizon)
    rank = {kind: index for index, kind in enumerate(KINDS)}
    found.sort(key=lambda i: (i.date, rank.get(i.kind, len(KINDS)), i.ref))
    seen: set[tuple[str, str, date]] = set()
    result = []
    for item in found:
        key = (item.kind, item.ref, item.date)
        if key not in seen:
            seen.add(key)
            result.append(item)
    return tuple(result)


def to_json(items: Iterable[DueItem], lang: str = "en") -> list[dict[str, Any]]:
    """`pln due --format json`: a list of `{date, kind, ref, what, overdue}` (PREP.md), `what` in `lang`."""
    return [
        {"date": i.date.isoformat(), "kind": i.kind, "ref": i.ref, "what": i.what.render(lang), "overdue": i.overdue}
        for i in items
    ]
