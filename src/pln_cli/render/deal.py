"""Deal reports: the story of a negotiation, and the list of all deals."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from pln_cli.render.values import issue_label, show_term, show_terms
from pln_cli.i18n import number, percent
from pln_cli.money import format_rupiah
from pln_cli.api.deals import DealContext, RoundEconomics, next_offers_practical
from pln_cli.negotiation.analytics import DealAnalysis, IssueAnalysis
from pln_cli.negotiation.reading import Estimate, shown
from pln_cli.portfolio import DealRow
from pln_cli.render.document import Document, Section, Table
from pln_cli.i18n import tr

if TYPE_CHECKING:
    from pln_cli.api.options import BriefPackages

CHART_WIDTH = 40


def _ratio(value: float | None, lang: str) -> str:
    return tr("na", lang) if value is None else number(value, lang, 2)


def _by(by: str, lang: str) -> str:
    return tr(f"deal.by.{by}", lang)


def _status(status: str, lang: str) -> str:
    return tr(f"deal.status.{status}", lang)


def show_document(context: DealContext, lang: str, packages: BriefPackages | None = None) -> Document:
    """`deal show`; with `packages`, the meeting brief (the packages to put on
    the table, or why there are none)."""
    analysis = context.analysis
    deal = analysis.deal
    header = deal.header
    subtitle = [
        f"{tr('deal.partner', lang)}: {context.partner_name}",
        f"{tr('deal.offer', lang)}: {context.offer_label}",
        f"{tr('deal.status', lang)}: {_status(deal.status, lang)}, {len(deal.rounds)} {tr('deal.rounds', lang).lower()}",
        tr("deal.plan", lang, rounds=header.deadline.rounds, tactic=header.tactic.name, beta=number(header.tactic.beta, lang, 1)),
    ]
    sections = [_rounds_section(analysis, context, lang)]
    notes = [
        f"{tr('deal.round', lang)} {r.round} ({_by(r.by, lang)}, {r.date.isoformat()}): {r.notes}"
        for r in deal.rounds
        if r.notes
    ]
    if deal.outcome is not None:
        outcome_text = tr("deal.outcome", lang, status=_status(deal.outcome.outcome, lang), date=deal.outcome.date.isoformat() if deal.outcome.date else "-")
        if deal.outcome.notes:
            outcome_text += f": {deal.outcome.notes}"
        notes.append(outcome_text)
    if notes:
        sections.append(Section(tr("deal.notes", lang), bullets=notes))
    sections.append(where_section(analysis, lang, context.estimates, rounded=deal.status == "open"))
    if context.warnings:
        sections.append(warnings_section(context, lang))
    if deal.status == "open":
        sections.append(plan_section(analysis, lang))
    sections.append(_concessions_section(analysis, lang))
    sections.append(reading_section(context.estimates, lang))
    if deal.rounds:
        sections.append(Section(tr("deal.chart", lang), preformatted=chart(analysis, lang, context.estimates)))
    if packages is not None:
        from pln_cli.render.options import brief_sections

        sections.extend(brief_sections(packages, lang))
    sections.extend(verdict_sections(analysis, context, lang))
    return Document(header.title or header.deal, subtitle, sections)


def _estimated(estimate: Estimate, value: float, lang: str) -> str:
    """A value next to an estimate, as precise as the estimate reads (25.98%)."""
    return shown(estimate.kind, value).render(lang)


def reading_section(estimates: Mapping[str, Estimate], lang: str) -> Section:
    """Their reservation per issue, read from their concessions: the estimate,
    their tactic, the fit's error and how far to trust it; or why not."""
    bullets = []
    for e in estimates.values():
        bullets.append(e.summary().render(lang))
        bullets.extend(note.render(lang) for note in e.notes())
    return Section(tr("reading.heading", lang), bullets=bullets)




def _rounds_section(analysis: DealAnalysis, context: DealContext, lang: str) -> Section:
    deal = analysis.deal
    if not deal.rounds:
        return Section(tr("deal.rounds", lang), text=[tr("deal.no_rounds", lang)])
    rows = []
    for index, r in enumerate(deal.rounds):
        econ = context.economics[index] if index < len(context.economics) else RoundEconomics()
        rows.append([
            str(r.round),
            r.date.isoformat(),
            _by(r.by, lang),
            show_terms(r.terms.named(), lang),
            format_rupiah(int(round(econ.our_net_cost))) if econ.our_net_cost is not None else tr("na", lang),
            format_rupiah(int(round(econ.cac))) if econ.cac is not None else tr("na", lang),
            percent(econ.qualifying_share, lang) if econ.qualifying_share is not None else tr("na", lang),
            percent(econ.reward_rate, lang) if econ.reward_rate is not None else tr("na", lang),
            # Blank when no cap binds: a number here is the news.
            "" if econ.exhaustion_day is None else str(econ.exhaustion_day),
            format_rupiah(int(round(econ.partner_payment))) if econ.partner_payment is not None else tr("na", lang),
        ])
    headers = [tr(k, lang) for k in ("deal.round", "deal.date", "deal.by", "deal.terms", "deal.net_cost", "deal.cac", "deal.qshare", "deal.reward",
                                     "advice.cap_day", "advice.partner_pays")]
    text = [tr("advice.validity", lang)] if "voucher_valid_days" in analysis.issues else []
    return Section(tr("deal.rounds", lang), table=Table(headers, rows, ["right", "left", "left", "left"] + ["right"] * 6), text=text)


def warnings_section(context: DealContext, lang: str) -> Section:
    """Cap and ROI warnings on the agreed terms, or each side's latest."""
    return Section(tr("advice.warnings", lang), bullets=[w.message.render(lang) for w in context.warnings], style="warning")


def plan_section(analysis: DealAnalysis, lang: str) -> Section:
    """Our whole schedule per issue, as a person would say each offer."""
    from pln_cli.negotiation.practical import plan

    header = analysis.deal.header
    steps = plan(analysis)
    rounds = header.deadline.rounds
    rows = [[issue_label(key, lang)] + [show_term(key, s.said, lang) for s in found] for key, found in steps.items()]
    headers = [tr("deal.issue", lang)] + [tr("advice.plan.offer", lang, n=n) for n in range(1, rounds + 1)]
    text = [tr("advice.plan.note", lang, tactic=header.tactic.name, beta=number(header.tactic.beta, lang, 1), rounds=rounds)]
    if analysis.deal.status == "open" and analysis.deal.rounds:
        made = sum(1 for r in analysis.deal.rounds if r.by == "us")
        text.append(tr("advice.plan.next", lang, n=made + 1) if made < rounds else tr("advice.plan.done", lang, rounds=rounds))
    return Section(tr("advice.plan.title", lang), table=Table(headers, rows, ["left"] + ["right"] * rounds), text=text)


def _zopa_text(issue: IssueAnalysis, lang: str, estimate: Estimate | None = None) -> str:
    if issue.zopa is not None:
        low, high = issue.zopa
        return f"{show_term(issue.key, low, lang)} – {show_term(issue.key, high, lang)}"
    if issue.zopa_status == "unknown" and estimate is not None:
        # The header gives no their_reservation: the zone with their estimated one.
        if estimate.zopa_estimated_status == "overlap" and estimate.zopa_estimated is not None:
            low, high = estimate.zopa_estimated
            return tr("deal.zopa.estimated", lang, low=_estimated(estimate, low, lang), high=_estimated(estimate, high, lang))
        if estimate.zopa_estimated_status == "none":
            return tr("deal.zopa.none_estimated", lang)
    return tr(f"deal.zopa.{issue.zopa_status}", lang)


def _next_text(issue: IssueAnalysis, lang: str) -> str:
    if issue.accept:
        return tr("deal.accept", lang, value=show_term(issue.key, issue.next_offer, lang))
    return show_term(issue.key, issue.next_offer, lang)


def where_section(analysis: DealAnalysis, lang: str, estimates: Mapping[str, Estimate] | None = None, rounded: bool = False) -> Section:
    """Per issue: targets, latest offers, gap, ZOPA and the next offer; with
    `rounded`, the next offer as a person says it beside the formula's."""
    estimates = estimates or {}
    said = next_offers_practical(analysis) if rounded else {}
    rows = []
    for key, issue in analysis.issues.items():
        gap = tr("na", lang) if issue.gap is None else percent(issue.gap, lang, 0)
        if issue.crossed:
            gap += f" ({tr('deal.crossed', lang)})"
        rows.append([
            issue_label(key, lang),
            tr(f"deal.better.{'higher' if issue.d > 0 else 'lower'}", lang),
            show_term(key, issue.target, lang),
            show_term(key, issue.reservation, lang),
            show_term(key, issue.ours, lang),
            show_term(key, issue.theirs, lang),
            gap,
            _zopa_text(issue, lang, estimates.get(key)),
            _next_text(issue, lang) if analysis.deal.status == "open" else "-",
        ] + ([show_term(key, said.get(key), lang)] if rounded else []))
    keys = ("deal.issue", "deal.better", "deal.target", "deal.reservation", "deal.ours", "deal.theirs", "deal.gap", "deal.zopa", "deal.next")
    headers = [tr(k, lang) for k in keys + (("advice.rounded",) if rounded else ())]
    return Section(tr("deal.where", lang), table=Table(headers, rows, ["left", "left"] + ["right"] * (len(headers) - 2)))


def _concessions_section(analysis: DealAnalysis, lang: str) -> Section:
    def series(values: tuple[float | None, ...]) -> str:
        return ", ".join(_ratio(v, lang) for v in values) or "-"

    rows = [
        [issue_label(key, lang), series(i.concessions_us), series(i.concessions_them), _ratio(i.total_us, lang), _ratio(i.total_them, lang), _ratio(i.reciprocity, lang)]
        for key, i in analysis.issues.items()
    ]
    headers = [tr(k, lang) for k in ("deal.issue", "deal.c_us", "deal.c_them", "deal.total_us", "deal.total_them", "deal.reciprocity")]
    return Section(tr("deal.concessions", lang), table=Table(headers, rows))


def chart(analysis: DealAnalysis, lang: str, estimates: Mapping[str, Estimate] | None = None) -> list[str]:
    """Both sides' offers per issue, round by round, on one scale per issue;
    their estimated reservation, when there is one, as a dotted line (:)."""
    deal = analysis.deal
    estimates = estimates or {}
    estimated = {k: e.value for k, e in estimates.items() if e.value is not None}
    legend = tr("deal.chart.legend", lang)
    if estimated:
        legend += ", " + tr("reading.chart.legend", lang)
    lines: list[str] = [legend]
    # The letters of the legend: U/T in English, K (kami)/M (mitra) in Indonesian.
    mark_us, mark_them = tr("deal.chart.mark.us", lang), tr("deal.chart.mark.them", lang)
    for key, issue in analysis.issues.items():
        values = [v for _, v in issue.offers_us + issue.offers_them] + [issue.target, issue.reservation]
        values += [estimated[key]] if key in estimated else []
        low, high = min(values), max(values)
        span = (high - low) or 1

        def pos(value: float) -> int:
            return int(round((value - low) / span * (CHART_WIDTH - 1)))

        left, right = show_term(key, low, lang), show_term(key, high, lang)
        arrow = "→" if issue.d > 0 else "←"
        better = tr("deal.better.higher" if issue.d > 0 else "deal.better.lower", lang)
        lines.append("")
        lines.append(f"{issue_label(key, lang)} ({tr('deal.better', lang).lower()}: {better} {arrow})")
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
            if key in estimated:
                bar[pos(estimated[key])] = ":"
            reservation = pos(issue.reservation)
            if bar[reservation] in (" ", ":"):
                bar[reservation] = "|"
            if ours is not None:
                bar[pos(ours)] = mark_us
            if theirs is not None:
                bar[pos(theirs)] = "*" if ours is not None and pos(ours) == pos(theirs) else mark_them
            moved = show_term(key, value, lang) if value is not None else ""
            lines.append(f"{tr('deal.round', lang)[:1]}{r.round:<3}{_by(r.by, lang):<10}[{''.join(bar)}] {moved}")
    return lines


def verdict_sections(analysis: DealAnalysis, context: DealContext, lang: str) -> list[Section]:
    c = analysis.checklist
    signals = ", ".join(tr(f"signal.name.{s}", lang) for s in c.signals) or tr("none", lang)
    verdict = Section(
        tr("deal.verdict", lang),
        text=[tr("deal.score", lang, score=c.score, signals=signals), tr(f"deal.verdict.{c.verdict}", lang)],
        style={"integrative": "good", "distributive": "warning"}.get(c.verdict, ""),
    )
    sections = [verdict]
    if c.missing:
        bullets = []
        for item in c.missing:
            if item == "interests" and context.their_interests:
                bullets.append(tr("item.interests_known", lang, interests="; ".join(context.their_interests)))
            else:
                bullets.append(tr(f"item.{item}", lang))
        sections.append(Section(tr("deal.missing", lang), bullets=bullets))
    if c.signals:
        sections.append(Section(tr("deal.signals_found", lang), bullets=[tr(f"signal.{s}", lang) for s in c.signals], style="warning"))
    sections.append(Section(tr("deal.todo", lang), bullets=todo(analysis, lang, context.estimates)))
    return sections


def todo(analysis: DealAnalysis, lang: str, estimates: Mapping[str, Estimate] | None = None) -> list[str]:
    deal = analysis.deal
    estimates = estimates or {}
    header = deal.header
    if deal.status != "open":
        items = [tr("deal.todo.closed", lang, status=_status(deal.status, lang))]
    else:
        items = []
        said = next_offers_practical(analysis)
        for key, issue in analysis.issues.items():
            value = show_term(key, issue.next_offer, lang)
            if issue.accept:
                items.append(tr("deal.todo.accept", lang, issue=issue_label(key, lang), value=value))
            elif issue.past_deadline:
                items.append(tr("deal.todo.deadline", lang, planned=header.deadline.rounds, issue=issue_label(key, lang), value=value))
            elif issue.ours is not None and (issue.next_offer - issue.ours) * issue.d > 0:
                # The schedule lags behind what we already offered: moving back
                # to it would be backtracking, which costs trust.
                items.append(tr("deal.todo.hold", lang, issue=issue_label(key, lang), ours=show_term(key, issue.ours, lang), value=value))
            elif said[key] != issue.next_offer:
                # What to say is the rounded offer; the formula's value stays in sight.
                items.append(tr("advice.todo.offer", lang, issue=issue_label(key, lang), value=show_term(key, said[key], lang), exact=_exact_text(issue, header, lang),
                                n=issue.offer_index + 1, planned=header.deadline.rounds, tactic=header.tactic.name))
            else:
                items.append(tr("deal.todo.offer", lang, issue=issue_label(key, lang), value=value, n=issue.offer_index + 1, planned=header.deadline.rounds, tactic=header.tactic.name))
            if issue.zopa_status == "none":
                items.append(tr("deal.todo.no_zopa", lang, issue=issue_label(key, lang), ours=show_term(key, issue.reservation, lang), theirs=show_term(key, issue.their_reservation, lang)))
            elif issue.zopa_status == "unknown":
                items.append(_unknown_zopa_todo(key, estimates.get(key), deal.id, lang))
    if deal.status == "open":  # a closed deal needs no BATNA reminder
        items.append(tr("deal.batna_reminder", lang, batna=header.batna) if header.batna else tr("deal.no_batna", lang))
    return items


def _exact_text(issue: IssueAnalysis, header: Any, lang: str) -> str:
    """The formula's next offer: a count with its fraction (19,7 days), since
    the whole number beside it may be rounded either way."""
    from pln_cli.model.terms import ISSUES, Kind
    from pln_cli.negotiation.practical import exact_offer

    if ISSUES[issue.key].kind is Kind.COUNT:
        exact = exact_offer(issue.o_us, issue.reservation, issue.offer_index, header.deadline.rounds, header.tactic.beta)
        return number(exact, lang, 1)
    return show_term(issue.key, issue.next_offer, lang)


def _unknown_zopa_todo(key: str, estimate: Estimate | None, deal: str, lang: str) -> str:
    """No their_reservation in the header: ask for one, or use the estimate."""
    if estimate is None or estimate.value is None:
        return tr("deal.todo.unknown_zopa", lang, issue=issue_label(key, lang))
    value = _estimated(estimate, estimate.value, lang)
    trust = estimate.trust_text().render(lang)  # type: ignore[union-attr]
    if estimate.zopa_estimated_status == "none":
        return tr("deal.todo.no_zopa_estimated", lang, issue=issue_label(key, lang), value=value, trust=trust, deal=deal)
    return tr("deal.todo.test_estimate", lang, issue=issue_label(key, lang), value=value, trust=trust)


def summary_document(context: DealContext, lang: str, logged: bool) -> Document:
    """What `deal log` and `deal close` print after writing."""
    deal, analysis = context.deal, context.analysis
    if logged:
        last = deal.rounds[-1]
        title = tr("deal.logged", lang, n=last.round, deal=deal.id, by=tr(f"deal.by.{last.by}", lang), date=last.date.isoformat())
    else:
        title = tr("deal.closed_msg", lang, deal=deal.id, status=tr(f"deal.status.{deal.status}", lang))
    verdict = verdict_sections(analysis, context, lang)[0]
    sections = [where_section(analysis, lang, context.estimates, rounded=deal.status == "open")]
    if context.warnings:
        sections.append(warnings_section(context, lang))
    return Document(title, [], sections + [verdict, Section(tr("deal.todo", lang), bullets=todo(analysis, lang, context.estimates))])


LIST_COLUMNS = ["deal", "partner", "partner_name", "status", "rounds", "overall_gap", "last_date"]


def list_record(row: DealRow) -> dict[str, Any]:
    """One deal of `deal list` (JSON and CSV keys)."""
    return {
        "deal": row.deal,
        "partner": row.partner,
        "partner_name": row.partner_name,
        "status": row.status,
        "rounds": row.rounds,
        "overall_gap": row.overall_gap,
        "last_date": row.last_round.isoformat() if row.last_round else None,
    }


def list_document(rows: Sequence[DealRow], lang: str) -> Document:
    headers = [tr(k, lang) for k in ("deal.deal", "deal.partner", "deal.status", "deal.rounds", "deal.overall_gap", "deal.last_meeting")]
    table_rows = [
        [
            r.deal,
            r.partner_name,
            _status(r.status, lang),
            str(r.rounds),
            tr("na", lang) if r.overall_gap is None else percent(r.overall_gap, lang, 0),
            r.last_round.isoformat() if r.last_round else "-",
        ]
        for r in rows
    ]
    return Document(tr("deal.list", lang), [], [Section(None, table=Table(headers, table_rows, ["left", "left", "left", "right", "right", "left"]))])


def plan_document(analysis: DealAnalysis, lang: str) -> Document:
    """What `deal new` prints after creating a deal: the plan of our offers."""
    header = analysis.deal.header
    return Document(header.title or header.deal, [tr("deal.plan", lang, rounds=header.deadline.rounds, tactic=header.tactic.name,
                                                       beta=number(header.tactic.beta, lang, 1))], [plan_section(analysis, lang)])
