"""`pln report`: every deal of the workspace on one page, or in a file for scripts."""

from __future__ import annotations

import sys
from datetime import date
from typing import Annotated, Any, Optional

import typer

from pln_cli.cli.common import (
    DirOption,
    LangOption,
    OutputOption,
    UsageProblem,
    format_for,
    guarded,
    lang_for,
    require_workspace,
)

FORMATS = ("table", "markdown", "csv", "json", "jsonl")


def _split(values: list[str]) -> set[str]:
    return {part.strip() for value in values for part in value.split(",") if part.strip()}


def _day(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageProblem(f"{option} {text!r}: write the date as YYYY-MM-DD") from None


@guarded
def report(
    status: Annotated[list[str], typer.Option("--status", help="Only deals with this status (open, agreed, walked_away, paused); repeatable or comma-separated.", metavar="STATUS")] = [],  # noqa: B006
    partner: Annotated[list[str], typer.Option("--partner", help="Only deals with this partner id; repeatable.", metavar="ID")] = [],  # noqa: B006
    since: Annotated[Optional[str], typer.Option("--since", help="Only deals with a meeting on or after this date.", metavar="YYYY-MM-DD")] = None,
    until: Annotated[Optional[str], typer.Option("--until", help="Only deals with a meeting on or before this date.", metavar="YYYY-MM-DD")] = None,
    format: Annotated[Optional[str], typer.Option("--format", "-f", help="table, markdown, csv, json or jsonl.", metavar="FORMAT")] = None,
    output: OutputOption = None,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 when any file has a problem (for CI).")] = False,
    lang: LangOption = None,
    dir: DirOption = None,
) -> None:
    """One row per deal: status, meetings, latest terms of both sides, gap,
    verdict, next offer, and the monthly economics of each side's terms;
    then totals by status, and partners and offers without deals.

    Files with problems are listed on stderr and left out; the rest of the
    report still comes.  --strict makes the exit code 1 when any exist.
    """
    from pln_cli.cli.common import print_problems
    from pln_cli.load.workspace import find_root, load_workspace
    from pln_cli.model.deal import STATUSES

    chosen = format_for(format, output, FORMATS)
    statuses = _split(status)
    unknown = statuses - set(STATUSES)
    if unknown:
        raise UsageProblem(f"--status {', '.join(sorted(unknown))}: use {', '.join(STATUSES)}")
    start, end = _day(since, "--since"), _day(until, "--until")
    if start and end and start > end:
        raise UsageProblem("--since is after --until")

    root = find_root(None, dir)
    require_workspace(root)
    workspace = load_workspace(root)
    language = lang_for(lang, workspace.language)
    rows, totals, idle_partners, idle_offers = _portfolio(workspace, statuses, _split(partner), start, end)
    _emit(rows, totals, idle_partners, idle_offers, chosen, output, language)

    problems = workspace.all_problems()
    if problems:
        print_problems(problems, language, stream=sys.stderr)
        if strict and any(p.severity == "error" for p in problems):
            raise typer.Exit(1)


def _portfolio(workspace: Any, statuses: set[str], partners: set[str], since: date | None, until: date | None) -> tuple:
    from pln_cli.econ.scheme import inputs_from_offer
    from pln_cli.econ.variants import TermError, apply_terms
    from pln_cli.load.spend import spend_for
    from pln_cli.negotiation.analytics import analyse
    from pln_cli.portfolio import deal_row, selected, totals

    usable_offer = lambda e: e is not None and e.usable  # noqa: E731

    # Pass 1: analyse every deal, and collect each offer's term sets so that a
    # transactions file is streamed once for all the deals that use it.
    analysed = []
    wanted: dict[Any, list] = {}
    for entry in workspace.deals.values():
        deal = entry.deal
        if deal is None or any(p.severity == "error" and p.code != "torn-write" for p in entry.problems):
            continue
        analysis = analyse(deal)
        offer = workspace.offer_at(entry.offer_path())
        analysed.append((entry, deal, analysis, offer))
        if usable_offer(offer):
            base = inputs_from_offer(offer.model, rows=0)
            for terms in _term_sets(deal, analysis):
                try:
                    wanted.setdefault(offer.path, [base]).append(apply_terms(base, terms))
                except TermError:
                    pass

    spends: dict[Any, Any] = {}
    rows = []
    for entry, deal, analysis, offer in analysed:
        base = dist = None
        if usable_offer(offer):
            if offer.path not in spends:
                spends[offer.path] = spend_for(offer, wanted.get(offer.path, []))
            spend = spends[offer.path]
            dist = spend.distribution
            base = inputs_from_offer(offer.model, rows=spend.rows or 0)
        partner_entry = workspace.partners.get(deal.header.partner)
        name = partner_entry.model.name if partner_entry and partner_entry.model else deal.header.partner
        row = deal_row(deal, analysis, name, base, dist)
        if selected(row, statuses or None, partners or None, since, until, [r.date for r in deal.rounds]):
            rows.append(row)

    used_partners = {d.header.partner for _, d, _, _ in analysed}
    used_offers = {o.id for _, _, _, o in analysed if o is not None}
    idle_partners = [
        f"{e.model.name} ({pid})" for pid, e in sorted(workspace.partners.items()) if e.model is not None and pid not in used_partners
    ]
    idle_offers = [f"{e.model.label()} ({oid})" for oid, e in sorted(workspace.offers.items()) if e.model is not None and oid not in used_offers]
    rows.sort(key=lambda r: (r.status != "open", r.deal))
    return rows, totals(rows), idle_partners, idle_offers


def _term_sets(deal: Any, analysis: Any) -> list[dict[str, Any]]:
    ours = {k: i.ours for k, i in analysis.issues.items() if i.ours is not None}
    theirs = {k: i.theirs for k, i in analysis.issues.items() if i.theirs is not None}
    sets = [ours, theirs]
    if deal.outcome is not None and deal.outcome.terms is not None:
        sets.append(deal.outcome.terms.named())
    return sets


def _emit(rows: list, totals: list, idle_partners: list[str], idle_offers: list[str], chosen: str, output: str | None, lang: str) -> None:
    from dataclasses import asdict

    from pln_cli.cli.common import write_output
    from pln_cli.cli.common import draw_document
    from pln_cli.portfolio import RECORD_COLUMNS, record
    from pln_cli.render.data import to_csv, to_json, to_jsonl
    from pln_cli.i18n import tr as label
    from pln_cli.render.report import report_document

    records = [record(r) for r in rows]
    if chosen == "csv":
        write_output(to_csv(RECORD_COLUMNS, records), output)
    elif chosen == "jsonl":
        write_output(to_jsonl(records), output)
    elif chosen == "json":
        write_output(
            to_json({
                "deals": records,
                "totals": [asdict(t) for t in totals],
                "partners_without_deals": idle_partners,
                "offers_without_deals": idle_offers,
            }),
            output,
        )
    else:
        draw_document(report_document(rows, totals, idle_partners, idle_offers, label("report.title", lang), lang), chosen, output)
