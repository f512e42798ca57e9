"""The one catalogue of user-facing text: key -> (English, Indonesian).

Each area keeps its strings in a module of its own, so that work on one
area never edits another's file; they are merged here into one mapping,
and a key defined twice is a programming error caught at first use (and
by the catalogue tests).  `pln_cli.i18n.tr` is the one lookup.
"""

from __future__ import annotations

from types import ModuleType


def _merge(*modules: ModuleType) -> dict[str, tuple[str, str]]:
    merged: dict[str, tuple[str, str]] = {}
    for module in modules:
        for key, pair in module.ENTRIES.items():
            if key in merged:
                raise KeyError(f"catalogue key {key!r} is defined twice ({module.__name__})")
            merged[key] = pair
    return merged


def _build() -> dict[str, tuple[str, str]]:
    from pln_cli.catalog import campaign, labels, meeting, messages, options, uncertainty

    return _merge(messages, labels, meeting, campaign, options, uncertainty)


CATALOG: dict[str, tuple[str, str]] = _build()
