"""The portfolio: one summary row per deal, and totals by status.

Pure: it takes loaded deals, their analyses, and the simulated results of
each side's terms, and returns plain records (`api.report` gathers them).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal

from pln_cli.catalog import Msg
from pln_cli.econ.scheme import Result
from pln_cli.model.deal import ISSUES, STATUSES, Deal, Status
from pln_cli.negotiation.analytics import DealAnalysis, Verdict

# "Monthly" figures are per 30 days of the time the scheme runs: lambda * D
# days, until a cap binds.  Spreading a cost over the whole period would
# understate the monthly burn of a scheme that stops early.
MONTH_DAYS = 30

TermsName = Literal["agreed", "ours", "theirs"]
# The warnings of `offer simulate` that a deal repeats where the team
# decides (`deal show`, `deal close`, `report`): the money runs out early,
# or the scheme loses money for us.
DEAL_WARNING_CODES = ("quota-binds", "budget-binds", "negative-roi")


# Slots, not a dict per instance: a report holds a row, three of these and
# its warnings for every deal until it is written.
@dataclass(frozen=True, slots=True)
class Economics:
    """Monthly figures of one set of terms (None when they cannot be simulated)."""

    monthly_net_cost: int | None = None
    cac: int | None = None
    qualifying_share: float | None = None
    monthly_new_customers: float | None = None
    net_cost: int | None = None  # the whole period
    new_customers: float | None = None  # the whole period
    running_days: float | None = None  # lambda * D
    period_days: int | None = None  # D


NO_ECONOMICS = Economics()  # immutable: one for every set of terms without figures


@dataclass(frozen=True, slots=True)
class TermsWarning:
    """A warning about one set of a deal's terms: a cap that ends the
    scheme early (its day and, when the period has a start, its date), or a
    negative value for us."""

    code: str
    terms: TermsName
    message: Msg
    day: int | None = None
    date: date | None = None

    def to_json(self, lang: str) -> dict[str, Any]:
        data: dict[str, Any] = {"code": self.code, "terms": self.terms, "message": self.message.render(lang)}
        if self.day is not None:
            data["day"] = self.day
            data["date"] = self.date.isoformat() if self.date else None
        return data


def cap_date(start: date | None, day: int | None) -> date | None:
    """The calendar date of day `day` of a period starting on `start` (day 1 is the start)."""
    if start is None or day is None:
        return None
    return start + timedelta(days=day - 1)


# One message per side, shared by every warning (a report holds thousands).
_TERMS_MSG = {name: Msg(f"advice.terms.{name}") for name in ("agreed", "ours", "theirs")}


def terms_warnings(result: Result | None, terms: TermsName, start: date | None) -> list[TermsWarning]:
    """The cap and ROI warnings of `offer simulate` (`econ.insight.warnings`,
    the same computation and figures) for one set of a deal's terms, told
    with the side whose terms they are and the date the cap binds."""
    if result is None:
        return []
    from pln_cli.econ.insight import warnings

    found = []
    for w in warnings(result):
        if w.code not in DEAL_WARNING_CODES:
            continue
        params = {**w.message.params, "terms": _TERMS_MSG[terms]}
        day = when = None
        if w.code.endswith("-binds"):
            day = result.exhaustion_day
            when = cap_date(start, day)
            at = {"day": day, "days": result.inputs.days}
            params["when"] = Msg("advice.when.date", {**at, "date": when.isoformat()}) if when else Msg("advice.when.day", at)
        found.append(TermsWarning(w.code, terms, Msg(f"advice.{w.message.key}", params), day, when))
    return found


def warning_terms(deal: Deal, analysis: DealAnalysis) -> list[tuple[TermsName, dict[str, Any]]]:
    """The terms a deal is warned about: the agreed ones; else each side's latest proposal."""
    if deal.status == "agreed" and deal.outcome is not None:
        ours = {k: i.ours for k, i in analysis.issues.items() if i.ours is not None}
        return [("agreed", deal.outcome.terms.named() if deal.outcome.terms else ours)]
    found: list[tuple[TermsName, dict[str, Any]]] = []
    for name, side in (("ours", "ours"), ("theirs", "theirs")):
        terms = {k: getattr(i, side) for k, i in analysis.issues.items() if getattr(i, side) is not None}
        if terms:
            found.append((name, terms))  # type: ignore[arg-type]
    return found


def deal_warnings(deal: Deal, analysis: DealAnalysis, results: dict[str, Result | None], start: date | None) -> tuple[TermsWarning, ...]:
    """The warnings of `warning_terms`, from their simulated `results` by name."""
    return named_warnings(warned_names(deal, analysis), results, start)


def named_warnings(names: tuple[TermsName, ...], results: dict[str, Result | None], start: date | None) -> tuple[TermsWarning, ...]:
    """The warnings of the terms `names` (of `warned_names`), from their simulated `results`."""
    found: list[TermsWarning] = []
    for name in names:
        result = results.get(name)
        if name == "agreed" and result is None:
            result = results.get("ours")  # agreed on our offer: the same terms
        found.extend(terms_warnings(result, name, start))
    return tuple(found)


@dataclass(frozen=True, slots=True)
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
    ours: Economics = NO_ECONOMICS
    theirs: Economics = NO_ECONOMICS
    agreed: Economics = NO_ECONOMICS
    issues: tuple[str, ...] = ()  # the deal's issue keys, in registry order
    warnings: tuple[TermsWarning, ...] = ()


def economics(result: Result | None) -> Economics:
    """A simulated set of terms per 30 days of the time it runs (empty when none).

    The scheme runs lambda * D days: all of the period, or until a cap
    binds; the period total is kept beside the monthly figures.
    """
    if result is None:
        return NO_ECONOMICS
    days = result.inputs.days
    running = result.active_fraction * days
    scale = MONTH_DAYS / running if running > 0 else 0.0
    return Economics(
        monthly_net_cost=int(round(result.our_net_cost * scale)),
        cac=None if result.cac is None else int(round(result.cac)),
        qualifying_share=result.qualifying_share,
        monthly_new_customers=result.new_customers * scale,
        net_cost=int(round(result.our_net_cost)),
        new_customers=result.new_customers,
        running_days=running,
        period_days=days,
    )


def deal_row(deal: Deal, analysis: DealAnalysis, partner_name: str, results: dict[str, Result | None], start: date | None = None) -> DealRow:
    """`results` holds the simulation of "ours", "theirs" and "agreed" terms
    (any may be missing: no offer, or terms that cannot be simulated);
    `start` is the first day of the offer's period, when it has dates."""
    return priced(bare_row(deal, analysis, partner_name), warned_names(deal, analysis), results, start)


def bare_row(deal: Deal, analysis: DealAnalysis, partner_name: str) -> DealRow:
    """A deal's row before its terms are simulated: no economics, no warnings.

    Everything it needs from the deal and its rounds is copied in, so the
    deal can be let go once it is built (`api.report` streams a workspace's
    deals so); `priced` adds the figures later."""
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
        issues=tuple(analysis.issues),
    )


def warned_names(deal: Deal, analysis: DealAnalysis) -> tuple[TermsName, ...]:
    """The names of the terms `warning_terms` warns about, in its order."""
    return tuple(name for name, _ in warning_terms(deal, analysis))


def priced(row: DealRow, warned: tuple[TermsName, ...], results: dict[str, Result | None], start: date | None = None) -> DealRow:
    """`row` (of `bare_row`) with the economics of its simulated `results`
    and the warnings of its `warned` terms (of `warned_names`): what
    `deal_warnings` finds, from the row alone."""
    # Built field by field rather than with `dataclasses.replace`, which
    # looks every field up again: a report prices thousands of rows.
    return DealRow(
        deal=row.deal, partner=row.partner, partner_name=row.partner_name, status=row.status, rounds=row.rounds,
        first_meeting=row.first_meeting, last_meeting=row.last_meeting, last_round=row.last_round,
        our_terms=row.our_terms, their_terms=row.their_terms, agreed_terms=row.agreed_terms, next_offer=row.next_offer,
        overall_gap=row.overall_gap, verdict=row.verdict,
        ours=economics(results.get("ours")) if row.our_terms else NO_ECONOMICS,
        theirs=economics(results.get("theirs")) if row.their_terms else NO_ECONOMICS,
        agreed=economics(results.get("agreed", results.get("ours"))) if row.status == "agreed" else NO_ECONOMICS,
        issues=row.issues,
        warnings=named_warnings(warned, results, start),
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
    net_cost: int = 0  # the whole period of each deal's scheme
    new_customers: float = 0.0


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
                net_cost=sum(f.net_cost or 0 for f in figures),
                new_customers=sum(f.new_customers or 0.0 for f in figures),
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
        data[f"{prefix}_net_cost"] = figures.net_cost
        data[f"{prefix}_running_days"] = figures.running_days
        data[f"{prefix}_cac"] = figures.cac
        data[f"{prefix}_qualifying_share"] = figures.qualifying_share
    return data


RECORD_COLUMNS = list(record(DealRow("", "", "", "open", 0, None, None, None, {}, {}, {}, {}, None, "mixed")).keys())
