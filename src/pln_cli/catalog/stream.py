"""Streams of records (deal rounds, meeting events, campaign posts): torn writes and their hints."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {}
