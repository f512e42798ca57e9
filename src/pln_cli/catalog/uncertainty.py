"""Ranges: bands, tornado and break-even values."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
}
