"""Reading the partner and options for mutual gain."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
}
