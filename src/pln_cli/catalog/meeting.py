"""Meetings, approval, lobby and what is due (PREP)."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
}
