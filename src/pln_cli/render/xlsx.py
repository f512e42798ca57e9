"""Excel workbooks for the head of the team: the portfolio and one offer's
simulation, one sheet per section of the report.

- Numbers stay numbers: money in whole Rupiah with a Rupiah format
  (`[$Rp-421]#,##0`: the Indonesian currency, grouped by the reader's
  regional settings: Rp450.000 in Indonesian), shares and ratios as
  percentages, counts with thousands grouped, dates as dates.
- Every header row is frozen (and the first column of wide sheets);
  columns are as wide as their content, long text wraps.
- No formula is ever built from data: every string is written with
  `write_string` (never `write`, which would take "=..." for a formula),
  the workbook is told not to turn strings into formulas, links or
  numbers, and text that a spreadsheet would run still gets the OWASP
  quote (`render.data.safe_cell`).  Control characters are written out.
- The same input gives the same bytes: the creation date is fixed and the
  zip entries carry xlsxwriter's fixed timestamp.

xlsxwriter is imported inside the functions, so nothing else pays for it.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone
from typing import Any

from pln_cli.api.offers import OfferReport, Simulation
from pln_cli.api.report import Portfolio
from pln_cli.i18n import number, percent, tr
from pln_cli.model.terms import ISSUES, Kind
from pln_cli.money import format_rupiah
from pln_cli.render.data import safe_cell
from pln_cli.render.safe import visible

RUPIAH_FORMAT = "[$Rp-421]#,##0"
PERCENT_FORMAT = "0.0%"
COUNT_FORMAT = "#,##0"
DAY_FORMAT = "0"
DAYS_FORMAT = "#,##0.0"  # days a scheme runs (lambda * D): a cap can end it mid-day
DATE_FORMAT = "yyyy-mm-dd"
# The workbook's creation date: fixed, so that the same input gives the same bytes.
CREATED = datetime(2000, 1, 1, tzinfo=timezone.utc)
MAX_WIDTH = 60  # wider text wraps
MIN_WIDTH = 6

# What a cell holds: text, or a number of one kind (how it is formatted).
CellKind = str  # "text" | "money" | "share" | "ratio" | "count" | "day" | "days" | "date"


@dataclass(frozen=True)
class Cell:
    value: Any
    kind: CellKind = "text"


@dataclass
class Sheet:
    """One section: a header row and rows of cells, and text lines below."""

    name: str
    headers: list[str]
    rows: list[list[Cell]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # paragraphs under the table
    freeze_columns: int = 0  # columns kept in view beside the frozen header
    filter: bool = False


def _text(value: str) -> Cell:
    return Cell(value, "text")


def _term_kind(key: str) -> CellKind:
    kind = ISSUES[key].kind if key in ISSUES else Kind.COUNT
    return {Kind.MONEY: "money", Kind.SHARE: "share", Kind.COUNT: "count"}[kind]


# --- the portfolio ---------------------------------------------------------------------


def portfolio_workbook(portfolio: Portfolio, lang: str, *, created: datetime = CREATED) -> bytes:
    """`pln report -o FILE.xlsx`: deals, latest terms, money per month,
    totals by status, and partners and offers without deals."""
    rows = portfolio.rows
    status = lambda s: tr(f"deal.status.{s}", lang)  # noqa: E731 - a local shorthand
    deals = Sheet(
        tr("xlsx.sheet.deals", lang),
        [tr(k, lang) for k in ("deal.deal", "deal.partner", "xlsx.partner_id", "deal.status", "deal.rounds", "xlsx.first_meeting", "xlsx.last_meeting", "deal.overall_gap", "report.verdict")],
        [
            [_text(r.deal), _text(r.partner_name), _text(r.partner), _text(status(r.status)), Cell(r.rounds, "count"),
             Cell(r.first_meeting, "date"), Cell(r.last_meeting, "date"), Cell(r.overall_gap, "share"), _text(tr(f"report.verdict.{r.verdict}", lang))]
            for r in rows
        ],
        freeze_columns=1,
        filter=True,
    )
    sides = (("report.ours", "our_terms"), ("report.theirs", "their_terms"), ("report.agreed", "agreed_terms"), ("deal.next", "next_offer"))
    used = [key for key in ISSUES if any(key in getattr(r, attr) for r in rows for _, attr in sides)]
    columns = [(label, attr, key) for label, attr in sides for key in used]
    terms = Sheet(
        tr("xlsx.sheet.terms", lang),
        [tr("deal.deal", lang)] + [f"{tr(label, lang)}: {key}" for label, _, key in columns],
        [[_text(r.deal)] + [Cell(getattr(r, attr).get(key), _term_kind(key)) for _, attr, key in columns] for r in rows],
        freeze_columns=1,
    )
    # Monthly figures are per 30 days of the time each scheme runs (lambda * D
    # days, until a cap binds); the period totals sit beside them.
    figures = (("advice.report.running", "running_days", "days"), ("advice.report.monthly_cost", "monthly_net_cost", "money"),
               ("advice.report.period_cost", "net_cost", "money"), ("deal.cac", "cac", "money"), ("deal.qshare", "qualifying_share", "share"))
    economics = (("report.ours", "ours"), ("report.theirs", "theirs"), ("report.agreed", "agreed"))
    money = Sheet(
        tr("xlsx.sheet.money", lang),
        [tr("deal.deal", lang)] + [f"{tr(side, lang)}: {tr(label, lang)}" for side, _ in economics for label, _, _ in figures],
        [[_text(r.deal)] + [Cell(getattr(getattr(r, attr), name), kind) for _, attr in economics for _, name, kind in figures] for r in rows],
        freeze_columns=1,
    )
    totals = Sheet(
        tr("xlsx.sheet.totals", lang),
        [tr(k, lang) for k in ("deal.status", "report.deals", "advice.report.monthly_cost", "advice.report.period_cost",
                               "advice.report.monthly_customers", "advice.report.period_customers")],
        [[_text(status(t.status)), Cell(t.deals, "count"), Cell(t.monthly_net_cost, "money"), Cell(t.net_cost, "money"),
          Cell(t.monthly_new_customers, "count"), Cell(t.new_customers, "count")] for t in portfolio.totals],
        notes=[tr("advice.report.totals_note", lang)],
    )
    warned = [(r.deal, w) for r in rows for w in r.warnings]
    warnings = Sheet(
        tr("advice.report.warnings", lang),
        [tr("deal.deal", lang), tr("advice.report.terms", lang), tr("xlsx.warning", lang)],
        [[_text(deal), _text(tr(f"report.{w.terms}", lang)), _text(w.message.render(lang))]
         for deal, w in warned],
        freeze_columns=1,
    )
    idle_partners = Sheet(tr("xlsx.sheet.idle_partners", lang), [tr("report.idle_partners", lang)], [[_text(p)] for p in portfolio.idle_partners])
    idle_offers = Sheet(tr("xlsx.sheet.idle_offers", lang), [tr("report.idle_offers", lang)], [[_text(o)] for o in portfolio.idle_offers])
    return _workbook([deals, terms, money, totals, *([warnings] if warned else []), idle_partners, idle_offers], lang, tr("report.title", lang), created)


# --- one offer's simulation ----------------------------------------------------------------------


def simulation_workbook(report: OfferReport, lang: str, *, created: datetime = CREATED) -> bytes:
    """`pln offer simulate OFFER -o FILE.xlsx`: the scheme, both sides, the
    values, the assumptions, warnings and talking points of the base offer;
    with counter-offers (--vs), a comparison sheet first."""
    from pln_cli.render.offer import OUR_METRICS, PARTNER_METRICS, VALUE_METRICS, period_text

    base = report.base
    result, inputs = base.result, base.result.inputs
    metric, value = tr("offer.metric", lang), tr("offer.value", lang)
    stacking = tr(f"offer.stacking.{inputs.stacking}", lang)
    if inputs.stacking == "per_multiple" and inputs.max_per_transaction:
        stacking += ", " + tr("offer.max_per_txn", lang, k=inputs.max_per_transaction)
    scheme = Sheet(
        tr("xlsx.sheet.scheme", lang),
        [tr(k, lang) for k in ("offer.tier", "offer.min_spend", "offer.voucher", "offer.reward_rate", "offer.tier_share")],
        [
            [Cell(n, "count"), Cell(t, "money"), Cell(v, "money"), Cell(rate, "share"), Cell(share, "share")]
            for n, ((t, v), rate, share) in enumerate(zip(inputs.tiers, result.reward_rates, result.tier_shares or (result.qualifying_share,)), start=1)
        ],
        notes=[
            f"{tr('xlsx.stacking', lang)}: {stacking}",
            f"{tr('offer.partner', lang)}: {report.partner_name}",
            f"{tr('offer.period', lang)}: {period_text(report.offer, lang)}",
        ],
    )
    data = base.record()

    def pairs(name: str, metrics: list[tuple[str, str]]) -> Sheet:
        return Sheet(name, [metric, value], [[_text(tr(f"m.{key}", lang)), Cell(data.get(key), kind)] for key, kind in metrics], freeze_columns=1)

    values = pairs(tr("xlsx.sheet.values", lang), VALUE_METRICS)
    found = base.values
    if found.partner_margin is not None:
        values.notes.append(tr("values.margin_known", lang, margin=percent(found.partner_margin, lang)))
    elif found.note is not None:
        values.notes.append(found.note.render(lang))
    sheets = [
        scheme,
        pairs(tr("xlsx.sheet.partner_side", lang), PARTNER_METRICS),
        pairs(tr("xlsx.sheet.our_side", lang), OUR_METRICS),
        values,
        _assumptions(report, lang),
        Sheet(tr("xlsx.sheet.warnings", lang), [tr("offer.warnings", lang)],
              [[_text(w.message.render(lang))] for w in base.warnings] or [[_text(tr("offer.no_warnings", lang))]]),
        Sheet(tr("xlsx.sheet.talking_points", lang), [tr("xlsx.number", lang), tr("offer.talking_points", lang)],
              [[Cell(n, "count"), _text(p.render(lang))] for n, p in enumerate(base.talking_points, start=1)]),
    ]
    if report.variants:
        sheets.insert(0, _comparison(report, lang, PARTNER_METRICS + OUR_METRICS + VALUE_METRICS))
    return _workbook(sheets, lang, report.offer.label(), created)


def _assumptions(report: OfferReport, lang: str) -> Sheet:
    from pln_cli.render.offer import spend_text

    i = report.base.result.inputs
    spend, spend_source, transactions_source = spend_text(report.spend, lang)
    estimate, contract = tr("offer.estimate", lang), tr("offer.contract", lang)

    def source(text: str | None) -> str:
        return estimate if not text or text == "estimate" else tr("offer.from_data", lang, file=text)

    rows: list[list[Cell]] = [
        [_text(tr("a.transactions", lang)), Cell(i.transactions, "count"), _text(source(transactions_source))],
        [_text(tr("a.spend", lang)), _text(spend), _text(source(spend_source))],
        [_text(tr("a.redemption_rate", lang)), Cell(i.redemption_rate, "share"), _text(estimate)],
        [_text(tr("a.new_customer_share", lang)), Cell(i.new_customer_share, "share"), _text(estimate)],
        [_text(tr("a.avg_order_value", lang)), Cell(i.avg_order_value, "money"), _text(estimate)],
        [_text(tr("a.gross_margin", lang)), Cell(i.gross_margin, "share"), _text(estimate)],
    ]
    if report.base.partner_margin is not None:
        rows.append([_text(tr("xlsx.partner_margin", lang)), Cell(report.base.partner_margin, "share"), _text(estimate)])
    rows += [
        [_text(tr("xlsx.upsell_take_up", lang)), Cell(i.take_up, "share"), _text(estimate)],
        [_text(tr("xlsx.upsell_window", lang)), Cell(i.window, "share"), _text(estimate)],
        [_text(tr("xlsx.partner_share", lang)), Cell(i.partner_share, "share"), _text(contract)],
        [_text(tr("xlsx.billing", lang)), _text(tr(f"a.billing.{i.billing}", lang)), _text(contract)],
        [_text(tr("xlsx.quota", lang)), Cell(i.quota, "count") if i.quota is not None else _text(tr("a.none", lang)), _text(contract)],
        [_text(tr("xlsx.budget", lang)), Cell(i.budget, "money") if i.budget is not None else _text(tr("a.none", lang)), _text(contract)],
    ]
    if i.voucher_min_order is not None:
        rows.append([_text(tr("xlsx.min_order", lang)), Cell(i.voucher_min_order, "money"), _text(contract)])
    if i.voucher_valid_days is not None:
        rows.append([_text(tr("xlsx.valid_days", lang)), Cell(i.voucher_valid_days, "day"), _text(contract)])
    headers = [tr(k, lang) for k in ("offer.assumption", "offer.value", "offer.source")]
    return Sheet(tr("xlsx.sheet.assumptions", lang), headers, rows, freeze_columns=1)


def _comparison(report: OfferReport, lang: str, metrics: list[tuple[str, str]]) -> Sheet:
    """The base and each counter-offer as columns, every figure a number."""
    from pln_cli.render.values import variant_label

    views: list[tuple[str, Simulation]] = [(tr("offer.base", lang), report.base)] + [(variant_label(s.terms, lang), s) for s in report.variants]
    records = [view.record() for _, view in views]
    rows = [
        [_text(tr("offer.min_spend", lang))] + [Cell(view.result.inputs.tiers[0][0], "money") for _, view in views],
        [_text(tr("offer.voucher", lang))] + [Cell(view.result.inputs.tiers[0][1], "money") for _, view in views],
    ]
    rows += [[_text(tr(f"m.{key}", lang))] + [Cell(record.get(key), kind) for record in records] for key, kind in metrics]
    return Sheet(tr("xlsx.sheet.comparison", lang), [tr("offer.metric", lang)] + [name for name, _ in views], rows, freeze_columns=1)


# --- writing ------------------------------------------------------------------------------------


def _shown(cell: Cell, lang: str) -> str:
    """The cell as a person reads it: for the column width only."""
    value, kind = cell.value, cell.kind
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return tr("na", lang)
    if kind == "money":
        return format_rupiah(int(round(value)))
    if kind in ("share", "ratio"):
        return percent(float(value), lang)
    if kind == "count":
        return number(float(value), lang)
    if kind == "days":
        return number(float(value), lang, 1)
    if kind == "date":
        return value.isoformat()
    return str(value)


def _safe_text(text: str) -> str:
    """Text from data, inert: control characters written out, and the
    OWASP quote before anything a spreadsheet would run."""
    return str(safe_cell(visible(text, keep_newlines=True)))


def _workbook(sheets: Sequence[Sheet], lang: str, title: str, created: datetime) -> bytes:
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {
        "in_memory": True,
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
    })
    book.set_properties({"title": _safe_text(title), "author": "pln", "created": created})
    formats = {
        "header": book.add_format({"bold": True, "bottom": 1, "valign": "top"}),
        "text": book.add_format({"valign": "top"}),
        "wrap": book.add_format({"valign": "top", "text_wrap": True}),
        "money": book.add_format({"num_format": RUPIAH_FORMAT, "valign": "top"}),
        "share": book.add_format({"num_format": PERCENT_FORMAT, "valign": "top"}),
        "ratio": book.add_format({"num_format": PERCENT_FORMAT, "valign": "top"}),
        "count": book.add_format({"num_format": COUNT_FORMAT, "valign": "top"}),
        "day": book.add_format({"num_format": DAY_FORMAT, "valign": "top"}),
        "days": book.add_format({"num_format": DAYS_FORMAT, "valign": "top"}),
        "date": book.add_format({"num_format": DATE_FORMAT, "valign": "top"}),
        "note": book.add_format({"italic": True}),
    }
    used: set[str] = set()
    for sheet in sheets:
        _write_sheet(book, sheet, _sheet_name(sheet.name, used), formats, lang)
    book.close()
    return buffer.getvalue()


_FORBIDDEN_IN_NAMES = str.maketrans({c: "-" for c in "[]:*?/\\"})


def _sheet_name(name: str, used: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique
    (case-insensitively), not starting or ending with a quote."""
    base = visible(name).translate(_FORBIDDEN_IN_NAMES).strip("'")[:31] or "Sheet"
    candidate, n = base, 2
    while candidate.lower() in used:
        suffix = f" ({n})"
        candidate, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(candidate.lower())
    return candidate


def _write_sheet(book: Any, sheet: Sheet, name: str, formats: dict[str, Any], lang: str) -> None:
    ws = book.add_worksheet(name)
    headers = [_safe_text(h) for h in sheet.headers]
    widths = [len(h) for h in headers]
    for row in sheet.rows:
        for col, cell in enumerate(row):
            shown = _shown(cell, lang)
            longest = max((len(line) for line in shown.split("\n")), default=0)
            widths[col] = max(widths[col], longest)
    wrap = [w > MAX_WIDTH for w in widths]
    for col, header in enumerate(headers):
        ws.write_string(0, col, header, formats["header"])
    for r, row in enumerate(sheet.rows, start=1):
        for col, cell in enumerate(row):
            _write_cell(ws, r, col, cell, formats, lang, wrap[col])
    below = len(sheet.rows) + 2
    for offset, note in enumerate(sheet.notes):
        ws.write_string(below + offset, 0, _safe_text(note), formats["note"])
    for col, width in enumerate(widths):
        ws.set_column(col, col, max(MIN_WIDTH, min(width, MAX_WIDTH)) + 2)
    ws.freeze_panes(1, sheet.freeze_columns)
    if sheet.filter and sheet.rows:
        ws.autofilter(0, 0, len(sheet.rows), len(headers) - 1)


def _write_cell(ws: Any, row: int, col: int, cell: Cell, formats: dict[str, Any], lang: str, wrap: bool) -> None:
    value, kind = cell.value, cell.kind
    if kind == "text":
        ws.write_string(row, col, _safe_text(str(value)), formats["wrap" if wrap else "text"])
    elif value is None or isinstance(value, bool) or (isinstance(value, float) and not math.isfinite(value)):
        ws.write_string(row, col, tr("na", lang), formats["text"])
    elif kind == "date":
        moment = value if isinstance(value, datetime) else datetime.combine(value, time()) if isinstance(value, date) else None
        if moment is None:
            ws.write_string(row, col, _safe_text(str(value)), formats["text"])
        else:
            ws.write_datetime(row, col, moment, formats["date"])
    elif kind == "money":
        ws.write_number(row, col, int(round(value)), formats["money"])
    else:
        ws.write_number(row, col, value, formats[kind])
