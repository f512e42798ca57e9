"""`pln campaign show` as data: one function from a campaign to every measure.

`summarize` is pure: the caller loads the campaign, and, when the campaign
links an offer, loads and simulates that offer (`econ.scheme.simulate`)
and passes the model and the Result.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from pln_cli.campaign.advice import campaign_warnings, next_steps
from pln_cli.campaign.channels import ChannelStatus, channel_status
from pln_cli.campaign.measures import (
    Cadence,
    MentionCounts,
    PostMeasures,
    TargetRow,
    Totals,
    cadence,
    mention_counts,
    post_measures,
    targets,
    totals,
)
from pln_cli.campaign.offercheck import OfferCheck, offer_check
from pln_cli.econ.scheme import Result
from pln_cli.i18n import Msg
from pln_cli.model.campaign import COUNTS, Campaign
from pln_cli.model.offer import Offer
from pln_cli.prep.due import DueItem

# The top-level keys of `show --format json`, exactly as CAMPAIGNS.md lists them.
JSON_KEYS = ("campaign", "product", "channels", "wheel", "posts", "totals", "cadence", "targets", "mentions", "warnings", "offer_check")
# Columns of the posts table (CSV output): the post's fields, counts and measures.
POST_COLUMNS = (
    "post", "date", "channel", "kind", "text", "code", "link", "note", "snapshot_date",
    *COUNTS, "engagement", "engagement_rate", "click_through", "reply_rate",
)


@dataclass(frozen=True)
class CampaignSummary:
    campaign: Campaign
    today: date
    wheel: dict[str, bool]  # spoke -> planned, inside out
    channels: ChannelStatus
    posts: tuple[PostMeasures, ...]
    totals: Totals
    cadence: Cadence
    targets: tuple[TargetRow, ...]
    mentions: MentionCounts
    warnings: tuple[Msg, ...]
    offer_check: OfferCheck | None
    next_steps: tuple[Msg, ...]

    @property
    def id(self) -> str:
        return self.campaign.id

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        """The contract's object: exactly JSON_KEYS at the top.

        `warnings` are sentences in `lang`.  Extras live inside `posts`
        only (see PostMeasures.to_json); "what to do next" is not part of
        the JSON (it is `next_steps`, for the text renderings).
        """
        plan = self.campaign.plan
        return {
            "campaign": plan.campaign,
            "product": plan.product,
            "channels": self.channels.to_json(),
            "wheel": {spoke: ("planned" if planned else "missing") for spoke, planned in self.wheel.items()},
            "posts": [m.to_json() for m in self.posts],
            "totals": self.totals.to_json(),
            "cadence": self.cadence.to_json(),
            "targets": {row.key: row.to_json() for row in self.targets},
            "mentions": self.mentions.to_json(),
            "warnings": [w.render(lang) for w in self.warnings],
            "offer_check": self.offer_check.to_json() if self.offer_check is not None else None,
        }

    def post_rows(self) -> list[dict[str, Any]]:
        """One row per post with POST_COLUMNS, for CSV and tables."""
        return [m.to_json() for m in self.posts]


def summarize(campaign: Campaign, today: date, offer: Offer | None = None, simulation: Result | None = None) -> CampaignSummary:
    wheel = campaign.plan.wheel.planned()
    channels = channel_status(campaign)
    posts = post_measures(campaign)
    total = totals(posts)
    rhythm = cadence(campaign, today)
    target_rows = targets(campaign.plan, total)
    mentions = mention_counts(campaign)
    check = offer_check(campaign, offer, simulation)
    return CampaignSummary(
        campaign=campaign,
        today=today,
        wheel=wheel,
        channels=channels,
        posts=posts,
        totals=total,
        cadence=rhythm,
        targets=target_rows,
        mentions=mentions,
        warnings=campaign_warnings(campaign),
        offer_check=check,
        next_steps=next_steps(campaign, today, wheel, channels, posts, total, rhythm, target_rows, mentions, check),
    )


# --- across the workspace: `pln report` and `pln due` ------------------------------


@dataclass(frozen=True)
class CampaignRow:
    """One line of the campaigns section of `pln report`."""

    campaign: str
    title: str | None
    product: str
    posts: int
    reach: int | None
    engagement_rate: float | None
    redemptions: int | None
    expected_redemptions: float | None
    mismatch: tuple[str, ...]
    next_due: date | None
    overdue: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "campaign": self.campaign, "title": self.title, "product": self.product, "posts": self.posts,
            "reach": self.reach, "engagement_rate": self.engagement_rate, "redemptions": self.redemptions,
            "expected_redemptions": self.expected_redemptions, "mismatch": list(self.mismatch),
            "next_due": self.next_due.isoformat() if self.next_due else None, "overdue": self.overdue,
        }


def report_row(summary: CampaignSummary) -> CampaignRow:
    plan = summary.campaign.plan
    check = summary.offer_check
    return CampaignRow(
        campaign=plan.campaign,
        title=plan.title,
        product=plan.product,
        posts=len(summary.posts),
        reach=summary.totals.reach,
        engagement_rate=summary.totals.engagement_rate,
        redemptions=summary.totals.redemptions,
        expected_redemptions=check.expected_redemptions if check is not None else None,
        mismatch=summary.channels.mismatch,
        next_due=summary.cadence.next_due,
        overdue=summary.cadence.overdue,
    )


def due_items(campaign: Campaign, today: date) -> tuple[DueItem, ...]:
    """`pln due`'s item for the campaign's next post (kind "campaign", ref the campaign id).

    None outside the run or when the next due date falls after `end`
    (CAMPAIGNS.md, Cadence); pass them to `prep.due.due_items(extra=...)`.
    """
    rhythm = cadence(campaign, today)
    if rhythm.next_due is None:
        return ()
    status = channel_status(campaign)
    channels = status.approved if status.approved is not None else status.requested
    key = "campaign.due.overdue" if rhythm.overdue else "campaign.due.next"
    what = Msg(key, {"campaign": campaign.plan.label(), "date": rhythm.next_due, "days": rhythm.overdue_days,
                     "channels": ", ".join(channels) or "-"})
    return (DueItem(rhythm.next_due, "campaign", campaign.id, what, rhythm.overdue),)
