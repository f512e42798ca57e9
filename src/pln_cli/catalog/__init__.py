"""The one catalogue of user-facing text, and the one lookup.

Text lives here as key -> (English, Indonesian).  Each area keeps its
strings in a module of its own (messages, labels, meeting, campaign, ...),
so that work on one area never edits another's file; they are merged into
one mapping on first use, and a key defined twice is an error.

Core code never builds a sentence: it returns a `Msg` (a key and its
parameters), and whoever prints it picks the language.  This package
imports nothing else of pln, so every layer (money included) may use it
without an import cycle.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

LANGS = ("en", "id")


def _merge(*modules: ModuleType) -> dict[str, tuple[str, str]]:
    merged: dict[str, tuple[str, str]] = {}
    for module in modules:
        for key, pair in module.ENTRIES.items():
            if key in merged:
                raise KeyError(f"catalogue key {key!r} is defined twice ({module.__name__})")
            merged[key] = pair
    return merged


_CATALOG: dict[str, tuple[str, str]] | None = None


def catalog() -> dict[str, tuple[str, str]]:
    """Every entry, merged once on first use (start-up pays nothing for text)."""
    global _CATALOG
    if _CATALOG is None:
        from pln_cli.catalog import advice, campaign, data, helpid, labels, meeting, messages, options, present, start, stream, uncertainty, usage
        from pln_cli.catalog import help as help_

        _CATALOG = _merge(messages, labels, usage, start, meeting, campaign, options, uncertainty, present, help_, advice, helpid, stream, data)
    return _CATALOG


def __getattr__(name: str) -> Any:
    if name == "CATALOG":
        return catalog()
    raise AttributeError(name)


def tr(key: str, lang: str = "en", /, **params: Any) -> str:
    """Entry `key` in `lang`, with its fields filled in.

    An unknown key raises KeyError: it is a programming error, and the
    catalogue tests (every key used in code exists in both languages) stop
    it before a user could see a bare key.
    """
    en, id_ = catalog()[key]
    return (id_ if lang == "id" else en).format(**params)


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

    def __str__(self) -> str:
        return self.render("en")
