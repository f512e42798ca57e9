"""Negotiation analytics of shared/NEGOTIATION.md: concessions, gap, ZOPA,
the next offer, and the integrative / distributive verdict.

Pure functions over a loaded `Deal`; no I/O.  Symbols follow the contract:
d is +1 when a higher value is better for us, o_us / o_them each side's
first offer, G = |o_us - o_them|.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from pln_cli.model.deal import (
    ANSWER_POINTS,
    DISTRIBUTIVE_SIGNALS,
    INTEGRATIVE_ITEMS,
    ISSUES,
    Deal,
    direction,
)
from pln_cli.model.terms import Kind

Value = float  # int for money and counts, float for shares
Verdict = Literal["integrative", "mixed", "distributive", "unknown"]  # unknown: no rounds yet
ZopaStatus = Literal["overlap", "none", "unknown"]
Signal = Literal["positional", "single_issue", "withholding", "pressure", "win_lose", "backtracking"]


@dataclass(frozen=True)
class IssueAnalysis:
    key: str
    d: int
    target: Value
    reservation: Value
    their_reservation: Value | None
    offers_us: tuple[tuple[int, Value], ...]  # (round number, value) for rounds naming the issue
    offers_them: tuple[tuple[int, Value], ...]
    o_us: Value
    o_them: Value | None
    g: Value | None  # None: no offer from them yet, or G = 0
    ours: Value | None  # latest offers; ours is None before our first offer
    theirs: Value | None
    gap: float | None
    crossed: bool
    concessions_us: tuple[float | None, ...]
    concessions_them: tuple[float | None, ...]
    total_us: float | None
    total_them: float | None
    reciprocity: float | None
    zopa: tuple[Value, Value] | None
    zopa_status: ZopaStatus
    next_offer: Value
    accept: bool
    offer_index: int  # j: how many offers we have made
    past_deadline: bool

    @property
    def moved(self) -> bool:
        """Did either side ever change its value on this issue?"""
        values_us = {v for _, v in self.offers_us}
        values_them = {v for _, v in self.offers_them}
        return len(values_us) > 1 or len(values_them) > 1


@dataclass(frozen=True)
class ChecklistResult:
    answers: dict[str, str]  # latest answer per key, unanswered left out
    score: int
    signals: tuple[Signal, ...]
    verdict: Verdict
    missing: tuple[str, ...]  # integrative items not fully met ("no" or "partly")


@dataclass(frozen=True)
class DealAnalysis:
    deal: Deal
    issues: dict[str, IssueAnalysis]
    checklist: ChecklistResult
    overall_gap: float | None
    positions: tuple[dict[str, Value], ...] = field(default=())  # each round's full position of its party


def round_to_unit(kind: Kind, value: float) -> Value:
    """Money and counts are whole numbers; shares stay as they are."""
    # Shares keep ten decimals: 0.3 + 0.5 * (0.1 - 0.3) is 0.2, not 0.19999999999999998.
    return round(float(value), 10) if kind is Kind.SHARE else int(round(value))


def alpha(j: int, rounds: int, beta: float) -> float:
    """Faratin et al.'s polynomial time-dependent concession: (j / (J - 1))^(1/beta)."""
    if rounds <= 1 or j >= rounds - 1:
        return 1.0
    return (j / (rounds - 1)) ** (1.0 / beta)


def _concessions(offers: tuple[tuple[int, Value], ...], s: int, g: Value | None) -> tuple[float | None, ...]:
    values = [v for _, v in offers]
    return tuple(((prev - cur) * s / g) if g else None for prev, cur in zip(values, values[1:]))


def analyse_issue(deal: Deal, key: str) -> IssueAnalysis:
    spec = deal.header.issues.declared()[key]
    kind = ISSUES[key].kind
    d = direction(key, spec)
    offers_us = tuple((r.round, v) for r in deal.rounds if r.by == "us" and (v := r.terms.named().get(key)) is not None)
    offers_them = tuple((r.round, v) for r in deal.rounds if r.by == "them" and (v := r.terms.named().get(key)) is not None)

    o_us = offers_us[0][1] if offers_us else spec.target
    o_them = offers_them[0][1] if offers_them else None
    g = abs(o_us - o_them) if o_them is not None else None
    if g == 0:
        g = None

    ours = offers_us[-1][1] if offers_us else None
    theirs = offers_them[-1][1] if offers_them else None
    gap: float | None = None
    crossed = False
    if g is not None and theirs is not None:
        x_us = ours if ours is not None else spec.target
        if (x_us - theirs) * d < 0:
            crossed, gap = True, 0.0
        else:
            gap = abs(x_us - theirs) / g

    c_us = _concessions(offers_us, d, g)
    c_them = _concessions(offers_them, -d, g)
    total_us = sum((c for c in c_us if c is not None), 0.0) if g is not None else None
    total_them = sum((c for c in c_them if c is not None), 0.0) if g is not None else None
    reciprocity = total_them / total_us if total_us else None

    rho_us, rho_them = spec.reservation, spec.their_reservation
    zopa: tuple[Value, Value] | None = None
    if rho_them is None:
        status = "unknown"
    elif d > 0 and rho_us <= rho_them:
        zopa, status = (rho_us, rho_them), "overlap"
    elif d < 0 and rho_them <= rho_us:
        zopa, status = (rho_them, rho_us), "overlap"
    else:
        status = "none"

    rounds_planned = deal.header.deadline.rounds
    j = sum(1 for r in deal.rounds if r.by == "us")
    x_j = round_to_unit(kind, o_us + alpha(j, rounds_planned, deal.header.tactic.beta) * (rho_us - o_us))
    accept = theirs is not None and (theirs - x_j) * d >= 0
    return IssueAnalysis(
        key=key,
        d=d,
        target=spec.target,
        reservation=rho_us,
        their_reservation=rho_them,
        offers_us=offers_us,
        offers_them=offers_them,
        o_us=o_us,
        o_them=o_them,
        g=g,
        ours=ours,
        theirs=theirs,
        gap=gap,
        crossed=crossed,
        concessions_us=c_us,
        concessions_them=c_them,
        total_us=total_us,
        total_them=total_them,
        reciprocity=reciprocity,
        zopa=zopa,
        zopa_status=status,
        next_offer=theirs if accept and theirs is not None else x_j,
        accept=accept,
        offer_index=j,
        past_deadline=j >= rounds_planned,
    )


def analyse_checklist(deal: Deal, issues: dict[str, IssueAnalysis]) -> ChecklistResult:
    answers: dict[str, str] = {}
    documents = list(deal.rounds) + ([deal.outcome] if deal.outcome is not None else [])
    for doc in documents:
        if doc.checklist is not None:
            answers.update(doc.checklist.answered())
    score = sum(ANSWER_POINTS[answers.get(item, "no")] for item in INTEGRATIVE_ITEMS)
    present = [s for s in DISTRIBUTIVE_SIGNALS if answers.get(s, "no") in ("yes", "partly")]
    moved = [key for key, issue in issues.items() if issue.moved]
    if len(moved) == 1 and "single_issue" not in present:
        present.append("single_issue")
    if any((c or 0) < 0 for issue in issues.values() for c in issue.concessions_us + issue.concessions_them):
        present.append("backtracking")
    signals = tuple(present)
    verdict: Verdict
    if not deal.rounds:
        verdict = "unknown"  # nothing has been said yet: no verdict
    elif score >= 9 and len(signals) <= 1:
        verdict = "integrative"
    elif score <= 5 or len(signals) >= 3:
        verdict = "distributive"
    else:
        verdict = "mixed"
    missing = tuple(item for item in INTEGRATIVE_ITEMS if answers.get(item, "no") != "yes")
    return ChecklistResult(answers, score, signals, verdict, missing)


def positions(deal: Deal) -> tuple[dict[str, Value], ...]:
    """After each round, the full set of terms its party stands on.

    A round's terms replace the party's earlier values; terms the party
    never named are left to the base offer.
    """
    latest: dict[str, dict[str, Value]] = {"us": {}, "them": {}}
    result = []
    for r in deal.rounds:
        latest[r.by] = {**latest[r.by], **r.terms.named()}
        result.append(dict(latest[r.by]))
    return tuple(result)


def analyse(deal: Deal) -> DealAnalysis:
    issues = {key: analyse_issue(deal, key) for key in deal.header.issues.declared()}
    gaps = [i.gap for i in issues.values() if i.gap is not None]
    overall = sum(gaps) / len(gaps) if gaps else None
    return DealAnalysis(deal, issues, analyse_checklist(deal, issues), overall, positions(deal))


def to_json(analysis: DealAnalysis) -> dict[str, Any]:
    """The contract's object, with a few extra keys."""
    deal = analysis.deal
    issues: dict[str, Any] = {}
    for key, i in analysis.issues.items():
        issues[key] = {
            "ours": i.ours,
            "theirs": i.theirs,
            "gap": i.gap,
            "zopa": list(i.zopa) if i.zopa is not None else None,
            "concessions_us": list(i.concessions_us),
            "concessions_them": list(i.concessions_them),
            "total_us": i.total_us,
            "total_them": i.total_them,
            "reciprocity": i.reciprocity,
            # A closed deal has no next offer.
            "next_offer": i.next_offer if deal.status == "open" else None,
            "accept": i.accept if deal.status == "open" else None,
            # extras
            "better": "higher" if i.d > 0 else "lower",
            "target": i.target,
            "reservation": i.reservation,
            "their_reservation": i.their_reservation,
            "first_us": i.o_us,
            "first_them": i.o_them,
            "crossed": i.crossed,
            "zopa_status": i.zopa_status,
            "offers_made": i.offer_index,
            "past_deadline": i.past_deadline,
        }
    c = analysis.checklist
    return {
        "deal": deal.header.deal,
        "partner": deal.header.partner,
        "rounds": len(deal.rounds),
        "status": deal.status,
        "issues": issues,
        "checklist": {"score": c.score, "signals": list(c.signals), "verdict": c.verdict, "answers": c.answers, "missing": list(c.missing)},
        "overall_gap": analysis.overall_gap,
        "tactic": deal.header.tactic.name,
        "beta": deal.header.tactic.beta,
        "deadline_rounds": deal.header.deadline.rounds,
        "batna": deal.header.batna,
        "last_date": deal.rounds[-1].date.isoformat() if deal.rounds else None,
    }
