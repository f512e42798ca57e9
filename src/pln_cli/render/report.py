"""`pln report`: the portfolio page for the head of the team."""

from __future__ import annotations

from typing import Any

from pln_cli.econ.variants import show_value
from pln_cli.i18n import number, percent
from pln_cli.money import format_rupiah
from pln_cli.portfolio import DealRow, Economics, StatusTotal
from pln_cli.render.document import Document, Section, Table
from pln_cli.i18n import tr as label


def _terms(terms: dict[str, Any]) -> str:
    return ", ".join(f"{k} {show_value(k, v)}" for k, v in terms.items()) or "-"


def _money(value: int | None, lang: str) -> str:
    return label("na", lang) if value is None else format_rupiah(value)


def _share(value: float | None, lang: str) -> str:
    return label("na", lang) if value is None else percent(value, lang)


def _figures(f: Economics, lang: str) -> list[str]:
    return [_money(f.monthly_net_cost, lang), _money(f.cac, lang), _share(f.qualifying_share, lang)]


def report_document(rows: list[DealRow], totals: list[StatusTotal], idle_partners: list[str], idle_offers: list[str], title: str, lang: str) -> Document:
    status = lambda s: label(f"deal.status.{s}", lang)  # noqa: E731 - a local shorthand
    deals = Table(
        [label(k, lang) for k in ("deal.deal", "deal.partner", "deal.status", "deal.rounds", "report.meetings", "deal.overall_gap", "report.verdict")],
        [
            [
                r.deal,
                r.partner_name,
                status(r.status),
                str(r.rounds),
                f"{r.first_meeting.isoformat()} – {r.last_meeting.isoformat()}" if r.first_meeting and r.last_meeting else "-",
                _share(r.overall_gap, lang) if r.overall_gap is None else percent(r.overall_gap, lang, 0),
                label(f"report.verdict.{r.verdict}", lang),
            ]
            for r in rows
        ],
        ["left", "left", "left", "right", "left", "right", "left"],
    )
    terms = Table(
        [label(k, lang) for k in ("deal.deal", "report.ours", "report.theirs", "report.agreed", "deal.next")],
        [[r.deal, _terms(r.our_terms), _terms(r.their_terms), _terms(r.agreed_terms), _terms(r.next_offer)] for r in rows],
        ["left"] * 5,
    )
    money = Table(
        [label("deal.deal", lang)]
        + [f"{label(side, lang)}: {label(metric, lang)}" for side in ("report.ours", "report.theirs", "report.agreed") for metric in ("report.cost", "deal.cac", "deal.qshare")],
        [[r.deal] + _figures(r.ours, lang) + _figures(r.theirs, lang) + _figures(r.agreed, lang) for r in rows],
    )
    sums = Table(
        [label(k, lang) for k in ("deal.status", "report.deals", "report.cost", "report.new_customers")],
        [[status(t.status), str(t.deals), format_rupiah(t.monthly_net_cost), number(t.monthly_new_customers, lang)] for t in totals],
    )
    sections = [
        Section(label("report.deals_title", lang), table=deals),
        Section(label("report.terms_title", lang), table=terms),
        Section(label("report.money_title", lang), table=money),
        Section(label("report.totals_title", lang), table=sums, text=[label("report.totals_note", lang)]),
    ]
    if idle_partners:
        sections.append(Section(label("report.idle_partners", lang), bullets=idle_partners))
    if idle_offers:
        sections.append(Section(label("report.idle_offers", lang), bullets=idle_offers))
    if not rows:
        sections = [Section(None, text=[label("report.empty", lang)])] + sections[4:]
    return Document(title, [], sections)
