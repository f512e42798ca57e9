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

from pln_cli.catalog import Msg
from pln_cli.econ.scheme import Inputs
from pln_cli.errors import InvalidValue
from pln_cli.model.terms import ISSUES, Kind, term
from pln_cli.money import format_rupiah

MAX_AXIS = 101


def parse_value(key: str, raw: Any) -> int | float:
    """A term's value in the unit of its issue (money, share or count)."""
    return term(key).parse(raw)


_SPLIT = re.compile(r",(?=\s*[A-Za-z_]+\s*=)")


def parse_assignments(text: str) -> dict[str, int | float]:
    """`min_spend=400rb,voucher=30rb` (a comma inside `1,5jt` stays an amount)."""
    terms: dict[str, int | float] = {}
    for part in _SPLIT.split(text):
        key, sep, raw = part.partition("=")
        key = key.strip()
        if not sep or not key:
            raise InvalidValue(Msg("terms.syntax", {"text": part}), Msg("terms.syntax.hint"))
        if key in terms:
            raise InvalidValue(Msg("terms.repeated", {"key": key}), Msg("terms.syntax.hint"))
        terms[key] = parse_value(key, raw.strip())
    return terms


def apply_terms(inputs: Inputs, terms: dict[str, int | float]) -> Inputs:
    """The scheme with the negotiated terms in place of the offer's fields.

    Driven by the registry: each term names the `Inputs` attribute (or the
    tier's threshold or voucher) it replaces, and its smallest value.
    """
    changes: dict[str, Any] = {}
    tiers = [list(t) for t in inputs.tiers]
    for key, value in terms.items():
        entry = term(key)
        if value < entry.minimum:
            raise InvalidValue(Msg(entry.minimum_message, {"value": value}), Msg(entry.minimum_hint))
        typed = float(value) if entry.kind is Kind.SHARE else int(value)
        if isinstance(entry.sets, tuple):
            _, tier, position = entry.sets
            tiers[tier][position] = typed
        else:
            changes[entry.sets] = typed
    if len(tiers) > 1 and tiers[0][0] >= tiers[1][0]:
        raise InvalidValue(
            Msg("terms.tier_order", {"value": format_rupiah(tiers[0][0]), "next": format_rupiah(tiers[1][0])}),
            Msg("tiers.increasing.hint"),
        )
    return replace(inputs, tiers=tuple((t[0], t[1]) for t in tiers), **changes)


def write_terms(terms: dict[str, int | float]) -> str:
    """`min_spend=Rp400.000, voucher=Rp30.000`, in the write format of files."""
    return ", ".join(f"{key}={term(key).write(value)}" for key, value in terms.items())


def parse_grid(text: str) -> tuple[str, list[int | float]]:
    """`min_spend=300rb:600rb:50rb` -> ("min_spend", [300000, 350000, ...])."""
    key, sep, spec = text.partition("=")
    key = key.strip()
    parts = spec.split(":")
    if not sep or len(parts) != 3:
        raise InvalidValue(Msg("grid.syntax", {"text": text}), Msg("grid.syntax.hint"))
    start, stop, step = (parse_value(key, p.strip()) for p in parts)
    if step <= 0:
        raise InvalidValue(Msg("grid.step", {"text": text}), Msg("grid.syntax.hint"))
    if stop < start:
        raise InvalidValue(Msg("grid.order", {"text": text}), Msg("grid.syntax.hint"))
    # Decimal steps: 0.1 + 0.1 + 0.1 must be 0.3, not 0.30000000000000004.
    d_start, d_stop, d_step = (Decimal(str(v)) for v in (start, stop, step))
    count = int((d_stop - d_start) / d_step) + 1
    if count > MAX_AXIS:
        raise InvalidValue(Msg("grid.too_many", {"count": count, "max": MAX_AXIS}), Msg("grid.syntax.hint"))
    share = ISSUES[key].kind is Kind.SHARE
    return key, [float(d_start + d_step * k) if share else int(d_start + d_step * k) for k in range(count)]
