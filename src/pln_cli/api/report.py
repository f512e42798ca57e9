"""The portfolio: every deal of a workspace in rows, with totals.

`pln report` and `pln deal list` both read these rows; `deal list` asks
for them without economics (no simulation), `report` with, and with a day:
then the meetings still to come (readiness and acc) and each partner's
lobby coverage come too.

Broken files, the one policy of every command that lists many files
(`report`, `deal list`, `offer simulate` on several offers): a file with
errors is left out of the rows, its Problems are returned beside them, and
the rest is listed.  A deal whose only error is a torn tail keeps its
complete rounds and is listed.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pln_cli.api.engine import Terms, evaluate
from pln_cli.api.meetings import list_meetings, lobby_of
from pln_cli.errors import ProblemsFound
from pln_cli.load.problem import Problem
from pln_cli.load.workspace import OfferEntry, Workspace
from pln_cli.model.deal import Deal
from pln_cli.negotiation.analytics import DealAnalysis, analyse
from pln_cli.prep.lobby import Coverage
from pln_cli.prep.meeting import MeetingView
from pln_cli.portfolio import DealRow, StatusTotal, deal_row, selected, totals
from pln_cli.econ.scheme import Result

if TYPE_CHECKING:
    from pln_cli.campaign.summary import CampaignRow


@dataclass(frozen=True)
class Filters:
    statuses: Collection[str] = ()
    partners: Collection[str] = ()
    since: date | None = None
    until: date | None = None


@dataclass(frozen=True)
class PartnerCoverage:
    """Of a partner's people with influence >= 3, how many are supportive or better now."""

    partner: str
    partner_name: str
    coverage: Coverage


@dataclass(frozen=True)
class Portfolio:
    rows: tuple[DealRow, ...]
    totals: tuple[StatusTotal, ...]
    idle_partners: tuple[str, ...]  # "Name (id)" of partners without a deal
    idle_offers: tuple[str, ...]
    problems: tuple[Problem, ...] = field(default=())
    # With a day: the meetings neither held nor cancelled (upcoming, and the
    # overdue), by date, and the lobby coverage of each partner with key people.
    meetings: tuple[MeetingView, ...] = ()
    partner_names: Mapping[str, str] = field(default_factory=dict)
    lobby: tuple[PartnerCoverage, ...] = ()
    campaigns: tuple["CampaignRow", ...] = ()  # with a day: one row per campaign


def _usable_deal(entry: Any) -> bool:
    return entry.deal is not None and not any(p.severity == "error" and p.code != "torn-write" for p in entry.problems)


def term_sets(deal: Deal, analysis: DealAnalysis) -> list[Terms]:
    """The terms a row simulates: our latest, theirs, and the agreed ones."""
    ours = {k: i.ours for k, i in analysis.issues.items() if i.ours is not None}
    theirs = {k: i.theirs for k, i in analysis.issues.items() if i.theirs is not None}
    sets = [ours, theirs]
    if deal.outcome is not None and deal.outcome.terms is not None:
        sets.append(deal.outcome.terms.named())
    return sets


def portfolio(workspace: Workspace, filters: Filters = Filters(), economics: bool = True, today: date | None = None) -> Portfolio:
    """One row per deal (selected by `filters`), totals by status, and the
    partners and offers that have no deal; with `today`, the open meetings
    and the lobby coverage too (of the `filters.partners` when given)."""
    analysed: list[tuple[Deal, DealAnalysis, OfferEntry | None]] = []
    for entry in workspace.deals.values():
        if not _usable_deal(entry):
            continue
        deal = entry.deal
        analysed.append((deal, analyse(deal), workspace.offer_at(entry.offer_path())))

    data_problems: list[Problem] = []
    results = _simulate_all(analysed, data_problems) if economics else {}
    rows = []
    for deal, analysis, offer in analysed:
        partner = workspace.partners.get(deal.header.partner)
        name = partner.model.name if partner and partner.model else deal.header.partner
        start = offer.model.period.start if offer is not None and offer.usable and offer.model is not None else None
        row = deal_row(deal, analysis, name, results.get(deal.id, {}), start)
        if selected(row, set(filters.statuses) or None, set(filters.partners) or None, filters.since, filters.until, [r.date for r in deal.rounds]):
            rows.append(row)

    used_partners = {d.header.partner for d, _, _ in analysed}
    used_offers = {o.id for _, _, o in analysed if o is not None}
    idle_partners = tuple(f"{e.model.name} ({pid})" for pid, e in sorted(workspace.partners.items()) if e.model is not None and pid not in used_partners)
    idle_offers = tuple(f"{e.model.label()} ({oid})" for oid, e in sorted(workspace.offers.items()) if e.model is not None and oid not in used_offers)
    rows.sort(key=lambda r: (r.status != "open", r.deal))
    found = Portfolio(tuple(rows), tuple(totals(rows)), idle_partners, idle_offers, tuple(workspace.all_problems()) + tuple(data_problems))
    if today is None:
        return found
    wanted = tuple(sorted(filters.partners))
    meetings = list_meetings(workspace, today, wanted)
    upcoming = tuple(v for v in meetings.views if v.open)
    from pln_cli.api.campaigns import campaign_rows

    campaigns = campaign_rows(workspace, today)
    return replace(found, meetings=upcoming, partner_names=dict(meetings.partner_names), lobby=lobby_coverage(workspace, wanted), campaigns=campaigns)


def lobby_coverage(workspace: Workspace, partners: Collection[str] = ()) -> tuple[PartnerCoverage, ...]:
    """Each partner with people of influence >= 3 (or a lobby log): how many
    of those are supportive or better, their stance now from the lobby log."""
    found = []
    for pid, entry in sorted(workspace.partners.items()):
        if entry.model is None or (partners and pid not in partners):
            continue
        coverage = lobby_of(workspace, entry.model)
        assert coverage is not None
        if coverage.coverage.key_people or pid in workspace.lobby:
            found.append(PartnerCoverage(pid, entry.model.name, coverage.coverage))
    return tuple(found)


def _simulate_all(analysed: list[tuple[Deal, DealAnalysis, OfferEntry | None]], problems: list[Problem] | None = None) -> dict[str, dict[str, Result | None]]:
    """For each deal, the results of its term sets by name (ours, theirs,
    agreed); one pass over each offer's spend data for all its deals."""
    by_offer: dict[Path, tuple[OfferEntry, list[tuple[str, str, Terms]]]] = {}
    for deal, analysis, offer in analysed:
        if offer is None or not offer.usable:
            continue
        names = ("ours", "theirs", "agreed")
        for name, terms in zip(names, term_sets(deal, analysis)):
            by_offer.setdefault(offer.path, (offer, []))[1].append((deal.id, name, terms))
    found: dict[str, dict[str, Result | None]] = {}
    for offer, wanted in by_offer.values():
        try:
            evaluation = evaluate(offer.model, offer.spend_data, [t for _, _, t in wanted], strict=False)
        except ProblemsFound as exc:
            # Bad rows of a transactions file surface only when it is read:
            # they join the report's Problems (and fail --strict).
            if problems is not None:
                problems.extend(p for p in exc.problems if p not in problems)
            continue
        for (deal_id, name, _), result in zip(wanted, evaluation.results):
            found.setdefault(deal_id, {})[name] = result
    return found
