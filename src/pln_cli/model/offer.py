"""The offer file: one voucher-for-spend scheme (shared/ECONOMICS.md)."""

from __future__ import annotations

from typing import Annotated, Any, Literal, Union, get_args

from pydantic import Discriminator, Field, Tag, model_validator

from pln_cli.i18n import Msg
from pln_cli.model.ranges import RangedCount, RangedRupiah, RangedShare
from pln_cli.model.types import (
    Count,
    Day,
    Frozen,
    PositiveInt,
    Rupiah,
    Share,
    Slug,
    Text,
    choice,
    fail,
)

Stacking = Literal["highest_tier", "per_multiple"]
Billing = Literal["redeemed", "issued"]
STACKINGS: tuple[Stacking, ...] = get_args(Stacking)
BILLINGS: tuple[Billing, ...] = get_args(Billing)


class Period(Frozen):
    start: Day | None = None
    end: Day | None = None
    days: PositiveInt | None = None

    @model_validator(mode="after")
    def _complete(self) -> "Period":
        if self.days is None and (self.start is None or self.end is None):
            raise fail("period", Msg("period.missing"), Msg("period.hint"))
        if self.start is not None and self.end is not None:
            if self.start > self.end:
                raise fail("period", Msg("period.order", {"start": self.start, "end": self.end}), Msg("period.hint"), at=("start",))
            span = (self.end - self.start).days + 1
            if self.days is not None and self.days != span:
                raise fail("period", Msg("period.days_mismatch", {"days": self.days, "span": span}), Msg("period.hint"), at=("days",))
        elif self.start is not None or self.end is not None:
            if self.days is None:
                raise fail("period", Msg("period.missing"), Msg("period.hint"))
        return self

    @property
    def length(self) -> int:
        """D: days in the period, start and end inclusive."""
        if self.start is not None and self.end is not None:
            return (self.end - self.start).days + 1
        assert self.days is not None
        return self.days


class Tier(Frozen):
    min_spend: Rupiah
    voucher: Rupiah

    @model_validator(mode="after")
    def _positive(self) -> "Tier":
        if self.min_spend <= 0:
            raise fail("tier", Msg("tier.min_spend_positive"), Msg("tier.hint"), at=("min_spend",))
        if self.voucher <= 0:
            raise fail("tier", Msg("tier.voucher_positive"), Msg("tier.hint"), at=("voucher",))
        return self


class Scheme(Frozen):
    tiers: list[Tier] = Field(min_length=1)
    stacking: Annotated[Stacking, choice(*STACKINGS)] = "highest_tier"
    max_vouchers_per_transaction: PositiveInt | None = None

    @model_validator(mode="after")
    def _consistent(self) -> "Scheme":
        for index, (previous, tier) in enumerate(zip(self.tiers, self.tiers[1:]), start=1):
            if tier.min_spend <= previous.min_spend:
                raise fail("tiers", Msg("tiers.increasing"), Msg("tiers.increasing.hint"), at=("tiers", index, "min_spend"))
        if self.stacking == "per_multiple" and len(self.tiers) != 1:
            raise fail("tiers", Msg("tiers.per_multiple"), Msg("tiers.per_multiple.hint"), at=("stacking",))
        return self


class VoucherTerms(Frozen):
    product: Text | None = None
    min_order: Rupiah | None = None
    valid_days: PositiveInt | None = None


class Funding(Frozen):
    partner_share: Share = 0.0
    billing: Annotated[Billing, choice(*BILLINGS)] = "redeemed"


class Caps(Frozen):
    quota: Count | None = None
    budget: Rupiah | None = None


class Upsell(Frozen):
    window: Share = 0.0
    take_up: RangedShare = 0.0  # a share, or a range of them (model/ranges.py)

    @model_validator(mode="after")
    def _window(self) -> "Upsell":
        if self.window >= 1:
            raise fail("upsell", Msg("upsell.window"), Msg("upsell.window.hint"), at=("window",))
        return self


class Lognormal(Frozen):
    distribution: Annotated[str, choice("lognormal")]
    median: Rupiah
    p90: Rupiah | None = None
    mean: Rupiah | None = None

    @model_validator(mode="after")
    def _shape(self) -> "Lognormal":
        if self.median <= 0:
            raise fail("spend", Msg("spend.median_positive"), Msg("spend.lognormal.hint"), at=("median",))
        if (self.p90 is None) == (self.mean is None):
            raise fail("spend", Msg("spend.lognormal_one_of"), Msg("spend.lognormal.hint"))
        if self.p90 is not None and self.p90 <= self.median:
            raise fail("spend", Msg("spend.p90_above_median"), Msg("spend.lognormal.hint"), at=("p90",))
        if self.mean is not None and self.mean <= self.median:
            raise fail("spend", Msg("spend.mean_above_median"), Msg("spend.lognormal.hint"), at=("mean",))
        return self


class Histogram(Frozen):
    histogram: Text


class Transactions(Frozen):
    transactions: Text
    column: Text = "amount"


def _spend_kind(value: Any) -> str | None:
    if isinstance(value, dict):
        if "histogram" in value:
            return "histogram"
        if "transactions" in value:
            return "transactions"
        return "lognormal"
    return None


Spend = Annotated[
    Union[
        Annotated[Lognormal, Tag("lognormal")],
        Annotated[Histogram, Tag("histogram")],
        Annotated[Transactions, Tag("transactions")],
    ],
    Discriminator(
        _spend_kind,
        custom_error_type="spend",
        custom_error_message="spend.kind",
        custom_error_context={"pln_msg": Msg("spend.kind"), "pln_hint": Msg("spend.kind.hint")},
    ),
]


class Assumptions(Frozen):
    """Our estimates.  Each input of the contract's "Uncertainty" list may be
    one value or a range `{low, mode, high}` (`model/ranges.py`); every
    reader that is not `--uncertainty` takes `mode_of(...)`."""

    transactions: RangedCount | None = None
    spend: Spend
    redemption_rate: RangedShare
    new_customer_share: RangedShare = 0.0
    avg_order_value: RangedRupiah = 0
    gross_margin: RangedShare = 0.0
    partner_margin: RangedShare | None = None  # m_p: the partner's margin on the extra spend
    upsell: Upsell | None = None

    @model_validator(mode="after")
    def _transactions(self) -> "Assumptions":
        if self.transactions is None and not isinstance(self.spend, Transactions):
            raise fail("assumptions", Msg("assumptions.transactions"), Msg("assumptions.transactions.hint"), at=("spend",))
        return self


class Offer(Frozen):
    id: Slug
    partner: Slug
    title: Text | None = None
    notes: Text | None = None
    period: Period
    scheme: Scheme
    voucher: VoucherTerms | None = None
    # A factory, not an instance: an instance here would build the
    # model's validator at import (the models defer it to first use).
    funding: Funding = Field(default_factory=Funding)
    caps: Caps = Field(default_factory=Caps)
    assumptions: Assumptions

    def label(self) -> str:
        return self.title or self.id



