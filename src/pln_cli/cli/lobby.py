"""`pln lobby`: record each contact with a partner's people, and see the lobby map."""

from __future__ import annotations

import sys
from typing import Annotated, Optional

import typer

from pln_cli.cli.common import (
    DirOption,
    LangOption,
    OutputOption,
    TodayOption,
    draw_document,
    err,
    format_for,
    guarded,
    language_at,
    print_problems,
    write_output,
)
from pln_cli.cli.completion import ids

app = typer.Typer(help="Lobby logs: Tarmudji's classes, Panuju's steps, who is on side.", no_args_is_help=True)

PartnerArg = Annotated[str, typer.Argument(help="A partner id in the workspace, or the path of a partner file.", metavar="PARTNER", autocompletion=ids("partners"))]


@app.command("log")
@guarded
def log(
    partner: PartnerArg,
    person: Annotated[str, typer.Option("--person", help="One of the partner's people, as in the partner file.", metavar="NAME")],
    step: Annotated[str, typer.Option("--step", help="Panuju's step: know, inform, self, deliver or impress.", metavar="STEP")],
    channel: Annotated[Optional[str], typer.Option("--channel", help="meeting, call, message, email, event or other.", metavar="CHANNEL")] = None,
    stance: Annotated[Optional[str], typer.Option("--stance", help="The stance seen after this contact: opposed .. champion.", metavar="STANCE")] = None,
    next_: Annotated[Optional[str], typer.Option("--next", help="The next action, DATE:ACTION.", metavar="DATE:ACTION")] = None,
    note: Annotated[Optional[str], typer.Option("--note", help="What happened.", metavar="TEXT")] = None,
    date_: Annotated[Optional[str], typer.Option("--date", help="The contact's date (default --today).", metavar="YYYY-MM-DD")] = None,
    today: TodayOption = None,
    lang: LangOption = None,
    dir: DirOption = None,
) -> None:
    """Append one contact to lobby/<partner>.yaml (created on the first).

    The person must be one of the partner's people (a close misspelling gets
    a "did you mean"); on any refusal nothing is written.
    """
    from pln_cli.cli.common import parse_day
    from pln_cli.api.lobby import ContactInput, log_contact
    from pln_cli.api.workspace import workspace_root
    from pln_cli.i18n import tr

    language = language_at(workspace_root(dir), lang)
    contact = ContactInput(person, step, channel, stance, next_, note, parse_day(date_), parse_day(today, "--today"))
    done = log_contact(partner, contact, dir, on_wait=lambda: err(f"pln: {tr('append.waiting', language)}"))
    err(tr("lobby.logged", language, person=done.person, path=done.path))


@app.command("map")
@guarded
def map_(
    partner: PartnerArg,
    format: Annotated[Optional[str], typer.Option("--format", "-f", help="table, json or markdown.", metavar="FORMAT")] = None,
    output: OutputOption = None,
    today: TodayOption = None,
    lang: LangOption = None,
    dir: DirOption = None,
) -> None:
    """The people with class, influence, stance and Panuju steps; the influence x
    stance grid; the lobby priority with the next step each; stance history."""
    from pln_cli.cli.common import parse_day
    from pln_cli.api.lobby import lobby_view
    from pln_cli.api.workspace import workspace_root
    from pln_cli.render.data import to_json
    from pln_cli.render.lobby import map_document, map_json

    chosen = format_for(format, output, ("table", "json", "markdown"))
    root = workspace_root(dir)
    language = language_at(root, lang)
    view = lobby_view(partner, dir, parse_day(today, "--today"))
    if view.problems:
        print_problems(view.problems, language, stream=sys.stderr)
    reads = [view.log] if view.log else []
    if chosen == "json":
        write_output(to_json(map_json(view)), output, root, reads)
    else:
        draw_document(map_document(view, language), chosen, output, root, reads)
