"""Every catalogue key the code uses exists, in both languages.

The code is read, not run: every string literal passed as the key of
`Msg`, `tr`, `label` or `usage` is looked up, and every f-string key
(`f"deal.status.{status}"`) must match at least one entry.  A key missing
here would otherwise raise only when a user reaches that message.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from pln_cli.catalog import CATALOG

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "pln_cli"
CALLS = {"Msg", "tr", "label", "usage", "fail_msg"}


def _used_keys() -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    literal, patterns = set(), set()
    for path in PACKAGE.rglob("*.py"):
        if "catalog" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else node.func.attr if isinstance(node.func, ast.Attribute) else None
            if name not in CALLS:
                continue
            first = node.args[0]
            where = f"{path.relative_to(PACKAGE)}:{node.lineno}"
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                literal.add((first.value, where))
            elif isinstance(first, ast.JoinedStr):
                pattern = "".join(re.escape(v.value) if isinstance(v, ast.Constant) else "[a-z0-9_.]+" for v in first.values)
                patterns.add((pattern, where))
    return literal, patterns


LITERAL, PATTERNS = _used_keys()


def test_the_scan_finds_the_keys():
    assert len(LITERAL) > 200 and len(PATTERNS) > 5


@pytest.mark.parametrize("key,where", sorted(LITERAL))
def test_literal_key_exists(key, where):
    assert key in CATALOG, f"{where}: unknown catalogue key {key!r}"


@pytest.mark.parametrize("pattern,where", sorted(PATTERNS))
def test_pattern_key_matches_an_entry(pattern, where):
    assert any(re.fullmatch(pattern, key) for key in CATALOG), f"{where}: no catalogue key matches {pattern!r}"
