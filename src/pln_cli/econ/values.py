"""Values of both sides (ECONOMICS.md, "Values of both sides").

    value_us   = gross_profit - our_net_cost
    value_them = m_p * partner_incremental_spend - partner_payment

m_p is the partner's gross margin on the extra spend the scheme brings
(`assumptions.partner_margin` in the offer, or `--partner-margin`, which
wins).  Without it value_them is unknown (None), never zero: a partner
whose margin we do not know is not a partner who gains nothing.

Pure: computed from a `Result` (unrounded, what `deal options` compares)
or from a `record` (money already in whole Rupiah, for callers that only
hold the JSON object).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pln_cli.econ.scheme import Result
from pln_cli.i18n import Msg, Pct

# The keys `record` gains, and the metrics `--vs` / `--grid` may pick.
VALUE_KEYS = ("value_us", "value_them")
# What a fuel retailer typically keeps, for hints: a few percent.
TYPICAL_MARGIN = (0.02, 0.05)


class MarginMissing(ValueError):
    """No partner margin anywhere: carries the message and where to put one."""

    def __init__(self) -> None:
        self.message = Msg("values.margin_missing")
        self.hint = Msg("values.margin_missing.hint", {"low": Pct(TYPICAL_MARGIN[0], 0), "high": Pct(TYPICAL_MARGIN[1], 0)})
        super().__init__(self.message.render("en"))


@dataclass(frozen=True)
class Values:
    value_us: float
    value_them: float | None  # None: the partner's margin is unknown
    partner_margin: float | None
    note: Msg | None = None  # why value_them is missing

    def money(self) -> dict[str, int | None]:
        """The two JSON keys, money in whole Rupiah (half to even)."""
        return {
            "value_us": round(self.value_us),
            "value_them": None if self.value_them is None else round(self.value_them),
        }


def value_us(result: Result) -> float:
    return result.gross_profit - result.our_net_cost


def value_them(result: Result, partner_margin: float | None) -> float | None:
    if partner_margin is None:
        return None
    return partner_margin * result.partner_incremental_spend - result.partner_payment


def values(result: Result, partner_margin: float | None) -> Values:
    """Both values of one simulated scheme, as computed (not rounded)."""
    return Values(
        value_us=value_us(result),
        value_them=value_them(result, partner_margin),
        partner_margin=partner_margin,
        note=None if partner_margin is not None else Msg("values.margin_unknown"),
    )


def values_of_record(rec: Mapping[str, Any], partner_margin: float | None) -> Values:
    """The same from `scheme.record(result)`: its money is already whole Rupiah,
    so the values can differ from `values(result)` by a Rupiah or two."""
    us = float(rec["gross_profit"]) - float(rec["our_net_cost"])
    if partner_margin is None:
        return Values(us, None, None, Msg("values.margin_unknown"))
    them = partner_margin * float(rec["partner_incremental_spend"]) - float(rec["partner_payment"])
    return Values(us, them, partner_margin)


def value_fields(result: Result, partner_margin: float | None) -> dict[str, Any]:
    """Extra keys for `record(result)`: value_us, value_them (whole Rupiah or
    None) and partner_margin (the share used, or None)."""
    return {**values(result, partner_margin).money(), "partner_margin": partner_margin}


def resolve_margin(flag: float | None, offer_margin: float | None) -> float:
    """The partner's margin for `deal options`: the flag beats the offer file;
    with neither, MarginMissing (the command stops and never prompts)."""
    margin = flag if flag is not None else offer_margin
    if margin is None:
        raise MarginMissing()
    if not 0.0 <= margin <= 1.0:
        raise ValueError(f"partner margin {margin!r} is not a share between 0 and 1")
    return float(margin)
