"""`pln due`: what needs doing soon, across the workspace (shared/PREP.md).

Lobby next actions, meetings that are not ready or whose acc is not valid,
overdue meetings, open deals without a round for three weeks, and campaign
posts due (CAMPAIGNS.md): one list, soonest first.  A file with errors is
left out and its Problems come beside the list (the policy of every
command that lists many files).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pln_cli.api.campaigns import campaign_due_items
from pln_cli.api.meetings import OfferCheck, evaluate_entry
from pln_cli.catalog import Msg
from pln_cli.errors import UsageError
from pln_cli.load.problem import Problem
from pln_cli.load.workspace import Workspace
from pln_cli.prep.due import DEFAULT_WITHIN, DueItem, due_items

MAX_WITHIN = 3660  # ten years: a larger window is a typo


@dataclass(frozen=True)
class DueList:
    items: tuple[DueItem, ...]
    today: date
    within: int
    problems: tuple[Problem, ...] = ()


def _usable(entry: object) -> bool:
    """No error but a torn tail: the complete documents of a torn log still count."""
    problems = getattr(entry, "problems", [])
    return not any(p.severity == "error" and p.code != "torn-write" for p in problems)


def what_is_due(workspace: Workspace, today: date | None = None, within: int = DEFAULT_WITHIN) -> DueList:
    """Everything due on or before today + `within` days, and the overdue."""
    if within < 0 or within > MAX_WITHIN:
        raise UsageError(Msg("usage.within", {"value": within, "max": MAX_WITHIN}))
    day = today or date.today()
    offers = OfferCheck()
    views = []
    for entry in workspace.meetings.values():
        if not _usable(entry):
            continue
        view = evaluate_entry(workspace, entry, day, offers)
        if view is not None:
            views.append(view)
    logs = [e.log for e in workspace.lobby.values() if e.log is not None and _usable(e)]
    deals = [e.deal for e in workspace.deals.values() if e.deal is not None and _usable(e)]
    items = due_items(day, within, meetings=views, lobby=logs, deals=deals, extra=campaign_due_items(workspace, day))
    return DueList(items, day, within, tuple(workspace.all_problems()))
