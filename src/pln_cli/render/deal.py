"""Deal reports: the story of a negotiation, and the list of all deals."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pln_cli.econ.variants import show_value
from pln_cli.i18n import number, percent
from pln_cli.money import format_rupiah
from pln_cli.negotiation.analytics import DealAnalysis, IssueAnalysis
from pln_cli.render.document import Document, Section, Table
from pln_cli.i18n import tr as label

CHART_WIDTH = 40


@dataclass
class RoundEconomics:
    """The offer simulation of one round's position (None when it could not run)."""

    our_net_cost: float | None = None
    cac: float | None = None
    qualifying_share: float | None = None
    reward_rate: float | None = None


@dataclass
class DealContext:
    partner_name: str
    offer_label: str
    their_interests: list[str] = field(default_factory=list)
    economics: list[RoundEconomics] = field(default_factory=list)  # one per round


def _ratio(value: float | None, lang: str) -> str:
    return label("na", lang) if value is None else number(value, lang, 2)


def _by(by: str, lang: str) -> str:
    return label(f"deal.by.{by}", lang)


def _status(status: str, lang: str) -> str:
    return label(f"deal.status.{status}", lang)


def show_document(analysis: DealAnalysis, context: DealContext, lang: str) -> Document:
    deal = analysis.deal
    header = deal.header
    subtitle = [
        f"{label('deal.partner', lang)}: {context.partner_name}",
        f"{label('deal.offer', lang)}: {context.offer_label}",
        f"{label('deal.status', lang)}: {_status(deal.status, lang)}, {len(deal.rounds)} {label('deal.rounds', lang).lower()}",
        label("deal.plan", lang, rounds=header.deadline.rounds, tactic=header.tactic.name, beta=number(header.tactic.beta, lang, 1)),
    ]
    sections = [_rounds_section(analysis, context, lang)]
    notes = [
        f"{label('deal.round', lang)} {r.round} ({_by(r.by, lang)}, {r.date.isoformat()}): {r.notes}"
        for r in deal.rounds
        if r.notes
    ]
    if deal.outcome is not None:
        outcome_text = label("deal.outcome", lang, status=_status(deal.outcome.outcome, lang), date=deal.outcome.date.isoformat() if deal.outcome.date else "-")
        if deal.outcome.notes:
            outcome_text += f": {deal.outcome.notes}"
        notes.append(outcome_text)
    if notes:
        sections.append(Section(label("deal.notes", lang), bullets=notes))
    sections.append(where_section(analysis, lang))
    sections.append(_concessions_section(analysis, lang))
    if deal.rounds:
        sections.append(Section(label("deal.chart", lang), preformatted=chart(analysis, lang)))
    sections.extend(verdict_sections(analysis, context, lang))
    return Document(header.title or header.deal, subtitle, sections)


def _terms_text(terms: dict[str, Any]) -> str:
    return ", ".join(f"{key} {show_value(key, value)}" for key, value in terms.items()) or "-"


def _rounds_section(analysis: DealAnalysis, context: DealContext, lang: str) -> Section:
    deal = analysis.deal
    if not deal.rounds:
        return Section(label("deal.rounds", lang), text=[label("deal.no_rounds", lang)])
    rows = []
    for index, r in enumerate(deal.rounds):
        econ = context.economics[index] if index < len(context.economics) else RoundEconomics()
        rows.append([
            str(r.round),
            r.date.isoformat(),
            _by(r.by, lang),
            _terms_text(r.terms.named()),
            format_rupiah(int(round(econ.our_net_cost))) if econ.our_net_cost is not None else label("na", lang),
            format_rupiah(int(round(econ.cac))) if econ.cac is not None else label("na", lang),
            percent(econ.qualifying_share, lang) if econ.qualifying_share is not None else label("na", lang),
            percent(econ.reward_rate, lang) if econ.reward_rate is not None else label("na", lang),
        ])
    headers = [label(k, lang) for k in ("deal.round", "deal.date", "deal.by", "deal.terms", "deal.net_cost", "deal.cac", "deal.qshare", "deal.reward")]
    return Section(label("deal.rounds", lang), table=Table(headers, rows, ["right", "left", "left", "left", "right", "right", "right", "right"]))


def _zopa_text(issue: IssueAnalysis, lang: str) -> str:
    if issue.zopa is not None:
        low, high = issue.zopa
        return f"{show_value(issue.key, low)} – {show_value(issue.key, high)}"
    return label(f"deal.zopa.{issue.zopa_status}", lang)


def _next_text(issue: IssueAnalysis, lang: str) -> str:
    if issue.accept:
        return label("deal.accept", lang, value=show_value(issue.key, issue.next_offer))
    return show_value(issue.key, issue.next_offer)


def where_section(analysis: DealAnalysis, lang: str) -> Section:
    rows = []
    for key, issue in analysis.issues.items():
        gap = label("na", lang) if issue.gap is None else percent(issue.gap, lang, 0)
        if issue.crossed:
            gap += f" ({label('deal.crossed', lang)})"
        rows.append([
            key,
            label(f"deal.better.{'higher' if issue.d > 0 else 'lower'}", lang),
            show_value(key, issue.target),
            show_value(key, issue.reservation),
            show_value(key, issue.ours),
            show_value(key, issue.theirs),
            gap,
            _zopa_text(issue, lang),
            _next_text(issue, lang),
        ])
    headers = [label(k, lang) for k in ("deal.issue", "deal.better", "deal.target", "deal.reservation", "deal.ours", "deal.theirs", "deal.gap", "deal.zopa", "deal.next")]
    return Section(label("deal.where", lang), table=Table(headers, rows, ["left", "left"] + ["right"] * 7))


def _concessions_section(analysis: DealAnalysis, lang: str) -> Section:
    def series(values: tuple[float | None, ...]) -> str:
        return ", ".join(_ratio(v, lang) for v in values) or "-"

    rows = [
        [key, series(i.concessions_us), series(i.concessions_them), _ratio(i.total_us, lang), _ratio(i.total_them, lang), _ratio(i.reciprocity, lang)]
        for key, i in analysis.issues.items()
    ]
    headers = [label(k, lang) for k in ("deal.issue", "deal.c_us", "deal.c_them", "deal.total_us", "deal.total_them", "deal.reciprocity")]
    return Section(label("deal.concessions", lang), table=Table(headers, rows))


def chart(analysis: DealAnalysis, lang: str) -> list[str]:
    """Both sides' offers per issue, round by round, on one scale per issue."""
    deal = analysis.deal
    lines: list[str] = [label("deal.chart.legend", lang)]
    for key, issue in analysis.issues.items():
        values = [v for _, v in issue.offers_us + issue.offers_them] + [issue.target, issue.reservation]
        low, high = min(values), max(values)
        span = (high - low) or 1

        def pos(value: float) -> int:
            return int(round((value - low) / span * (CHART_WIDTH - 1)))

        left, right = show_value(key, low), show_value(key, high)
        arrow = "→" if issue.d > 0 else "←"
        better = label("deal.better.higher" if issue.d > 0 else "deal.better.lower", lang)
        lines.append("")
        lines.append(f"{key} ({label('deal.better', lang).lower()}: {better} {arrow})")
        lines.append(f"{'':14}{left}{' ' * max(1, CHART_WIDTH + 2 - len(left) - len(right))}{right}")
        ours = theirs = None
        for r in deal.rounds:
            value = r.terms.named().get(key)
            if value is not None:
                if r.by == "us":
                    ours = value
                else:
                    theirs = value
            bar = [" "] * CHART_WIDTH
            if ours is not None and theirs is not None:
                a, b = sorted((pos(ours), pos(theirs)))
                for k in range(a, b + 1):
                    bar[k] = "-"
            reservation = pos(issue.reservation)
            if bar[reservation] == " ":
                bar[reservation] = "|"
            if ours is not None:
                bar[pos(ours)] = "U"
            if theirs is not None:
                bar[pos(theirs)] = "*" if ours is not None and pos(ours) == pos(theirs) else "T"
            moved = show_value(key, value) if value is not None else ""
            lines.append(f"{label('deal.round', lang)[:1]}{r.round:<3}{_by(r.by, lang):<10}[{''.join(bar)}] {moved}")
    return lines


def verdict_sections(analysis: DealAnalysis, context: DealContext, lang: str) -> list[Section]:
    c = analysis.checklist
    signals = ", ".join(c.signals) or label("none", lang)
    verdict = Section(
        label("deal.verdict", lang),
        text=[label("deal.score", lang, score=c.score, signals=signals), label(f"deal.verdict.{c.verdict}", lang)],
        style={"integrative": "good", "distributive": "warning"}.get(c.verdict, ""),
    )
    sections = [verdict]
    if c.missing:
        bullets = []
        for item in c.missing:
            if item == "interests" and context.their_interests:
                bullets.append(label("item.interests_known", lang, interests="; ".join(context.their_interests)))
            else:
                bullets.append(label(f"item.{item}", lang))
        sections.append(Section(label("deal.missing", lang), bullets=bullets))
    if c.signals:
        sections.append(Section(label("deal.signals_found", lang), bullets=[label(f"signal.{s}", lang) for s in c.signals], style="warning"))
    sections.append(Section(label("deal.todo", lang), bullets=todo(analysis, lang)))
    return sections


def todo(analysis: DealAnalysis, lang: str) -> list[str]:
    deal = analysis.deal
    header = deal.header
    if deal.status != "open":
        items = [label("deal.todo.closed", lang, status=_status(deal.status, lang))]
    else:
        items = []
        for key, issue in analysis.issues.items():
            value = show_value(key, issue.next_offer)
            if issue.accept:
                items.append(label("deal.todo.accept", lang, issue=key, value=value))
            elif issue.past_deadline:
                items.append(label("deal.todo.deadline", lang, planned=header.deadline.rounds, issue=key, value=value))
            elif issue.ours is not None and (issue.next_offer - issue.ours) * issue.d > 0:
                # The schedule lags behind what we already offered: moving back
                # to it would be backtracking, which costs trust.
                items.append(label("deal.todo.hold", lang, issue=key, ours=show_value(key, issue.ours), value=value))
            else:
                items.append(label("deal.todo.offer", lang, issue=key, value=value, n=issue.offer_index + 1, planned=header.deadline.rounds, tactic=header.tactic.name))
            if issue.zopa_status == "none":
                items.append(label("deal.todo.no_zopa", lang, issue=key, ours=show_value(key, issue.reservation), theirs=show_value(key, issue.their_reservation)))
            elif issue.zopa_status == "unknown":
                items.append(label("deal.todo.unknown_zopa", lang, issue=key))
    items.append(label("deal.batna_reminder", lang, batna=header.batna) if header.batna else label("deal.no_batna", lang))
    return items


def list_document(rows: list[dict[str, Any]], lang: str) -> Document:
    headers = [label(k, lang) for k in ("deal.deal", "deal.partner", "deal.status", "deal.rounds", "deal.overall_gap", "deal.last_meeting")]
    table_rows = [
        [
            r["deal"],
            r["partner_name"],
            _status(r["status"], lang),
            str(r["rounds"]),
            label("na", lang) if r["overall_gap"] is None else percent(r["overall_gap"], lang, 0),
            r["last_date"] or "-",
        ]
        for r in rows
    ]
    return Document(label("deal.list", lang), [], [Section(None, table=Table(headers, table_rows, ["left", "left", "left", "right", "right", "left"]))])
