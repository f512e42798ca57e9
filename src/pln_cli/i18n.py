"""Messages in English and Indonesian.

Core code never builds user-facing sentences itself: it returns a `Msg`
(a catalogue key and its parameters), and whoever prints it picks the
language.  That keeps the core free of terminal and locale concerns and
guarantees that every message exists in both languages (a test checks).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

LANGS = ("en", "id")



@dataclass(frozen=True)
class Msg:
    """A message to be rendered later, in whatever language is asked for."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, lang: str = "en") -> str:
        # Parameters may themselves be messages or numbers that are written
        # differently in each language (5.6% / 5,6%).
        params = {k: (v.render(lang) if hasattr(v, "render") else v) for k, v in self.params.items()}
        return tr(self.key, lang, **params)


def number(value: float, lang: str, digits: int = 0) -> str:
    """1,234.5 in English, 1.234,5 in Indonesian."""
    text = f"{value:,.{digits}f}"
    if lang == "id":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def percent(share: float, lang: str, digits: int = 1) -> str:
    """A share as a percentage: 5.6% / 5,6%; small shares keep two digits."""
    value = share * 100
    if 0 < abs(value) < 1 and digits < 2:
        digits = 2
    return number(value, lang, digits) + "%"


@dataclass(frozen=True)
class Pct:
    share: float
    digits: int = 1

    def render(self, lang: str) -> str:
        return percent(self.share, lang, self.digits)


@dataclass(frozen=True)
class Num:
    value: float
    digits: int = 0

    def render(self, lang: str) -> str:
        return number(self.value, lang, self.digits)


@dataclass(frozen=True)
class Rp:
    """Money in a message: Rp450.000 in both languages (the team's notation)."""

    amount: float | int
    short: bool = False

    def render(self, lang: str) -> str:
        from pln_cli.money import format_rupiah, format_rupiah_short

        amount = int(round(self.amount))
        return format_rupiah_short(amount) if self.short else format_rupiah(amount)


def tr(key: str, lang: str = "en", /, **params: Any) -> str:
    """Render catalogue entry `key` in `lang`: the one lookup for all text.

    An unknown key raises KeyError: it is a programming error, and the
    catalogue tests (every key used in code exists in both languages) stop
    it before a user could see a bare key.
    """
    from pln_cli.catalog import CATALOG

    en, id_ = CATALOG[key]
    template = id_ if lang == "id" else en
    return template.format(**params)


def resolve_lang(option: str | None, workspace_default: str | None = None) -> str:
    """--lang beats PLN_LANG beats the workspace's pln.yaml beats English."""
    for candidate in (option, os.environ.get("PLN_LANG"), workspace_default):
        if candidate:
            value = candidate.strip().lower()[:2]
            if value in LANGS:
                return value
    return "en"
