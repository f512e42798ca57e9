"""Field types shared by the models: money, shares, counts, dates, slugs.

Each validator raises a `PydanticCustomError` whose context carries a
`Msg` and a hint `Msg`, so the loader can report it in either language at
the exact line and column of the value.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict
from pydantic_core import PydanticCustomError

from pln_cli.i18n import Msg, Num
from pln_cli.errors import InvalidValue
from pln_cli.money import parse_rupiah

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$", re.ASCII)
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", re.ASCII)
_COUNT_GROUPED = re.compile(r"^[0-9]{1,3}(?:([.,])[0-9]{3})(?:\1[0-9]{3})*$", re.ASCII)
_NUMBER = re.compile(r"^[0-9]+(?:[.,][0-9]+)?$", re.ASCII)


class Frozen(BaseModel):
    """Base of every file model: immutable and strict about unknown keys.

    `defer_build`: a model's validator is built when it first validates,
    not when its module is imported; a command pays only for the kinds of
    file it reads (`offer simulate` never builds the deal models)."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


def fail(code: str, message: Msg, hint: Msg | None = None, at: tuple[Any, ...] = ()) -> PydanticCustomError:
    """An error for the loader to report; `at` points below the validated
    value (a model validator can blame one field, e.g. ("tiers", 1, "min_spend"))."""
    # The template is the English sentence, so that a Python user calling
    # `Offer.model_validate` reads words; the loader renders `pln_msg` in the
    # reader's language instead.  (pydantic fills in only `{name}` fields
    # named in the context, and none of ours is named like a sentence's.)
    text = message.render("en") + (f" (hint: {hint.render('en')})" if hint is not None else "")
    return PydanticCustomError(code, text, {"pln_msg": message, "pln_hint": hint, "pln_at": at})


def shown(value: Any) -> str:
    return f'"{value}"' if isinstance(value, str) else ("true" if value is True else "false" if value is False else str(value))


def _money(value: Any) -> int:
    try:
        return parse_rupiah(value)
    except InvalidValue as exc:
        raise fail("money", exc.message, exc.hint) from None


def parse_share(value: Any) -> float:
    """0.35, "0,35", "35%" or "35 %" -> 0.35; must lie in [0, 1]."""
    if isinstance(value, bool) or value is None:
        raise fail("share", Msg("share.invalid", {"value": shown(value)}), Msg("share.hint"))
    if isinstance(value, (int, float)):
        number = Decimal(str(value))
    elif isinstance(value, str):
        text = value.strip()
        percent = text.endswith("%")
        if percent:
            text = text[:-1].strip()
        if not _NUMBER.match(text):
            raise fail("share", Msg("share.invalid", {"value": shown(value)}), Msg("share.hint"))
        try:
            number = Decimal(text.replace(",", "."))
        except InvalidOperation:  # pragma: no cover - the regex already guards
            raise fail("share", Msg("share.invalid", {"value": shown(value)}), Msg("share.hint")) from None
        if percent:
            number /= 100
    else:
        raise fail("share", Msg("share.invalid", {"value": shown(value)}), Msg("share.hint"))
    if not (0 <= number <= 1):
        raise fail("share", Msg("share.range", {"value": shown(value)}), Msg("share.hint"))
    return float(number)


# The largest count a file may give (transactions, days, quotas, vouchers
# per transaction): a trillion.  Beyond it the figures stop meaning
# anything and products of counts and money leave exact arithmetic.
MAX_COUNT = 10**12


def parse_count(value: Any) -> int:
    """A whole, non-negative number up to MAX_COUNT: 120000, "120.000" or "120,000"."""
    if isinstance(value, bool):
        raise fail("count", Msg("count.invalid", {"value": shown(value)}), Msg("count.hint"))
    if isinstance(value, int):
        if value < 0:
            raise fail("count", Msg("count.negative", {"value": value}), Msg("count.hint"))
        return _bounded_count(value, value)
    if isinstance(value, str):
        text = value.strip()
        digits = text.replace(".", "").replace(",", "")
        if len(digits) > 15 and digits.isascii() and digits.isdigit():
            raise fail("count", Msg("count.too_large", {"value": shown(text[:20] + "...")}), Msg("count.too_large.hint", {"max": Num(MAX_COUNT)}))
        if text.isascii() and text.isdigit():
            return _bounded_count(int(text), value)
        match = _COUNT_GROUPED.match(text)
        if match:
            return _bounded_count(int(text.replace(match.group(1), "")), value)
    raise fail("count", Msg("count.invalid", {"value": shown(value)}), Msg("count.hint"))


def _bounded_count(number: int, raw: Any) -> int:
    if number > MAX_COUNT:
        text = shown(raw)
        raise fail("count", Msg("count.too_large", {"value": text if len(text) < 24 else text[:20] + "..."}), Msg("count.too_large.hint", {"max": Num(MAX_COUNT)}))
    return number


def parse_date(value: Any) -> date:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and _DATE.match(value.strip()):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise fail("date", Msg("date.invalid", {"value": shown(value)}), Msg("date.hint"))


def parse_slug(value: Any) -> str:
    if isinstance(value, str) and SLUG_RE.match(value):
        return value
    suggestion = re.sub(r"[^a-z0-9]+", "-", str(value).lower()).strip("-") or "total-spbu"
    raise fail("slug", Msg("slug.invalid", {"value": shown(value)}), Msg("slug.hint", {"suggestion": suggestion}))


def parse_text(value: Any) -> str:
    """Free text; a plain number or yes/no in YAML is taken as written."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    raise fail("text", Msg("text.invalid"), Msg("text.hint"))


def parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise fail("bool", Msg("bool.invalid", {"value": shown(value)}), Msg("bool.hint"))


def choice(*options: str):
    """A validator accepting exactly one of `options` (case as written)."""

    def check(value: Any) -> str:
        if isinstance(value, str) and value in options:
            return value
        raise fail(
            "choice",
            Msg("choice.invalid", {"value": shown(value)}),
            Msg("choice.hint", {"options": ", ".join(options)}),
        )

    return BeforeValidator(check)


def positive_int(value: Any) -> int:
    number = parse_count(value)
    if number < 1:
        raise fail("count", Msg("count.positive", {"value": shown(value)}), Msg("count.hint"))
    return number


Rupiah = Annotated[int, BeforeValidator(_money)]
Share = Annotated[float, BeforeValidator(parse_share)]
Count = Annotated[int, BeforeValidator(parse_count)]
PositiveInt = Annotated[int, BeforeValidator(positive_int)]
Day = Annotated[date, BeforeValidator(parse_date)]
Slug = Annotated[str, BeforeValidator(parse_slug)]
Text = Annotated[str, BeforeValidator(parse_text)]
Flag = Annotated[bool, BeforeValidator(parse_bool)]
