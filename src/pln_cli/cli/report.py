"""`pln report`: every deal of the workspace on one page, or in a file for scripts."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from pln_cli.cli.common import (
    DirOption,
    LangOption,
    OutputOption,
    StrictOption,
    TodayOption,
    draw_document,
    format_for,
    guarded,
    language_at,
    parse_day,
    report_problems,
    split_values,
    usage,
)
from pln_cli.cli.completion import ids

FORMATS = ("table", "markdown", "csv", "json", "jsonl", "xlsx")


@guarded
def report(
    status: Annotated[list[str], typer.Option("--status", help="Only deals with this status (open, agreed, walked_away, paused); repeatable or comma-separated.", metavar="STATUS")] = [],  # noqa: B006
    partner: Annotated[list[str], typer.Option("--partner", help="Only deals with this partner id; repeatable.", metavar="ID", autocompletion=ids("partners"))] = [],  # noqa: B006
    since: Annotated[Optional[str], typer.Option("--since", help="Only deals with a meeting on or after this date.", metavar="YYYY-MM-DD")] = None,
    until: Annotated[Optional[str], typer.Option("--until", help="Only deals with a meeting on or before this date.", metavar="YYYY-MM-DD")] = None,
    format: Annotated[Optional[str], typer.Option("--format", "-f", help="table, markdown, csv, json, jsonl or xlsx (a workbook for the head).", metavar="FORMAT")] = None,
    output: OutputOption = None,
    strict: StrictOption = False,
    today: TodayOption = None,
    lang: LangOption = None,
    dir: DirOption = None,
) -> None:
    """One row per deal: status, meetings, latest terms of both sides, gap,
    verdict, next offer, and the monthly economics of each side's terms;
    then totals by status, and partners and offers without deals; then the
    meetings to come with their readiness and acc (as of --today), and each
    partner's lobby coverage.

    Files with problems are listed on stderr and left out; the rest of the
    report still comes.  --strict makes the exit code 1 when any exist.
    """

    from pln_cli.api.report import Filters
    from pln_cli.api.workspace import require_workspace, workspace_root
    from pln_cli.model.deal import STATUSES

    chosen = format_for(format, output, FORMATS)
    statuses = split_values(status)
    if statuses - set(STATUSES):
        raise usage("usage.status", value=", ".join(sorted(statuses - set(STATUSES))), statuses=", ".join(STATUSES))
    filters = Filters(statuses, split_values(partner), parse_day(since, "--since"), parse_day(until, "--until"))
    if filters.since and filters.until and filters.since > filters.until:
        raise usage("usage.since_until")
    _report(require_workspace(workspace_root(dir)), filters, chosen, output, strict, today, lang)



def _report(root, filters, chosen: str, output, strict: bool, today: Optional[str], lang: Optional[str]) -> None:
    import gc
    from datetime import date

    from pln_cli.api.report import stream_portfolio

    language = language_at(root, lang)
    # The deals are streamed: each becomes its row while the workspace
    # loads and is let go, so memory holds the rows, not every deal's rounds.
    found = stream_portfolio(root, filters, today=parse_day(today, "--today") or date.today())
    # What remains lives until the output is written: moved out of the
    # collector's reach, the collections that rendering triggers no longer
    # walk every row again.  Unfrozen after, for an in-process caller.
    gc.freeze()
    try:
        _write(found, root, chosen, output, strict, language)
    finally:
        gc.unfreeze()


def _write(found, root, chosen: str, output, strict: bool, language: str) -> None:
    from pln_cli.render.report import portfolio_chunks

    if chosen == "xlsx":
        from pln_cli.cli.common import write_binary
        from pln_cli.render.xlsx import portfolio_workbook

        write_binary(portfolio_workbook(found, language), output, root)
        report_problems(found.problems, language, strict)
        return
    chunks = portfolio_chunks(found, chosen, language)
    if chunks is None:
        from pln_cli.render.report import report_document

        draw_document(report_document(found, language), chosen, output, root)
    else:
        from pln_cli.cli.output import write_chunks

        # A deal at a time: the output of thousands of deals is never held whole.
        write_chunks(chunks, output, root)
    report_problems(found.problems, language, strict)
