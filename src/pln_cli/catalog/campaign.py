"""Campaigns (the Social Media Strategy Wheel)."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
}
