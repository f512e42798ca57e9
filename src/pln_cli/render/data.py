"""Data formats for scripts: JSON, JSON Lines and spreadsheet-safe CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any

# A cell starting with one of these is run as a formula by spreadsheet
# programs (CSV injection); OWASP's advice is to prefix a quote.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """Neutralise text that a spreadsheet would execute; numbers pass as they are."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    # OWASP's rule applies after leading whitespace: " =1+1" is a formula
    # to a spreadsheet too.  Negative numbers are numbers, not text.
    if isinstance(value, str) and value.lstrip(" \u00a0\n\x0b\x0c").startswith(_FORMULA_START):
        return "'" + value
    return value


def to_csv(columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([safe_cell(row.get(column)) for column in columns])
    return buffer.getvalue()


# json.dumps escapes C0 controls but writes C1 ones (U+0080-U+009F: CSI,
# OSC...) and bidi overrides raw with ensure_ascii=False; a terminal may obey
# them.  They are written as \\u escapes, which every JSON reader decodes.
_UNSAFE = {code: f"\\u{code:04x}" for code in [*range(0x80, 0xA0), 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069]}


def to_json(value: Any) -> str:
    # The encoder's pieces go straight into one buffer: json.dumps would
    # first hold a list of every piece (a large report's output, twice).
    buffer = io.StringIO()
    for piece in json.JSONEncoder(ensure_ascii=False, indent=2, default=str).iterencode(value):
        buffer.write(piece)
    buffer.write("\n")
    return buffer.getvalue().translate(_UNSAFE)


def to_jsonl(rows: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False, default=str).translate(_UNSAFE) + "\n" for row in rows)


def flatten(record: dict[str, Any]) -> dict[str, Any]:
    """One value per cell: lists of mappings become numbered columns (tier_1_min_spend)."""
    flat: dict[str, Any] = {}
    for key, value in record.items():
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            singular = key[:-1] if key.endswith("s") else key
            for index, item in enumerate(value, start=1):
                for inner, inner_value in item.items():
                    flat[f"{singular}_{index}_{inner}"] = inner_value
        elif isinstance(value, dict):
            for inner, inner_value in value.items():
                flat[f"{key}_{inner}"] = inner_value
        elif isinstance(value, list):
            flat[key] = "; ".join(str(v) for v in value)
        else:
            flat[key] = value
    return flat


def columns_of(rows: Sequence[dict[str, Any]]) -> list[str]:
    """Union of keys in first-seen order, so every row fits one header."""
    seen: dict[str, None] = {}
    for row in rows:
        for key in row:
            seen.setdefault(key, None)
    return list(seen)
