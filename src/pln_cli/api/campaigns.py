"""Use cases of campaigns (shared/CAMPAIGNS.md): plan one, record its events,
see where it stands, its calendar, and campaigns across the workspace.

Every event is appended with the deal log's rules (`load.append`): under
an exclusive lock, checked against the file as it is under that lock (post
numbers are assigned there), in one write, flushed to disk.  A refusal
writes nothing.  Dates: an event's `date` is the one given, else `today`,
else the system date.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pydantic_core import PydanticCustomError

from pln_cli.api.engine import evaluate
from pln_cli.campaign.calendar import Slot, calendar_ics, calendar_slots
from pln_cli.campaign.channels import check_post_channel, refusal_hint
from pln_cli.campaign.links import utm_link
from pln_cli.campaign.measures import new_snapshot_warnings, new_snapshots
from pln_cli.campaign.summary import CampaignRow, CampaignSummary, report_row, summarize
from pln_cli.campaign.summary import due_items as campaign_due
from pln_cli.catalog import Msg
from pln_cli.econ.scheme import Result
from pln_cli.errors import InvalidValue, ProblemsFound, UsageError
from pln_cli.load.append import AppendRefused, append_document, create_exclusive
from pln_cli.load.campaigns import (
    CAMPAIGN_LOG,
    FOLDER,
    CampaignEntry,
    approval_document,
    campaign_path,
    load_campaign,
    mention_document,
    metrics_document,
    metrics_documents,
    parse_campaign_bytes,
    plan_document,
    refuse_append,
    render_post,
    snapshot_from_options,
)
from pln_cli.load.metrics import read_metrics_csv
from pln_cli.load.problem import Problem
from pln_cli.load.workspace import OfferEntry, Workspace, load_offer, yaml_files
from pln_cli.model.campaign import (
    CHANNELS,
    COUNTS,
    KINDS,
    PRODUCTS,
    SENTIMENTS,
    Campaign,
    Snapshot,
    split_channels,
)
from pln_cli.model.offer import Offer
from pln_cli.model.types import SLUG_RE, parse_count, shown
from pln_cli.prep.due import DueItem

OnWait = Callable[[], None] | None


# --- finding a campaign -------------------------------------------------------------


def campaign_file(name: str, folder: str | Path | None = None) -> Path:
    """The file a command argument names: a bare id is always the
    workspace's `campaigns/<id>.yaml`; anything else is a path."""
    from pln_cli.api.workspace import is_bare_id, require_workspace, workspace_root

    if is_bare_id(name):
        root = require_workspace(workspace_root(folder))
        path = campaign_path(root, name)
        if not path.is_file():
            known = ", ".join(p.stem for p in yaml_files(root / FOLDER)) or "-"
            raise UsageError(Msg("campaign.usage.no_such", {"name": name, "path": str(path), "known": known}))
        return path
    path = Path(name)
    if not path.is_file():
        raise UsageError(Msg("usage.no_such_file", {"name": name}))
    return path


def _loaded(path: Path) -> CampaignEntry:
    """The campaign at `path`; ProblemsFound when it has no usable plan."""
    entry = load_campaign(path)
    if entry.campaign is None:
        raise ProblemsFound(entry.problems)
    return entry


def _writable(path: Path) -> tuple[CampaignEntry, Campaign]:
    """The campaign, when it may be appended to (no torn tail, no error):
    refused before the file is ever opened for writing."""
    entry = load_campaign(path)
    refusal = refuse_append(entry)
    if refusal or entry.campaign is None:
        raise ProblemsFound(refusal or entry.problems)
    return entry, entry.campaign


def _append(path: Path, render: Callable[[CampaignEntry], str], on_wait: OnWait) -> tuple[CampaignEntry, str]:
    try:
        return append_document(path, CAMPAIGN_LOG, render, on_wait)
    except AppendRefused as exc:
        raise ProblemsFound(exc.problems) from None


def _day(day: date | None, today: date | None) -> date:
    return day or today or date.today()


# --- the offer a campaign promotes -----------------------------------------------------


def _simulated(offer: OfferEntry | None) -> tuple[Offer | None, Result | None]:
    """The offer's model and base simulation, when the offer is usable."""
    if offer is None or not offer.usable or offer.model is None:
        return None, None
    try:
        return offer.model, evaluate(offer.model, offer.spend_data).base_result
    except ProblemsFound:
        return offer.model, None


def _offer_of(entry: CampaignEntry) -> OfferEntry | None:
    path = entry.offer_path()
    return load_offer(path) if path is not None and path.is_file() else None


# --- show --------------------------------------------------------------------------


@dataclass(frozen=True)
class CampaignView:
    """A campaign with every measure (`summary`), and what it was read from."""

    entry: CampaignEntry
    summary: CampaignSummary
    offer: OfferEntry | None = None

    @property
    def problems(self) -> tuple[Problem, ...]:
        """The file's errors (a torn tail keeps the complete events)."""
        return tuple(p for p in self.entry.problems if p.severity == "error")

    @property
    def reads(self) -> tuple[Path, ...]:
        """Every file read: `-o` must not overwrite any of them."""
        found = [self.entry.path]
        if self.offer is not None:
            found.append(self.offer.path)
            if self.offer.data_path is not None:
                found.append(self.offer.data_path)
        return tuple(found)


def campaign_view(path: str | Path, today: date | None = None) -> CampaignView:
    """`campaign show`: the campaign summarised for `today`; when it links a
    usable offer, that offer is simulated for the offer check."""
    entry = _loaded(Path(path))
    assert entry.campaign is not None
    offer = _offer_of(entry)
    model, result = _simulated(offer)
    summary = summarize(entry.campaign, today or date.today(), model, result)
    return CampaignView(entry, summary, offer)


# --- new -----------------------------------------------------------------------------


@dataclass(frozen=True)
class NewCampaign:
    campaign: str
    product: str
    start: date
    end: date
    channels: tuple[str, ...]
    title: str | None = None
    partner: str | None = None
    offer: str | None = None  # an offer id of the workspace
    cadence_days: int | None = None
    link: str | None = None


def parse_channels(text: str, option: str = "--channels") -> tuple[str, ...]:
    """`facebook,instagram` -> channels; an unknown or empty list is a usage error."""
    channels, problem = split_channels(text)
    if problem is not None:
        raise UsageError(problem)
    if not channels:
        raise UsageError(Msg("campaign.usage.channels_empty", {"option": option, "options": ", ".join(CHANNELS)}))
    return channels


def new_campaign(root: Path, spec: NewCampaign, lang: str = "en") -> Path:
    """Create `campaigns/<id>.yaml` with the plan; never overwrites a file.

    All five spokes are written; those not given are prompts in comments,
    so they count as missing until someone fills them in.  The plan is
    checked as `pln check` would check it before anything is written.
    """
    if not SLUG_RE.match(spec.campaign):
        raise UsageError(Msg("usage.slug", {"value": spec.campaign}))
    if spec.product not in PRODUCTS:
        raise UsageError(Msg("campaign.usage.product", {"value": spec.product, "options": ", ".join(PRODUCTS)}))
    if not spec.channels:
        raise UsageError(Msg("campaign.usage.channels_empty", {"option": "--channels", "options": ", ".join(CHANNELS)}))
    if spec.end < spec.start:
        raise UsageError(Msg("campaign.period", {"start": spec.start, "end": spec.end}))
    if spec.cadence_days is not None and spec.cadence_days < 1:
        raise UsageError(Msg("campaign.usage.cadence"))
    path = campaign_path(root, spec.campaign)
    if os.path.lexists(path):
        raise UsageError(Msg("campaign.usage.exists", {"path": str(path), "campaign": spec.campaign}))
    if spec.partner is not None and (not SLUG_RE.match(spec.partner) or not (root / "partners" / f"{spec.partner}.yaml").is_file()):
        raise UsageError(Msg("usage.no_partner", {"partner": spec.partner, "folder": str(root / "partners")}))
    if spec.offer is not None:
        offer_path = root / "offers" / f"{spec.offer}.yaml"
        if not SLUG_RE.match(spec.offer) or not offer_path.is_file():
            raise UsageError(Msg("usage.no_offer", {"offer": spec.offer, "folder": str(root / "offers")}))
        offer = load_offer(offer_path, check_data=False)
        if spec.partner is not None and offer.model is not None and offer.model.partner != spec.partner:
            raise UsageError(Msg("usage.offer_partner", {"offer": spec.offer, "theirs": offer.model.partner, "partner": spec.partner}))
    text = plan_document(spec.campaign, spec.product, spec.start, spec.end, spec.channels, title=spec.title,
                         partner=spec.partner, offer=spec.offer, cadence_days=spec.cadence_days, link=spec.link, lang=lang)
    checked = parse_campaign_bytes(path, text.encode("utf-8"))
    errors = [p for p in checked.problems if p.severity == "error"]
    if errors:
        raise ProblemsFound(errors)
    try:
        create_exclusive(path, text)
    except FileExistsError:
        raise UsageError(Msg("campaign.usage.exists", {"path": str(path), "campaign": spec.campaign})) from None
    return path


# --- events ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Recorded:
    """What an event command appended: the text written, one sentence saying
    what was recorded, and warnings the person can still act on."""

    campaign: str
    text: str
    said: Msg
    warnings: tuple[Msg, ...] = ()
    post: str | None = None  # the post's id (post, track)
    link: str | None = None  # the post's UTM-tagged link (post)
    details: tuple[Msg, ...] = ()  # more to say (approve: the channels requested but not approved)


def approve(path: str | Path, by: str, channels: Sequence[str], note: str | None = None,
            day: date | None = None, today: date | None = None, on_wait: OnWait = None) -> Recorded:
    """Append marketing's decision: the channels approved, by whom, when."""
    by = by.strip()
    if not by:
        raise UsageError(Msg("campaign.usage.by"))
    approved = tuple(channels)
    if not approved:
        raise UsageError(Msg("campaign.usage.channels_empty", {"option": "--channels", "options": ", ".join(CHANNELS)}))
    _, campaign = _writable(Path(path))
    when = _day(day, today)
    _, text = _append(Path(path), lambda _: approval_document(by, when, approved, note), on_wait)
    mismatch = tuple(c for c in campaign.plan.channels if c not in approved)
    said = Msg("campaign.done.approval", {"campaign": campaign.id, "channels": ", ".join(approved), "by": by, "date": when})
    details = (Msg("campaign.done.mismatch", {"missing": ", ".join(mismatch), "by": by}),) if mismatch else ()
    return Recorded(campaign.id, text, said, details=details)


@dataclass(frozen=True)
class PostInput:
    channel: str
    day: date | None = None
    kind: str | None = None
    text: str | None = None
    code: str | None = None
    note: str | None = None


def record_post(path: str | Path, spec: PostInput, today: date | None = None, on_wait: OnWait = None) -> Recorded:
    """Append a post, numbered p1, p2... under the lock, with its UTM link.

    A channel the latest approval does not list is refused (exit 1) before
    the file is opened for writing, and again under the lock; before any
    approval it is a warning.
    """
    channel = spec.channel.strip().lower()
    if channel not in CHANNELS:
        raise UsageError(Msg("campaign.channel_unknown", {"value": shown(spec.channel), "options": ", ".join(CHANNELS)}))
    if spec.kind is not None and spec.kind not in KINDS:
        raise UsageError(Msg("campaign.usage.kind", {"value": spec.kind, "options": ", ".join(KINDS)}))
    file = Path(path)
    entry, campaign = _writable(file)
    check = check_post_channel(campaign, channel)
    if check.refusal is not None:
        raise ProblemsFound([Problem(entry.display, None, None, "unapproved-channel", check.refusal, refusal_hint())])
    when = _day(spec.day, today)
    before, text = _append(file, render_post(when, channel, kind=spec.kind, text=spec.text, code=spec.code, note=spec.note), on_wait)
    campaign = before.campaign or campaign
    post = campaign.next_post_id()
    plan = campaign.plan
    link = utm_link(plan.link, channel, campaign.id, post) if plan.link else None
    warnings: list[Msg] = []
    if (warning := check_post_channel(campaign, channel).warning) is not None:
        warnings.append(warning)
    if not plan.start <= when <= plan.end:
        warnings.append(Msg("campaign.warn.post_outside", {"post": post, "date": when, "start": plan.start, "end": plan.end}))
    said = Msg("campaign.done.post", {"post": post, "campaign": campaign.id, "channel": channel, "date": when})
    return Recorded(campaign.id, text, said, tuple(warnings), post, link)


def parse_counts(values: Mapping[str, str | None]) -> dict[str, int]:
    """`track` options (`reply_minutes` as `--reply-minutes`) -> counts; a
    count is whole and not negative (12000 or 12.000)."""
    counts: dict[str, int] = {}
    for key in COUNTS:
        text = values.get(key)
        if text is None:
            continue
        try:
            counts[key] = parse_count(text.strip())
        except PydanticCustomError:
            option = "--" + key.replace("_", "-")
            raise InvalidValue(Msg("campaign.usage.count", {"option": option, "value": text}), Msg("campaign.metrics.count.hint")) from None
    return counts


def track(path: str | Path, post: str, counts: Mapping[str, int], day: date | None = None, today: date | None = None,
          note: str | None = None, on_wait: OnWait = None) -> Recorded:
    """Append one cumulative snapshot of a post's counts.

    A count lower than in an earlier snapshot is a warning (a platform may
    restate); the latest snapshot still counts, whole.
    """
    if not counts:
        raise UsageError(Msg("campaign.usage.no_counts", {"options": ", ".join("--" + k.replace("_", "-") for k in COUNTS)}))
    file = Path(path)
    _, campaign = _writable(file)
    post = post.strip()
    found = campaign.post(post)
    if found is None:
        raise UsageError(Msg("campaign.usage.no_post", {"post": post, "campaign": campaign.id,
                                                         "known": ", ".join(p.post for p in campaign.posts) or "-"}))
    when = _day(day, today)
    snapshot = snapshot_from_options(post, when, dict(counts), note)
    warnings: tuple[Msg, ...] = ()

    def render(entry: CampaignEntry) -> str:
        nonlocal warnings
        if entry.campaign is not None:
            warnings = new_snapshot_warnings(entry.campaign, snapshot)
        return metrics_document(snapshot)

    _, text = _append(file, render, on_wait)
    if when < found.date:
        warnings = (Msg("campaign.warn.snapshot_before_post", {"post": post, "date": when, "posted": found.date}), *warnings)
    said = Msg("campaign.done.track", {"post": post, "campaign": campaign.id, "date": when, "count": len(snapshot.counts())})
    return Recorded(campaign.id, text, said, warnings, post)


@dataclass(frozen=True)
class Imported:
    """What `track --from FILE.csv` did."""

    campaign: str
    layout: str  # "pln" | "meta"
    rows: int  # data rows read
    appended: tuple[Snapshot, ...]  # the snapshots written (none: nothing new)
    skipped: int  # snapshots already recorded (or superseded in the same file)
    problems: tuple[Problem, ...] = ()  # warnings: rows not matched to a post, rows without counts
    warnings: tuple[Msg, ...] = ()  # counts restated lower
    notes: tuple[Msg, ...] = field(default=())

    @property
    def said(self) -> Msg:
        if not self.appended and not self.skipped:
            return Msg("campaign.done.no_rows", {"campaign": self.campaign})
        if not self.appended:
            return Msg("campaign.done.nothing_new", {"campaign": self.campaign, "count": self.skipped})
        posts = ", ".join(dict.fromkeys(s.post for s in self.appended))
        return Msg("campaign.done.imported", {"count": len(self.appended), "campaign": self.campaign, "posts": posts})


class _NothingNew(Exception):
    """Under the lock, every snapshot turned out to be recorded already."""


def import_metrics(path: str | Path, csv_file: str | Path, day: date | None = None, today: date | None = None,
                   on_read: Callable[[tuple[Msg, ...]], None] | None = None, on_wait: OnWait = None) -> Imported:
    """Append the snapshots of a CSV (the contract's columns, or Meta's
    insights export), one append for the whole file.

    `on_read` gets the reader's notes (columns mapped or ignored) before
    anything is decided.  Any error in the file: nothing is written
    (ProblemsFound).  Snapshots already recorded are not appended again,
    which is decided under the lock, so importing a file twice, even from
    two processes at once, counts nothing twice.
    """
    file = Path(path)
    _, campaign = _writable(file)
    found = read_metrics_csv(Path(csv_file), campaign, _day(day, today))
    if on_read is not None:
        on_read(tuple(found.notes))
    if not found.ok:
        raise ProblemsFound(found.problems)
    snapshots = tuple(found.snapshots)
    appended: tuple[Snapshot, ...] = ()
    warnings: tuple[Msg, ...] = ()

    def render(entry: CampaignEntry) -> str:
        nonlocal appended, warnings
        current = entry.campaign or campaign
        appended = new_snapshots(current, snapshots)
        if not appended:
            raise _NothingNew
        warnings = new_snapshot_warnings(current, *appended)
        return metrics_documents(appended)

    if new_snapshots(campaign, snapshots):
        try:
            _append(file, render, on_wait)
        except _NothingNew:
            appended = ()
    return Imported(campaign.id, found.layout, found.rows, appended, len(snapshots) - len(appended),
                    tuple(found.problems), warnings, tuple(found.notes))


def record_mention(path: str | Path, where: str, sentiment: str, replied: str | None = None, note: str | None = None,
                   day: date | None = None, today: date | None = None, on_wait: OnWait = None) -> Recorded:
    """Append a mention heard while listening: where, its sentiment, whether we replied."""
    where = where.strip()
    if not where:
        raise UsageError(Msg("campaign.usage.where"))
    sentiment = sentiment.strip().lower()
    if sentiment not in SENTIMENTS:
        raise UsageError(Msg("campaign.usage.sentiment", {"value": sentiment, "options": ", ".join(SENTIMENTS)}))
    if replied is not None:
        replied = {"ya": "yes", "tidak": "no"}.get(replied.strip().lower(), replied.strip().lower())
        if replied not in ("yes", "no"):
            raise UsageError(Msg("campaign.usage.replied", {"value": replied}))
    file = Path(path)
    _, campaign = _writable(file)
    when = _day(day, today)
    _, text = _append(file, lambda _: mention_document(when, where, sentiment, replied, note), on_wait)
    said = Msg("campaign.done.mention", {"campaign": campaign.id, "sentiment": Msg(f"campaign.sentiment.{sentiment}"), "date": when})
    return Recorded(campaign.id, text, said)


# --- the calendar --------------------------------------------------------------------


@dataclass(frozen=True)
class CampaignCalendar:
    entry: CampaignEntry
    campaign: Campaign
    slots: tuple[Slot, ...]


def campaign_calendar(path: str | Path) -> CampaignCalendar:
    """The planned post dates start + k x cadence_days <= end, with the posts made beside them."""
    entry = _loaded(Path(path))
    assert entry.campaign is not None
    return CampaignCalendar(entry, entry.campaign, calendar_slots(entry.campaign))


def calendar_file(path: str | Path, today: date | None = None, lang: str = "en") -> bytes:
    """The calendar as an iCalendar file (built with the `icalendar` package)."""
    found = campaign_calendar(path)
    return calendar_ics(found.campaign, today or date.today(), lang)


# --- across the workspace: list, report, due ------------------------------------------------


def _listed(entry: CampaignEntry) -> bool:
    """Listed: a plan and no error but a torn tail (the complete events count)."""
    return entry.campaign is not None and not any(p.severity == "error" and p.code != "torn-write" for p in entry.problems)


def _summaries(workspace: Workspace, today: date) -> list[CampaignSummary]:
    """Every listed campaign summarised, each offer simulated once."""
    simulated: dict[str, tuple[Offer | None, Result | None]] = {}
    found = []
    for campaign_id in sorted(workspace.campaigns):
        entry = workspace.campaigns[campaign_id]
        if not _listed(entry) or entry.campaign is None:
            continue
        offer = workspace.offer_at(entry.offer_path())
        key = str(offer.path) if offer is not None else ""
        if key not in simulated:
            simulated[key] = _simulated(offer)
        found.append(summarize(entry.campaign, today, *simulated[key]))
    return found


def campaign_rows(workspace: Workspace, today: date) -> tuple[CampaignRow, ...]:
    """One row per campaign (by id) for `pln report` and `campaign list`:
    posts, reach, engagement rate, redemptions vs expected, mismatched
    channels, next post due.  Campaign files with errors are left out
    (their Problems are the workspace's)."""
    return tuple(report_row(s) for s in _summaries(workspace, today))


@dataclass(frozen=True)
class CampaignList:
    rows: tuple[CampaignRow, ...]
    problems: tuple[Problem, ...]  # of the campaign files (those with errors are not in `rows`)


def campaign_list(workspace: Workspace, today: date | None = None) -> CampaignList:
    """`campaign list`: the rows of `campaign_rows`, and the campaign files' Problems."""
    problems = tuple(p for entry in workspace.campaigns.values() for p in entry.problems)
    return CampaignList(campaign_rows(workspace, today or date.today()), problems)


def campaign_due_items(workspace: Workspace, today: date) -> tuple[DueItem, ...]:
    """`pln due`: each running campaign's next post (overdue when its date has passed);
    pass them to `prep.due.due_items(extra=...)`, which keeps those within the horizon."""
    items: list[DueItem] = []
    for campaign_id in sorted(workspace.campaigns):
        entry = workspace.campaigns[campaign_id]
        if _listed(entry) and entry.campaign is not None:
            items.extend(campaign_due(entry.campaign, today))
    return tuple(sorted(items, key=lambda i: (i.date, i.ref)))
