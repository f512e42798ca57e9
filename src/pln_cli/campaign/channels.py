"""Channel approval: what was requested, what marketing approved, who decided.

The approved channels are those of the latest `approval` (by date, then
file order).  A requested channel that is not approved is a *mismatch*.
Posting on a channel that is not approved is refused; before any approval
it is allowed with a warning.  `check_post_channel` is pure, so the CLI can
refuse before it touches a file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from pln_cli.i18n import Msg
from pln_cli.model.campaign import Approval, Campaign


@dataclass(frozen=True)
class ChannelStatus:
    requested: tuple[str, ...]
    approved: tuple[str, ...] | None  # None before any approval
    mismatch: tuple[str, ...]  # requested, not approved (in requested order)
    approval: Approval | None  # the latest approval

    def to_json(self) -> dict[str, Any]:
        approval = self.approval
        return {
            "requested": list(self.requested),
            "approved": list(self.approved) if self.approved is not None else None,
            "mismatch": list(self.mismatch),
            "approval": (
                {"by": approval.by, "date": approval.date.isoformat(), "note": approval.note} if approval is not None else None
            ),
        }


@dataclass(frozen=True)
class ChannelCheck:
    """May a post go out on this channel?  `refusal` set: no (exit 1, nothing written)."""

    channel: str
    refusal: Msg | None = None
    warning: Msg | None = None

    @property
    def allowed(self) -> bool:
        return self.refusal is None


def latest_approval(campaign: Campaign, on_or_before: date | None = None) -> Approval | None:
    """The latest approval by date then file order (optionally: dated no later than a day)."""
    best: tuple[date, int] | None = None
    chosen: Approval | None = None
    for index, approval in enumerate(campaign.approvals):
        if on_or_before is not None and approval.date > on_or_before:
            continue
        key = (approval.date, index)
        if best is None or key >= best:
            best, chosen = key, approval
    return chosen


def channel_status(campaign: Campaign) -> ChannelStatus:
    requested = campaign.plan.channels
    approval = latest_approval(campaign)
    if approval is None:
        return ChannelStatus(requested=requested, approved=None, mismatch=(), approval=None)
    approved = approval.channels
    mismatch = tuple(c for c in requested if c not in approved)
    return ChannelStatus(requested=requested, approved=approved, mismatch=mismatch, approval=approval)


def _names(channels: tuple[str, ...]) -> str:
    return ", ".join(channels) if channels else "-"


def check_post_channel(campaign: Campaign, channel: str) -> ChannelCheck:
    """Refuse a post on a channel the latest approval does not list."""
    approval = latest_approval(campaign)
    if approval is None:
        return ChannelCheck(channel, warning=Msg("campaign.channel_no_approval", {"channel": channel}))
    if channel in approval.channels:
        return ChannelCheck(channel)
    return ChannelCheck(
        channel,
        refusal=Msg("campaign.channel_refused",
                    {"channel": channel, "by": approval.by, "date": approval.date, "approved": _names(approval.channels)}),
    )


def refusal_hint() -> Msg:
    return Msg("campaign.channel_refused.hint")
