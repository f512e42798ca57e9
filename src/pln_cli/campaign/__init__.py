"""Campaigns: the Social Media Strategy Wheel, tracking and monitoring (shared/CAMPAIGNS.md).

The pure core: it takes a loaded `model.campaign.Campaign` (and, for the
offer check, an `Offer` with its simulation `Result`) and returns frozen
results whose sentences are `Msg` values.  No file I/O, no terminal;
`today` is always a parameter.
"""

from __future__ import annotations

from pln_cli.campaign.calendar import calendar_ics, calendar_slots, planned_dates
from pln_cli.campaign.channels import (
    ChannelCheck,
    ChannelStatus,
    channel_status,
    check_post_channel,
)
from pln_cli.campaign.links import utm_link
from pln_cli.campaign.measures import (
    new_snapshot_warnings,
    new_snapshots,
    post_measures,
    restatements,
    totals,
)
from pln_cli.campaign.offercheck import OfferCheck, offer_check
from pln_cli.campaign.summary import (
    CampaignRow,
    CampaignSummary,
    DueItem,
    due_items,
    report_row,
    summarize,
)

__all__ = [
    "CampaignRow",
    "CampaignSummary",
    "ChannelCheck",
    "ChannelStatus",
    "DueItem",
    "OfferCheck",
    "calendar_ics",
    "calendar_slots",
    "channel_status",
    "check_post_channel",
    "due_items",
    "new_snapshot_warnings",
    "new_snapshots",
    "offer_check",
    "planned_dates",
    "post_measures",
    "report_row",
    "restatements",
    "summarize",
    "totals",
    "utm_link",
]
