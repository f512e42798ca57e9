"""The campaign file: a plan, then events (shared/CAMPAIGNS.md).

A campaign log is a YAML stream like a deal log.  Its first document is
the plan, with the five spokes of Breakenridge's Social Media Strategy
Wheel; every later document is one event: `approval`, `post`, `metrics`
(a cumulative snapshot of one post's counts) or `mention`.

Spokes are mappings whose known keys are typed (so a bad value gets a
line:column Problem) and whose other keys are kept as written: the wheel
is a planning aid, and a team may note more than pln knows about.  A spoke
is *planned* when its mapping is present and not empty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any

from pydantic import (
    BeforeValidator,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

from pln_cli.i18n import Msg
from pln_cli.model.types import (
    Count,
    Day,
    Frozen,
    PositiveInt,
    Share,
    Slug,
    Text,
    choice,
    fail,
    shown,
)

PRODUCTS = ("jd_voucher", "jd_pulsa", "jd_flight", "jd_cinema")
CHANNELS = ("instagram", "facebook", "twitter", "youtube", "tiktok", "other")
KINDS = ("image", "video", "story", "reel", "carousel", "text")
SENTIMENTS = ("positive", "neutral", "negative")
EVENTS = ("approval", "post", "metrics", "mention")
# Inside out, as Breakenridge applies the wheel.
SPOKES = ("tracking", "distribution", "content", "engagement", "measurement")
# The counts a metrics snapshot may give, in the order pln writes them.
COUNTS = ("reach", "views", "likes", "comments", "shares", "saves", "clicks", "answered", "reply_minutes", "redemptions")
ENGAGEMENT_COUNTS = ("likes", "comments", "shares", "saves")
# The campaign totals (CAMPAIGNS.md, Measures); targets use these keys.
SUM_KEYS = ("reach", "engagement", "clicks", "answered", "comments", "redemptions")
RATE_KEYS = ("engagement_rate", "click_through", "reply_rate")
TOTAL_KEYS = SUM_KEYS + RATE_KEYS + ("median_reply_minutes",)
DEFAULT_CADENCE = 14

POST_ID_RE = re.compile(r"^p([1-9][0-9]*)$", re.ASCII)

Channel = Annotated[str, choice(*CHANNELS)]


def _channels(value: Any) -> Any:
    """A list of channels, duplicates dropped (first kept); a bare word is a list of one."""
    if isinstance(value, str):
        value = [value]
    if isinstance(value, (list, tuple)):
        seen: list[Any] = []
        for item in value:
            if item not in seen:
                seen.append(item)
        return seen
    return value


Channels = Annotated[tuple[Channel, ...], BeforeValidator(_channels)]


def _yes_no(value: Any) -> str:
    if value is True or value == "yes":
        return "yes"
    if value is False or value == "no":
        return "no"
    raise fail("choice", Msg("choice.invalid", {"value": shown(value)}), Msg("choice.hint", {"options": "yes, no"}))


def _post_id(value: Any) -> str:
    if isinstance(value, str) and POST_ID_RE.match(value):
        return value
    raise fail("post-id", Msg("campaign.post_id", {"value": shown(value)}), Msg("campaign.post_id.hint"))


PostId = Annotated[str, BeforeValidator(_post_id)]
YesNo = Annotated[str, BeforeValidator(_yes_no)]


def post_number(post_id: str) -> int:
    match = POST_ID_RE.match(post_id)
    return int(match.group(1)) if match else 0


# --- the plan ------------------------------------------------------------


class _Spoke(Frozen):
    """A spoke: typed known keys, other keys kept as written."""

    model_config = ConfigDict(frozen=True, extra="allow")

    notes: Text | None = None

    @property
    def planned(self) -> bool:
        """Present and not empty: any key written, even with an empty value."""
        return bool(self.model_fields_set) or bool(self.model_extra)


class Tracking(_Spoke):
    listen: tuple[Text, ...] | None = None
    communities: tuple[Text, ...] | None = None
    owner: Text | None = None


class Distribution(_Spoke):
    pass


class Content(_Spoke):
    messages: tuple[Text, ...] | None = None
    formats: tuple[Text, ...] | None = None


class Engagement(_Spoke):
    goal: Text | None = None  # own content, sharing, relations (DOMAIN.md)
    reply_within_hours: PositiveInt | None = None


class Targets(Frozen):
    """Targets for the campaign totals; keys are the totals' keys."""

    reach: Count | None = None
    engagement: Count | None = None
    clicks: Count | None = None
    answered: Count | None = None
    comments: Count | None = None
    redemptions: Count | None = None
    engagement_rate: Share | None = None
    click_through: Share | None = None
    reply_rate: Share | None = None
    median_reply_minutes: Count | None = None

    def given(self) -> dict[str, int | float]:
        return {key: getattr(self, key) for key in TOTAL_KEYS if getattr(self, key) is not None}


class Measurement(_Spoke):
    targets: Targets | None = None


class Wheel(Frozen):
    tracking: Tracking | None = None
    distribution: Distribution | None = None
    content: Content | None = None
    engagement: Engagement | None = None
    measurement: Measurement | None = None

    def planned(self) -> dict[str, bool]:
        """Spoke -> planned, inside out."""
        return {spoke: (getattr(self, spoke) is not None and getattr(self, spoke).planned) for spoke in SPOKES}

    def targets(self) -> dict[str, int | float]:
        if self.measurement is None or self.measurement.targets is None:
            return {}
        return self.measurement.targets.given()


class Plan(Frozen):
    campaign: Slug
    title: Text | None = None
    product: Annotated[str, choice(*PRODUCTS)]
    partner: Slug | None = None
    offer: Text | None = None  # an offer id, or a path relative to the campaign file
    start: Day
    end: Day
    cadence_days: PositiveInt = DEFAULT_CADENCE
    channels: Channels = Field(min_length=1)  # requested
    link: Text | None = None  # landing page; posts get UTM-tagged copies
    wheel: Wheel = Field(default_factory=Wheel)  # not an instance: see Offer.funding
    notes: Text | None = None

    @model_validator(mode="after")
    def _dates(self) -> Plan:
        if self.end < self.start:
            raise fail("campaign-period", Msg("campaign.period", {"start": self.start, "end": self.end}),
                       Msg("campaign.period.hint"), at=("end",))
        return self

    def label(self) -> str:
        return self.title or self.campaign

    def running(self, today: date) -> bool:
        """Both ends are part of the run."""
        return self.start <= today <= self.end


# --- events ----------------------------------------------------------------


class Approval(Frozen):
    event: Annotated[str, choice("approval")]
    by: Text
    date: Day
    channels: Channels  # approved
    note: Text | None = None


class Post(Frozen):
    event: Annotated[str, choice("post")]
    post: PostId
    date: Day
    channel: Channel
    kind: Annotated[str, choice(*KINDS)] | None = None
    text: Text | None = None
    code: Text | None = None
    link: Text | None = None
    note: Text | None = None


class Snapshot(Frozen):
    """A `metrics` event: cumulative counts of one post at a date."""

    event: Annotated[str, choice("metrics")] = "metrics"
    post: Text
    date: Day
    reach: Count | None = None
    views: Count | None = None
    likes: Count | None = None
    comments: Count | None = None
    shares: Count | None = None
    saves: Count | None = None
    clicks: Count | None = None
    answered: Count | None = None
    reply_minutes: Count | None = None
    redemptions: Count | None = None
    note: Text | None = None

    @field_validator("post", mode="after")
    @classmethod
    def _strip(cls, value: str) -> str:
        return value.strip()

    def counts(self) -> dict[str, int]:
        """The counts this snapshot gives, in COUNTS order."""
        return {key: getattr(self, key) for key in COUNTS if getattr(self, key) is not None}

    def same_as(self, other: Snapshot) -> bool:
        """Same post, date and counts: a re-import of the same row."""
        return self.post == other.post and self.date == other.date and self.counts() == other.counts()


class Mention(Frozen):
    event: Annotated[str, choice("mention")]
    date: Day
    where: Text
    sentiment: Annotated[str, choice(*SENTIMENTS)]
    replied: YesNo | None = None
    note: Text | None = None


Event = Approval | Post | Snapshot | Mention
EVENT_MODELS: dict[str, type[Frozen]] = {"approval": Approval, "post": Post, "metrics": Snapshot, "mention": Mention}


@dataclass(frozen=True)
class Campaign:
    """A whole campaign log after loading: the plan and its events in file order."""

    plan: Plan
    events: tuple[Event, ...] = ()

    @property
    def id(self) -> str:
        return self.plan.campaign

    @property
    def approvals(self) -> tuple[Approval, ...]:
        return tuple(e for e in self.events if isinstance(e, Approval))

    @property
    def posts(self) -> tuple[Post, ...]:
        return tuple(e for e in self.events if isinstance(e, Post))

    @property
    def snapshots(self) -> tuple[Snapshot, ...]:
        return tuple(e for e in self.events if isinstance(e, Snapshot))

    @property
    def mentions(self) -> tuple[Mention, ...]:
        return tuple(e for e in self.events if isinstance(e, Mention))

    def post(self, post_id: str) -> Post | None:
        for post in self.posts:
            if post.post == post_id:
                return post
        return None

    def next_post_id(self) -> str:
        """The id `pln campaign post` gives the next post (assigned under the lock)."""
        return f"p{len(self.posts) + 1}"

    def with_events(self, *events: Event) -> Campaign:
        """The campaign as it would be after appending `events`."""
        return Campaign(plan=self.plan, events=self.events + tuple(events))


def split_channels(text: str) -> tuple[tuple[str, ...], Msg | None]:
    """`facebook,instagram` from the command line -> channels, or a Msg saying what is wrong."""
    found: list[str] = []
    for part in text.split(","):
        name = part.strip().lower()
        if not name:
            continue
        if name not in CHANNELS:
            return (), Msg("campaign.channel_unknown", {"value": shown(part.strip()), "options": ", ".join(CHANNELS)})
        if name not in found:
            found.append(name)
    return tuple(found), None
