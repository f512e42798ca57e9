"""Every command's --help in Indonesian."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {}
