"""Advice around a deal: cap and ROI warnings, practical next offers, the schedule preview, monthly figures."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {}
