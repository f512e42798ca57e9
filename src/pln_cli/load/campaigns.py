"""Campaign logs: the plan, then events, as a YAML stream with the deal log's rules.

The first document is the plan (`campaign:` ... with the five spokes of the
wheel); every later document is one event (`event: approval | post |
metrics | mention`).  Complete documents load even when the tail is torn;
the torn tail is an error, so `pln check` fails and the appender refuses
to write after it.  This module also writes the YAML text of new
documents, for `pln campaign new|approve|post|track|mention`.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from pln_cli.i18n import Msg, tr
from pln_cli.load.append import AppendRefused, LogKind
from pln_cli.load.deals import resolve_offer_ref
from pln_cli.load.paths import display_path
from pln_cli.load.problem import Problem
from pln_cli.load.stream import StreamKind, open_stream, where
from pln_cli.load.validate import validate
from pln_cli.load.yamlsafe import (
    Document,
    Source,
    read_source,
    source_from_bytes,
)
from pln_cli.model.campaign import (
    COUNTS,
    EVENT_MODELS,
    EVENTS,
    SPOKES,
    Campaign,
    Event,
    Plan,
    Post,
    Snapshot,
)
from pln_cli.model.types import shown

FOLDER = "campaigns"


@dataclass
class CampaignEntry:
    id: str
    path: Path
    source: Source | None
    docs: list[Document] = field(default_factory=list)
    campaign: Campaign | None = None
    problems: list[Problem] = field(default_factory=list)

    @property
    def display(self) -> str:
        return self.source.display if self.source else display_path(self.path)

    @property
    def model(self) -> Campaign | None:
        return self.campaign

    @property
    def usable(self) -> bool:
        return self.campaign is not None and not any(p.severity == "error" for p in self.problems)

    def offer_path(self) -> Path | None:
        if self.campaign is None or self.campaign.plan.offer is None:
            return None
        return resolve_offer_ref(self.path, self.campaign.plan.offer)


def campaign_path(root: Path, campaign_id: str) -> Path:
    return root / FOLDER / f"{campaign_id}.yaml"


def load_campaign(path: Path) -> CampaignEntry:
    source, problems = read_source(path, display_path(path))
    return parse_campaign(path, source, problems)


def parse_campaign_bytes(path: Path, raw: bytes) -> CampaignEntry:
    """The campaign as the file would be with these bytes (the appender re-checks with it)."""
    source, problems = source_from_bytes(raw, display_path(path))
    return parse_campaign(path, source, problems)


CAMPAIGN_STREAM = StreamKind("campaign", "campaign-header", "campaign.header", "stream.torn.campaign", Plan)


def parse_campaign(path: Path, source: Source | None, problems: list[Problem]) -> CampaignEntry:
    entry = CampaignEntry(path.stem, path, source, problems=list(problems))
    if source is None:
        return entry
    opened = open_stream(path, source, CAMPAIGN_STREAM, entry.problems)
    entry.docs = opened.docs
    plan = opened.header
    if plan is None:
        return entry
    docs = opened.docs
    events: list[Event] = []
    placed: list[tuple[Event, Document]] = []
    ok = True
    post_docs = 0  # every post document counts, valid or not, for numbering
    for doc in docs[1:]:
        data = doc.data
        if not isinstance(data, dict) or "event" not in data:
            entry.problems.append(source.problem(where(doc), "campaign-document", Msg("campaign.document"), Msg("campaign.document.hint")))
            ok = False
            continue
        kind = data["event"]
        if kind not in EVENTS:
            entry.problems.append(
                source.problem(doc.mark(("event",)), "campaign-event", Msg("campaign.event", {"value": shown(kind)}),
                               Msg("choice.hint", {"options": ", ".join(EVENTS)}))
            )
            ok = False
            continue
        if kind == "post":
            post_docs += 1
        model, problems = validate(EVENT_MODELS[kind], doc, source)
        entry.problems.extend(problems)
        if model is None:
            ok = False
            continue
        if isinstance(model, Post) and model.post != f"p{post_docs}":
            entry.problems.append(
                source.problem(doc.mark(("post",)), "post-number",
                               Msg("campaign.post_number", {"found": model.post, "expected": f"p{post_docs}"}),
                               Msg("campaign.post_number.hint"))
            )
            ok = False
            continue
        events.append(model)  # type: ignore[arg-type]
        placed.append((model, doc))  # type: ignore[arg-type]
    posts = {e.post: e for e in events if isinstance(e, Post)}
    for event, doc in placed:
        if isinstance(event, Snapshot) and event.post not in posts:
            entry.problems.append(
                source.problem(doc.mark(("post",)), "unknown-post",
                               Msg("campaign.unknown_post", {"post": shown(event.post)}),
                               Msg("campaign.unknown_post.hint", {"known": ", ".join(posts) or "-"}))
            )
            ok = False
    if ok:
        entry.campaign = Campaign(plan=plan, events=tuple(events))
        entry.problems.extend(_date_warnings(entry.campaign, placed, source))
    return entry


def _date_warnings(campaign: Campaign, placed: list[tuple[Event, Document]], source: Source) -> list[Problem]:
    """Warnings with a position: odd dates, and posts on channels not approved at the time."""
    from pln_cli.campaign.channels import latest_approval

    plan = campaign.plan
    posted = {p.post: p.date for p in campaign.posts}
    found = []
    for event, doc in placed:
        if isinstance(event, Post):
            if not plan.start <= event.date <= plan.end:
                found.append(source.problem(doc.mark(("date",)), "post-date",
                                            Msg("campaign.warn.post_outside", {"post": event.post, "date": event.date, "start": plan.start, "end": plan.end}),
                                            Msg("campaign.warn.post_outside.hint"), severity="warning"))
            approval = latest_approval(campaign, on_or_before=event.date)
            if approval is not None and event.channel not in approval.channels:
                found.append(source.problem(doc.mark(("channel",)), "unapproved-channel",
                                            Msg("campaign.warn.unapproved_post", {"post": event.post, "channel": event.channel, "date": event.date}),
                                            Msg("campaign.channel_refused.hint"), severity="warning"))
        elif isinstance(event, Snapshot):
            day = posted.get(event.post)
            if day is not None and event.date < day:
                found.append(source.problem(doc.mark(("date",)), "snapshot-date",
                                            Msg("campaign.warn.snapshot_before_post", {"post": event.post, "date": event.date, "posted": day}),
                                            Msg("campaign.warn.snapshot_before_post.hint"), severity="warning"))
    return found


def check_campaign_refs(entry: CampaignEntry, workspace: Any) -> None:
    """The partner and the offer the plan names exist, and agree with each other.

    `workspace` is a `load.workspace.Workspace` (not imported here: the
    workspace loader imports this module).
    """
    campaign, source = entry.campaign, entry.source
    if campaign is None or source is None or not entry.docs:
        return
    plan, plan_doc = campaign.plan, entry.docs[0]
    if plan.partner is not None and plan.partner not in workspace.partners:
        known = sorted(workspace.partners)
        close = difflib.get_close_matches(plan.partner, known, n=1)
        hint = (Msg("model.extra.did_you_mean", {"suggestion": close[0]}) if close
                else Msg("ref.partner.hint", {"known": ", ".join(known) or "-"}))
        entry.problems.append(source.problem(plan_doc.mark(("partner",)), "unknown-partner", Msg("ref.partner", {"id": plan.partner}), hint))
    if plan.offer is None:
        return
    offer = workspace.offer_at(entry.offer_path())
    if offer is None:
        entry.problems.append(
            source.problem(plan_doc.mark(("offer",)), "unknown-offer",
                           Msg("ref.offer", {"ref": plan.offer}),
                           Msg("ref.offer.hint", {"known": ", ".join(sorted(workspace.offers)) or "-"}))
        )
    elif (plan.partner in workspace.partners and offer.model is not None and offer.model.partner in workspace.partners
          and offer.model.partner != plan.partner):
        entry.problems.append(
            source.problem(plan_doc.mark(("offer",)), "offer-partner",
                           Msg("ref.offer_partner", {"offer": offer.id, "theirs": offer.model.partner, "ours": plan.partner}),
                           Msg("ref.offer_partner.hint"))
        )


# --- appending ------------------------------------------------------------------


def refuse_append(entry: CampaignEntry) -> list[Problem]:
    """Appending after a torn or invalid tail would bury the damage: refuse."""
    errors = [p for p in entry.problems if p.severity == "error"]
    if errors:
        return errors
    if entry.campaign is None:
        return [Problem(entry.display, None, None, "campaign-header", Msg("campaign.header"), Msg("campaign.header.hint"))]
    return []


# How the generic appender (`load.append.append_document`) parses a campaign
# log and when it refuses to append: the post number is assigned under the lock.
CAMPAIGN_LOG: LogKind[CampaignEntry] = LogKind(parse_campaign_bytes, refuse_append, "(new event)")


# --- writing documents ------------------------------------------------------------


def _multiline(value: Any) -> bool:
    if isinstance(value, str):
        return "\n" in value or "\r" in value
    if isinstance(value, dict):
        return any(_multiline(k) or _multiline(v) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return any(_multiline(v) for v in value)
    return False


def _scalar(value: Any) -> str:
    """One value as YAML, quoted by the emitter when it must be."""
    if _multiline(value):
        return json.dumps(value, ensure_ascii=False)  # JSON is YAML flow style, and keeps it on one line
    text = yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=10**6, sort_keys=False)
    return text.removesuffix("\n...\n").rstrip("\n")


def _line(key: str, value: Any) -> str:
    return f"{key}: {_scalar(value)}\n"


def _list(values: tuple[str, ...] | list[str]) -> str:
    return "[" + ", ".join(values) + "]"


_SPOKE_EXAMPLES = {
    "tracking": ['listen: ["#jdid", "jd voucher"]', "communities: [Backpacker Indonesia]", "owner: Sari"],
    "distribution": ['notes: "Instagram stories for reach, Facebook groups for communities"'],
    "content": ['messages: ["Spend once, fly to FanFest"]', "formats: [image, story]"],
    "engagement": ["goal: relations            # own content | sharing | relations", "reply_within_hours: 24"],
    "measurement": ["targets: {reach: 50000, engagement_rate: 3%, click_through: 1%, reply_rate: 90%, redemptions: 400}"],
}


def plan_document(
    campaign: str,
    product: str,
    start: date,
    end: date,
    channels: tuple[str, ...] | list[str],
    *,
    title: str | None = None,
    partner: str | None = None,
    offer: str | None = None,
    cadence_days: int | None = None,
    link: str | None = None,
    wheel: dict[str, dict[str, Any] | None] | None = None,
    lang: str = "en",
) -> str:
    """The plan, with all five spokes: a spoke not given is written as prompts in comments,
    so it stays missing until someone fills it in."""
    wheel = wheel or {}
    text = "# " + tr("campaign.plan.comment", lang, id=campaign) + "\n"
    text += _line("campaign", campaign)
    if title:
        text += _line("title", title)
    text += _line("product", product)
    if partner:
        text += _line("partner", partner)
    if offer:
        text += _line("offer", offer)
    text += f"start: {start.isoformat()}\nend: {end.isoformat()}\n"
    if cadence_days is not None:
        text += f"cadence_days: {cadence_days}\n"
    text += f"channels: {_list(tuple(channels))}\n"
    if link:
        text += _line("link", link)
    text += "wheel:                 # " + tr("campaign.plan.wheel", lang) + "\n"
    for spoke in SPOKES:
        given = wheel.get(spoke)
        if given:
            text += f"  {spoke}: {_scalar(given)}\n"
            continue
        text += f"  {spoke}:\n"
        text += f"    # {tr(f'campaign.prompt.{spoke}', lang)}\n"
        for example in _SPOKE_EXAMPLES[spoke]:
            text += f"    # {example}\n"
    return text + "...\n"


def _note(note: str | None) -> str:
    return _line("note", note) if note else ""


def approval_document(by: str, day: date, channels: tuple[str, ...] | list[str], note: str | None = None) -> str:
    return (f"---\nevent: approval\n{_line('by', by)}date: {day.isoformat()}\nchannels: {_list(tuple(channels))}\n"
            + _note(note) + "...\n")


def post_document(
    post: str,
    day: date,
    channel: str,
    *,
    kind: str | None = None,
    text: str | None = None,
    code: str | None = None,
    link: str | None = None,
    note: str | None = None,
) -> str:
    out = f"---\nevent: post\npost: {post}\ndate: {day.isoformat()}\nchannel: {channel}\n"
    if kind:
        out += f"kind: {kind}\n"
    if text:
        out += _line("text", text)
    if code:
        out += _line("code", code)
    if link:
        out += _line("link", link)
    return out + _note(note) + "...\n"


def metrics_document(snapshot: Snapshot) -> str:
    out = f"---\nevent: metrics\npost: {snapshot.post}\ndate: {snapshot.date.isoformat()}\n"
    for key, value in snapshot.counts().items():
        out += f"{key}: {value}\n"
    return out + _note(snapshot.note) + "...\n"


def metrics_documents(snapshots: tuple[Snapshot, ...] | list[Snapshot]) -> str:
    """Several snapshots as one text: one append, one write, under one lock."""
    return "".join(metrics_document(s) for s in snapshots)


def mention_document(day: date, where: str, sentiment: str, replied: str | None = None, note: str | None = None) -> str:
    out = f"---\nevent: mention\ndate: {day.isoformat()}\n{_line('where', where)}sentiment: {sentiment}\n"
    if replied:
        out += f"replied: {replied}\n"
    return out + _note(note) + "...\n"


def snapshot_from_options(post: str, day: date, counts: dict[str, int | None], note: str | None = None) -> Snapshot:
    """A snapshot from `track` options (None: not given)."""
    given = {key: counts[key] for key in COUNTS if counts.get(key) is not None}
    return Snapshot(post=post, date=day, note=note, **given)


def render_post(
    day: date,
    channel: str,
    *,
    kind: str | None = None,
    text: str | None = None,
    code: str | None = None,
    note: str | None = None,
) -> Callable[[CampaignEntry], str]:
    """What `append_document(path, CAMPAIGN_LOG, render_post(...))` appends for `pln campaign post`.

    Under the lock: the post is numbered from the posts in the file, its
    link is the plan's link with UTM tags, and a channel the latest
    approval does not list is refused (AppendRefused: nothing is written).
    The CLI should also run `campaign.channels.check_post_channel` first,
    to refuse without even opening the file for writing.
    """
    from pln_cli.campaign.channels import check_post_channel, refusal_hint
    from pln_cli.campaign.links import utm_link

    def render(entry: CampaignEntry) -> str:
        campaign = entry.campaign
        assert campaign is not None, "refuse_append refuses a log without a plan"
        check = check_post_channel(campaign, channel)
        if check.refusal is not None:
            raise AppendRefused([Problem(entry.display, None, None, "unapproved-channel", check.refusal, refusal_hint())])
        post_id = campaign.next_post_id()
        link = utm_link(campaign.plan.link, channel, campaign.id, post_id) if campaign.plan.link else None
        return post_document(post_id, day, channel, kind=kind, text=text, code=code, link=link, note=note)

    return render
