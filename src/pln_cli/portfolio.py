"""The portfolio: one summary row per deal, and totals by status.

Pure: it takes loaded deals, their analyses, and the simulated results of
each side's terms, and returns plain records (`api.report` gathers them).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pln_cli.econ.scheme import Result
from pln_cli.model.deal import ISSUES, STATUSES, Deal, Status
from pln_cli.negotiation.analytics import DealAnalysis, Verdict

MONTH_DAYS = 30  # "monthly" figures are per 30 days of the scheme's period


@dataclass(frozen=True)
class Economics:
    """Monthly figures of one set of terms (None when they cannot be simulated)."""

    monthly_net_cost: int | None = None
    cac: int | None = None
    qualifying_share: float | None = None
    monthly_new_customers: float | None = None


@dataclass(frozen=True)
class DealRow:
    deal: str
    partner: str
    partner_name: str
    status: Status
    rounds: int
    first_meeting: date | None
    last_meeting: date | None
    last_round: date | None  # the date of the last round logged (may be out of order)
    our_terms: dict[str, Any]
    their_terms: dict[str, Any]
    agreed_terms: dict[str, Any]
    next_offer: dict[str, Any]
    overall_gap: float | None
    verdict: Verdict
    ours: Economics = field(default_factory=Economics)
    theirs: Economics = field(default_factory=Economics)
    agreed: Economics = field(default_factory=Economics)


def economics(result: Result | None) -> Economics:
    """A simulated set of terms per 30 days of the period (empty when none)."""
    if result is None:
        return Economics()
    days = result.inputs.days
    scale = MONTH_DAYS / days if days else 0.0
    return Economics(
        monthly_net_cost=int(round(result.our_net_cost * scale)),
        cac=None if result.cac is None else int(round(result.cac)),
        qualifying_share=result.qualifying_share,
        monthly_new_customers=result.new_customers * scale,
    )


def deal_row(deal: Deal, analysis: DealAnalysis, partner_name: str, results: dict[str, Result | None]) -> DealRow:
    """`results` holds the simulation of "ours", "theirs" and "agreed" terms
    (any may be missing: no offer, or terms that cannot be simulated)."""
    ours = {k: i.ours for k, i in analysis.issues.items() if i.ours is not None}
    theirs = {k: i.theirs for k, i in analysis.issues.items() if i.theirs is not None}
    agreed: dict[str, Any] = {}
    if deal.status == "agreed" and deal.outcome is not None:
        agreed = deal.outcome.terms.named() if deal.outcome.terms else dict(ours)
    next_offer = {k: i.next_offer for k, i in analysis.issues.items()} if deal.status == "open" else {}
    dates = [r.date for r in deal.rounds]
    return DealRow(
        deal=deal.id,
        partner=deal.header.partner,
        partner_name=partner_name,
        status=deal.status,
        rounds=len(deal.rounds),
        first_meeting=min(dates) if dates else None,
        last_meeting=max(dates) if dates else None,
        last_round=dates[-1] if dates else None,
        our_terms=ours,
        their_terms=theirs,
        agreed_terms=agreed,
        next_offer=next_offer,
        overall_gap=analysis.overall_gap,
        verdict=analysis.checklist.verdict,
        ours=economics(results.get("ours")) if ours else Economics(),
        theirs=economics(results.get("theirs")) if theirs else Economics(),
        agreed=economics(results.get("agreed", results.get("ours"))) if deal.status == "agreed" else Economics(),
    )


def selected(row: DealRow, statuses: set[str] | None, partners: set[str] | None, since: date | None, until: date | None, meetings: list[date]) -> bool:
    if statuses and row.status not in statuses:
        return False
    if partners and row.partner not in partners:
        return False
    if since is not None or until is not None:
        return any((since is None or d >= since) and (until is None or d <= until) for d in meetings)
    return True


@dataclass(frozen=True)
class StatusTotal:
    status: str
    deals: int
    monthly_net_cost: int  # agreed: the agreed terms; otherwise our latest proposal
    monthly_new_customers: float


def totals(rows: list[DealRow]) -> list[StatusTotal]:
    result = []
    for status in STATUSES:
        group = [r for r in rows if r.status == status]
        if not group:
            continue
        figures = [r.agreed if status == "agreed" else r.ours for r in group]
        result.append(
            StatusTotal(
                status=status,
                deals=len(group),
                monthly_net_cost=sum(f.monthly_net_cost or 0 for f in figures),
                monthly_new_customers=sum(f.monthly_new_customers or 0.0 for f in figures),
            )
        )
    return result


def record(row: DealRow) -> dict[str, Any]:
    """Stable keys, one value per key; amounts as integers (the documented columns)."""
    data: dict[str, Any] = {
        "deal": row.deal,
        "partner": row.partner,
        "partner_name": row.partner_name,
        "status": row.status,
        "rounds": row.rounds,
        "first_meeting": row.first_meeting.isoformat() if row.first_meeting else None,
        "last_meeting": row.last_meeting.isoformat() if row.last_meeting else None,
        "overall_gap": row.overall_gap,
        "verdict": row.verdict,
    }
    for prefix, terms in (("our", row.our_terms), ("their", row.their_terms), ("next", row.next_offer), ("agreed", row.agreed_terms)):
        for key in ISSUES:
            data[f"{prefix}_{key}"] = terms.get(key)
    for prefix, figures in (("our", row.ours), ("their", row.theirs), ("agreed", row.agreed)):
        data[f"{prefix}_monthly_net_cost"] = figures.monthly_net_cost
        data[f"{prefix}_cac"] = figures.cac
        data[f"{prefix}_qualifying_share"] = figures.qualifying_share
    return data


RECORD_COLUMNS = list(record(DealRow("", "", "", "open", 0, None, None, None, {}, {}, {}, {}, None, "mixed")).keys())
