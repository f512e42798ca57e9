"""`pln campaign`: plan a campaign on the Social Media Strategy Wheel, record
what happens (approval, posts, metrics, mentions), and track and monitor it."""

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
    stdin_is_terminal,
    stdout_is_terminal,
    usage,
    write_output,
)
from pln_cli.cli.completion import ids

if TYPE_CHECKING:
    from datetime import date

    from pln_cli.api.campaigns import Imported, Recorded
    from pln_cli.catalog import Msg

app = typer.Typer(
    help="Campaigns: plan the Social Media Strategy Wheel, record posts and metrics, track and monitor them.",
    no_args_is_help=True,
)

CampaignArg = Annotated[str, typer.Argument(help="A campaign id in the workspace, or the path of a campaign file.", metavar="CAMPAIGN", autocompletion=ids("campaigns"))]
DateOption = Annotated[Optional[str], typer.Option("--date", help="The event's date (default: --today, else today).", metavar="YYYY-MM-DD")]
NoteOption = Annotated[Optional[str], typer.Option("--note", help="A note kept with the event.", metavar="TEXT")]
CountOption = Annotated[Optional[str], typer.Option(help="A cumulative count read on the platform (12000 or 12.000).", metavar="N", show_default=False)]
SHOW_FORMATS = ("table", "markdown", "csv", "json")
LIST_FORMATS = ("table", "markdown", "csv", "json")
CALENDAR_FORMATS = ("table", "markdown", "json")


def _campaign(name: str, dir: Path | None, lang: str | None) -> tuple[Path, Path, str]:
    """The campaign file (a bare id is always the workspace's), its workspace and language."""
    from pln_cli.api.campaigns import campaign_file
    from pln_cli.api.workspace import workspace_root

    path = campaign_file(name, dir)
    root = workspace_root(dir, path)
    return path, root, language_at(root, lang)


def _day(text: str | None, option: str) -> date | None:
    from pln_cli.cli.common import parse_day

    return parse_day(text, option)


def _said(done: Recorded, language: str) -> None:
    """A recorded event: its warnings on stderr, what was written on stdout."""
    from pln_cli.render.campaign import recorded_text

    for warning in done.warnings:
        say_warning(warning)
    write_output(recorded_text(done, language), None)


@app.command("new")
@guarded
def new(
    campaign: Annotated[str, typer.Argument(help="The new campaign's id (a slug, e.g. voucher-flight-fanfest).", metavar="CAMPAIGN")],
    title: Annotated[Optional[str], typer.Option("--title", help="A title for reports.", metavar="TEXT")] = None,
    product: Annotated[Optional[str], typer.Option("--product", help="jd_voucher, jd_pulsa, jd_flight or jd_cinema.", metavar="PRODUCT")] = None,
    start: Annotated[Optional[str], typer.Option("--start", help="First day of the campaign.", metavar="YYYY-MM-DD")] = None,
    end: Annotated[Optional[str], typer.Option("--end", help="Last day of the campaign.", metavar="YYYY-MM-DD")] = None,
    cadence: Annotated[Optional[int], typer.Option("--cadence", help="A post at least every N days (default 14).", metavar="DAYS")] = None,
    channels: Annotated[Optional[str], typer.Option("--channels", help="Channels requested: instagram, facebook, twitter, youtube, tiktok, other (comma-separated).", metavar="LIST")] = None,
    partner: Annotated[Optional[str], typer.Option("--partner", help="Partner id, when the campaign promotes a partner's offer.", metavar="ID", autocompletion=ids("partners"))] = None,
    offer: Annotated[Optional[str], typer.Option("--offer", help="The offer id whose economics the campaign promotes.", metavar="OFFER", autocompletion=ids("offers"))] = None,
    link: Annotated[Optional[str], typer.Option("--link", help="Landing page; each post gets a UTM-tagged copy.", metavar="URL")] = None,
    lang: LangOption = None,
    dir: DirOption = None,
) -> None:
    """Start a campaign: the plan, with all five spokes of the wheel.

    Spokes not filled in are written as prompts in comments, so they count
    as missing until someone fills them in.  On a terminal pln asks for
    what the options leave out.  An existing campaign is never overwritten.
    """
    from pln_cli.api.campaigns import NewCampaign, new_campaign, parse_channels
    from pln_cli.cli.common import parse_day
    from pln_cli.api.workspace import require_workspace, workspace_root
    from pln_cli.i18n import tr

    root = require_workspace(workspace_root(dir))
    language = language_at(root, lang)
    if stdin_is_terminal() and (product is None or start is None or end is None or channels is None):
        title, product, start, end, channels, partner, offer, link = _ask_new(root, title, product, start, end, channels, partner, offer, link, language)
    first, last = parse_day(start, "--start"), parse_day(end, "--end")
    if not product or first is None or last is None or not channels:
        raise usage("campaign.usage.new_required")
    spec = NewCampaign(campaign, product, first, last, parse_channels(channels), title, partner, offer, cadence, link)
    path = new_campaign(root, spec, language)
    err(tr("campaign.created", language, path=path, campaign=campaign))


def _ask_new(root: Path, title: str | None, product: str | None, start: str | None, end: str | None, channels: str | None,
             partner: str | None, offer: str | None, link: str | None, lang: str) -> tuple[str | None, ...]:
    """Ask for what `campaign new` was not given; optional answers may be left empty."""
    from pln_cli.i18n import tr
    from pln_cli.load.workspace import yaml_files
    from pln_cli.model.campaign import CHANNELS, PRODUCTS

    def optional(key: str, **params: str) -> str | None:
        return typer.prompt(tr(key, lang, **params), default="", show_default=False) or None

    title = title if title is not None else optional("campaign.ask.title")
    product = product or typer.prompt(tr("campaign.ask.product", lang, options=", ".join(PRODUCTS)), default=PRODUCTS[0])
    start = start or typer.prompt(tr("campaign.ask.start", lang))
    end = end or typer.prompt(tr("campaign.ask.end", lang))
    channels = channels or typer.prompt(tr("campaign.ask.channels", lang, options=", ".join(CHANNELS)), default="instagram,facebook")
    if partner is None:
        partner = optional("campaign.ask.partner", options=", ".join(p.stem for p in yaml_files(root / "partners")) or "-")
    if offer is None:
        offers = [p.stem for p in yaml_files(root / "offers") if not partner or p.stem.startswith(partner)]
        offer = optional("campaign.ask.offer", options=", ".join(offers) or "-")
    if link is None:
        link = optional("campaign.ask.link")
    return title, product, start, end, channels, partner, offer, link


@app.command("approve")
@guarded
def approve(
    campaign: CampaignArg,
    by: Annotated[Optional[str], typer.Option("--by", help="Who decided (e.g. Rina (Marketing)).", metavar="NAME")] = None,
    channels: Annotated[list[str], typer.Option("--channels", help="The channels approved: facebook[,instagram]; repeatable.", metavar="LIST")] = [],  # noqa: B006
    note: NoteOption = None,
    date_: DateOption = None,
    today: TodayOption = None,
    lang: LangOption = None,
    dir: DirOption = None,
) -> None:
    """Record marketing's decision on the channels: the latest one counts.

    A requested channel it leaves out is a mismatch, shown with who decided.
    """
    from pln_cli.api import campaigns as api

    path, _, language = _campaign(campaign, dir, lang)
    if not by:
        raise usage("campaign.usage.by")
    approved = api.parse_channels(",".join(channels))
    done = api.approve(path, by, approved, note, _day(date_, "--date"), _day(today, "--today"), on_wait=lambda: waiting(language))
    _said(done, language)


@app.command("post")
@guarded
def post(
    campaign: CampaignArg,
    channel: Annotated[Optional[str], typer.Option("--channel", help="Where it went out: instagram, facebook, ...", metavar="CHANNEL")] = None,
    date_: DateOption = None,
    kind: Annotated[Optional[str], typer.Option("--kind", help="image, video, story, reel, carousel or text.", metavar="KIND")] = None,
    text: Annotated[Optional[str], typer.Option("--text", help="The post's text (or its first line).", metavar="TEXT")] = None,
    code: Annotated[Optional[str], typer.Option("--code", help="A voucher or promo code in the post (matches Meta's export rows).", metavar="CODE")] = None,
    note: NoteOption = None,
    today: TodayOption = None,
    lang: LangOption = None,
    dir: DirOption = None,
) -> None:
    """Record a post: numbered p1, p2... under the lock, with a UTM-tagged link.

    A channel marketing did not approve is refused and nothing is written;
    before any approval it is a warning.
    """
    from pln_cli.api import campaigns as api

    path, _, language = _campaign(campaign, dir, lang)
    if not channel:
        raise usage("campaign.usage.channel")
    spec = api.PostInput(channel, _day(date_, "--date"), kind, text, code, note)
    done = api.record_post(path, spec, _day(today, "--today"), on_wait=lambda: waiting(language))
    _said(done, language)


@app.command("track")
@guarded
def track(
    campaign: CampaignArg,
    post: Annotated[Optional[str], typer.Argument(help="The post (p1, p2...); not with --from.", metavar="POST")] = None,
    date_: Annotated[Optional[str], typer.Option("--date", help="The day the counts were read (default: --today, else today); with --from, for rows without a date.", metavar="YYYY-MM-DD")] = None,
    reach: Annotated[Optional[str], typer.Option("--reach", help="People reached.", metavar="N")] = None,
    views: Annotated[Optional[str], typer.Option("--views", help="Views or impressions.", metavar="N")] = None,
    likes: Annotated[Optional[str], typer.Option("--likes", help="Likes or reactions.", metavar="N")] = None,
    comments: Annotated[Optional[str], typer.Option("--comments", help="Comments.", metavar="N")] = None,
    shares: Annotated[Optional[str], typer.Option("--shares", help="Shares.", metavar="N")] = None,
    saves: Annotated[Optional[str], typer.Option("--saves", help="Saves.", metavar="N")] = None,
    clicks: Annotated[Optional[str], typer.Option("--clicks", help="Link clicks.", metavar="N")] = None,
    answered: Annotated[Optional[str], typer.Option("--answered", help="Comments we answered.", metavar="N")] = None,
    reply_minutes: Annotated[Optional[str], typer.Option("--reply-minutes", help="Median minutes to our reply.", metavar="N")] = None,
    redemptions: Annotated[Optional[str], typer.Option("--redemptions", help="Vouchers or codes redeemed.", metavar="N")] = None,
    note: NoteOption = None,
    from_: Annotated[Optional[str], typer.Option("--from", help="A CSV of snapshots: columns post,date and counts, or Meta's insights export.", metavar="FILE.csv")] = None,
    today: TodayOption = None,
    lang: LangOption = None,
    dir: DirOption = None,
) -> None:
    """Record a cumulative snapshot of a post's counts, or import a CSV of them.

    The latest snapshot of a post counts, whole.  Importing the same file
    twice counts nothing twice.  A count lower than before is a warning.
    """
    from pln_cli.api import campaigns as api

    path, _, language = _campaign(campaign, dir, lang)
    given = {"reach": reach, "views": views, "likes": likes, "comments": comments, "shares": shares, "saves": saves,
             "clicks": clicks, "answered": answered, "reply_minutes": reply_minutes, "redemptions": redemptions}
    day, until = _day(date_, "--date"), _day(today, "--today")
    if from_ is not None:
        if post is not None or note is not None or any(v is not None for v in given.values()):
            raise usage("campaign.usage.from_alone")
        _imported(api.import_metrics(path, from_, day, until, on_read=lambda notes: _notes(notes, language),
                                     on_wait=lambda: waiting(language)), language)
        return
    if post is None:
        raise usage("campaign.usage.post_needed")
    done = api.track(path, post, api.parse_counts(given), day, until, note, on_wait=lambda: waiting(language))
    _said(done, language)


def _notes(notes: tuple[Msg, ...], language: str) -> None:
    from pln_cli.render.safe import visible

    for note in notes:
        err(f"pln: {visible(note.render(language))}")


def _imported(done: Imported, language: str) -> None:
    from pln_cli.render.campaign import imported_text

    if done.problems:
        print_problems(done.problems, language, stream=sys.stderr)
    for warning in done.warnings:
        say_warning(warning)
    write_output(imported_text(done, language), None)


@app.command("mention")
@guarded
def mention(
    campaign: CampaignArg,
    where: Annotated[Optional[str], typer.Option("--where", help="Where it was said (a group, a comment, a review).", metavar="PLACE")] = None,
    sentiment: Annotated[Optional[str], typer.Option("--sentiment", help="positive, neutral or negative.", metavar="SENTIMENT")] = None,
    replied: Annotated[Optional[str], typer.Option("--replied", help="Did we reply: yes or no.", metavar="yes|no")] = None,
    note: NoteOption = None,
    date_: DateOption = None,
    today: TodayOption = None,
    lang: LangOption = None,
    dir: DirOption = None,
) -> None:
    """Record a mention heard while listening (tracking & monitoring)."""
    from pln_cli.api import campaigns as api

    path, _, language = _campaign(campaign, dir, lang)
    if not where or not sentiment:
        raise usage("campaign.usage.mention_required")
    done = api.record_mention(path, where, sentiment, replied, note, _day(date_, "--date"), _day(today, "--today"),
                              on_wait=lambda: waiting(language))
    _said(done, language)


@app.command("show")
@guarded
def show(
    campaign: CampaignArg,
    today: TodayOption = None,
    format: Annotated[Optional[str], typer.Option("--format", "-f", help="table, markdown, csv (the posts) or json.", metavar="FORMAT")] = None,
    output: OutputOption = None,
    lang: LangOption = None,
    dir: DirOption = None,
) -> None:
    """Where the campaign stands: the wheel inside out, channels approved,
    posts and their measures, cadence, targets, mentions, the offer check,
    and what to do next; on a terminal, a chart of reach and engagement."""
    from pln_cli.api.campaigns import campaign_view
    from pln_cli.render.campaign import posts_csv, show_document, show_json

    chosen = format_for(format, output, SHOW_FORMATS)
    path, root, language = _campaign(campaign, dir, lang)
    view = campaign_view(path, _day(today, "--today"))
    if view.problems:
        print_problems(view.problems, language, stream=sys.stderr)  # a torn tail: the complete events are shown
    if chosen == "json":
        write_output(show_json(view.summary, language), output, root, view.reads)
    elif chosen == "csv":
        write_output(posts_csv(view.summary), output, root, view.reads)
    else:
        chart = chosen == "table" and output is None and stdout_is_terminal()
        draw_document(show_document(view.summary, language, chart), chosen, output, root, view.reads)


@app.command("calendar")
@guarded
def calendar(
    campaign: CampaignArg,
    today: TodayOption = None,
    format: Annotated[Optional[str], typer.Option("--format", "-f", help="table, markdown, json, or ics (iCalendar).", metavar="FORMAT")] = None,
    output: OutputOption = None,
    lang: LangOption = None,
    dir: DirOption = None,
) -> None:
    """The planned post dates (start + k x cadence), with the posts made beside
    them; `-o FILE.ics` writes an iCalendar file for Google Calendar or Outlook."""
    from pln_cli.api.campaigns import calendar_file, campaign_calendar
    from pln_cli.cli.output import write_bytes
    from pln_cli.i18n import tr
    from pln_cli.render.campaign import calendar_document, calendar_json

    ics = (format or "").lower() == "ics" or (format is None and output is not None and output.lower().endswith(".ics"))
    chosen = "ics" if ics else format_for(format, output, CALENDAR_FORMATS)
    path, root, language = _campaign(campaign, dir, lang)
    if chosen == "ics":
        write_bytes(calendar_file(path, _day(today, "--today"), language), output, root, [path])
        if output not in (None, "-"):
            err(tr("campaign.cal.written", language, file=output))
    elif chosen == "json":
        write_output(calendar_json(campaign_calendar(path)), output, root, [path])
    else:
        draw_document(calendar_document(campaign_calendar(path), language), chosen, output, root, [path])


@app.command("list")
@guarded
def list_(
    today: TodayOption = None,
    format: Annotated[Optional[str], typer.Option("--format", "-f", help="table, markdown, csv or json.", metavar="FORMAT")] = None,
    output: OutputOption = None,
    strict: StrictOption = False,
    lang: LangOption = None,
    dir: DirOption = None,
) -> None:
    """Every campaign: posts, reach, engagement rate, redemptions against
    the offer's expectation, channels not approved, next post due."""
    from pln_cli.api.campaigns import campaign_list
    from pln_cli.api.workspace import load_workspace
    from pln_cli.render.campaign import list_csv, list_document, list_json

    chosen = format_for(format, output, LIST_FORMATS)
    workspace = load_workspace(dir)
    language = language_at(workspace.root, lang)
    found = campaign_list(workspace, _day(today, "--today"))
    if chosen == "json":
        write_output(list_json(found.rows), output, workspace.root)
    elif chosen == "csv":
        write_output(list_csv(found.rows), output, workspace.root)
    else:
        draw_document(list_document(found.rows, language), chosen, output, workspace.root)
    report_problems(found.problems, language, strict)
