"""`pln offer simulate --uncertainty`: bands, tornado and break-even values as text.

The same content in every look: the usual report at the modes, then the
ranged inputs, the P10/P50/P90 table with the shares of draws in which a
cap binds and in which we lose money, the tornado (a table and a bar
chart, drawn with the same characters on a terminal, in plain text and in
a markdown code block), the break-even sentences, and talking points from
the bands beside the usual ones.  JSON is the usual object plus the
contract's `uncertainty` object; CSV is the usual row plus one column per
value (the bands, the shares, the tornado by rank, the break-even values).

Nothing is computed here but the chart's geometry: the numbers arrive in
an `UncertaintyReport` (api/uncertainty.py).
"""

from __future__ import annotations

from typing import Any

from pln_cli.api.offers import Simulation
from pln_cli.api.uncertainty import UncertaintyReport
from pln_cli.econ.uncertainty import (
    Band,
    Swing,
    Uncertainty,
    break_even_messages,
    talking_points,
    to_json,
)
from pln_cli.econ.values import value_us
from pln_cli.i18n import Rp, number, percent, tr
from pln_cli.model.ranges import KIND
from pln_cli.render.data import columns_of, flatten, to_csv
from pln_cli.render.data import to_json as json_text
from pln_cli.render.document import Document, Section, Table
from pln_cli.render.offer import report_document, simulation_record, variants_document
from pln_cli.render.values import issue_label, show, show_term, variant_label, variant_name

# How each banded metric is shown (render/values.py `show` kinds).
METRIC_KIND = {
    "our_net_cost": "money",
    "value_us": "money",
    "cac": "money",
    "roi": "ratio",
    "new_customers": "count",
    "partner_incremental_spend": "money",
    "value_them": "money",
}
QUANTILES = ("p10", "p50", "p90")
CHART_WIDTH = 40  # columns of the tornado's bars
LOW_MARK, HIGH_MARK, AXIS_MARK = "░", "█", "│"
ARROW = " → "


# --- JSON and CSV -------------------------------------------------------------


def records(ur: UncertaintyReport, lang: str) -> list[dict[str, Any]]:
    """One JSON object per simulation: the usual one (talking points from the
    bands added to its own), then `variant` or `grid` when there are
    several, then `uncertainty` exactly as the contract writes it."""
    pairs = ur.pairs()
    if ur.axes:
        pairs = pairs[1:]  # a grid lists its cells, as without --uncertainty
    several = len(ur.report.simulations) > 1
    out = []
    for sim, u in pairs:
        record = simulation_record(sim, lang)
        record["talking_points"] = record["talking_points"] + [m.render(lang) for m in talking_points(u)]
        if ur.axes:
            record["grid"] = sim.terms
        elif several:
            record["variant"] = sim.terms
        record["uncertainty"] = to_json(u)
        out.append(record)
    return out


def json_output(ur: UncertaintyReport, lang: str) -> str:
    found = records(ur, lang)
    return json_text(found if ur.axes or len(ur.report.simulations) > 1 else found[0])


def uncertainty_columns(u: Uncertainty) -> dict[str, Any]:
    """The `uncertainty` object flattened, one value per cell, with a stable
    header: every metric has its p10, p50, p90 and null_share columns."""
    data = to_json(u)
    flat: dict[str, Any] = {"uncertainty_draws": data["draws"], "uncertainty_seed": data["seed"]}
    for metric, band in data["bands"].items():
        for q in QUANTILES:
            flat[f"band_{metric}_{q}"] = band.get(q)
        flat[f"band_{metric}_null_share"] = band.get("null_share", 0.0)
    flat["cap_binds_share"] = data["cap_binds_share"]
    flat["loss_share"] = data["loss_share"]
    flat.update(flatten({"tornado": data["tornado"]}))
    flat.update({f"break_even_{name}": value for name, value in data["break_even"].items()})
    return flat


def csv_output(ur: UncertaintyReport, lang: str) -> str:
    rows = []
    pairs = ur.pairs()[1:] if ur.axes else ur.pairs()
    several = len(ur.report.simulations) > 1
    for sim, u in pairs:
        row: dict[str, Any] = {}
        if ur.axes:
            row.update({f"grid_{k}": v for k, v in sim.terms.items()})
        elif several:
            row["variant"] = variant_name(sim.terms, lang) or tr("offer.base", lang)
        record = simulation_record(sim, lang)
        row.update(flatten({k: v for k, v in record.items() if k not in ("warnings", "talking_points")}))
        row.update(uncertainty_columns(u))
        rows.append(row)
    return to_csv(columns_of(rows), rows)


# --- documents ----------------------------------------------------------------


def document(ur: UncertaintyReport, lang: str) -> Document:
    """The document for table, plain and markdown output."""
    if ur.axes:
        return grid_document(ur, lang)
    if len(ur.report.simulations) > 1:
        return variants_with_ranges(ur, lang)
    return report_with_ranges(ur, lang)


def report_with_ranges(ur: UncertaintyReport, lang: str) -> Document:
    """The usual report, with the ranges before its warnings and the band
    talking points after its own."""
    doc = report_document(ur.report, lang)
    u = ur.base
    added = [inputs_section(ur, lang), bands_section(u, lang, tr("unc.h.bands", lang, draws=number(u.draws, lang), seed=u.seed))]
    if ur.ranged:
        added += [*tornado_sections(u, ur.report.base, lang), break_even_section(u, lang)]
    _insert_before(doc, tr("offer.warnings", lang), added)
    _extend_talking_points(doc, lang, [m.render(lang) for m in talking_points(u)])
    return doc


def variants_with_ranges(ur: UncertaintyReport, lang: str) -> Document:
    """Counter-offers side by side, then the bands of each: the base in full
    (bands, tornado, break-even), each counter-offer its bands."""
    doc = variants_document(ur.report, lang)
    sections = [inputs_section(ur, lang, with_draws=True)]
    for index, (sim, u) in enumerate(ur.pairs()):
        name = variant_label(sim.terms, lang) or tr("offer.base", lang)
        section = bands_section(u, lang, tr("unc.h.variant", lang, name=name))
        if u.fixed:
            section.text.append(tr("unc.fixed", lang, inputs=", ".join(input_label(name, lang) for name in u.fixed)))
        if ur.ranged:
            section.bullets += [_sentence(m.render(lang)) for m in break_even_messages(u)]
        sections.append(section)
        if index == 0 and ur.ranged:
            sections.extend(tornado_sections(u, sim, lang))
    doc.sections.extend(sections)
    return doc


def grid_document(ur: UncertaintyReport, lang: str) -> Document:
    """P10, P50 and P90 of the metric per cell: one axis as rows; two axes as
    rows of the first (three lines each, one per band) by columns of the second."""
    assert ur.metric is not None
    metric, kind = ur.metric, METRIC_KIND[ur.metric]
    cells = ur.uncertainties[1:]
    axes = [(issue_label(key, lang), [show_term(key, v, lang) for v in ticks]) for key, ticks in ur.axes]
    label = tr(f"unc.metric.{metric}", lang)
    heading = tr("unc.h.grid", lang, metric=label, draws=number(ur.draws, lang), seed=ur.seed)
    quantile_heads = [q.upper() for q in QUANTILES]
    if len(axes) == 1:
        name, ticks = axes[0]
        rows = [[tick] + _band_cells(u.band(metric), kind, lang) for tick, u in zip(ticks, cells)]
        table = Table([name] + quantile_heads, rows)
    else:
        (name_a, ticks_a), (name_b, ticks_b) = axes
        width = len(ticks_b)
        rows = []
        for r, tick in enumerate(ticks_a):
            row_cells = [_band_cells(u.band(metric), kind, lang) for u in cells[r * width:(r + 1) * width]]
            for q, head in enumerate(quantile_heads):
                rows.append([tick if q == 0 else "", head] + [c[q] for c in row_cells])
        table = Table([f"{name_a} \\ {name_b}", tr("unc.col.quantile", lang)] + ticks_b, rows, ["left", "left"] + ["right"] * width)
    return Document(ur.report.offer.label(), [], [inputs_section(ur, lang), Section(heading, table=table)])


# --- sections -----------------------------------------------------------------


def inputs_section(ur: UncertaintyReport, lang: str, with_draws: bool = False) -> Section:
    """The ranged inputs (low, mode, high); or why every draw is the same."""
    section = Section(tr("unc.h.inputs", lang))
    if with_draws:
        section.text.append(tr("unc.draws_seed", lang, draws=number(ur.draws, lang), seed=ur.seed))
    if not ur.ranged:
        section.text += [tr("unc.no_ranges", lang), tr("unc.no_ranges.hint", lang)]
        return section
    rows = [[input_label(name, lang)] + [input_value(name, v, lang) for v in (r.low, r.mode, r.high)] for name, r in ur.ranges]
    section.table = Table([tr("unc.col.input", lang), tr("unc.col.low", lang), tr("unc.col.mode", lang), tr("unc.col.high", lang)], rows)
    return section


def bands_section(u: Uncertainty, lang: str, title: str) -> Section:
    """P10/P50/P90 of each metric; a metric unknown in some draws shows n/a
    and, below the table, in how many draws it is unknown."""
    rows = [[tr(f"unc.metric.{band.metric}", lang)] + _band_cells(band, METRIC_KIND[band.metric], lang) for band in u.bands]
    table = Table([tr("offer.metric", lang)] + [q.upper() for q in QUANTILES], rows)
    notes = [
        f"{tr('unc.cap_binds_share', lang)} {tr('unc.in_draws', lang, share=percent(u.cap_binds_share, lang))}",
        f"{tr('unc.loss_share', lang)} {tr('unc.in_draws', lang, share=percent(u.loss_share, lang))}",
    ]
    notes += [
        f"{tr(f'unc.metric.{band.metric}', lang)}: {tr('unc.null_share', lang, share=percent(band.null_share, lang))}"
        for band in u.bands
        if band.null_share is not None
    ]
    return Section(title, table=table, bullets=notes)


def tornado_sections(u: Uncertainty, sim: Simulation, lang: str) -> list[Section]:
    """Each ranged input from its low to its high end, the others at their
    modes: a table, then the chart (a section of its own, so that plain
    text leaves a line between them and markdown fences the chart alone)."""
    rows = [
        [
            input_label(s.input, lang),
            input_value(s.input, s.low, lang) + ARROW + input_value(s.input, s.high, lang),
            show("money", s.value_us_low, lang) + ARROW + show("money", s.value_us_high, lang),
            show("money", s.our_net_cost_low, lang) + ARROW + show("money", s.our_net_cost_high, lang),
        ]
        for s in u.tornado
    ]
    headers = [tr("unc.col.input", lang), tr("unc.col.range", lang), tr("unc.col.value_us", lang), tr("unc.col.our_net_cost", lang)]
    table = Table(headers, rows, ["left", "right", "right", "right"])
    return [
        Section(tr("unc.h.tornado", lang), table=table),
        Section(None, preformatted=tornado_chart(u.tornado, value_us(sim.result), lang)),
    ]


def break_even_section(u: Uncertainty, lang: str) -> Section:
    sentences = [_sentence(m.render(lang)) for m in break_even_messages(u)]
    return Section(tr("unc.h.break_even", lang), bullets=sentences or [_sentence(tr("unc.break_even.none", lang))])


def tornado_chart(tornado: tuple[Swing, ...], base: float, lang: str, width: int = CHART_WIDTH) -> list[str]:
    """The tornado as text bars, one line per input, on one scale.

    The axis (│) is value to us at the modes; ░ runs from it to the value
    with the input at its low end, █ to the value at its high end.  Each
    line ends in the lowest and the highest of the two values.
    """
    if not tornado:
        return []
    ends = [base] + [v for s in tornado for v in (s.value_us_low, s.value_us_high)]
    lowest, highest = min(ends), max(ends)
    span = highest - lowest

    def column(value: float) -> int:
        return 0 if span <= 0 else round((value - lowest) / span * (width - 1))

    axis = column(base)
    names = [input_label(s.input, lang) for s in tornado]
    lefts = [Rp(min(s.value_us_low, s.value_us_high), short=True).render(lang) for s in tornado]
    rights = [Rp(max(s.value_us_low, s.value_us_high), short=True).render(lang) for s in tornado]
    name_width = max(len(n) for n in names)
    left_width = max(len(text) for text in lefts)
    lines = [tr("unc.tornado.legend", lang, base=Rp(base, short=True).render(lang)), ""]
    for s, name, left, right in zip(tornado, names, lefts, rights):
        cells = [" "] * width
        # The end farther from the axis first, so a nearer one on the same side stays visible.
        marks = sorted(((s.value_us_low, LOW_MARK), (s.value_us_high, HIGH_MARK)), key=lambda m: -abs(column(m[0]) - axis))
        for value, mark in marks:
            end = column(value)
            for k in range(min(axis, end), max(axis, end) + 1):
                cells[k] = mark
        cells[axis] = AXIS_MARK
        lines.append(f"{name:<{name_width}}  {left:>{left_width}} {''.join(cells)} {right}")
    return lines


# --- cells and words ----------------------------------------------------------


def input_label(name: str, lang: str) -> str:
    return tr(f"unc.label.{name}", lang)


def input_value(name: str, value: float, lang: str) -> str:
    return show(KIND[name], value, lang)  # type: ignore[arg-type]


def _band_cells(band: Band, kind: str, lang: str) -> list[str]:
    if band.null_share is not None:
        return [tr("na", lang)] * len(QUANTILES)
    return [show(kind, value, lang) for value in (band.p10, band.p50, band.p90)]  # type: ignore[arg-type]


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _insert_before(doc: Document, title: str, sections: list[Section]) -> None:
    for index, section in enumerate(doc.sections):
        if section.title == title:
            doc.sections[index:index] = sections
            return
    doc.sections.extend(sections)


def _extend_talking_points(doc: Document, lang: str, points: list[str]) -> None:
    title = tr("offer.talking_points", lang)
    for section in doc.sections:
        if section.title == title:
            section.bullets.extend(points)
            return
    doc.sections.append(Section(title, bullets=points, numbered=True))
