"""Offer simulation reports: one scheme, counter-offers, grids, many offers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pln_cli.api.offers import Grid, OfferReport, Simulation, SpendFacts
from pln_cli.econ.scheme import record
from pln_cli.i18n import number, percent
from pln_cli.i18n import tr
from pln_cli.model.offer import Offer
from pln_cli.money import format_rupiah
from pln_cli.render.document import Document, Section, Table
from pln_cli.render.values import issue_label, show, show_term, variant_label

# (record key, kind) in the order a manager reads them.
PARTNER_METRICS = [
    ("qualifying_share", "share"),
    ("qualifying_transactions", "count"),
    ("reward_rate", "share"),
    ("avg_qualifying_spend", "money"),
    ("partner_incremental_spend", "money"),
    ("partner_payment", "money"),
]
OUR_METRICS = [
    ("vouchers_issued", "count"),
    ("face_value_issued", "money"),
    ("vouchers_redeemed", "count"),
    ("value_redeemed", "money"),
    ("our_net_cost", "money"),
    ("new_customers", "count"),
    ("cac", "money"),
    ("gmv", "money"),
    ("gross_profit", "money"),
    ("roi", "ratio"),
    ("active_fraction", "share"),
    ("exhaustion_day", "day"),
]
# value_us and value_them (ECONOMICS.md, "Values of both sides").
VALUE_METRICS = [
    ("value_us", "money"),
    ("value_them", "money"),
]
METRIC_KINDS = dict(PARTNER_METRICS + OUR_METRICS + VALUE_METRICS + [("mean_spend", "money"), ("transactions", "count"), ("period_days", "day")])


def simulation_record(sim: Simulation, lang: str) -> dict[str, Any]:
    """The contract's JSON object of one simulation, with its warnings and
    talking points in `lang`."""
    data = sim.record()
    data["warnings"] = [{"code": w.code, "message": w.message.render(lang)} for w in sim.warnings]
    data["talking_points"] = [p.render(lang) for p in sim.talking_points]
    return data


def period_text(offer: Offer, lang: str) -> str:
    period = offer.period
    days = f"{period.length} {tr('offer.days', lang)}"
    if period.start and period.end:
        return f"{period.start.isoformat()} – {period.end.isoformat()} ({days})"
    return days


def spend_text(facts: SpendFacts, lang: str) -> tuple[str, str, str]:
    """How spend is described, where it came from, and where N came from."""
    if facts.kind == "lognormal":
        if facts.p90 is not None:
            return tr("a.lognormal_p90", lang, median=format_rupiah(facts.median or 0), p90=format_rupiah(facts.p90)), "estimate", "estimate"
        return tr("a.lognormal_mean", lang, median=format_rupiah(facts.median or 0), mean=format_rupiah(facts.mean or 0)), "estimate", "estimate"
    source = facts.data_file or "-"
    if facts.kind == "histogram":
        return tr("a.histogram", lang, buckets=facts.buckets, count=number(facts.histogram_count, lang)), source, "estimate"
    text = tr("a.transactions_file", lang, rows=number(facts.rows or 0, lang), column=facts.column)
    return text, source, source if facts.n_from_data else "estimate"


def _pairs(metrics: list[tuple[str, str]], data: dict[str, Any], lang: str) -> list[list[str]]:
    return [[tr(f"m.{key}", lang), show(kind, data.get(key), lang)] for key, kind in metrics]


def report_document(report: OfferReport, lang: str) -> Document:
    view = report.base
    r = view.result
    i = r.inputs
    data = record(r)
    subtitle = [
        f"{tr('offer.partner', lang)}: {report.partner_name}",
        f"{tr('offer.period', lang)}: {period_text(report.offer, lang)}",
    ]
    tiers = Table(
        [tr("offer.tier", lang), tr("offer.min_spend", lang), tr("offer.voucher", lang), tr("offer.reward_rate", lang), tr("offer.tier_share", lang)],
        [
            [str(n), format_rupiah(t), format_rupiah(v), percent(rate, lang), percent(share, lang)]
            for n, ((t, v), rate, share) in enumerate(zip(i.tiers, r.reward_rates, r.tier_shares or (r.qualifying_share,)), start=1)
        ],
    )
    stacking = tr(f"offer.stacking.{i.stacking}", lang)
    if i.stacking == "per_multiple" and i.max_per_transaction:
        stacking += ", " + tr("offer.max_per_txn", lang, k=i.max_per_transaction)
    head = [tr("offer.metric", lang), tr("offer.value", lang)]
    sections = [
        Section(tr("offer.scheme", lang), table=tiers, text=[stacking]),
        Section(tr("offer.partner_side", lang), table=Table(head, _pairs(PARTNER_METRICS, data, lang))),
        Section(tr("offer.our_side", lang), table=Table(head, _pairs(OUR_METRICS, data, lang))),
        values_section(view, lang),
        Section(tr("offer.assumptions", lang), table=assumptions_table(report, lang)),
    ]
    if view.warnings:
        sections.append(Section(tr("offer.warnings", lang), bullets=[w.message.render(lang) for w in view.warnings], style="warning"))
    else:
        sections.append(Section(tr("offer.warnings", lang), bullets=[tr("offer.no_warnings", lang)], style="good"))
    sections.append(Section(tr("offer.talking_points", lang), bullets=[p.render(lang) for p in view.talking_points], numbered=True))
    return Document(report.offer.label(), subtitle, sections)


def values_section(view: Simulation, lang: str) -> Section:
    """What the scheme is worth to each side; the partner's only with their margin."""
    head = [tr("offer.metric", lang), tr("offer.value", lang)]
    found = view.values
    if found.partner_margin is not None:
        text = [tr("values.margin_known", lang, margin=percent(found.partner_margin, lang))]
    else:
        text = [found.note.render(lang)] if found.note is not None else []
    return Section(tr("values.title", lang), table=Table(head, _pairs(VALUE_METRICS, view.record(), lang)), bullets=text)


def assumptions_table(report: OfferReport, lang: str) -> Table:
    i = report.base.result.inputs
    spend, spend_source, transactions_source = spend_text(report.spend, lang)
    estimate = tr("offer.estimate", lang)
    contract = tr("offer.contract", lang)
    rows = [
        [tr("a.transactions", lang), number(i.transactions, lang), _source(transactions_source, lang)],
        [tr("a.spend", lang), spend, _source(spend_source, lang)],
        [tr("a.redemption_rate", lang), percent(i.redemption_rate, lang), estimate],
        [tr("a.new_customer_share", lang), percent(i.new_customer_share, lang), estimate],
        [tr("a.avg_order_value", lang), format_rupiah(i.avg_order_value), estimate],
        [tr("a.gross_margin", lang), percent(i.gross_margin, lang), estimate],
        [
            tr("a.upsell", lang),
            tr("a.upsell_value", lang, take_up=percent(i.take_up, lang), window=percent(i.window, lang)) if i.take_up and i.window else tr("a.none", lang),
            estimate,
        ],
        [
            tr("a.funding", lang),
            tr("a.funding_value", lang, share=percent(i.partner_share, lang), billing=tr(f"a.billing.{i.billing}", lang)),
            contract,
        ],
        [tr("a.caps", lang), _caps(i, lang), contract],
    ]
    voucher_terms = []
    if i.voucher_min_order is not None:
        voucher_terms.append(tr("a.min_order", lang, amount=format_rupiah(i.voucher_min_order)))
    if i.voucher_valid_days is not None:
        voucher_terms.append(tr("a.valid_days", lang, days=i.voucher_valid_days))
    if voucher_terms:
        rows.append([tr("a.voucher_terms", lang), ", ".join(voucher_terms), contract])
    return Table([tr("offer.assumption", lang), tr("offer.value", lang), tr("offer.source", lang)], rows, ["left", "left", "left"])


def _source(source: str | None, lang: str) -> str:
    """None or "estimate": our estimate; otherwise the data file it came from."""
    if not source or source == "estimate":
        return tr("offer.estimate", lang)
    return tr("offer.from_data", lang, file=source)


def _caps(i: Any, lang: str) -> str:
    parts = []
    if i.quota is not None:
        parts.append(tr("a.quota", lang, quota=number(i.quota, lang)))
    if i.budget is not None:
        parts.append(tr("a.budget", lang, budget=format_rupiah(i.budget)))
    return ", ".join(parts) or tr("a.none", lang)


def _change(kind: str, base: Any, value: Any, lang: str) -> str:
    text = show(kind, value, lang)
    if base is None or value is None or kind == "day":
        return text
    delta = float(value) - float(base)
    if abs(delta) < 1e-9:
        return text
    if kind in ("share", "ratio"):
        # A change of a rate is told in percentage points, not percent of percent.
        points = number(delta * 100, lang, 1)
        return f"{text} ({'+' if delta > 0 else ''}{points} pp)"
    if base:
        return f"{text} ({'+' if delta > 0 else ''}{percent(delta / abs(float(base)), lang)})"
    return text


def variants_document(report: OfferReport, lang: str) -> Document:
    """Base and counter-offers as columns; each cell shows the change from the base."""
    views = [(tr("offer.base", lang), report.base)] + [(variant_label(s.terms, lang), s) for s in report.variants]
    base_view = report.base
    base = base_view.record()
    headers = [tr("offer.metric", lang)] + [name for name, _ in views]
    rows = []
    rows.append([tr("offer.min_spend", lang)] + [format_rupiah(v.result.inputs.tiers[0][0]) for _, v in views])
    rows.append([tr("offer.voucher", lang)] + [format_rupiah(v.result.inputs.tiers[0][1]) for _, v in views])
    for key, kind in PARTNER_METRICS + OUR_METRICS + VALUE_METRICS:
        values = [v.record().get(key) for _, v in views]
        rows.append([tr(f"m.{key}", lang), show(kind, values[0], lang)] + [_change(kind, base.get(key), value, lang) for value in values[1:]])
    sections = [Section(tr("offer.variants", lang), table=Table(headers, rows))]
    note = base_view.values.note
    if note is not None:
        sections[0].bullets.append(note.render(lang))
    if any("voucher_valid_days" in s.terms for s in report.variants):
        sections[0].bullets.append(tr("advice.validity", lang))  # the same numbers in every column is not a bug
    for name, view in views:  # the base keeps its own warnings beside the counter-offers'
        if view.warnings:
            sections.append(Section(f"{tr('offer.warnings', lang)}: {name}", bullets=[w.message.render(lang) for w in view.warnings], style="warning"))
    return Document(report.offer.label(), [f"{tr('offer.partner', lang)}: {report.partner_name}", f"{tr('offer.period', lang)}: {period_text(report.offer, lang)}"], sections)


def grid_document(grid: Grid, lang: str) -> Document:
    """One axis: a column of values; two axes: rows by the first, columns by the second."""
    metric, title, values = grid.metric, grid.report.offer.label(), grid.table()
    kind = METRIC_KINDS.get(metric, "share" if metric.endswith(("_share", "_rate")) else "count")
    axes = [(issue_label(key, lang), [show_term(key, v, lang) for v in ticks]) for key, ticks in grid.axes]
    metric_label = tr(f"m.{metric}", lang) if f"m.{metric}" in _known_metrics() else metric
    heading = tr("offer.grid", lang, metric=metric_label)
    if len(axes) == 1:
        name, ticks = axes[0]
        rows = [[tick, show(kind, row[0], lang)] for tick, row in zip(ticks, values)]
        table = Table([name, metric_label], rows)
    else:
        (name_a, ticks_a), (name_b, ticks_b) = axes
        rows = [[tick] + [show(kind, v, lang) for v in row] for tick, row in zip(ticks_a, values)]
        table = Table([f"{name_a} \\ {name_b}"] + ticks_b, rows)
    return Document(title, [], [Section(heading, table=table)])


def _known_metrics() -> set[str]:
    from pln_cli.catalog import CATALOG as LABELS

    return {k for k in LABELS if k.startswith("m.")}


BATCH_COLUMNS = [
    ("qualifying_share", "share"),
    ("vouchers_issued", "count"),
    ("our_net_cost", "money"),
    ("partner_payment", "money"),
    ("cac", "money"),
    ("roi", "ratio"),
    ("exhaustion_day", "day"),
]


def batch_document(reports: Sequence[OfferReport], lang: str) -> Document:
    headers = [tr("offer.offer", lang), tr("offer.partner", lang), tr("offer.min_spend", lang), tr("offer.voucher", lang)]
    headers += [tr(f"m.{key}", lang) for key, _ in BATCH_COLUMNS]
    rows = []
    for report in reports:
        data = report.base.record()
        i = report.base.result.inputs
        rows.append(
            [i.offer, report.partner_name, format_rupiah(i.tiers[0][0]), format_rupiah(i.tiers[0][1])]
            + [show(kind, data.get(key), lang) for key, kind in BATCH_COLUMNS]
        )
    align = ["left", "left"] + ["right"] * (len(headers) - 2)
    return Document(tr("offer.batch", lang), [], [Section(None, table=Table(headers, rows, align))])
