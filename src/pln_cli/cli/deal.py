"""`pln deal`: the round log after each meeting, and where we stand before the next."""

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
    draw_document,
    err,
    format_for,
    guarded,
    language_at,
    print_problems,
    report_problems,
    stdin_is_terminal,
    stdout_is_terminal,
    usage,
    write_output,
)
from pln_cli.cli.completion import ids, issue_keys

if TYPE_CHECKING:
    from pln_cli.api.deals import Appended

app = typer.Typer(help="Deal logs: record each negotiation round, see where you stand.", no_args_is_help=True)

DealArg = Annotated[str, typer.Argument(help="A deal id in the workspace, or the path of a deal file.", metavar="DEAL", autocompletion=ids("deals"))]
SetOption = Annotated[list[str], typer.Option("--set", help="A term KEY=VALUE (min_spend=400rb); repeatable, or comma-separated.", metavar="KEY=VALUE", autocompletion=issue_keys)]
NoteOption = Annotated[Optional[str], typer.Option("--note", help="What happened in the meeting.", metavar="TEXT")]
DateOption = Annotated[Optional[str], typer.Option("--date", help="Meeting date (default today).", metavar="YYYY-MM-DD")]
# The items of model.deal.Checklist (not imported here: `pln --help` loads no models; a test holds them equal).
CHECK_ITEMS = (
    "commonalities", "interests", "all_needs", "information", "options", "objective_criteria",
    "positional", "single_issue", "withholding", "pressure", "win_lose",
)
CHECK_HELP = "Checklist answer ITEM=yes|partly|no; repeatable. ITEM is one of: " + ", ".join(CHECK_ITEMS) + "."
# The most a --from file or stdin may hold: the YAML loader's own limit.
FROM_LIMIT = 2 * 1024 * 1024


def _deal(deal: str, dir: Path | None, lang: str | None) -> tuple[Path, Path, str]:
    """The deal file (a bare id is always the workspace's), its workspace and language."""
    from pln_cli.api.workspace import named_file, workspace_root

    path = named_file(deal, "deals", dir)
    root = workspace_root(dir, path)
    return path, root, language_at(root, lang)


@app.command("log")
@guarded
def log(
    deal: DealArg,
    by: Annotated[Optional[str], typer.Option("--by", help="Who made this offer: us or them (kami or mitra).", metavar="us|them|kami|mitra")] = None,
    set_: SetOption = [],  # noqa: B006 - typer reads the default
    note: NoteOption = None,
    date_: DateOption = None,
    check: Annotated[list[str], typer.Option("--check", help=CHECK_HELP, metavar="ITEM=ANSWER")] = [],  # noqa: B006
    from_: Annotated[Optional[str], typer.Option("--from", help="Read the round as YAML from FILE, or - for stdin.", metavar="FILE")] = None,
    lang: LangOption = None,
    dir: DirOption = None,
) -> None:
    """Append one round to a deal log, after a meeting.

    The round is checked against the deal's header first; then it is
    appended as one YAML document under an exclusive lock, numbered under
    that lock, and flushed to disk.  Nothing in the file is rewritten, and
    on any error nothing is written.
    """
    from pln_cli.api.deals import RoundInput, log_round, parse_checks, parse_terms, party, round_from_yaml
    from pln_cli.cli.common import parse_day

    path, _, language = _deal(deal, dir, lang)
    if from_ is not None:
        if by or set_ or note or date_ or check:
            raise usage("usage.from_alone")
        round_ = round_from_yaml(_read_from(from_), "(stdin)" if from_ == "-" else from_)
    else:
        round_ = RoundInput(party(by), parse_terms(set_), note, parse_day(date_), parse_checks(check))
    done = log_round(path, round_, on_wait=lambda: waiting(language))
    _summary(path, language, done, logged=True)


def _read_from(source: str) -> bytes:
    """At most the loader's limit + 1 byte: a bigger input is refused by the
    loader with its size Problem, without reading an endless stream."""
    if source == "-":
        stream = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else None
        return stream.read(FROM_LIMIT + 1) if stream is not None else sys.stdin.read(FROM_LIMIT + 1).encode()
    with open(source, "rb") as handle:
        return handle.read(FROM_LIMIT + 1)


@app.command("close")
@guarded
def close(
    deal: DealArg,
    outcome: Annotated[str, typer.Argument(help="agreed, walked_away or paused.", metavar="OUTCOME")],
    set_: SetOption = [],  # noqa: B006
    note: Annotated[Optional[str], typer.Option("--note", help="How it ended.", metavar="TEXT")] = None,
    date_: Annotated[Optional[str], typer.Option("--date", help="Date (default today).", metavar="YYYY-MM-DD")] = None,
    lang: LangOption = None,
    dir: DirOption = None,
) -> None:
    """Append the outcome of a deal: agreed (with the final terms), walked_away or paused.

    Printed after closing: where the deal stands, and a warning when the
    agreed terms (or else each side's latest) run a cap out before the
    period ends or lose money for us.
    """
    from pln_cli.api.deals import close_deal, parse_terms
    from pln_cli.cli.common import parse_day

    path, _, language = _deal(deal, dir, lang)
    done = close_deal(path, outcome, parse_terms(set_), note, parse_day(date_), on_wait=lambda: waiting(language))
    _summary(path, language, done, logged=False)


def _summary(path: Path, language: str, done: Appended, logged: bool) -> None:
    from pln_cli.api.deals import deal_context
    from pln_cli.cli.common import say_warning
    from pln_cli.render.deal import summary_document
    from pln_cli.render.document import color_forced, make_console, to_plain, to_rich

    for warning in done.warnings:
        say_warning(warning)
    # Closing is where the team decides: check the terms it closes on.
    document = summary_document(deal_context(path, simulate_rounds=False, warn=not logged), language, logged)
    if stdout_is_terminal() or color_forced():
        to_rich(document, make_console())
    else:
        write_output(to_plain(document), None)


@app.command("show")
@guarded
def show(
    deal: DealArg,
    format: Annotated[Optional[str], typer.Option("--format", "-f", help="table, json or markdown (a meeting brief).", metavar="FORMAT")] = None,
    output: OutputOption = None,
    lang: LangOption = None,
    dir: DirOption = None,
) -> None:
    """Where the negotiation stands: rounds and what each concession costs,
    gap, ZOPA, the next offer, and an integrative or distributive verdict."""
    from pln_cli.api.deals import deal_context, show_json
    from pln_cli.render.data import to_json as dump_json
    from pln_cli.render.deal import show_document

    chosen = format_for(format, output, ("table", "json", "markdown"))
    path, root, language = _deal(deal, dir, lang)
    context = deal_context(path)
    if context.entry.problems:
        # A torn tail: the complete rounds are shown, and the damage is named.
        print_problems(context.entry.problems, language, stream=sys.stderr)
    if chosen == "json":
        write_output(dump_json(show_json(context, language)), output, root, [path])
    elif chosen == "markdown":
        # The meeting brief: with the packages to put on the table, or why not.
        from pln_cli.api.options import brief_packages

        draw_document(show_document(context, language, brief_packages(context)), chosen, output, root, [path])
    else:
        draw_document(show_document(context, language), chosen, output, root, [path])


@app.command("options")
@guarded
def options(
    deal: DealArg,
    steps: Annotated[int, typer.Option("--steps", help="Values per issue, from our target to our reservation (2 or more).", metavar="N")] = 5,
    meso: Annotated[int, typer.Option("--meso", help="Packages to offer together, of about equal value to us.", metavar="K")] = 3,
    partner_margin: Annotated[Optional[str], typer.Option("--partner-margin", help="The partner's gross margin (4%, 0.04); overrides assumptions.partner_margin.", metavar="SHARE")] = None,
    format: Annotated[Optional[str], typer.Option("--format", "-f", help="table, json, markdown or csv.", metavar="FORMAT")] = None,
    output: OutputOption = None,
    lang: LangOption = None,
    dir: DirOption = None,
) -> None:
    """Options for mutual gain: packages of the deal's issues, valued for both sides.

    Every package of values between our target and our reservation is
    simulated on the deal's offer (the spend data is read once) and valued
    for us and for the partner.  Shown: the packages to offer together
    (MESO), the Nash package, and the Pareto frontier as a table and a chart.
    """
    from pln_cli.api.deals import deal_context
    from pln_cli.api.options import check_values, deal_options
    from pln_cli.cli.common import progress_bar
    from pln_cli.render.data import to_csv, to_json
    from pln_cli.render.options import options_csv_rows, options_document, options_record

    chosen = format_for(format, output, ("table", "json", "markdown", "csv"))
    path, root, language = _deal(deal, dir, lang)
    check_values(steps, meso)
    context = deal_context(path, simulate_rounds=False)
    with progress_bar(context.offer.data_path if context.offer else None) as progress:
        found = deal_options(path, steps, meso, partner_margin, progress, context=context)
    if found.context.entry.problems:
        print_problems(found.context.entry.problems, language, stream=sys.stderr)
    if chosen == "json":
        write_output(to_json(options_record(found, language)), output, root, [path])
    elif chosen == "csv":
        columns, rows = options_csv_rows(found)
        write_output(to_csv(columns, rows), output, root, [path])
    else:
        draw_document(options_document(found, language), chosen, output, root, [path])


@app.command("list")
@guarded
def list_(
    format: Annotated[Optional[str], typer.Option("--format", "-f", help="table, json, csv or markdown.", metavar="FORMAT")] = None,
    output: OutputOption = None,
    strict: StrictOption = False,
    lang: LangOption = None,
    dir: DirOption = None,
) -> None:
    """Every deal with partner, status, rounds, overall gap and last meeting."""
    from pln_cli.api.report import stream_portfolio
    from pln_cli.api.workspace import require_workspace, workspace_root
    from pln_cli.render.data import to_csv, to_json
    from pln_cli.render.deal import LIST_COLUMNS, list_document, list_record

    chosen = format_for(format, output, ("table", "json", "csv", "markdown"))
    root = require_workspace(workspace_root(dir))
    language = language_at(root, lang)
    # Streamed, as `report`: each deal becomes its row and is let go.
    found = stream_portfolio(root, economics=False)
    rows = sorted(found.rows, key=lambda r: r.deal)
    if chosen == "json":
        write_output(to_json([list_record(r) for r in rows]), output, root)
    elif chosen == "csv":
        write_output(to_csv(LIST_COLUMNS, [list_record(r) for r in rows]), output, root)
    else:
        draw_document(list_document(rows, language), chosen, output, root)
    report_problems(found.problems, language, strict)


@app.command("new")
@guarded
def new(
    deal: Annotated[str, typer.Argument(help="The new deal's id (a slug, e.g. total-spbu-2018).", metavar="DEAL")],
    partner: Annotated[Optional[str], typer.Option("--partner", help="Partner id.", metavar="ID", autocompletion=ids("partners"))] = None,
    offer: Annotated[Optional[str], typer.Option("--offer", help="Base offer id (an offer of the same partner).", metavar="OFFER", autocompletion=ids("offers"))] = None,
    issue: Annotated[list[str], typer.Option("--issue", help="KEY=TARGET:RESERVATION[:THEIR_RESERVATION], e.g. min_spend=450rb:400rb:425rb; repeatable. THEIR_RESERVATION is our estimate of the worst value the partner would still accept (leave it out if unknown).", metavar="ISSUE")] = [],  # noqa: B006
    deadline: Annotated[Optional[int], typer.Option("--deadline", help="Offers we plan to make, opening included (default 4).", metavar="N")] = None,
    tactic: Annotated[Optional[str], typer.Option("--tactic", help="boulware, linear, conceder, or a beta such as 0.5 (default linear).", metavar="TACTIC")] = None,
    batna: Annotated[Optional[str], typer.Option("--batna", help="Our best alternative if this deal fails.", metavar="TEXT")] = None,
    title: Annotated[Optional[str], typer.Option("--title", help="A title for reports.", metavar="TEXT")] = None,
    lang: LangOption = None,
    dir: DirOption = None,
) -> None:
    """Start a deal log: the header with issues, targets and reservations.

    Give everything as options, or leave them out on a terminal and pln
    asks (offering the offer's current values as targets).  An existing
    deal is never overwritten.  After creating it, pln warns about an
    issue whose target and reservation point against its usual direction,
    and previews the whole plan of our offers.
    """
    from pln_cli.api.deals import NewDeal, deal_context, direction_warnings, new_deal, parse_issue, parse_tactic
    from pln_cli.api.workspace import require_workspace, workspace_root
    from pln_cli.cli.common import say_warning
    from pln_cli.i18n import tr
    from pln_cli.render.deal import plan_document
    from pln_cli.render.document import color_forced, make_console, to_plain, to_rich

    root = require_workspace(workspace_root(dir))
    language = language_at(root, lang)
    if stdin_is_terminal() and (partner is None or offer is None or not issue):
        from pln_cli.cli.ask import ask_new_deal

        partner, offer, issue, deadline, tactic, batna = ask_new_deal(root, partner, offer, issue, deadline, tactic, batna, language)
    if not partner or not offer or not issue:
        raise usage("usage.new_deal_required")
    spec = NewDeal(deal, partner, offer, tuple(parse_issue(text) for text in issue), deadline or 4, parse_tactic(tactic or "linear"), batna, title)
    path = new_deal(root, spec)
    err(tr("deal.created", language, path=path))
    for warning in direction_warnings(spec.issues):
        say_warning(warning)
    document = plan_document(deal_context(path, simulate_rounds=False).analysis, language)
    if stdout_is_terminal() or color_forced():
        to_rich(document, make_console())
    else:
        write_output(to_plain(document), None)

