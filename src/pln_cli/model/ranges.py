"""Ranges instead of guesses: `{low: X, mode: Y, high: Z}` for an assumption.

shared/ECONOMICS.md, "Uncertainty": the inputs listed in `RANGEABLE` may be
written as a triangular range instead of one value.  Each bound is parsed
by the field's own scalar parser, so a range accepts every spelling the
field accepts (`20%`, `0,2`, `1,5jt`, `120.000`), and a bad bound is
reported at its own line and column.  Everything that does not ask for
uncertainty uses the mode (`mode_of`), so an offer with ranges simulates
exactly as before.

The checks raise `PydanticCustomError` through `pln_cli.model.types.fail`,
which the loader turns into FILE:LINE:COL Problems; `pln_at` points at the
offending bound (`("mode",)`) below the field.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Annotated, Any, Generic, TypeVar

from pydantic import PlainSerializer, PlainValidator
from pydantic_core import PydanticCustomError

from pln_cli.i18n import Msg
from pln_cli.model.types import fail, parse_count, parse_share, shown
from pln_cli.money import parse_rupiah

T = TypeVar("T", int, float)

# The inputs that may be ranged, in the contract's order: the order in
# which a draw consumes its uniforms, and the tornado's tie order.
RANGEABLE: tuple[str, ...] = (
    "transactions",
    "redemption_rate",
    "new_customer_share",
    "avg_order_value",
    "gross_margin",
    "partner_margin",
    "upsell.take_up",
)
# How each one is written and shown: money, a share, or a count.
KIND: dict[str, str] = {
    "transactions": "count",
    "redemption_rate": "share",
    "new_customer_share": "share",
    "avg_order_value": "money",
    "gross_margin": "share",
    "partner_margin": "share",
    "upsell.take_up": "share",
}
BOUNDS: tuple[str, str, str] = ("low", "mode", "high")


@dataclass(frozen=True)
class Range(Generic[T]):
    """A triangular distribution: low <= mode <= high and low < high."""

    low: T
    mode: T
    high: T

    def at(self, u: float) -> float:
        """The inverse CDF at u in [0, 1), exactly as the contract writes it.

        With c = (mode - low) / (high - low):
        x = low + sqrt(u (high - low)(mode - low)) when u < c,
        else x = high - sqrt((1 - u)(high - low)(high - mode)).
        """
        low, mode, high = self.low, self.mode, self.high
        width = high - low
        if u < (mode - low) / width:
            return low + math.sqrt(u * width * (mode - low))
        return high - math.sqrt((1 - u) * width * (high - mode))

    def cdf(self, x: float) -> float:
        """P(X <= x): the inverse of `at` (used by tests and for reading a band)."""
        low, mode, high = self.low, self.mode, self.high
        if x <= low:
            return 0.0
        if x >= high:
            return 1.0
        if x <= mode:
            return (x - low) ** 2 / ((high - low) * (mode - low))
        return 1.0 - (high - x) ** 2 / ((high - low) * (high - mode))

    def mean(self) -> float:
        return (self.low + self.mode + self.high) / 3.0


def parse_money(value: Any) -> int:
    """A Rupiah amount as the offer's money fields read it, failing like them."""
    try:
        return parse_rupiah(value)
    except ValueError as exc:
        message = getattr(exc, "message", None)
        if message is None:  # pragma: no cover - parse_rupiah always carries one
            raise
        raise fail("money", message, getattr(exc, "hint", None)) from None


def _bound(raw: Mapping[Any, Any], name: str, parser: Callable[[Any], T]) -> T:
    try:
        return parser(raw[name])
    except PydanticCustomError as exc:
        # Re-raise with the position moved down to this bound.
        ctx = dict(exc.context or {})
        ctx["pln_at"] = (name,) + tuple(ctx.get("pln_at") or ())
        raise PydanticCustomError(exc.type, exc.message_template, ctx) from None


def parse_range(raw: Mapping[Any, Any], parser: Callable[[Any], T]) -> Range[T]:
    """`{low, mode, high}` -> Range, each bound read by the field's `parser`.

    Raises PydanticCustomError (via `fail`) for a missing or unknown key, a
    bound its field would refuse, low > mode, mode > high, or low == high.
    """
    for key in raw:
        if key not in BOUNDS:
            raise fail(
                "range",
                Msg("range.unknown_key", {"key": str(key)}),
                Msg("range.hint"),
                at=(key,),
            )
    missing = [name for name in BOUNDS if name not in raw]
    if missing:
        raise fail("range", Msg("range.missing", {"keys": ", ".join(missing)}), Msg("range.hint"))
    low, mode, high = (_bound(raw, name, parser) for name in BOUNDS)
    params = {"low": shown(raw["low"]), "mode": shown(raw["mode"]), "high": shown(raw["high"])}
    if low > mode:
        raise fail("range", Msg("range.low_above_mode", params), Msg("range.hint"), at=("mode",))
    if mode > high:
        raise fail("range", Msg("range.mode_above_high", params), Msg("range.hint"), at=("high",))
    if not low < high:
        raise fail("range", Msg("range.empty", params), Msg("range.empty.hint"), at=("high",))
    return Range(low, mode, high)


def ranged(parser: Callable[[Any], T]) -> Callable[[Any], T | Range[T]]:
    """A field validator: one value as `parser` reads it, or a range of them."""

    def check(value: Any) -> T | Range[T]:
        if isinstance(value, Range):  # built in Python: checked like a written one
            value = {"low": value.low, "mode": value.mode, "high": value.high}
        if isinstance(value, Mapping):
            return parse_range(value, parser)
        return parser(value)

    check.__name__ = f"ranged_{getattr(parser, '__name__', 'value')}"
    return check


def mode_of(value: T | Range[T] | None) -> T | None:
    """The value every non-uncertainty command uses: a range's mode, else the value."""
    return value.mode if isinstance(value, Range) else value


def _dump(value: Any) -> Any:
    """A model dump writes a range back as the mapping it was read from."""
    if isinstance(value, Range):
        return {"low": value.low, "mode": value.mode, "high": value.high}
    return value


_SERIALIZE = PlainSerializer(_dump, return_type=Any)

# Field types for the models (model/offer.py): a scalar, or a Range of them.
RangedShare = Annotated[float | Range[float], PlainValidator(ranged(parse_share)), _SERIALIZE]
RangedCount = Annotated[int | Range[int], PlainValidator(ranged(parse_count)), _SERIALIZE]
RangedRupiah = Annotated[int | Range[int], PlainValidator(ranged(parse_money)), _SERIALIZE]


def ranges_of(offer: Any) -> dict[str, Range[Any]]:
    """The ranged inputs of an offer model, by contract name, in contract order.

    Reads `offer.assumptions.<name>` and `offer.assumptions.upsell.take_up`;
    an input the model does not have (yet) is simply not ranged.
    """
    assumptions = offer.assumptions
    found: dict[str, Range[Any]] = {}
    for name in RANGEABLE:
        if name == "upsell.take_up":
            upsell = getattr(assumptions, "upsell", None)
            value = getattr(upsell, "take_up", None) if upsell is not None else None
        else:
            value = getattr(assumptions, name, None)
        if isinstance(value, Range):
            found[name] = value
    return found
