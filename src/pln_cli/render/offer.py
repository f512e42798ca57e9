"""Offer simulation reports: one scheme, counter-offers, grids, many offers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pln_cli.econ.insight import Warning
from pln_cli.econ.scheme import Result, record
from pln_cli.i18n import Msg, number, percent
from pln_cli.money import format_rupiah
from pln_cli.render.document import Document, Section, Table
from pln_cli.i18n import tr as label

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
METRIC_KINDS = dict(PARTNER_METRICS + OUR_METRICS + [("mean_spend", "money"), ("transactions", "count"), ("period_days", "day")])


def cell(kind: str, value: Any, lang: str) -> str:
    if value is None:
        return label("na", lang)
    if kind == "money":
        return format_rupiah(int(round(value)))
    if kind in ("share", "ratio"):
        return percent(float(value), lang)
    if kind == "count":
        return number(float(value), lang, 0)
    if kind == "day":
        return str(int(value))
    return str(value)


@dataclass
class OfferView:
    """A simulated offer with what the report needs around the numbers."""

    result: Result
    title: str
    partner_name: str
    period: str
    spend: str  # how spend is described
    spend_source: str  # "estimate" or the data file
    transactions_source: str = "estimate"  # the data file when N is its row count
    warnings: list[Warning] = field(default_factory=list)
    talking_points: list[Msg] = field(default_factory=list)

    def record(self, lang: str) -> dict[str, Any]:
        data = record(self.result)
        data["warnings"] = [{"code": w.code, "message": w.message.render(lang)} for w in self.warnings]
        data["talking_points"] = [p.render(lang) for p in self.talking_points]
        return data


def _pairs(metrics: list[tuple[str, str]], data: dict[str, Any], lang: str) -> list[list[str]]:
    return [[label(f"m.{key}", lang), cell(kind, data.get(key), lang)] for key, kind in metrics]


def report_document(view: OfferView, lang: str) -> Document:
    r = view.result
    i = r.inputs
    data = record(r)
    subtitle = [
        f"{label('offer.partner', lang)}: {view.partner_name}",
        f"{label('offer.period', lang)}: {view.period}",
    ]
    tiers = Table(
        [label("offer.tier", lang), label("offer.min_spend", lang), label("offer.voucher", lang), label("offer.reward_rate", lang), label("offer.tier_share", lang)],
        [
            [str(n), format_rupiah(t), format_rupiah(v), percent(rate, lang), percent(share, lang)]
            for n, ((t, v), rate, share) in enumerate(zip(i.tiers, r.reward_rates, r.tier_shares or (r.qualifying_share,)), start=1)
        ],
    )
    stacking = label(f"offer.stacking.{i.stacking}", lang)
    if i.stacking == "per_multiple" and i.max_per_transaction:
        stacking += ", " + label("offer.max_per_txn", lang, k=i.max_per_transaction)
    head = [label("offer.metric", lang), label("offer.value", lang)]
    sections = [
        Section(label("offer.scheme", lang), table=tiers, text=[stacking]),
        Section(label("offer.partner_side", lang), table=Table(head, _pairs(PARTNER_METRICS, data, lang))),
        Section(label("offer.our_side", lang), table=Table(head, _pairs(OUR_METRICS, data, lang))),
        Section(label("offer.assumptions", lang), table=assumptions_table(view, lang)),
    ]
    if view.warnings:
        sections.append(Section(label("offer.warnings", lang), bullets=[w.message.render(lang) for w in view.warnings], style="warning"))
    else:
        sections.append(Section(label("offer.warnings", lang), bullets=[label("offer.no_warnings", lang)], style="good"))
    sections.append(Section(label("offer.talking_points", lang), bullets=[p.render(lang) for p in view.talking_points], numbered=True))
    return Document(view.title, subtitle, sections)


def assumptions_table(view: OfferView, lang: str) -> Table:
    i = view.result.inputs
    estimate = label("offer.estimate", lang)
    contract = label("offer.contract", lang)
    rows = [
        [label("a.transactions", lang), number(i.transactions, lang), _source(view.transactions_source, lang)],
        [label("a.spend", lang), view.spend, _source(view.spend_source, lang)],
        [label("a.redemption_rate", lang), percent(i.redemption_rate, lang), estimate],
        [label("a.new_customer_share", lang), percent(i.new_customer_share, lang), estimate],
        [label("a.avg_order_value", lang), format_rupiah(i.avg_order_value), estimate],
        [label("a.gross_margin", lang), percent(i.gross_margin, lang), estimate],
        [
            label("a.upsell", lang),
            label("a.upsell_value", lang, take_up=percent(i.take_up, lang), window=percent(i.window, lang)) if i.take_up and i.window else label("a.none", lang),
            estimate,
        ],
        [
            label("a.funding", lang),
            label("a.funding_value", lang, share=percent(i.partner_share, lang), billing=label(f"a.billing.{i.billing}", lang)),
            contract,
        ],
        [label("a.caps", lang), _caps(i, lang), contract],
    ]
    voucher_terms = []
    if i.voucher_min_order is not None:
        voucher_terms.append(label("a.min_order", lang, amount=format_rupiah(i.voucher_min_order)))
    if i.voucher_valid_days is not None:
        voucher_terms.append(label("a.valid_days", lang, days=i.voucher_valid_days))
    if voucher_terms:
        rows.append([label("a.voucher_terms", lang), ", ".join(voucher_terms), contract])
    return Table([label("offer.assumption", lang), label("offer.value", lang), label("offer.source", lang)], rows, ["left", "left", "left"])


def _source(source: str | None, lang: str) -> str:
    """None or "estimate": our estimate; otherwise the data file it came from."""
    if not source or source == "estimate":
        return label("offer.estimate", lang)
    return label("offer.from_data", lang, file=source)


def _caps(i: Any, lang: str) -> str:
    parts = []
    if i.quota is not None:
        parts.append(label("a.quota", lang, quota=number(i.quota, lang)))
    if i.budget is not None:
        parts.append(label("a.budget", lang, budget=format_rupiah(i.budget)))
    return ", ".join(parts) or label("a.none", lang)


def _change(kind: str, base: Any, value: Any, lang: str) -> str:
    text = cell(kind, value, lang)
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


def variants_document(views: list[tuple[str, OfferView]], lang: str) -> Document:
    """Base and counter-offers as columns; each cell shows the change from the base."""
    base_view = views[0][1]
    base = record(base_view.result)
    headers = [label("offer.metric", lang)] + [name for name, _ in views]
    rows = []
    rows.append([label("offer.min_spend", lang)] + [format_rupiah(v.result.inputs.tiers[0][0]) for _, v in views])
    rows.append([label("offer.voucher", lang)] + [format_rupiah(v.result.inputs.tiers[0][1]) for _, v in views])
    for key, kind in PARTNER_METRICS + OUR_METRICS:
        values = [record(v.result).get(key) for _, v in views]
        rows.append([label(f"m.{key}", lang), cell(kind, values[0], lang)] + [_change(kind, base.get(key), value, lang) for value in values[1:]])
    sections = [Section(label("offer.variants", lang), table=Table(headers, rows))]
    for name, view in views[1:]:
        if view.warnings:
            sections.append(Section(f"{label('offer.warnings', lang)}: {name}", bullets=[w.message.render(lang) for w in view.warnings], style="warning"))
    return Document(base_view.title, [f"{label('offer.partner', lang)}: {base_view.partner_name}", f"{label('offer.period', lang)}: {base_view.period}"], sections)


def grid_document(title: str, metric: str, axes: list[tuple[str, list[str]]], values: list[list[Any]], kind: str, lang: str) -> Document:
    """One axis: a column of values; two axes: rows by the first, columns by the second."""
    metric_label = label(f"m.{metric}", lang) if f"m.{metric}" in _known_metrics() else metric
    heading = label("offer.grid", lang, metric=metric_label)
    if len(axes) == 1:
        name, ticks = axes[0]
        rows = [[tick, cell(kind, row[0], lang)] for tick, row in zip(ticks, values)]
        table = Table([name, metric_label], rows)
    else:
        (name_a, ticks_a), (name_b, ticks_b) = axes
        rows = [[tick] + [cell(kind, v, lang) for v in row] for tick, row in zip(ticks_a, values)]
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


def batch_document(views: list[OfferView], lang: str) -> Document:
    headers = [label("offer.offer", lang), label("offer.partner", lang), label("offer.min_spend", lang), label("offer.voucher", lang)]
    headers += [label(f"m.{key}", lang) for key, _ in BATCH_COLUMNS]
    rows = []
    for view in views:
        data = record(view.result)
        i = view.result.inputs
        rows.append(
            [i.offer, view.partner_name, format_rupiah(i.tiers[0][0]), format_rupiah(i.tiers[0][1])]
            + [cell(kind, data.get(key), lang) for key, kind in BATCH_COLUMNS]
        )
    align = ["left", "left"] + ["right"] * (len(headers) - 2)
    return Document(label("offer.batch", lang), [], [Section(None, table=Table(headers, rows, align))])
