"""Rupiah: parse the ways Indonesians write amounts, and format them back.

Money is always a whole number of Rupiah held in an `int`.  The parser is
strict on purpose: a loose reading of "450.000" as 450 (YAML's float) or
"2M" as two million (when the writer meant *miliar*) silently moves a
threshold by a factor of a thousand, and nobody notices downstream.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from pln_cli.catalog import Msg
from pln_cli.errors import InvalidValue

MAX_RUPIAH = 10**15

_MULTIPLIERS = {
    "rb": 10**3,
    "ribu": 10**3,
    "k": 10**3,
    "jt": 10**6,
    "juta": 10**6,
    "miliar": 10**9,
    "milyar": 10**9,
    "triliun": 10**12,
}
# Bare letters that readers in the two languages take for different powers.
_AMBIGUOUS = {"m", "t", "b", "bn", "mio", "mn"}

_PREFIX = re.compile(r"^(?:rp\.?|idr)\s*", re.IGNORECASE | re.ASCII)
_SUFFIX = re.compile(r"\s*([a-z]+)\.?$", re.IGNORECASE | re.ASCII)
_PLAIN = re.compile(r"^\d+$", re.ASCII)
# 1.250.000 or 1,250,000 (optionally followed by a decimal part in the
# other separator: 450.000,00 / 450,000.00)
_GROUPED = re.compile(r"^(\d{1,3})((?:([.,])\d{3})(?:\3\d{3})*)(?:([.,])(\d{1,2}))?$", re.ASCII)
# 450000,00  450,5  25.00 : integer digits then one or two decimals
_DECIMAL = re.compile(r"^(\d+)[.,](\d{1,2})$", re.ASCII)
_SUFFIX_NUMBER = re.compile(r"^(\d+)(?:[.,](\d{1,2}))?$", re.ASCII)


def _refused(message: Msg, hint: Msg | None = None) -> InvalidValue:
    """The error for a value that is not an amount; the hint defaults to the spellings."""
    return InvalidValue(message, hint or Msg("money.hint"))


def _show(raw: object) -> str:
    return f'"{raw}"' if isinstance(raw, str) else repr(raw)


def parse_rupiah(raw: object) -> int:
    """Return whole Rupiah for an int or an Indonesian-style amount string.

    Raises InvalidValue (a ValueError) with a hint for anything else.
    """
    if isinstance(raw, bool):
        raise _refused(Msg("money.bool", {"value": _show(raw)}))
    if isinstance(raw, int):
        if raw < 0:
            raise _refused(Msg("money.negative", {"value": raw}), Msg("money.negative.hint"))
        return _bounded(raw, raw)
    if isinstance(raw, (float, Decimal)):
        raise _refused(Msg("money.decimal", {"value": _show(raw)}), Msg("money.decimal.hint"))
    if not isinstance(raw, str):
        raise _refused(Msg("money.invalid", {"value": _show(raw)}))
    return _parse_text(raw)


@lru_cache(maxsize=4096)
def _parse_text(raw: str) -> int:
    """Cached: a workspace writes the same few amounts (450rb, Rp25.000) thousands of times."""
    shown = _show(raw)
    if sum(c.isdigit() for c in raw) > 30:
        # Far beyond MAX_RUPIAH in any spelling; refused before int() would
        # meet Python's limit on the length of integer strings.
        raise _refused(Msg("money.too_large", {"value": shown if len(shown) < 30 else shown[:26] + '..."'}), Msg("money.too_large.hint"))
    text = raw.replace("\u00a0", " ").replace("\u202f", " ").strip()
    if text.startswith(("-", "\u2212")):
        raise _refused(Msg("money.negative", {"value": shown}), Msg("money.negative.hint"))
    text = _PREFIX.sub("", text, count=1)
    has_prefix = len(text) != len(raw.strip())
    if text.startswith(("-", "\u2212")):
        raise _refused(Msg("money.negative", {"value": shown}), Msg("money.negative.hint"))
    # "Rp450.000,-": the trailing ",-" says "no sen", and carries no value.
    if text.endswith((",-", ".-")):
        text = text[:-2]

    suffix_match = _SUFFIX.search(text)
    if suffix_match:
        suffix = suffix_match.group(1)
        number = text[: suffix_match.start()].strip()
        lowered = suffix.lower()
        if lowered in _AMBIGUOUS:
            raise _refused(
                Msg("money.ambiguous_suffix", {"suffix": suffix}),
                Msg("money.ambiguous_suffix.hint"),
            )
        multiplier = _MULTIPLIERS.get(lowered)
        if multiplier is None or not number:
            raise _refused(Msg("money.invalid", {"value": shown}))
        if _GROUPED.match(number) and not _SUFFIX_NUMBER.match(number):
            raise _refused(
                Msg("money.grouped_suffix", {"value": shown, "suffix": suffix}),
                Msg("money.grouped_suffix.hint"),
            )
        m = _SUFFIX_NUMBER.match(number)
        if not m:
            raise _refused(Msg("money.invalid", {"value": shown}))
        whole, frac = m.group(1), m.group(2) or ""
        # Exact integer arithmetic: 1,5jt = 15 * 10^6 / 10.
        scale = 10 ** len(frac)
        amount = int(whole + frac) * multiplier // scale
        return _bounded(amount, shown)

    if _PLAIN.match(text):
        return _bounded(int(text), shown)

    grouped = _GROUPED.match(text)
    if grouped:
        separator, decimal_sep, decimals = grouped.group(3), grouped.group(4), grouped.group(5)
        if decimal_sep == separator:
            raise _refused(Msg("money.groups", {"value": shown}), Msg("money.groups.hint"))
        whole = int(grouped.group(1) + grouped.group(2).replace(separator, ""))
        if decimals is not None:
            _check_sen(decimals, whole, shown)
        return _bounded(whole, shown)

    decimal = _DECIMAL.match(text)
    if decimal:
        whole = int(decimal.group(1))
        if has_prefix:
            # "Rp25,00": a currency amount written with (zero) sen.
            _check_sen(decimal.group(2), whole, shown)
            return _bounded(whole, shown)
        raise _refused(Msg("money.decimal", {"value": shown}), Msg("money.decimal.hint"))

    if re.match(r"^\d{1,3}([.,]\d+)+$", text, re.ASCII):
        raise _refused(Msg("money.groups", {"value": shown}), Msg("money.groups.hint"))
    raise _refused(Msg("money.invalid", {"value": shown}))


def _check_sen(decimals: str, whole: int, shown: str) -> None:
    if int(decimals) != 0:
        rounded = format_rupiah(whole + (1 if int(decimals.ljust(2, "0")) >= 50 else 0))
        raise _refused(Msg("money.sen", {"value": shown}), Msg("money.sen.hint", {"rounded": rounded}))


def _bounded(amount: int, shown: object) -> int:
    if amount > MAX_RUPIAH:
        raise _refused(Msg("money.too_large", {"value": shown}), Msg("money.too_large.hint"))
    return amount


def format_rupiah(amount: int) -> str:
    """Rp450.000 style; negatives as -Rp1.000."""
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp{abs(int(amount)):,}".replace(",", ".")


def format_rupiah_short(amount: int, lang: str = "en") -> str:
    """Compact form for charts and talking points: Rp450rb, Rp1,5jt, Rp2,3 miliar."""
    sign = "-" if amount < 0 else ""
    value = abs(int(amount))
    for size, unit in ((10**12, " triliun"), (10**9, " miliar"), (10**6, "jt"), (10**3, "rb")):
        if value >= size:
            scaled = Decimal(value) / size
            text = f"{scaled:.1f}".rstrip("0").rstrip(".") if scaled < 100 else f"{scaled:.0f}"
            return f"{sign}Rp{text.replace('.', ',')}{unit}"
    return f"{sign}Rp{value}"
