"""`pln report`: the portfolio page for the head of the team."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Sequence
from dataclasses import asdict
from json.encoder import encode_basestring  # type: ignore[attr-defined]  # the C one when there is one
from typing import TYPE_CHECKING, Any

from pln_cli.api.report import PartnerCoverage, Portfolio
from pln_cli.i18n import number, percent
from pln_cli.i18n import tr
from pln_cli.money import format_rupiah
from pln_cli.portfolio import RECORD_COLUMNS, DealRow, Economics, record
from pln_cli.render.data import _UNSAFE, safe_cell

if TYPE_CHECKING:  # the page's pieces: imported by the functions that draw it, not for the data formats
    from pln_cli.render.document import Document, Section
from pln_cli.render.values import show_terms

_INF = float("inf")


def emit_portfolio(found: Portfolio, chosen: str, lang: str) -> str | None:
    """The portfolio as csv, jsonl or json text; None for the document formats.

    JSON and JSON lines carry each deal's `warnings` (a list: code, terms,
    message, and day and date for a cap); CSV keeps one value per column.
    """
    chunks = portfolio_chunks(found, chosen, lang)
    return None if chunks is None else "".join(chunks)


def portfolio_chunks(found: Portfolio, chosen: str, lang: str) -> Iterator[str] | None:
    """`emit_portfolio`'s text in pieces, a deal at a time, for writing as
    they come (`cli.output.write_chunks`): a report of thousands of deals
    never holds its whole output, nor every deal's record, at once.  The
    text is byte for byte `to_csv`, `to_jsonl` and `to_json` of the records."""
    if chosen == "csv":
        return _csv_chunks(found.rows)
    if chosen == "jsonl":
        return (_safe(json.dumps(_json_record(r, lang), ensure_ascii=False, default=str)) + "\n" for r in found.rows)
    if chosen == "json":
        return _json_chunks(found, lang)
    return None


def _json_record(row: DealRow, lang: str) -> dict[str, Any]:
    data = record(row)
    data["warnings"] = [w.to_json(lang) for w in row.warnings]  # the last key, as `{**record, "warnings": ...}`
    return data


def _csv_chunks(rows: Sequence[DealRow]) -> Iterator[str]:
    """`to_csv(RECORD_COLUMNS, records)`, a line at a time."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(RECORD_COLUMNS)
    for row in rows:
        data = record(row)
        writer.writerow([safe_cell(data.get(column)) for column in RECORD_COLUMNS])
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    if buffer.tell():  # only the header: no row was written
        yield buffer.getvalue()


def _json_chunks(found: Portfolio, lang: str) -> Iterator[str]:
    """`to_json` of the whole report, the deals' records one by one."""
    yield '{\n  "deals": ['
    pad = "\n    "
    separator = pad
    for row in found.rows:
        yield _safe(separator + _json_value(_json_record(row, lang), pad))
        separator = "," + pad
    rest = {
        "totals": [asdict(t) for t in found.totals],
        "partners_without_deals": list(found.idle_partners),
        "offers_without_deals": list(found.idle_offers),
        "meetings": _meeting_records(found),
        "lobby_coverage": [coverage_record(c) for c in found.lobby],
        "campaigns": [row.to_json() for row in found.campaigns],
    }
    yield "\n  ]" if found.rows else "]"
    # The rest as one object, its opening brace taking the place of the comma.
    yield _safe("," + _json_value(rest, "\n")[1:] + "\n")


def _safe(text: str) -> str:
    """`text.translate(_UNSAFE)` (C1 controls and bidi overrides escaped);
    a text all ASCII has none of them, and is passed as it is."""
    return text if text.isascii() else text.translate(_UNSAFE)


def _meeting_records(found: Portfolio) -> list[dict[str, Any]]:
    if not found.meetings:
        return []  # without importing the meetings' renderer (and the models it imports)
    from pln_cli.render.meeting import list_record

    return [list_record(v, found.partner_names) for v in found.meetings]


def _json_float(value: float) -> str:
    if value != value:
        return "NaN"
    if value == _INF:
        return "Infinity"
    if value == -_INF:
        return "-Infinity"
    return float.__repr__(value)


_SCALARS: dict[type, Any] = {
    str: encode_basestring,
    type(None): lambda _: "null",
    bool: lambda value: "true" if value else "false",
    int: int.__repr__,
    float: _json_float,
}


def _json_key(key: Any) -> str:
    if isinstance(key, str):
        return encode_basestring(key)
    if isinstance(key, float):
        return encode_basestring(_json_float(key))
    if key is True or key is False or key is None:
        return encode_basestring(json.dumps(key))
    if isinstance(key, int):
        return encode_basestring(int.__repr__(key))
    raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")


def _json_value(value: Any, pad: str) -> str:
    """`json.JSONEncoder(ensure_ascii=False, indent=2, default=str)` of
    `value` written at the indentation `pad` (a newline and its spaces),
    the same checks in the same order: the standard library's encoder is
    pure Python once it indents, and per value it was a tenth of a large
    report's time."""
    exact = _SCALARS.get(type(value))  # the common types, in one look-up
    if exact is not None:
        return exact(value)
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return _json_float(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        inner = pad + "  "
        return "[" + inner + ("," + inner).join([_json_value(v, inner) for v in value]) + pad + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = pad + "  "
        items = []
        for key, item in value.items():
            head = _KEY_TEXT.get(key) if type(key) is str else None
            if head is None:
                head = _json_key(key) + ": "
                if type(key) is str and len(_KEY_TEXT) < 1000:  # a record's keys: a few dozen
                    _KEY_TEXT[key] = head
            exact = _SCALARS.get(type(item))
            items.append(head + (exact(item) if exact is not None else _json_value(item, inner)))
        return "{" + inner + ("," + inner).join(items) + pad + "}"
    return _json_value(str(value), pad)  # default=str


_KEY_TEXT: dict[str, str] = {}  # a key as it opens its item: '"deal": '


def coverage_record(c: PartnerCoverage) -> dict[str, Any]:
    """A partner's lobby coverage (JSON): people with influence >= 3, and those supportive or better."""
    return {"partner": c.partner, "partner_name": c.partner_name, "key_people": c.coverage.key_people,
            "on_side": c.coverage.on_side, "names_on_side": list(c.coverage.names_on_side)}


def meetings_sections(found: Portfolio, lang: str) -> list[Section]:
    """The meetings still to come with readiness and acc; the lobby coverage per partner."""
    from pln_cli.render.document import Section, Table

    sections = []
    title = tr("report.meetings_title", lang)
    if found.meetings:
        from pln_cli.render.meeting import meetings_table

        sections.append(Section(title, table=meetings_table(found.meetings, found.partner_names, lang), text=[tr("report.meetings_note", lang)]))
    else:
        sections.append(Section(title, text=[tr("report.no_meetings", lang)]))
    if found.lobby:
        headers = [tr(k, lang) for k in ("deal.partner", "report.key_people", "report.on_side", "report.names_on_side")]
        rows = [[c.partner_name, str(c.coverage.key_people), str(c.coverage.on_side), ", ".join(c.coverage.names_on_side) or "-"] for c in found.lobby]
        sections.append(Section(tr("report.lobby_title", lang), table=Table(headers, rows, ["left", "right", "right", "left"]),
                                text=[tr("report.lobby_note", lang)]))
    return sections


def _money(value: int | None, lang: str) -> str:
    return tr("na", lang) if value is None else format_rupiah(value)


def _share(value: float | None, lang: str) -> str:
    return tr("na", lang) if value is None else percent(value, lang)


def _figures(f: Economics, lang: str) -> list[str]:
    running = tr("na", lang) if f.running_days is None else tr("advice.report.running_value", lang, running=number(f.running_days, lang, 1), days=f.period_days)
    customers = tr("na", lang) if f.monthly_new_customers is None else number(f.monthly_new_customers, lang)
    return [running, _money(f.monthly_net_cost, lang), _money(f.net_cost, lang), customers, _money(f.cac, lang), _share(f.qualifying_share, lang)]


def money_section(rows: Sequence[DealRow], lang: str) -> Section:
    """Per deal, a line for each side's terms (and the agreed ones): monthly
    figures per 30 days of the time the scheme runs, and the period total."""
    from pln_cli.render.document import Section, Table

    headers = [tr(k, lang) for k in ("deal.deal", "advice.report.terms", "advice.report.running", "advice.report.monthly_cost",
                                     "advice.report.period_cost", "advice.report.monthly_customers", "deal.cac", "deal.qshare")]
    table_rows = []
    for r in rows:
        sides = [("report.ours", r.ours), ("report.theirs", r.theirs)] + ([("report.agreed", r.agreed)] if r.status == "agreed" else [])
        for n, (side, figures) in enumerate(sides):
            table_rows.append([r.deal if n == 0 else "", tr(side, lang)] + _figures(figures, lang))
    text = [tr("advice.report.money_note", lang)]
    if any("voucher_valid_days" in r.issues for r in rows):
        text.append(tr("advice.validity", lang))
    return Section(tr("report.money_title", lang), table=Table(headers, table_rows, ["left", "left"] + ["right"] * 6), text=text)


def warnings_section(rows: Sequence[DealRow], lang: str) -> Section | None:
    """Each deal's cap and ROI warnings, on the terms the team decides on."""
    from pln_cli.render.document import Section

    bullets = [tr("advice.report.warning", lang, deal=r.deal, message=w.message.render(lang)) for r in rows for w in r.warnings]
    return Section(tr("advice.report.warnings", lang), bullets=bullets, style="warning") if bullets else None


def report_document(found: Portfolio, lang: str) -> Document:
    from pln_cli.render.document import Document, Section, Table

    rows, totals, idle_partners, idle_offers = found.rows, found.totals, found.idle_partners, found.idle_offers
    title = tr("report.title", lang)
    status = lambda s: tr(f"deal.status.{s}", lang)  # noqa: E731 - a local shorthand
    deals = Table(
        [tr(k, lang) for k in ("deal.deal", "deal.partner", "deal.status", "deal.rounds", "report.meetings", "deal.overall_gap", "report.verdict")],
        [
            [
                r.deal,
                r.partner_name,
                status(r.status),
                str(r.rounds),
                f"{r.first_meeting.isoformat()} – {r.last_meeting.isoformat()}" if r.first_meeting and r.last_meeting else "-",
                _share(r.overall_gap, lang) if r.overall_gap is None else percent(r.overall_gap, lang, 0),
                tr(f"report.verdict.{r.verdict}", lang),
            ]
            for r in rows
        ],
        ["left", "left", "left", "right", "left", "right", "left"],
    )
    terms = Table(
        [tr(k, lang) for k in ("deal.deal", "report.ours", "report.theirs", "report.agreed", "deal.next")],
        [[r.deal, show_terms(r.our_terms, lang), show_terms(r.their_terms, lang), show_terms(r.agreed_terms, lang), show_terms(r.next_offer, lang)] for r in rows],
        ["left"] * 5,
    )
    sums = Table(
        [tr(k, lang) for k in ("deal.status", "report.deals", "advice.report.monthly_cost", "advice.report.period_cost",
                               "advice.report.monthly_customers", "advice.report.period_customers")],
        [[status(t.status), str(t.deals), format_rupiah(t.monthly_net_cost), format_rupiah(t.net_cost),
          number(t.monthly_new_customers, lang), number(t.new_customers, lang)] for t in totals],
    )
    warned = warnings_section(rows, lang)
    sections = [
        Section(tr("report.deals_title", lang), table=deals),
        Section(tr("report.terms_title", lang), table=terms),
        *([warned] if warned is not None else []),
        money_section(rows, lang),
        Section(tr("report.totals_title", lang), table=sums, text=[tr("advice.report.totals_note", lang)]),
    ]
    if idle_partners:
        sections.append(Section(tr("report.idle_partners", lang), bullets=list(idle_partners)))
    if idle_offers:
        sections.append(Section(tr("report.idle_offers", lang), bullets=list(idle_offers)))
    if not rows:
        sections = [Section(None, text=[tr("report.empty", lang)])] + sections[4 + (warned is not None):]
    sections.extend(meetings_sections(found, lang))
    if found.campaigns:
        from pln_cli.render.campaign import campaign_section

        sections.append(campaign_section(found.campaigns, lang))
    return Document(title, [], sections)
