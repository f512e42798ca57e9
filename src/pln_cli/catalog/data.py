"""Transactions data files: the data extra (pyarrow) and parquet."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {}
