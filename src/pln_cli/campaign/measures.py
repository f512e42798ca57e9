"""Measures of a campaign from its cumulative snapshots (CAMPAIGNS.md, Measures).

Snapshots are cumulative: for each post the latest snapshot (by date, then
file order) counts, whole; a count missing from it is missing.  So a
snapshot imported twice changes nothing, and campaign rates are ratios of
sums, never averages of per-post rates.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from pln_cli.campaign.links import utm_link
from pln_cli.i18n import Msg, Num
from pln_cli.model.campaign import (
    COUNTS,
    ENGAGEMENT_COUNTS,
    SENTIMENTS,
    SUM_KEYS,
    TOTAL_KEYS,
    Campaign,
    Plan,
    Post,
    Snapshot,
)


def _ratio(numerator: int | None, denominator: int | None) -> float | None:
    if numerator is None or denominator is None or denominator == 0:
        return None
    return numerator / denominator


def engagement_of(counts: dict[str, int]) -> int | None:
    """likes + comments + shares + saves; missing ones count 0 when at least one is given."""
    given = [counts[k] for k in ENGAGEMENT_COUNTS if k in counts]
    return sum(given) if given else None


def ordered_snapshots(campaign: Campaign) -> list[tuple[int, Snapshot]]:
    """(file index, snapshot) sorted by date, then file order."""
    return sorted(enumerate(campaign.snapshots), key=lambda pair: (pair[1].date, pair[0]))


def latest_snapshots(campaign: Campaign) -> dict[str, Snapshot]:
    """Post id -> the snapshot that counts for it."""
    latest: dict[str, Snapshot] = {}
    for _, snapshot in ordered_snapshots(campaign):
        latest[snapshot.post] = snapshot
    return latest


# --- per post ----------------------------------------------------------------


@dataclass(frozen=True)
class PostMeasures:
    post: Post
    link: str | None  # as stored, else the plan's link with UTM tags
    snapshot: Snapshot | None  # the latest, which counts
    counts: dict[str, int] = field(default_factory=dict)
    engagement: int | None = None
    engagement_rate: float | None = None
    click_through: float | None = None
    reply_rate: float | None = None

    @property
    def id(self) -> str:
        return self.post.post

    def count(self, key: str) -> int | None:
        return self.counts.get(key)

    def to_json(self) -> dict[str, Any]:
        """The post's fields, the counts of its latest snapshot and its measures.

        Extras beyond the contract's "fields and measures": `note`,
        `snapshot_date` (the date of the snapshot that counts), and every
        count of COUNTS (null when the latest snapshot does not give it).
        """
        p = self.post
        record: dict[str, Any] = {
            "post": p.post,
            "date": p.date.isoformat(),
            "channel": p.channel,
            "kind": p.kind,
            "text": p.text,
            "code": p.code,
            "link": self.link,
            "note": p.note,
            "snapshot_date": self.snapshot.date.isoformat() if self.snapshot else None,
        }
        for key in COUNTS:
            record[key] = self.counts.get(key)
        record["engagement"] = self.engagement
        record["engagement_rate"] = self.engagement_rate
        record["click_through"] = self.click_through
        record["reply_rate"] = self.reply_rate
        return record


def post_link(plan: Plan, post: Post) -> str | None:
    if post.link is not None:
        return post.link
    if plan.link is None:
        return None
    return utm_link(plan.link, post.channel, plan.campaign, post.post)


def measure_post(plan: Plan, post: Post, snapshot: Snapshot | None) -> PostMeasures:
    counts = snapshot.counts() if snapshot is not None else {}
    engagement = engagement_of(counts)
    reach = counts.get("reach")
    return PostMeasures(
        post=post,
        link=post_link(plan, post),
        snapshot=snapshot,
        counts=counts,
        engagement=engagement,
        engagement_rate=_ratio(engagement, reach),
        click_through=_ratio(counts.get("clicks"), reach),
        reply_rate=_ratio(counts.get("answered"), counts.get("comments")),
    )


def post_measures(campaign: Campaign) -> tuple[PostMeasures, ...]:
    """Every post in file order with the measures of its latest snapshot."""
    latest = latest_snapshots(campaign)
    return tuple(measure_post(campaign.plan, post, latest.get(post.post)) for post in campaign.posts)


# --- the campaign --------------------------------------------------------------


@dataclass(frozen=True)
class Totals:
    reach: int | None = None
    engagement: int | None = None
    clicks: int | None = None
    answered: int | None = None
    comments: int | None = None
    redemptions: int | None = None
    engagement_rate: float | None = None
    click_through: float | None = None
    reply_rate: float | None = None
    median_reply_minutes: float | int | None = None

    def get(self, key: str) -> float | int | None:
        return getattr(self, key)

    def to_json(self) -> dict[str, Any]:
        return {key: getattr(self, key) for key in TOTAL_KEYS}


def _value(measures: PostMeasures, key: str) -> int | None:
    return measures.engagement if key == "engagement" else measures.counts.get(key)


def _sum(posts: tuple[PostMeasures, ...], key: str) -> int | None:
    values = [v for v in (_value(m, key) for m in posts) if v is not None]
    return sum(values) if values else None


def _rate(posts: tuple[PostMeasures, ...], numerator: str, denominator: str) -> float | None:
    """Sum of numerators over sum of denominators, over posts giving both."""
    top = bottom = 0
    for m in posts:
        n, d = _value(m, numerator), _value(m, denominator)
        if n is not None and d is not None:
            top += n
            bottom += d
    return top / bottom if bottom else None


def _median(values: list[int]) -> float | int | None:
    if not values:
        return None
    middle = statistics.median(values)  # an even count: the mean of the middle two
    return int(middle) if float(middle).is_integer() else float(middle)


def totals(posts: tuple[PostMeasures, ...]) -> Totals:
    sums = {key: _sum(posts, key) for key in SUM_KEYS}
    return Totals(
        **sums,
        engagement_rate=_rate(posts, "engagement", "reach"),
        click_through=_rate(posts, "clicks", "reach"),
        reply_rate=_rate(posts, "answered", "comments"),
        median_reply_minutes=_median([m.counts["reply_minutes"] for m in posts if "reply_minutes" in m.counts]),
    )


# --- cadence -------------------------------------------------------------------


@dataclass(frozen=True)
class Gap:
    start: date  # `from`: the campaign start or the previous post
    end: date  # `to`: the post
    days: int
    late_days: int
    post: str  # the post that closes the gap

    def to_json(self) -> dict[str, Any]:
        return {"from": self.start.isoformat(), "to": self.end.isoformat(), "days": self.days, "late_days": self.late_days}


@dataclass(frozen=True)
class Cadence:
    cadence_days: int
    gaps: tuple[Gap, ...]
    next_due: date | None
    overdue: bool
    overdue_days: int = 0  # today - next_due when overdue

    @property
    def late(self) -> tuple[Gap, ...]:
        return tuple(g for g in self.gaps if g.late_days > 0)

    def to_json(self) -> dict[str, Any]:
        return {
            "gaps": [g.to_json() for g in self.gaps],
            "next_due": self.next_due.isoformat() if self.next_due else None,
            "overdue": self.overdue,
        }


def sorted_posts(campaign: Campaign) -> list[Post]:
    """By date; posts of the same day keep their file order."""
    return sorted(campaign.posts, key=lambda p: p.date)


def cadence(campaign: Campaign, today: date) -> Cadence:
    plan = campaign.plan
    every = plan.cadence_days
    posts = sorted_posts(campaign)
    gaps = []
    previous = plan.start
    for post in posts:
        days = (post.date - previous).days
        gaps.append(Gap(previous, post.date, days, max(0, days - every), post.post))
        previous = post.date
    next_due: date | None = None
    overdue = False
    if plan.running(today):
        due = (posts[-1].date if posts else plan.start) + timedelta(days=every)
        if due <= plan.end:
            next_due = due
            overdue = due < today
    return Cadence(every, tuple(gaps), next_due, overdue, (today - next_due).days if overdue and next_due else 0)


# --- targets and mentions ------------------------------------------------------


@dataclass(frozen=True)
class TargetRow:
    key: str
    target: int | float
    actual: int | float | None
    share: float | None  # actual / target

    def to_json(self) -> dict[str, Any]:
        return {"target": self.target, "actual": self.actual, "share": self.share}


def targets(plan: Plan, total: Totals) -> tuple[TargetRow, ...]:
    rows = []
    for key, target in plan.wheel.targets().items():
        actual = total.get(key)
        share = None if actual is None or not target else actual / target
        rows.append(TargetRow(key, target, actual, share))
    return tuple(rows)


@dataclass(frozen=True)
class MentionCounts:
    positive: int = 0
    neutral: int = 0
    negative: int = 0
    replied: int = 0  # replied: yes
    not_replied: int = 0  # replied: no
    negative_unreplied: int = 0  # negative and replied: no

    @property
    def total(self) -> int:
        return self.positive + self.neutral + self.negative

    @property
    def replied_share(self) -> float | None:
        """Over the mentions that say `replied: yes` or `no`."""
        said = self.replied + self.not_replied
        return self.replied / said if said else None

    def to_json(self) -> dict[str, Any]:
        return {"positive": self.positive, "neutral": self.neutral, "negative": self.negative, "replied_share": self.replied_share}


def mention_counts(campaign: Campaign) -> MentionCounts:
    by = dict.fromkeys(SENTIMENTS, 0)
    replied = not_replied = negative_unreplied = 0
    for mention in campaign.mentions:
        by[mention.sentiment] += 1
        if mention.replied == "yes":
            replied += 1
        elif mention.replied == "no":
            not_replied += 1
            if mention.sentiment == "negative":
                negative_unreplied += 1
    return MentionCounts(by["positive"], by["neutral"], by["negative"], replied, not_replied, negative_unreplied)


# --- restatements and re-imports ------------------------------------------------


@dataclass(frozen=True)
class Restatement:
    """A count lower than in an earlier snapshot of the same post (a platform may restate)."""

    post: str
    count: str
    earlier_date: date
    earlier: int
    date: date
    value: int
    index: int  # file index of the later snapshot

    def message(self) -> Msg:
        return Msg("campaign.warn.restated", {
            "post": self.post, "count": self.count, "earlier": Num(self.earlier), "earlier_date": self.earlier_date,
            "value": Num(self.value), "date": self.date,
        })


# Counts that only grow on a platform; `reply_minutes` is a time, not a
# running total, so a lower one is news, not a restatement.
CUMULATIVE = tuple(key for key in COUNTS if key != "reply_minutes")


def restatements(campaign: Campaign) -> tuple[Restatement, ...]:
    """Every cumulative count of every snapshot lower than the highest earlier value of it."""
    highest: dict[tuple[str, str], tuple[int, date]] = {}
    found = []
    for index, snapshot in ordered_snapshots(campaign):
        for key, value in snapshot.counts().items():
            if key not in CUMULATIVE:
                continue
            earlier = highest.get((snapshot.post, key))
            if earlier is not None and value < earlier[0]:
                found.append(Restatement(snapshot.post, key, earlier[1], earlier[0], snapshot.date, value, index))
            if earlier is None or value >= earlier[0]:
                highest[(snapshot.post, key)] = (value, snapshot.date)
    return tuple(found)


def new_snapshot_warnings(campaign: Campaign, *added: Snapshot) -> tuple[Msg, ...]:
    """What `track` prints on stderr: restatements that appending `added` would bring."""
    before = {(r.post, r.count, r.date, r.value, r.earlier) for r in restatements(campaign)}
    after = restatements(campaign.with_events(*added))
    return tuple(r.message() for r in after if (r.post, r.count, r.date, r.value, r.earlier) not in before)


def new_snapshots(campaign: Campaign, snapshots: list[Snapshot] | tuple[Snapshot, ...]) -> tuple[Snapshot, ...]:
    """The snapshots worth appending: appending them changes the measures as
    appending all of `snapshots` would, and appending the same batch again
    appends nothing.

    Only the last snapshot of a post on a date (file order) can count, so a
    batch keeps, for each post and date, its last row; and that row is
    dropped when it equals (same counts) the last one already recorded for
    that post and date.  Re-importing a file therefore appends nothing.
    """
    last_in_batch: dict[tuple[str, date], Snapshot] = {}
    for snapshot in snapshots:
        key = (snapshot.post, snapshot.date)
        last_in_batch.pop(key, None)  # keep the order of the last occurrences
        last_in_batch[key] = snapshot
    recorded: dict[tuple[str, date], dict[str, int]] = {}
    for snapshot in campaign.snapshots:
        recorded[(snapshot.post, snapshot.date)] = snapshot.counts()
    return tuple(s for key, s in last_in_batch.items() if recorded.get(key) != s.counts())
