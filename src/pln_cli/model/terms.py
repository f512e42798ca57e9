"""The negotiable terms: one registry, one entry per issue key.

Everything pln knows about an issue key is in its `Term`: its kind (money,
a share or a count), the offer field it stands for, which way is usually
better for us, the smallest value it may take, how a value is parsed from
what a person typed, and how pln writes it into a deal log.  Adding an
issue key means adding one entry here: the deal models
(`model/deal.py`), `--set`/`--vs`/`--grid` parsing and `apply_terms`
(`econ/variants.py`) and every output are driven by it.

Kept free of pydantic and of the other models, so that `pln offer
simulate` pays nothing for the deal models it does not use.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from pln_cli.catalog import Msg
from pln_cli.errors import InvalidValue
from pln_cli.money import format_rupiah, parse_rupiah


class Kind(str, Enum):
    """What a term's value is; decides parsing, writing and display."""

    MONEY = "money"
    SHARE = "share"
    COUNT = "count"


class Better(str, Enum):
    HIGHER = "higher"
    LOWER = "lower"


@dataclass(frozen=True)
class Term:
    key: str
    kind: Kind
    field: tuple[str | int, ...]  # where the offer file holds it
    better: Better  # our usual direction, when target == reservation says nothing
    # What it replaces in the simulation: an `Inputs` attribute, or
    # ("tiers", i, j) for tier i's threshold (j = 0) or voucher (j = 1).
    sets: str | tuple[str, int, int]
    minimum: int | float = 0
    minimum_message: str = "count.positive"  # catalogue key when below the minimum
    minimum_hint: str = "count.hint"

    def parse(self, raw: Any) -> int | float:
        """A value as a person writes it (450rb, 12,5%, 30), in the term's unit."""
        if self.kind is Kind.MONEY:
            value: int | float = parse_rupiah(raw)
        else:
            value = _parse_model_value(self.kind, raw)
        if value < self.minimum:
            raise InvalidValue(Msg(self.minimum_message, {"value": raw}), Msg(self.minimum_hint))
        return value

    def write(self, value: int | float) -> str:
        """How pln writes the value into a file: Rp450.000, 12.5%, 30.

        This is a file format, the same in every language (a log reads the
        same whoever wrote it); what a person sees on screen is formatted
        by `render.values`, in their language.
        """
        if self.kind is Kind.MONEY:
            return format_rupiah(int(value))
        if self.kind is Kind.SHARE:
            return _exact_percent(value)
        return str(int(value))


def _parse_model_value(kind: Kind, raw: Any) -> int | float:
    # The share and count rules live with the models (files and options
    # follow one rule); imported here, not at the top, to keep pydantic off
    # the start-up path of commands that never parse a share.
    from pydantic_core import PydanticCustomError

    from pln_cli.model.types import parse_count, parse_share

    try:
        return parse_share(raw) if kind is Kind.SHARE else parse_count(raw)
    except PydanticCustomError as exc:
        context = exc.context or {}
        raise InvalidValue(context.get("pln_msg") or Msg("model.invalid", {"detail": str(exc)}), context.get("pln_hint")) from None


def _exact_percent(share: float) -> str:
    """0.123456789 -> "12.3456789%": every digit that was given, no float noise."""
    from decimal import Decimal

    text = format(Decimal(repr(float(share))) * 100, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return f"{text}%"


# Order matters: it is the order of columns and of checks everywhere.
ISSUES: dict[str, Term] = {
    term.key: term
    for term in (
        Term("min_spend", Kind.MONEY, ("scheme", "tiers", 0, "min_spend"), Better.HIGHER, ("tiers", 0, 0),
             minimum=1, minimum_message="tier.min_spend_positive", minimum_hint="tier.hint"),
        Term("voucher", Kind.MONEY, ("scheme", "tiers", 0, "voucher"), Better.LOWER, ("tiers", 0, 1),
             minimum=1, minimum_message="tier.voucher_positive", minimum_hint="tier.hint"),
        Term("partner_share", Kind.SHARE, ("funding", "partner_share"), Better.HIGHER, "partner_share"),
        Term("quota", Kind.COUNT, ("caps", "quota"), Better.LOWER, "quota"),
        Term("budget", Kind.MONEY, ("caps", "budget"), Better.LOWER, "budget"),
        Term("redemption_rate", Kind.SHARE, ("assumptions", "redemption_rate"), Better.LOWER, "redemption_rate"),
        Term("voucher_valid_days", Kind.COUNT, ("voucher", "valid_days"), Better.LOWER, "voucher_valid_days", minimum=1),
        Term("voucher_min_order", Kind.MONEY, ("voucher", "min_order"), Better.HIGHER, "voucher_min_order"),
    )
}


def term(key: str) -> Term:
    """The registry entry for `key`, or an InvalidValue naming the known keys."""
    found = ISSUES.get(key)
    if found is None:
        raise InvalidValue(Msg("terms.unknown_key", {"key": key}), Msg("issues.hint", {"keys": ", ".join(ISSUES)}))
    return found
