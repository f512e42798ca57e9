"""`pln due`: what needs doing soon, across the workspace."""

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
    report_problems,
    write_output,
)


@guarded
def due(
    within: Annotated[int, typer.Option("--within", help="Look this many days ahead (default 7).", metavar="DAYS")] = 7,
    format: Annotated[Optional[str], typer.Option("--format", "-f", help="table, json, csv or markdown.", metavar="FORMAT")] = None,
    output: OutputOption = None,
    strict: StrictOption = False,
    today: TodayOption = None,
    lang: LangOption = None,
    dir: DirOption = None,
) -> None:
    """One list, soonest first, overdue marked: lobby next actions, meetings not
    ready or without a valid acc, overdue meetings, open deals without a round
    for three weeks, and campaign posts due."""
    from pln_cli.cli.common import parse_day
    from pln_cli.api.due import what_is_due
    from pln_cli.api.workspace import load_workspace, workspace_root
    from pln_cli.render.data import to_csv, to_json
    from pln_cli.render.due import COLUMNS, due_document, records

    chosen = format_for(format, output, ("table", "json", "csv", "markdown"))
    language = language_at(workspace_root(dir), lang)
    workspace = load_workspace(dir)
    found = what_is_due(workspace, parse_day(today, "--today"), within)
    if chosen == "json":
        write_output(to_json(records(found, language)), output, workspace.root)
    elif chosen == "csv":
        write_output(to_csv(COLUMNS, records(found, language)), output, workspace.root)
    else:
        draw_document(due_document(found, language), chosen, output, workspace.root)
    report_problems(found.problems, language, strict)
