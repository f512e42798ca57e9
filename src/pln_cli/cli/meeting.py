"""`pln meeting`: plan a client meeting, get the head's acc, record how it went."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from pln_cli.cli.common import (
    waiting,
    DirOption,
    LangOption,
    OutputOption,
    StrictOption,
    TodayOption,
    draw_document,
    err,
    format_for,
    guarded,
    language_at,
    print_problems,
    report_problems,
    say_warning,
    split_values,
    stdin_is_terminal,
    stdout_is_terminal,
    usage,
    write_output,
)
from pln_cli.cli.completion import ids

if TYPE_CHECKING:
    from pln_cli.api.meetings import EventInput
    from pln_cli.catalog import Msg

app = typer.Typer(help="Meetings: Purwanto's four preparations, the head's acc, and what happened.", no_args_is_help=True)

MeetingArg = Annotated[str, typer.Argument(help="A meeting id in the workspace, or the path of a meeting file.", metavar="MEETING", autocompletion=ids("meetings"))]
ByOption = Annotated[str, typer.Option("--by", help="Who does it (a person's name).", metavar="NAME")]
NoteOption = Annotated[Optional[str], typer.Option("--note", help="A note stored with the event.", metavar="TEXT")]
DateOption = Annotated[Optional[str], typer.Option("--date", help="The event's date (default --today).", metavar="YYYY-MM-DD")]


def _meeting(meeting: str, dir: Path | None, lang: str | None) -> tuple[Path, Path, str]:
    """The meeting file (a bare id is always the workspace's), its workspace and language."""
    from pln_cli.api.meetings import meeting_file
    from pln_cli.api.workspace import workspace_root

    here = workspace_root(dir)
    language = language_at(here, lang)  # so that an error finding the file speaks it too
    path = meeting_file(meeting, dir)
    root = workspace_root(dir, path)
    return path, root, language if root == here else language_at(root, lang)


def _event(by: str | None, note: str | None, date_: str | None, today: str | None) -> EventInput:
    from pln_cli.cli.common import parse_day
    from pln_cli.api.meetings import EventInput

    return EventInput(by, note, parse_day(date_), parse_day(today, "--today"))


def _names(values: list[str]) -> list[str]:
    """Names given repeatedly or comma-separated, in the order given."""
    return [name.strip() for value in values for name in value.split(",") if name.strip()]


def _after(path: Path, event: str, language: str, warnings: tuple[Msg, ...], today: str | None) -> None:
    """What was recorded, and where the meeting stands now."""
    from pln_cli.cli.common import parse_day
    from pln_cli.api.meetings import show_meeting
    from pln_cli.render.document import color_forced, make_console, to_plain, to_rich
    from pln_cli.render.meeting import summary_document

    for warning in warnings:
        say_warning(warning)
    document = summary_document(show_meeting(path, parse_day(today, "--today")), event, language)
    if stdout_is_terminal() or color_forced():
        to_rich(document, make_console())
    else:
        write_output(to_plain(document), None)


@app.command("submit")
@guarded
def submit(meeting: MeetingArg, by: ByOption, to: Annotated[Optional[str], typer.Option("--to", help="Who should give the acc.", metavar="NAME")] = None,
           note: NoteOption = None, date_: DateOption = None, today: TodayOption = None, lang: LangOption = None, dir: DirOption = None) -> None:
    """Submit the meeting for the acc: binds the plan, offer, data and materials as they are now."""
    from pln_cli.api.meetings import submit_meeting

    path, _, language = _meeting(meeting, dir, lang)
    done = submit_meeting(path, _event(by, note, date_, today), to, on_wait=lambda: waiting(language))
    _after(path, "submitted", language, done.warnings, today)


@app.command("approve")
@guarded
def approve(meeting: MeetingArg, by: ByOption, note: NoteOption = None, date_: DateOption = None, today: TodayOption = None,
            lang: LangOption = None, dir: DirOption = None) -> None:
    """Give the acc. Refused (nothing written) when the meeting is not awaiting
    a decision, is overdue, or when the approver is who submitted it."""
    from pln_cli.api.meetings import approve_meeting

    path, _, language = _meeting(meeting, dir, lang)
    done = approve_meeting(path, _event(by, note, date_, today), on_wait=lambda: waiting(language))
    _after(path, "approved", language, done.warnings, today)


@app.command("reject")
@guarded
def reject(meeting: MeetingArg, by: ByOption, note: Annotated[str, typer.Option("--note", help="What to change.", metavar="TEXT")],
           date_: DateOption = None, today: TodayOption = None, lang: LangOption = None, dir: DirOption = None) -> None:
    """Ask for changes instead of giving the acc; the note says which."""
    from pln_cli.api.meetings import reject_meeting

    path, _, language = _meeting(meeting, dir, lang)
    done = reject_meeting(path, _event(by, note, date_, today), on_wait=lambda: waiting(language))
    _after(path, "changes_requested", language, done.warnings, today)


@app.command("held")
@guarded
def held(meeting: MeetingArg, note: NoteOption = None, date_: DateOption = None,
         attended: Annotated[list[str], typer.Option("--attended", help="Who came (names, comma-separated or repeated).", metavar="NAME,...")] = [],  # noqa: B006
         today: TodayOption = None, lang: LangOption = None, dir: DirOption = None) -> None:
    """Record that the meeting took place (log the negotiation round with `pln deal log`)."""
    from pln_cli.api.meetings import record_held

    path, _, language = _meeting(meeting, dir, lang)
    done = record_held(path, _event(None, note, date_, today), _names(attended), on_wait=lambda: waiting(language))
    _after(path, "held", language, done.warnings, today)


@app.command("cancel")
@guarded
def cancel(meeting: MeetingArg, note: Annotated[str, typer.Option("--note", help="Why it will not take place.", metavar="TEXT")],
           date_: DateOption = None, today: TodayOption = None, lang: LangOption = None, dir: DirOption = None) -> None:
    """Record that the meeting will not take place, and why."""
    from pln_cli.api.meetings import cancel_meeting

    path, _, language = _meeting(meeting, dir, lang)
    done = cancel_meeting(path, _event(None, note, date_, today), on_wait=lambda: waiting(language))
    _after(path, "cancelled", language, done.warnings, today)


@app.command("show")
@guarded
def show(
    meeting: MeetingArg,
    format: Annotated[Optional[str], typer.Option("--format", "-f", help="table, json or markdown.", metavar="FORMAT")] = None,
    output: OutputOption = None,
    today: TodayOption = None,
    lang: LangOption = None,
    dir: DirOption = None,
) -> None:
    """Where the meeting stands: the four preparations with what is missing and
    how to fix it, the acc, the audience with their lobby status, the deal."""
    from pln_cli.cli.common import parse_day
    from pln_cli.api.meetings import show_meeting
    from pln_cli.prep.meeting import to_json
    from pln_cli.render.data import to_json as dump_json
    from pln_cli.render.meeting import show_document

    chosen = format_for(format, output, ("table", "json", "markdown"))
    path, root, language = _meeting(meeting, dir, lang)
    report = show_meeting(path, parse_day(today, "--today"))
    if report.problems:
        print_problems(report.problems, language, stream=sys.stderr)
    if chosen == "json":
        write_output(dump_json(to_json(report.view, language, report.audience)), output, root, [path])
    else:
        draw_document(show_document(report, language), chosen, output, root, [path])


@app.command("list")
@guarded
def list_(
    partner: Annotated[list[str], typer.Option("--partner", help="Only meetings with this partner id; repeatable.", metavar="ID", autocompletion=ids("partners"))] = [],  # noqa: B006
    format: Annotated[Optional[str], typer.Option("--format", "-f", help="table, json, csv or markdown.", metavar="FORMAT")] = None,
    output: OutputOption = None,
    strict: StrictOption = False,
    today: TodayOption = None,
    lang: LangOption = None,
    dir: DirOption = None,
) -> None:
    """Every meeting by date: status, the four preparations, and whether it is ready."""
    from pln_cli.cli.common import parse_day
    from pln_cli.api.meetings import list_meetings
    from pln_cli.api.workspace import load_workspace, workspace_root
    from pln_cli.render.data import to_csv, to_json
    from pln_cli.render.meeting import LIST_COLUMNS, list_document, list_record

    chosen = format_for(format, output, ("table", "json", "csv", "markdown"))
    language = language_at(workspace_root(dir), lang)
    workspace = load_workspace(dir)
    found = list_meetings(workspace, parse_day(today, "--today"), sorted(split_values(partner)))
    records = [list_record(v, found.partner_names) for v in found.views]
    if chosen == "json":
        write_output(to_json(records), output, workspace.root)
    elif chosen == "csv":
        write_output(to_csv(LIST_COLUMNS, records), output, workspace.root)
    else:
        draw_document(list_document(found, language), chosen, output, workspace.root)
    report_problems(found.problems, language, strict)


@app.command("new")
@guarded
def new(
    meeting: Annotated[str, typer.Argument(help="The new meeting's id (a slug, e.g. total-spbu-kickoff).", metavar="MEETING")],
    partner: Annotated[Optional[str], typer.Option("--partner", help="Partner id.", metavar="ID", autocompletion=ids("partners"))] = None,
    date_: Annotated[Optional[str], typer.Option("--date", help="The meeting's date.", metavar="YYYY-MM-DD")] = None,
    time: Annotated[Optional[str], typer.Option("--time", help="Its time, HH:MM.", metavar="HH:MM")] = None,
    deal: Annotated[Optional[str], typer.Option("--deal", help="The deal it is part of (its offer is the meeting's).", metavar="DEAL", autocompletion=ids("deals"))] = None,
    offer: Annotated[Optional[str], typer.Option("--offer", help="The offer presented, when not the deal's.", metavar="OFFER", autocompletion=ids("offers"))] = None,
    objective: Annotated[Optional[str], typer.Option("--objective", help="What the meeting should achieve.", metavar="TEXT")] = None,
    presenter: Annotated[list[str], typer.Option("--presenter", help="Our presenters; repeatable or comma-separated.", metavar="NAME")] = [],  # noqa: B006
    audience: Annotated[list[str], typer.Option("--audience", help="The partner's people attending; repeatable or comma-separated.", metavar="NAME")] = [],  # noqa: B006
    material: Annotated[list[str], typer.Option("--material", help="[TITLE=]FILE, relative to the meeting file (../decks/x.pptx); repeatable.", metavar="FILE")] = [],  # noqa: B006
    aid: Annotated[list[str], typer.Option("--aid", help="A presentation aid, NAME[=yes|partly|no] (tested?); repeatable.", metavar="AID")] = [],  # noqa: B006
    place: Annotated[Optional[str], typer.Option("--place", help="Where it takes place.", metavar="TEXT")] = None,
    room: Annotated[Optional[str], typer.Option("--room", help="The room.", metavar="TEXT")] = None,
    checked: Annotated[list[str], typer.Option("--checked", help="What was checked on site (projector, power, quiet, ...).", metavar="ITEM,...")] = [],  # noqa: B006
    today: TodayOption = None,
    lang: LangOption = None,
    dir: DirOption = None,
) -> None:
    """Plan a meeting: writes meetings/<id>.yaml with the plan (never overwrites).

    Give everything as options, or leave them out on a terminal and pln
    asks, offering the partner's people as the audience.
    """
    from pln_cli.cli.common import parse_day
    from pln_cli.api.meetings import NewMeeting, new_meeting, parse_aid, parse_material
    from pln_cli.api.workspace import require_workspace, workspace_root
    from pln_cli.i18n import tr

    root = require_workspace(workspace_root(dir))
    language = language_at(root, lang)
    presenters, people = _names(presenter), _names(audience)
    if stdin_is_terminal() and (partner is None or date_ is None or not people):
        from pln_cli.cli.ask import ask_new_meeting

        partner, date_, deal, objective, presenters, people, place = ask_new_meeting(
            root, partner, date_, deal, objective, presenters, people, place, language)
    day = parse_day(date_)
    if not partner or day is None:
        raise usage("usage.new_meeting_required")
    spec = NewMeeting(meeting, partner, day, deal, offer, time, objective, tuple(presenters), tuple(people),
                      tuple(parse_material(m) for m in material), tuple(parse_aid(a) for a in aid), place, room, None, tuple(_names(checked)))
    created = new_meeting(root, spec, parse_day(today, "--today"))
    if created.problems:
        print_problems(created.problems, language, stream=sys.stderr)
    for warning in created.warnings:
        say_warning(warning)
    err(tr("meeting.created", language, path=created.path, meeting=meeting))


def _pptx(lang: str) -> None:
    """python-pptx is an extra (pip install "pln-cli[deck]"): say so, not a traceback."""
    import importlib.util

    if importlib.util.find_spec("pptx") is None:
        raise usage("usage.deck_extra")


@app.command("deck")
@guarded
def deck(
    meeting: MeetingArg,
    output: Annotated[str, typer.Option("--output", "-o", help="The .pptx file to write (decks/ is the place for it).", metavar="FILE.pptx")],
    lang: LangOption = None,
    dir: DirOption = None,
) -> None:
    """The slides to show the partner: safe by construction (no reservation,
    BATNA, CAC or lobby note can reach them), byte-identical when rebuilt.
    """
    from pln_cli.api.present import meeting_partner_view
    from pln_cli.cli.common import write_binary
    from pln_cli.render.deck import deck_bytes

    if not output.lower().endswith(".pptx"):
        raise usage("usage.deck_suffix", file=output)
    path, root, language = _meeting(meeting, dir, lang)
    _pptx(language)
    write_binary(deck_bytes(meeting_partner_view(path), language), output, root, [path])


@app.command("brief")
@guarded
def brief(
    meeting: MeetingArg,
    output: OutputOption = None,
    format: Annotated[Optional[str], typer.Option("--format", "-f", help="html or markdown (default: from -o, else markdown).", metavar="FORMAT")] = None,
    today: TodayOption = None,
    lang: LangOption = None,
    dir: DirOption = None,
) -> None:
    """The internal brief for the team and the head: readiness and acc, the
    audience with their lobby status, both sides' economics, the deal so far,
    the next offer and the plan of our offers, cap and loss warnings, the
    packages to table and the BATNA.  One self-contained HTML file (prints to
    A4) or markdown.
    """
    from pln_cli.cli.common import parse_day
    from pln_cli.api.present import meeting_brief
    from pln_cli.render.brief import brief_html, brief_markdown

    chosen = (format or ("html" if (output or "").lower().endswith((".html", ".htm")) else "markdown")).lower()
    if chosen not in ("html", "markdown"):
        raise usage("usage.format", value=format, allowed="html, markdown")
    path, root, language = _meeting(meeting, dir, lang)
    found = meeting_brief(path, parse_day(today, "--today"))
    text = brief_html(found, language) if chosen == "html" else brief_markdown(found, language)
    write_output(text, output, root, [path])
