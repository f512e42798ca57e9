"""Messages in English and Indonesian.

Core code never builds user-facing sentences itself: it returns a `Msg`
(a catalogue key and its parameters), and whoever prints it picks the
language.  That keeps the core free of terminal and locale concerns and
guarantees that every message exists in both languages (a test checks).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from pln_cli.catalog import LANGS, Msg, tr

__all__ = ["LANGS", "LANG_ALIASES", "Msg", "Num", "Pct", "Rp", "normalize_lang", "number", "percent", "resolve_lang", "tr"]



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


# The languages' names a person may type, beside the codes themselves.
LANG_ALIASES = {
    "en": "en", "eng": "en", "english": "en", "inggris": "en",
    "id": "id", "ind": "id", "in": "id", "indonesian": "id", "indonesia": "id", "bahasa": "id",
}


def normalize_lang(value: str | None) -> str | None:
    """en or id for a language name, code or locale (`id_ID.UTF-8`); None
    for anything else (`idiot` is not Indonesian)."""
    if not value:
        return None
    text = value.strip().lower()
    code = text.split(".", 1)[0].replace("-", "_").split("_", 1)[0] if ("_" in text or "-" in text or "." in text) else text
    return LANG_ALIASES.get(code)


def resolve_lang(option: str | None, workspace_default: str | None = None) -> str:
    """--lang beats PLN_LANG beats the workspace's pln.yaml beats English;
    a value that names no language is passed over."""
    for candidate in (option, os.environ.get("PLN_LANG"), workspace_default):
        found = normalize_lang(candidate)
        if found:
            return found
    return "en"
