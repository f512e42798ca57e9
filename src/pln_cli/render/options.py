"""`pln deal options`: the MESO set, the Nash package, the Pareto frontier
and a scatter chart of both sides' values; and the packages of a meeting brief."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pln_cli.api.options import BriefPackages, DealOptions
from pln_cli.i18n import Pct, tr
from pln_cli.money import format_rupiah, format_rupiah_short
from pln_cli.negotiation.options import Options, Package
from pln_cli.negotiation.options import to_json as options_json
from pln_cli.render.document import Document, Section, Table
from pln_cli.render.values import issue_label, show, show_term, show_terms

CHART_WIDTH = 56
# The frontier table shows at most this many packages, evenly spread along it
# (Nash and the MESO set always among them); CSV and JSON list all.
FRONTIER_ROWS = 40
CHART_HEIGHT = 14
# Marks on the chart, weakest first: a later mark covers an earlier one.
# Both sides' positions take their letters from the catalogue (U/T in
# English, K/M in Indonesian), as on the convergence chart of `deal show`.
PACKAGE, FRONTIER, NASH, BOTH = ".", "o", "N", "*"


# --- tables -------------------------------------------------------------------------

def _money(value: float) -> str:
    return format_rupiah(round(value))


def package_rows(packages: Sequence[Package], issues: Sequence[str], lang: str) -> list[list[str]]:
    """Packages side by side: one row per issue, then what each is worth."""
    rows = [[issue_label(key, lang)] + [show_term(key, p.terms.get(key), lang) for p in packages] for key in issues]
    rows.append([tr("values.value_us", lang)] + [_money(p.value_us) for p in packages])
    rows.append([tr("values.value_them", lang)] + [_money(p.value_them) for p in packages])
    rows.append([tr("options.col.our_net_cost", lang)] + [_money(p.our_net_cost) for p in packages])
    rows.append([tr("options.col.partner_gain", lang)] + [_money(p.partner_gross_gain) for p in packages])
    rows.append([tr("m.partner_payment", lang)] + [_money(p.partner_payment) for p in packages])
    return rows


def meso_table(o: Options, lang: str) -> Table:
    names = []
    for n, p in enumerate(o.meso, start=1):
        name = tr("options.col.numbered", lang, n=n)
        if o.nash is not None and p.number == o.nash.number:
            name = tr("options.col.nash", lang, name=name)
        names.append(name)
    return Table([tr("deal.issue", lang)] + names, package_rows(o.meso, o.issues, lang))


def nash_table(o: Options, lang: str) -> Table:
    assert o.nash is not None
    return Table([tr("deal.issue", lang), tr("options.col.package", lang)], package_rows([o.nash], o.issues, lang))


def pareto_table(o: Options, lang: str) -> Table:
    meso = {p.number for p in o.meso}
    nash = o.nash.number if o.nash is not None else None
    headers = ["#"] + [issue_label(k, lang) for k in o.issues] + [
        tr("values.value_us", lang), tr("values.value_them", lang), tr("options.col.our_net_cost", lang), tr("options.col.partner_gain", lang), "",
    ]
    rows = []
    for n, p in shown_frontier(o):
        marks = (tr("options.mark.nash", lang) if p.number == nash else "") + (tr("options.mark.meso", lang) if p.number in meso else "")
        rows.append(
            [str(n)] + [show_term(k, p.terms.get(k), lang) for k in o.issues]
            + [_money(p.value_us), _money(p.value_them), _money(p.our_net_cost), _money(p.partner_gross_gain), marks]
        )
    return Table(headers, rows, ["right"] + ["right"] * (len(headers) - 2) + ["left"])


def shown_frontier(o: Options, limit: int = FRONTIER_ROWS) -> list[tuple[int, Package]]:
    """(rank, package) of the frontier packages the table shows: all of them,
    or `limit` evenly spread from the best for us to the best for them, with
    Nash and the MESO set kept."""
    ranked = list(enumerate(o.pareto, start=1))
    if len(ranked) <= limit:
        return ranked
    keep = {o.nash.number} if o.nash is not None else set()
    keep |= {p.number for p in o.meso}
    picks = {round(k * (len(ranked) - 1) / (limit - 1)) for k in range(limit)}
    return [(n, p) for i, (n, p) in enumerate(ranked) if i in picks or p.number in keep]


def positions_table(o: Options, lang: str) -> Table | None:
    rows = []
    for side in ("us", "them"):
        if side not in o.positions:
            continue
        p = o.positions[side]
        if p is None:
            rows.append([tr(f"deal.by.{side}", lang), "-", tr("na", lang), tr("na", lang)])
        else:
            rows.append([tr(f"deal.by.{side}", lang), show_terms(dict(p.terms), lang), _money(p.value_us), _money(p.value_them)])
    if not rows:
        return None
    headers = [tr("deal.by", lang), tr("deal.terms", lang), tr("values.value_us", lang), tr("values.value_them", lang)]
    return Table(headers, rows, ["left", "left", "right", "right"])


# --- the chart -----------------------------------------------------------------------

def scatter(o: Options, lang: str, width: int = CHART_WIDTH, height: int = CHART_HEIGHT) -> list[str]:
    """Value for us (across) against value for them (up): every package, the
    frontier, Nash and both sides' current positions.  A dashed row marks
    zero value for them: packages below it cost the partner."""
    marks: list[tuple[float, float, str]] = [(u, t, PACKAGE) for u, t in o.points]
    marks += [(p.value_us, p.value_them, FRONTIER) for p in o.pareto]
    if o.nash is not None:
        marks.append((o.nash.value_us, o.nash.value_them, NASH))
    ours, theirs = o.positions.get("us"), o.positions.get("them")
    if not marks and ours is None and theirs is None:
        return []
    xs = [m[0] for m in marks] + [p.value_us for p in (ours, theirs) if p is not None]
    ys = [m[1] for m in marks] + [p.value_them for p in (ours, theirs) if p is not None]
    x_low, x_high = _span(min(xs), max(xs))
    y_low, y_high = _span(min(ys), max(ys))

    def col(x: float) -> int:
        return round((x - x_low) / (x_high - x_low) * (width - 1))

    def row(y: float) -> int:
        return height - 1 - round((y - y_low) / (y_high - y_low) * (height - 1))

    grid = [[" "] * width for _ in range(height)]
    zero = row(0.0) if y_low <= 0 <= y_high else None
    if zero is not None:
        grid[zero] = ["-"] * width
    for x, y, mark in marks:
        grid[row(y)][col(x)] = mark
    spots: dict[tuple[int, int], str] = {}
    for p, mark in ((ours, tr("deal.chart.mark.us", lang)), (theirs, tr("deal.chart.mark.them", lang))):
        if p is not None:
            spot = (row(p.value_them), col(p.value_us))
            spots[spot] = BOTH if spot in spots else mark
    for (r, c), mark in spots.items():
        grid[r][c] = mark

    labels = {0: _short(y_high, lang), height - 1: _short(y_low, lang)}
    if zero is not None and zero not in labels:
        labels[zero] = _short(0, lang)
    pad = max(len(text) for text in labels.values())
    lines = [tr("options.chart.legend", lang), "", f"{'':>{pad}}  {tr('values.value_them', lang)}"]
    for r, cells in enumerate(grid):
        lines.append(f"{labels.get(r, ''):>{pad}} |{''.join(cells)}")
    lines.append(f"{'':>{pad}} +{'-' * width}")
    left, right = _short(x_low, lang), _short(x_high, lang)
    lines.append(f"{'':>{pad}}  {left}{' ' * max(1, width - len(left) - len(right))}{right}")
    axis = tr("values.value_us", lang)
    lines.append(f"{'':>{pad}}  {axis:>{width}}")
    return lines


def _span(low: float, high: float) -> tuple[float, float]:
    if high - low > 1e-9 * max(1.0, abs(low), abs(high)):
        return low, high
    pad = max(1.0, abs(low) * 0.05)
    return low - pad, high + pad


def _short(value: float, lang: str) -> str:
    return format_rupiah_short(round(value), lang)


# --- the document --------------------------------------------------------------------

def options_document(found: DealOptions, lang: str) -> Document:
    o = found.options
    context = found.context
    margin = Pct(o.partner_margin, 1).render(lang)
    subtitle = [
        f"{tr('deal.partner', lang)}: {context.partner_name}",
        f"{tr('deal.offer', lang)}: {context.offer_label}",
        tr("options.summary", lang, evaluated=show("count", o.packages_evaluated, lang), issues=", ".join(issue_label(k, lang) for k in o.issues), steps=o.steps, margin=margin),
        tr(f"options.margin_from.{found.margin_source}", lang),
    ]
    shown_notes = set()
    sections = []
    if o.meso:
        sections.append(Section(tr("options.meso.title", lang), table=meso_table(o, lang)))
    else:
        notes = [n for n in o.notes if n.key == "options.no_nash"]
        shown_notes.update(n.key for n in notes)
        sections.append(Section(tr("options.meso.title", lang), text=[n.render(lang) for n in notes] or [tr("options.meso.none", lang)], style="warning"))
    if o.nash is not None:
        sections.append(Section(tr("options.nash.title", lang), table=nash_table(o, lang)))
    frontier_text = [tr("options.pareto.text", lang, count=show("count", len(o.pareto), lang), evaluated=show("count", o.packages_evaluated, lang))]
    shown = len(shown_frontier(o))
    if shown < len(o.pareto):
        frontier_text.append(tr("options.pareto.some", lang, shown=show("count", shown, lang), count=show("count", len(o.pareto), lang)))
    sections.append(Section(tr("options.pareto.title", lang), text=frontier_text, table=pareto_table(o, lang)))
    sections.append(Section(tr("options.chart.title", lang), preformatted=scatter(o, lang)))
    positions = positions_table(o, lang)
    if positions is not None:
        sections.append(Section(tr("options.positions.title", lang), table=positions))
    rest = [n.render(lang) for n in o.notes if n.key not in shown_notes]
    if rest:
        sections.append(Section(tr("options.notes", lang), bullets=rest, style="warning"))
    return Document(tr("options.title", lang, deal=found.title), subtitle, sections)


def options_record(found: DealOptions, lang: str) -> dict[str, Any]:
    """`deal options --format json`: the contract's keys, then extras."""
    data = options_json(found.options, lang)
    data["title"] = found.title
    data["partner_margin_source"] = found.margin_source
    return data


CSV_TAIL = ["value_us", "value_them", "our_net_cost", "partner_incremental_spend", "partner_payment", "partner_gross_gain"]


def options_csv_rows(found: DealOptions) -> tuple[list[str], list[dict[str, Any]]]:
    """One row per package in each set: MESO (in the order chosen), Nash, the
    Pareto frontier, then both sides' current positions; one value per cell."""
    o = found.options
    columns = ["set", "rank"] + list(o.issues) + CSV_TAIL
    rows: list[dict[str, Any]] = []

    def add(name: str, rank: int, p: Package) -> None:
        row: dict[str, Any] = {"set": name, "rank": rank}
        row.update({k: p.terms.get(k) for k in o.issues})
        row.update({
            "value_us": round(p.value_us), "value_them": round(p.value_them), "our_net_cost": round(p.our_net_cost),
            "partner_incremental_spend": round(p.partner_incremental_spend), "partner_payment": round(p.partner_payment),
            "partner_gross_gain": round(p.partner_gross_gain),
        })
        rows.append(row)

    for n, p in enumerate(o.meso, start=1):
        add("meso", n, p)
    if o.nash is not None:
        add("nash", 1, o.nash)
    for n, p in enumerate(o.pareto, start=1):
        add("pareto", n, p)
    for side in ("us", "them"):
        position = o.positions.get(side)
        if position is not None:
            add(f"position_{side}", 1, position)
    return columns, rows


# --- in the meeting brief -------------------------------------------------------------

def brief_sections(packages: BriefPackages, lang: str) -> list[Section]:
    """The packages a meeting brief puts on the table, or why there are none."""
    title = tr("brief.options.title", lang)
    if packages.found is None:
        return [Section(title, text=[m.render(lang) for m in (packages.why, packages.todo) if m is not None], style="warning")]
    o = packages.found.options
    margin = Pct(o.partner_margin, 1).render(lang)
    intro = tr("brief.options.intro", lang, evaluated=show("count", o.packages_evaluated, lang), margin=margin, deal=o.deal)
    if not o.meso:
        return [Section(title, text=[intro] + [n.render(lang) for n in o.notes], style="warning")]
    notes = [n.render(lang) for n in o.notes]
    return [Section(title, text=[intro, tr("options.meso.title", lang)] + notes, table=meso_table(o, lang))]
