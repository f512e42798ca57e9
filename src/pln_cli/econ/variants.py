"""Counter-offers and sensitivity grids: the base scheme with issues replaced.

Issue keys are those of NEGOTIATION.md; a value replaces the offer field
the issue stands for (tier 1's threshold or voucher, the partner's share,
the caps, the redemption rate, the voucher's terms).
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import Any

from pln_cli.econ.scheme import Inputs
from pln_cli.i18n import Msg
from pln_cli.model.deal import ISSUES
from pln_cli.money import MoneyError, format_rupiah, parse_rupiah

MAX_AXIS = 101


class TermError(ValueError):
    """A --vs or --grid value that cannot be used; carries a message."""

    def __init__(self, message: Msg, hint: Msg | None = None) -> None:
        super().__init__(message.render("en"))
        self.message = message
        self.hint = hint


def parse_value(key: str, raw: Any) -> int | float:
    """A term's value in the unit of its issue (money, share or count)."""
    from pydantic_core import PydanticCustomError

    from pln_cli.model.types import parse_count, parse_share

    info = ISSUES.get(key)
    if info is None:
        raise TermError(Msg("terms.unknown_key", {"key": key}), Msg("issues.hint", {"keys": ", ".join(ISSUES)}))
    try:
        if info.kind == "money":
            return parse_rupiah(raw)
        if info.kind == "share":
            return parse_share(raw)
        value = parse_count(raw)
        if key == "voucher_valid_days" and value < 1:
            raise TermError(Msg("count.positive", {"value": raw}), Msg("count.hint"))
        return value
    except MoneyError as exc:
        raise TermError(exc.message, exc.hint) from None
    except PydanticCustomError as exc:
        ctx = exc.context or {}
        raise TermError(ctx.get("pln_msg") or Msg("model.invalid", {"detail": str(exc)}), ctx.get("pln_hint")) from None


_SPLIT = re.compile(r",(?=\s*[A-Za-z_]+\s*=)")


def parse_assignments(text: str) -> dict[str, int | float]:
    """`min_spend=400rb,voucher=30rb` (a comma inside `1,5jt` stays an amount)."""
    terms: dict[str, int | float] = {}
    for part in _SPLIT.split(text):
        key, sep, raw = part.partition("=")
        key = key.strip()
        if not sep or not key:
            raise TermError(Msg("terms.syntax", {"text": part}), Msg("terms.syntax.hint"))
        if key in terms:
            raise TermError(Msg("terms.repeated", {"key": key}), Msg("terms.syntax.hint"))
        terms[key] = parse_value(key, raw.strip())
    return terms


def apply_terms(inputs: Inputs, terms: dict[str, int | float]) -> Inputs:
    """The scheme with the negotiated terms in place of the offer's fields."""
    changes: dict[str, Any] = {}
    tiers = list(inputs.tiers)
    for key, value in terms.items():
        if key == "min_spend":
            if value <= 0:
                raise TermError(Msg("tier.min_spend_positive"), Msg("tier.hint"))
            tiers[0] = (int(value), tiers[0][1])
        elif key == "voucher":
            if value <= 0:
                raise TermError(Msg("tier.voucher_positive"), Msg("tier.hint"))
            tiers[0] = (tiers[0][0], int(value))
        elif key == "partner_share":
            changes["partner_share"] = float(value)
        elif key == "quota":
            changes["quota"] = int(value)
        elif key == "budget":
            changes["budget"] = int(value)
        elif key == "redemption_rate":
            changes["redemption_rate"] = float(value)
        elif key == "voucher_valid_days":
            changes["voucher_valid_days"] = int(value)
        elif key == "voucher_min_order":
            changes["voucher_min_order"] = int(value)
        else:
            raise TermError(Msg("terms.unknown_key", {"key": key}), Msg("issues.hint", {"keys": ", ".join(ISSUES)}))
    if len(tiers) > 1 and tiers[0][0] >= tiers[1][0]:
        raise TermError(
            Msg("terms.tier_order", {"value": format_rupiah(tiers[0][0]), "next": format_rupiah(tiers[1][0])}),
            Msg("tiers.increasing.hint"),
        )
    return replace(inputs, tiers=tuple(tiers), **changes)


def describe(terms: dict[str, int | float]) -> str:
    """`min_spend=Rp400.000, voucher=Rp30.000`: a column heading for a variant."""
    return ", ".join(f"{key}={show_value(key, value)}" for key, value in terms.items())


def show_value(key: str, value: int | float | None) -> str:
    """A term as the team writes it: Rp450.000, 12.5%, 30.  Also what pln
    writes into deal logs, so a round reads the same by hand or by pln."""
    if value is None:
        return "-"
    kind = ISSUES[key].kind if key in ISSUES else "count"
    if kind == "money":
        return format_rupiah(int(value))
    if kind == "share":
        text = f"{float(value) * 100:.4f}".rstrip("0").rstrip(".")
        return f"{text}%"
    return str(int(value))


def parse_grid(text: str) -> tuple[str, list[int | float]]:
    """`min_spend=300rb:600rb:50rb` -> ("min_spend", [300000, 350000, ...])."""
    key, sep, spec = text.partition("=")
    key = key.strip()
    parts = spec.split(":")
    if not sep or len(parts) != 3:
        raise TermError(Msg("grid.syntax", {"text": text}), Msg("grid.syntax.hint"))
    start, stop, step = (parse_value(key, p.strip()) for p in parts)
    if step <= 0:
        raise TermError(Msg("grid.step", {"text": text}), Msg("grid.syntax.hint"))
    if stop < start:
        raise TermError(Msg("grid.order", {"text": text}), Msg("grid.syntax.hint"))
    # Decimal steps: 0.1 + 0.1 + 0.1 must be 0.3, not 0.30000000000000004.
    d_start, d_stop, d_step = (Decimal(str(v)) for v in (start, stop, step))
    count = int((d_stop - d_start) / d_step) + 1
    if count > MAX_AXIS:
        raise TermError(Msg("grid.too_many", {"count": count, "max": MAX_AXIS}), Msg("grid.syntax.hint"))
    values: list[int | float] = []
    for k in range(count):
        v = d_start + d_step * k
        values.append(int(v) if ISSUES[key].kind != "share" else float(v))
    return key, values
