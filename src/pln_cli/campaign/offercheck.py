"""The offer check: redemptions tracked against what the offer's simulation expected.

CAMPAIGNS.md, Against the plan: expected by the latest snapshot date is
R0 * min(e / D, lambda), with R0 the redemptions before caps
(vouchers_redeemed / lambda), e = that date - offer start + 1 days (the
campaign's start stands for the offer start when the offer gives only
`{days: N}`) and D the period's days.  A ratio below 0.8 or above 1.25 says
the offer's `redemption_rate` assumption looks off, and the rate that would
match is the assumed rate times the ratio.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import PurePosixPath
from typing import Any

from pln_cli.econ.scheme import Result
from pln_cli.i18n import Msg, Num, Pct
from pln_cli.model.campaign import Campaign
from pln_cli.model.offer import Offer

LOW, HIGH = 0.8, 1.25


@dataclass(frozen=True)
class OfferCheck:
    offer: str  # the offer's id
    expected_redemptions: float | None
    tracked_redemptions: int | None
    ratio: float | None
    suggested_redemption_rate: float | None
    # Extras for the text renderings (not in the JSON).
    assumed_redemption_rate: float | None = None
    as_of: date | None = None  # the latest snapshot date
    elapsed_days: int | None = None  # e
    period_days: int | None = None  # D
    active_fraction: float | None = None  # lambda

    @property
    def off(self) -> bool:
        return self.suggested_redemption_rate is not None

    def to_json(self) -> dict[str, Any]:
        return {
            "offer": self.offer,
            "expected_redemptions": self.expected_redemptions,
            "tracked_redemptions": self.tracked_redemptions,
            "ratio": self.ratio,
            "suggested_redemption_rate": self.suggested_redemption_rate,
        }

    def verdict(self) -> Msg:
        """One sentence for `show`."""
        if self.expected_redemptions is None:
            return Msg("campaign.offer.unknown", {"offer": self.offer})
        if self.tracked_redemptions is None:
            return Msg("campaign.offer.untracked", {"offer": self.offer, "expected": Num(self.expected_redemptions)})
        if self.ratio is None:
            return Msg("campaign.offer.nothing_expected", {"offer": self.offer, "date": self.as_of})
        if self.suggested_redemption_rate is not None and self.assumed_redemption_rate is not None:
            return Msg("campaign.offer.off", {
                "offer": self.offer, "tracked": Num(self.tracked_redemptions), "expected": Num(self.expected_redemptions),
                "ratio": Pct(self.ratio, 0), "assumed": Pct(self.assumed_redemption_rate),
                "suggested": Pct(self.suggested_redemption_rate),
            })
        return Msg("campaign.offer.in_line", {
            "offer": self.offer, "tracked": Num(self.tracked_redemptions), "expected": Num(self.expected_redemptions),
            "ratio": Pct(self.ratio, 0),
        })


def offer_ref_id(ref: str) -> str:
    """`happy-fresh-2018q1` or `../offers/happy-fresh-2018q1.yaml` -> the offer id."""
    name = PurePosixPath(ref.replace("\\", "/")).name
    for suffix in (".yaml", ".yml"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def tracked_redemptions(campaign: Campaign) -> tuple[int | None, date | None]:
    """Redemptions of the posts' latest snapshots (None when none gives them), and the latest snapshot date."""
    from pln_cli.campaign.measures import latest_snapshots

    latest = latest_snapshots(campaign)
    values = [s.redemptions for s in latest.values() if s.redemptions is not None]
    as_of = max((s.date for s in campaign.snapshots), default=None)
    return (sum(values) if values else None), as_of


def expected_redemptions(offer: Offer, result: Result, start: date, as_of: date) -> tuple[float, int, int]:
    """R0 * min(e / D, lambda), e and D; `start` is the campaign's, used when the offer has no start date."""
    offer_start = offer.period.start or start
    period = offer.period.length
    elapsed = (as_of - offer_start).days + 1
    lam = result.active_fraction
    if lam > 0:
        before_caps = result.vouchers_redeemed / lam
    else:  # a cap of zero: nothing is redeemed, but R0 is still defined
        before_caps = result.inputs.redemption_rate * result.uncapped_issued
    fraction = min(max(elapsed, 0) / period, lam) if period else 0.0
    return before_caps * fraction, elapsed, period


def offer_check(campaign: Campaign, offer: Offer | None = None, result: Result | None = None) -> OfferCheck | None:
    """None when the campaign links no offer; nulls when the offer could not be simulated."""
    ref = campaign.plan.offer
    if ref is None:
        return None
    tracked, as_of = tracked_redemptions(campaign)
    if offer is None or result is None:
        return OfferCheck(offer_ref_id(ref), None, tracked, None, None, as_of=as_of)
    assumed = result.inputs.redemption_rate
    if as_of is None:
        return OfferCheck(offer.id, None, tracked, None, None, assumed_redemption_rate=assumed,
                          period_days=offer.period.length, active_fraction=result.active_fraction)
    expected, elapsed, period = expected_redemptions(offer, result, campaign.plan.start, as_of)
    ratio = tracked / expected if tracked is not None and expected > 0 else None
    suggested = assumed * ratio if ratio is not None and (ratio < LOW or ratio > HIGH) else None
    return OfferCheck(
        offer=offer.id,
        expected_redemptions=expected,
        tracked_redemptions=tracked,
        ratio=ratio,
        suggested_redemption_rate=suggested,
        assumed_redemption_rate=assumed,
        as_of=as_of,
        elapsed_days=elapsed,
        period_days=period,
        active_fraction=result.active_fraction,
    )
