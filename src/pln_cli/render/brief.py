"""The internal brief of a meeting: one self-contained HTML page (or Markdown).

    html = brief_html(brief, "en")       # inline CSS and SVG; no script, no font or image from elsewhere
    text = brief_markdown(brief, "id")    # the same content; charts as text

`brief` is `api.present.MeetingBrief`.  Both looks are drawn from one list
of pages (`brief_pages`), each a list of `Section`s (render/document.py, the
project's one report structure) and `Chart`s, so the HTML and the Markdown
never disagree on content.  Every string from data is made inert
(`document.inert`) before either look; in HTML, Jinja2's autoescape
escapes it and the SVG charts escape their own text.

The page prints to A4: `@page` sets the size and margins, each page of
the brief starts a printed page, and tables, charts and sections are not
split across pages (`page_count` says how many printed pages the brief is
laid out for).  `chromium_png` and `chromium_pdf` draw it with headless
Chromium (Debian's `chromium` package), for the tests and the README's
picture.
"""

from __future__ import annotations

import html as _html
import os
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pln_cli.api.offers import Simulation
from pln_cli.api.present import OUR_NAME, MeetingBrief, SpendChart, Track
from pln_cli.i18n import number, percent, tr
from pln_cli.money import format_rupiah, format_rupiah_short
from pln_cli.render.deck import bar_label, join_names, long_date
from pln_cli.render.document import Document, Section, Table, inert
from pln_cli.render.values import issue_label, show, show_term, show_terms

NAVY, ACCENT, GREY, MUTED, LIGHT = "#1F2A44", "#C8102E", "#A7B1C2", "#5B6577", "#E6E9EF"


@dataclass
class Chart:
    """An inline SVG chart (built here, its text escaped) with its text form for Markdown."""

    title: str
    svg: str
    text: list[str]
    caption: str = ""


@dataclass
class Page:
    blocks: list[Section | Chart] = field(default_factory=list)


@dataclass
class BriefPages:
    title: str
    subtitle: list[str]
    banner: str
    pages: list[Page]

    @property
    def page_count(self) -> int:
        return len(self.pages)


# --- content ----------------------------------------------------------------------------


def brief_pages(brief: MeetingBrief, lang: str) -> BriefPages:
    """The brief as pages of sections and charts, text from data made inert."""
    report = brief.meeting
    plan = report.view.meeting.plan
    when = f"{long_date(plan.date, lang)} {plan.time}" if plan.time else long_date(plan.date, lang)
    place = ", ".join(x for x in (plan.venue.place, plan.venue.room) if x) if plan.venue is not None and plan.venue.place else "-"
    subtitle = [" · ".join((report.partner_name, when, place))]
    if plan.objective:
        subtitle.append(tr("present.brief.objective", lang, objective=plan.objective))
    if plan.presenters:
        subtitle.append(tr("present.brief.presenters", lang, names=join_names(plan.presenters, lang)))
    subtitle.append(tr("present.brief.prepared", lang, date=long_date(brief.today, lang)))
    pages = [Page(_status_blocks(brief, lang)), Page(_economics_blocks(brief, lang)), Page(_deal_blocks(brief, lang))]
    title = tr("present.brief.title", lang, meeting=plan.meeting)
    return _inert(BriefPages(title, subtitle, tr("present.brief.internal", lang), pages))


def _inert(pages: BriefPages) -> BriefPages:
    """Every string from data written out (control characters), via `document.inert`."""
    sections = [b for page in pages.pages for b in page.blocks if isinstance(b, Section)]
    clean = inert(Document(pages.title, pages.subtitle, sections))
    replaced = iter(clean.sections)
    out = []
    for page in pages.pages:
        out.append(Page([next(replaced) if isinstance(b, Section) else b for b in page.blocks]))
    return BriefPages(clean.title, clean.subtitle, pages.banner, out)


def _status_blocks(brief: MeetingBrief, lang: str) -> list[Section | Chart]:
    from pln_cli.render.meeting import readiness_section, status_section, todo_section

    view = brief.meeting.view
    status = status_section(view, lang)
    status.title = tr("present.brief.status_title", lang)
    blocks: list[Section | Chart] = [status, readiness_section(view.readiness, lang)]
    todo = todo_section(view.readiness, lang)
    if todo is not None:
        todo.title = tr("present.brief.todo_title", lang)
        blocks.append(todo)
    blocks.append(_audience_section(brief, lang))
    return blocks


def _audience_section(brief: MeetingBrief, lang: str) -> Section:
    from pln_cli.render.meeting import stance_text

    rows = brief.meeting.audience
    title = tr("meeting.audience_title", lang)
    if not rows:
        return Section(title, text=[tr("meeting.audience.none", lang)])
    people = {p.name: p for p in brief.lobby.people} if brief.lobby is not None else {}
    table_rows = []
    for a in rows:
        if not a.known:
            table_rows.append([a.name, tr("meeting.unknown_person", lang)] + ["-"] * 6)
            continue
        status = people.get(a.name)
        steps = ", ".join(tr(f"lobby.step.{s}", lang) for s in status.steps_done) if status and status.steps_done else "-"
        last = status.last_contact.isoformat() if status and status.last_contact else "-"
        nxt = f"{status.next.date.isoformat()}: {status.next.action}" if status and status.next else "-"
        table_rows.append([
            a.name,
            a.role or "-",
            tr(f"lobby.class.{a.lobby_class}", lang) if a.lobby_class else "-",
            str(a.influence) if a.influence is not None else "-",
            stance_text(a.stance_start, a.stance, lang),
            steps,
            last,
            nxt,
        ])
    headers = [tr(k, lang) for k in ("lobby.name", "lobby.role", "lobby.class", "lobby.influence", "lobby.stance",
                                      "present.brief.steps_done", "present.brief.last_contact", "present.brief.next_action")]
    text = []
    if brief.lobby is not None and brief.lobby.priority:
        names = [p.name for p in brief.lobby.priority]
        text.append(tr("present.brief.priority", lang, names=", ".join(names)))
    return Section(tr("present.brief.audience_title", lang), text=text,
                   table=Table(headers, table_rows, ["left", "left", "left", "right", "left", "left", "left", "left"]))


def _economics_blocks(brief: MeetingBrief, lang: str) -> list[Section | Chart]:
    title = tr("present.brief.economics_title", lang)
    if brief.offer is None:
        why = "; ".join(p.message.render(lang) for p in brief.offer_error) or "-"
        return [Section(title, text=[tr("present.brief.no_offer", lang, why=why)], style="warning")]
    sim = brief.offer.simulations[-1]
    ours = brief.view.our_name if brief.view is not None else OUR_NAME
    text = [tr("present.brief.scheme", lang, scheme=brief.offer.offer.label())]
    if brief.view is not None and brief.view.agreed:
        text.append(tr("present.brief.terms_agreed", lang, terms=show_terms(dict(sim.terms), lang)))
    blocks: list[Section | Chart] = [
        Section(title, text=text),
        Section(tr("present.brief.us", lang, ours=ours), table=_two_col(_our_rows(sim, lang))),
        Section(tr("present.brief.them", lang, partner=brief.partner_name), table=_two_col(_their_rows(brief, sim, lang))),
    ]
    if brief.view is not None:
        blocks.append(spend_figure(brief.view.criteria, lang))
    return blocks


def _two_col(rows: list[list[str]]) -> Table:
    return Table(["", ""], rows, ["left", "right"])


def _our_rows(sim: Simulation, lang: str) -> list[list[str]]:
    r = sim.result
    budget = r.inputs.budget
    rows = [
        [tr("m.vouchers_issued", lang), show("count", r.vouchers_issued, lang)],
        [tr("m.face_value_issued", lang), show("money", r.face_value_issued, lang)],
        [tr("m.value_redeemed", lang), show("money", r.value_redeemed, lang)],
        [tr("m.partner_payment", lang), show("money", r.partner_payment, lang)],
        [tr("m.our_net_cost", lang), show("money", r.our_net_cost, lang)],
        [tr("present.brief.budget", lang), show("money", budget, lang) if budget is not None else "-"],
    ]
    if r.exhaustion_day is not None:
        rows.append([tr("m.exhaustion_day", lang), str(r.exhaustion_day)])
    rows += [
        [tr("m.new_customers", lang), show("count", r.new_customers, lang)],
        [tr("m.cac", lang), show("money", r.cac, lang)],
        [tr("m.gmv", lang), show("money", r.gmv, lang)],
        [tr("m.gross_profit", lang), show("money", r.gross_profit, lang)],
        [tr("m.roi", lang), show("ratio", r.roi, lang)],
        [tr("present.brief.value_us", lang), show("money", sim.values.value_us, lang)],
    ]
    return rows


def _their_rows(brief: MeetingBrief, sim: Simulation, lang: str) -> list[list[str]]:
    r = sim.result
    values = sim.values
    rate = brief.view.scheme.effective_reward_rate if brief.view is not None else None
    return [
        [tr("m.qualifying_share", lang), show("share", r.qualifying_share, lang)],
        [tr("m.qualifying_transactions", lang), show("count", r.inputs.transactions * r.qualifying_share, lang)],
        [tr("m.avg_qualifying_spend", lang), show("money", r.avg_qualifying_spend, lang)],
        [tr("present.brief.effective", lang), show("share", rate, lang)],
        [tr("m.partner_incremental_spend", lang), show("money", r.partner_incremental_spend, lang)],
        [tr("m.partner_payment", lang), show("money", r.partner_payment, lang)],
        [tr("present.brief.margin", lang), show("share", values.partner_margin, lang)],
        [tr("present.brief.value_them", lang),
         show("money", values.value_them, lang) if values.value_them is not None else (values.note.render(lang) if values.note else "-")],
    ]


def _deal_blocks(brief: MeetingBrief, lang: str) -> list[Section | Chart]:
    from pln_cli.render.deal import plan_section, reading_section, warnings_section, where_section

    title = tr("present.brief.deal_title", lang)
    context = brief.deal
    if context is None:
        return [Section(title, text=[tr("present.brief.no_deal", lang)])]
    deal = context.deal
    line = tr("meeting.deal_line", lang, deal=deal.id, status=tr(f"deal.status.{deal.status}", lang), rounds=len(deal.rounds))
    blocks: list[Section | Chart] = [Section(title, text=[line], table=_rounds_table(brief, lang) if deal.rounds else None)]
    if brief.tracks and deal.rounds:
        blocks.append(convergence_figure(brief.tracks, lang))
    is_open = deal.status == "open"
    where = where_section(context.analysis, lang, context.estimates, rounded=is_open)
    where.title = tr("present.brief.next_title", lang)
    batna = deal.header.batna
    where.text = [tr("present.brief.batna", lang, batna=batna) if batna else tr("present.brief.no_batna", lang)]
    where.style = "" if batna else "warning"
    blocks.append(where)
    if context.warnings:  # a cap that ends the scheme early, or a loss for us, on the terms in play
        blocks.append(warnings_section(context, lang))
    if is_open:  # the plan of our remaining offers, as they will be said
        blocks.append(plan_section(context.analysis, lang))
    if context.estimates:
        reading = reading_section(context.estimates, lang)
        reading.title = tr("present.brief.estimates_title", lang)
        blocks.append(reading)
    if brief.packages is not None:
        from pln_cli.render.options import brief_sections

        blocks.extend(brief_sections(brief.packages, lang))
    return blocks


def _rounds_table(brief: MeetingBrief, lang: str) -> Table:
    context = brief.deal
    assert context is not None
    rows = []
    for index, r in enumerate(context.deal.rounds):
        econ = context.economics[index] if index < len(context.economics) else None
        rows.append([
            str(r.round),
            r.date.isoformat(),
            tr(f"deal.by.{r.by}", lang),
            show_terms(r.terms.named(), lang),
            show("money", econ.our_net_cost if econ else None, lang),
            show("money", econ.cac if econ else None, lang),
            show("share", econ.qualifying_share if econ else None, lang),
        ])
    headers = [tr(k, lang) for k in ("deal.round", "deal.date", "deal.by", "deal.terms", "deal.net_cost", "deal.cac", "deal.qshare")]
    return Table(headers, rows, ["right", "left", "left", "left", "right", "right", "right"])


# --- charts (SVG, every text escaped) -----------------------------------------------------


def _e(text: str) -> str:
    from pln_cli.render.safe import visible

    return _html.escape(visible(text), quote=True)


def _f(value: float) -> str:
    """A coordinate: two decimals, no trailing zeros (stable text, small files)."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def spend_figure(chart: SpendChart, lang: str) -> Chart:
    """Bars of the spend distribution: grey below the threshold, accent at or
    above it, the share on each bar, a dashed line at each threshold."""
    w, h = 680.0, 250.0
    left, right, top, bottom = 10.0, 10.0, 34.0, 44.0
    n = len(chart.bars)
    plot_w, plot_h = w - left - right, h - top - bottom
    peak = max((b.share for b in chart.bars), default=0.0) or 1.0
    slot = plot_w / n
    parts = [f'<svg viewBox="0 0 {_f(w)} {_f(h)}" width="100%" role="img" '
             f'aria-label="{_e(tr("present.brief.spend_title", lang))}" font-family="Helvetica, Arial, sans-serif">']
    for k, bar in enumerate(chart.bars):
        bh = plot_h * bar.share / (peak * 1.12)
        x = left + k * slot + slot * 0.1
        y = top + plot_h - bh
        colour = ACCENT if bar.qualifying else GREY
        parts.append(f'<rect x="{_f(x)}" y="{_f(y)}" width="{_f(slot * 0.8)}" height="{_f(bh)}" fill="{colour}"/>')
        parts.append(f'<text x="{_f(x + slot * 0.4)}" y="{_f(y - 4)}" font-size="10" text-anchor="middle" fill="#2B2B2B">{_e(percent(bar.share, lang))}</text>')
        label = bar_label(bar.low, bar.high, lang)
        parts.append(f'<text x="{_f(x + slot * 0.4)}" y="{_f(top + plot_h + 15)}" font-size="9.5" text-anchor="middle" fill="{MUTED}">{_e(label)}</text>')
    parts.append(f'<line x1="{_f(left)}" y1="{_f(top + plot_h)}" x2="{_f(w - right)}" y2="{_f(top + plot_h)}" stroke="{MUTED}" stroke-width="1"/>')
    for number_, t in enumerate(chart.thresholds):
        index = next((i for i, b in enumerate(chart.bars) if b.low >= t), None)
        if not index:
            continue
        x = left + index * slot
        parts.append(f'<line x1="{_f(x)}" y1="{_f(top - 22)}" x2="{_f(x)}" y2="{_f(top + plot_h)}" stroke="{NAVY}" stroke-width="1.5" stroke-dasharray="5 4"/>')
        text = tr("present.deck.criteria.threshold", lang, threshold=format_rupiah(t)) if number_ == 0 else format_rupiah(t)
        anchor = "start" if index < n * 0.7 else "end"
        dx = 5 if anchor == "start" else -5
        parts.append(f'<text x="{_f(x + dx)}" y="{_f(top - 12 + 12 * number_)}" font-size="11" font-weight="bold" text-anchor="{anchor}" fill="{NAVY}">{_e(text)}</text>')
    axis = tr("present.brief.spend_axis", lang)
    parts.append(f'<text x="{_f(w / 2)}" y="{_f(h - 6)}" font-size="10" text-anchor="middle" fill="{MUTED}">{_e(axis)}</text>')
    parts.append("</svg>")
    threshold = format_rupiah(chart.thresholds[0])
    caption = " · ".join([
        f"{percent(chart.reach_share, lang)} {tr('present.deck.criteria.reach', lang, threshold=threshold)}",
        f"{percent(chart.qualifying_share, lang)} {tr('present.deck.criteria.topup', lang)}",
    ])
    width = 30
    text = [f"{bar_label(b.low, b.high, lang):>12} {'#' * round(width * b.share / peak):<{width}} {percent(b.share, lang)}{' *' if b.qualifying else ''}"
            for b in chart.bars]
    text.append(f"* {tr('present.deck.criteria.above', lang, threshold=threshold)}")
    return Chart(tr("present.brief.spend_title", lang), "".join(parts), text, caption)


def convergence_figure(tracks: Sequence[Track], lang: str) -> Chart:
    """One small chart per issue: what each side stood on after each round
    (ours navy, theirs accent), our target and reservation, their known or
    estimated reservation, and our next offer (a hollow mark after the last round)."""
    panels = [_panel(t, lang) for t in tracks]
    width = 680.0
    per_row = min(3, max(1, len(panels)))
    pw = width / per_row
    ph = 200.0
    rows = (len(panels) + per_row - 1) // per_row
    items = [(NAVY, "solid", tr("present.brief.chart.us", lang)), (ACCENT, "solid", tr("present.brief.chart.them", lang)),
             (MUTED, "4 3", tr("present.brief.chart.reservation", lang)), (NAVY, "1 3", tr("present.brief.chart.target", lang)),
             (ACCENT, "2 3", tr("present.brief.chart.theirs", lang)), (NAVY, "hollow", tr("present.brief.chart.next_offer", lang))]
    # The legend, in rows that fit the width (10 px text is about 5.6 px a character).
    placed, lx, line = [], 10.0, 0
    for item in items:
        item_w = 36 + len(item[2]) * 5.6
        if lx + item_w > width and lx > 10:
            lx, line = 10.0, line + 1
        placed.append((lx, line, item))
        lx += item_w
    h = rows * ph + 18 * (line + 1) + 6
    parts = [f'<svg viewBox="0 0 {_f(width)} {_f(h)}" width="100%" role="img" '
             f'aria-label="{_e(tr("present.brief.convergence", lang))}" font-family="Helvetica, Arial, sans-serif">']
    for k, panel in enumerate(panels):
        x, y = (k % per_row) * pw, (k // per_row) * ph
        parts.append(f'<g transform="translate({_f(x)},{_f(y)})">{panel(pw, ph)}</g>')
    for lx, line, (colour, dash, label) in placed:
        ly = rows * ph + 14 + 18 * line
        if dash == "hollow":
            parts.append(f'<circle cx="{_f(lx + 11)}" cy="{_f(ly - 4)}" r="4" fill="white" stroke="{colour}" stroke-width="2"/>')
        else:
            dash_attr = "" if dash == "solid" else f' stroke-dasharray="{dash}"'
            parts.append(f'<line x1="{_f(lx)}" y1="{_f(ly - 4)}" x2="{_f(lx + 22)}" y2="{_f(ly - 4)}" stroke="{colour}" stroke-width="2"{dash_attr}/>')
        parts.append(f'<text x="{_f(lx + 27)}" y="{_f(ly)}" font-size="10" fill="#2B2B2B">{_e(label)}</text>')
    parts.append("</svg>")
    text = []
    for t in tracks:
        text.append(f"{issue_label(t.key, lang)} ({tr(f'deal.better.{t.better}', lang)})")
        for k, rnd in enumerate(t.rounds):
            text.append(f"  {tr('present.brief.chart.round', lang)} {rnd} ({tr(f'deal.by.{t.by[k]}', lang)}): "
                        f"{tr('deal.by.us', lang)} {show_term(t.key, t.us[k], lang)}, {tr('deal.by.them', lang)} {show_term(t.key, t.them[k], lang)}")
        text.append(f"  {tr('deal.next', lang)}: {show_term(t.key, t.next_offer, lang)} · "
                    f"{tr('deal.reservation', lang)}: {show_term(t.key, t.reservation, lang)}")
    return Chart(tr("present.brief.convergence", lang), "".join(parts), text)


def _panel(t: Track, lang: str) -> Any:
    def draw(pw: float, ph: float) -> str:
        values = [v for v in t.us + t.them if v is not None] + [t.target, t.reservation, t.next_offer]
        values += [v for v in (t.their_reservation, t.estimate) if v is not None]
        low, high = min(values), max(values)
        if high == low:
            low, high = low - 1, high + 1
        pad = (high - low) * 0.08
        low, high = low - pad, high + pad
        left, right, top, bottom = 62.0, 14.0, 26.0, 26.0
        inner_w, inner_h = pw - left - right, ph - top - bottom
        n = len(t.rounds) + 1  # the rounds, then our next offer

        def px(k: float) -> float:
            return left + inner_w * (k + 0.5) / n

        def py(v: float) -> float:
            return top + inner_h * (high - v) / (high - low)

        title = f"{issue_label(t.key, lang)} ({tr(f'deal.better.{t.better}', lang)})"
        size = min(11.0, (pw - 8) / max(1, len(title)) / 0.56)  # a long title in a smaller font, never past the panel
        out = [f'<text x="{_f(pw / 2)}" y="14" font-size="{_f(size)}" font-weight="bold" text-anchor="middle" fill="{NAVY}">{_e(title)}</text>',
               f'<rect x="{_f(left)}" y="{_f(top)}" width="{_f(inner_w)}" height="{_f(inner_h)}" fill="#FAFBFC" stroke="{LIGHT}"/>']
        for value, colour, dash in ((t.reservation, MUTED, "4 3"), (t.target, NAVY, "1 3")):
            out.append(f'<line x1="{_f(left)}" y1="{_f(py(value))}" x2="{_f(left + inner_w)}" y2="{_f(py(value))}" stroke="{colour}" stroke-width="1.2" stroke-dasharray="{dash}"/>')
        theirs = t.their_reservation if t.their_reservation is not None else t.estimate
        if theirs is not None:
            out.append(f'<line x1="{_f(left)}" y1="{_f(py(theirs))}" x2="{_f(left + inner_w)}" y2="{_f(py(theirs))}" stroke="{ACCENT}" stroke-width="1.2" stroke-dasharray="2 3"/>')
        for label_value in sorted({t.reservation, t.target, high - pad, low + pad}):
            out.append(f'<text x="{_f(left - 4)}" y="{_f(py(label_value) + 3)}" font-size="8.5" text-anchor="end" fill="{MUTED}">{_e(_axis_value(t, label_value, lang))}</text>')
        for series, colour in ((t.us, NAVY), (t.them, ACCENT)):
            points = [(px(k), py(v)) for k, v in enumerate(series) if v is not None]
            if len(points) > 1:
                path = " ".join(f"{_f(a)},{_f(b)}" for a, b in points)
                out.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
            for a, b in points:
                out.append(f'<circle cx="{_f(a)}" cy="{_f(b)}" r="3.2" fill="{colour}"/>')
        nx, ny = px(len(t.rounds)), py(t.next_offer)
        out.append(f'<circle cx="{_f(nx)}" cy="{_f(ny)}" r="4.5" fill="white" stroke="{NAVY}" stroke-width="2"/>')
        for k, rnd in enumerate(t.rounds):
            out.append(f'<text x="{_f(px(k))}" y="{_f(top + inner_h + 14)}" font-size="9" text-anchor="middle" fill="{MUTED}">{rnd}</text>')
        out.append(f'<text x="{_f(nx)}" y="{_f(top + inner_h + 14)}" font-size="9" text-anchor="middle" fill="{NAVY}">{_e(tr("present.brief.chart.next", lang))}</text>')
        return "".join(out)

    return draw


def _axis_value(t: Track, value: float, lang: str) -> str:
    if t.kind == "money":
        return format_rupiah_short(int(round(value)))
    if t.kind == "share":
        return percent(value, lang)
    return number(value, lang)


# --- the two looks ------------------------------------------------------------------------


def brief_html(brief: MeetingBrief, lang: str = "en") -> str:
    """The brief as one self-contained HTML page (Jinja2, autoescape on)."""
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(loader=PackageLoader("pln_cli.render", "templates"), autoescape=select_autoescape(["html", "j2"], default=True),
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    template = env.get_template("brief.html.j2")
    pages = brief_pages(brief, lang)
    return template.render(doc=pages, lang=lang, is_chart=lambda b: isinstance(b, Chart))


def brief_markdown(brief: MeetingBrief, lang: str = "en") -> str:
    """The brief as Markdown: the same sections; each chart as text."""
    from pln_cli.render.document import to_markdown

    pages = brief_pages(brief, lang)
    sections: list[Section] = [Section(None, text=[f"**{pages.banner}**"])]
    for page in pages.pages:
        for block in page.blocks:
            if isinstance(block, Chart):
                sections.append(Section(block.title, text=[block.caption] if block.caption else [], preformatted=block.text))
            else:
                sections.append(block)
    return to_markdown(Document(pages.title, pages.subtitle, sections))


# --- drawing it with a browser ------------------------------------------------------------

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def find_chromium() -> str | None:
    """Headless Chromium, if installed: $PLN_CHROMIUM, else the usual names on PATH."""
    given = os.environ.get("PLN_CHROMIUM")
    if given:
        return shutil.which(given) or (given if os.path.isfile(given) else None)
    return next((found for found in map(shutil.which, CHROMIUM_NAMES) if found), None)


def _chromium(args: list[str], html_file: Path, timeout: float) -> None:
    binary = find_chromium()
    if binary is None:
        raise FileNotFoundError("chromium")
    with tempfile.TemporaryDirectory(prefix="pln-chromium-") as profile:
        command = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                   "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
                   f"--user-data-dir={profile}", *args, html_file.resolve().as_uri()]
        subprocess.run(command, check=True, timeout=timeout, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def chromium_pdf(html_file: Path, pdf_file: Path, timeout: float = 120) -> Path:
    """Print an HTML file to PDF with headless Chromium (A4 from the page's @page)."""
    _chromium([f"--print-to-pdf={pdf_file.resolve()}", "--no-pdf-header-footer"], html_file, timeout)
    return pdf_file


def chromium_png(html_file: Path, png_file: Path, width: int = 880, height: int = 1180, scale: float = 1.0, timeout: float = 120) -> Path:
    """A screenshot of the top of an HTML page, `width` x `height` CSS pixels
    (by default the brief's first page as a screen shows it) at `scale`."""
    _chromium([f"--screenshot={png_file.resolve()}", f"--window-size={width},{height}", f"--force-device-scale-factor={scale:g}"], html_file, timeout)
    return png_file


def brief_page_png(brief: MeetingBrief, lang: str, png_file: Path, scale: float = 1.5) -> Path:
    """A picture of the brief's first page, drawn by headless Chromium."""
    with tempfile.TemporaryDirectory(prefix="pln-brief-") as folder:
        page = Path(folder) / "brief.html"
        page.write_text(brief_html(brief, lang), encoding="utf-8")
        return chromium_png(page, png_file, scale=scale)


def pdf_page_count(data: bytes) -> int:
    """Pages of a PDF: its /Type /Page objects (not /Pages)."""
    import re

    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))
