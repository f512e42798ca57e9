"""Warnings and "what to do next", as messages (rendered later, in either language)."""

from __future__ import annotations

from datetime import date, timedelta

from pln_cli.campaign.channels import ChannelStatus, latest_approval
from pln_cli.campaign.measures import (
    Cadence,
    MentionCounts,
    PostMeasures,
    TargetRow,
    Totals,
    restatements,
)
from pln_cli.campaign.offercheck import OfferCheck
from pln_cli.i18n import Msg, Num, Pct
from pln_cli.model.campaign import Campaign
from pln_cli.prep.text import Join

FIRST_SNAPSHOT_DAYS = 2  # the 48-hour snapshot
SECOND_SNAPSHOT_DAYS = 7  # the 7-day snapshot


def spoke_label(spoke: str) -> Msg:
    return Msg(f"campaign.spoke.{spoke}")


def total_label(key: str) -> Msg:
    return Msg(f"campaign.total.{key}")


def campaign_warnings(campaign: Campaign) -> tuple[Msg, ...]:
    """Counts restated lower, posts on channels not approved at the time, odd dates."""
    plan = campaign.plan
    found: list[Msg] = []
    posted = {p.post: p.date for p in campaign.posts}
    for post in campaign.posts:
        if not plan.start <= post.date <= plan.end:
            found.append(Msg("campaign.warn.post_outside", {"post": post.post, "date": post.date, "start": plan.start, "end": plan.end}))
        approval = latest_approval(campaign, on_or_before=post.date)
        if approval is not None and post.channel not in approval.channels:
            found.append(Msg("campaign.warn.unapproved_post", {"post": post.post, "channel": post.channel, "date": post.date}))
    for snapshot in campaign.snapshots:
        day = posted.get(snapshot.post)
        if day is not None and snapshot.date < day:
            found.append(Msg("campaign.warn.snapshot_before_post", {"post": snapshot.post, "date": snapshot.date, "posted": day}))
    found.extend(r.message() for r in restatements(campaign))
    return tuple(found)


def next_steps(
    campaign: Campaign,
    today: date,
    wheel: dict[str, bool],
    channels: ChannelStatus,
    posts: tuple[PostMeasures, ...],
    total: Totals,
    cadence: Cadence,
    target_rows: tuple[TargetRow, ...],
    mentions: MentionCounts,
    check: OfferCheck | None,
) -> tuple[Msg, ...]:
    plan = campaign.plan
    steps: list[Msg] = []
    # 1. The wheel, inside out: tracking & monitoring first (the field report's criticism).
    if not wheel["tracking"]:
        steps.append(Msg("campaign.next.tracking"))
    others = tuple(spoke_label(s) for s, planned in wheel.items() if not planned and s != "tracking")
    if others:
        steps.append(Msg("campaign.next.spokes", {"spokes": Join(others, ", ")}))
    # 2. Channels.
    if channels.approval is None:
        steps.append(Msg("campaign.next.no_approval", {"channels": ", ".join(channels.requested)}))
    elif channels.mismatch:
        approval = channels.approval
        steps.append(Msg("campaign.next.mismatch", {
            "missing": ", ".join(channels.mismatch), "approved": ", ".join(channels.approved or ()) or "-",
            "by": approval.by, "date": approval.date,
        }))
    # 3. Cadence.
    if cadence.overdue and cadence.next_due is not None:
        steps.append(Msg("campaign.next.overdue", {"date": cadence.next_due, "days": cadence.overdue_days}))
    elif cadence.next_due is not None:
        steps.append(Msg("campaign.next.due", {"date": cadence.next_due}))
    # 4. Tracking: the 48-hour and 7-day snapshots.
    untracked = tuple(m.id for m in posts if m.snapshot is None and m.post.date + timedelta(days=FIRST_SNAPSHOT_DAYS) <= today)
    if untracked:
        steps.append(Msg("campaign.next.track", {"posts": ", ".join(untracked)}))
    week = tuple(
        m.id for m in posts
        if m.snapshot is not None
        and m.post.date + timedelta(days=SECOND_SNAPSHOT_DAYS) <= today
        and m.snapshot.date < m.post.date + timedelta(days=SECOND_SNAPSHOT_DAYS)
    )
    if week:
        steps.append(Msg("campaign.next.seven_day", {"posts": ", ".join(week)}))
    # 5. Engagement: answer people.
    if mentions.negative_unreplied:
        steps.append(Msg("campaign.next.negative", {"count": mentions.negative_unreplied}))
    engagement = plan.wheel.engagement
    hours = engagement.reply_within_hours if engagement is not None else None
    if hours is not None and total.median_reply_minutes is not None and total.median_reply_minutes > hours * 60:
        steps.append(Msg("campaign.next.slow_replies", {"median": Num(total.median_reply_minutes), "hours": hours}))
    # 6. Measurement: the offer's assumption, then targets once the campaign is over.
    if check is not None and check.off and check.ratio is not None and check.assumed_redemption_rate is not None:
        steps.append(Msg("campaign.next.offer_rate", {
            "offer": check.offer, "ratio": Pct(check.ratio, 0), "assumed": Pct(check.assumed_redemption_rate),
            "suggested": Pct(check.suggested_redemption_rate or 0.0),
        }))
    if today > plan.end:
        behind = tuple(
            Msg("campaign.target_item", {"key": total_label(row.key), "share": Pct(row.share, 0)})
            for row in target_rows if row.share is not None and row.share < 1
        )
        if behind:
            steps.append(Msg("campaign.next.behind", {"items": Join(behind, ", ")}))
        missing = tuple(total_label(row.key) for row in target_rows if row.actual is None)
        if missing:
            steps.append(Msg("campaign.next.unmeasured", {"items": Join(missing, ", ")}))
    if not steps:
        steps.append(Msg("campaign.next.nothing", {"days": plan.cadence_days}))
    return tuple(steps)
