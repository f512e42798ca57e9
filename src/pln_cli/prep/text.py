"""Small helpers for messages the prep core returns (no terminal, no locale)."""

from __future__ import annotations

from dataclasses import dataclass
from collections.abc import Sequence
from typing import Any


@dataclass(frozen=True)
class Join:
    """Several messages (or plain values) shown as one, in the reader's language.

    A `Msg` parameter may be a `Join`: `Msg.render` renders any parameter
    that has a `render(lang)` method.
    """

    items: tuple[Any, ...]
    sep: str = "; "

    def render(self, lang: str = "en") -> str:
        return self.sep.join(item.render(lang) if hasattr(item, "render") else str(item) for item in self.items)


def series(names: Sequence[str], conjunction: str) -> str:
    """"A, B and C" with the conjunction given ("and", "dan", "atau"):
    no comma before the last, as both languages write a short list."""
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {conjunction} {names[-1]}"


def name_key(name: str) -> str:
    """How people's names are compared: case and spacing do not count."""
    return " ".join(name.split()).casefold()
