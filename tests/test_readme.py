"""The README's Python example runs, and says what the README says it does."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def test_the_python_example_runs():
    text = README.read_text(encoding="utf-8")
    block = re.search(r"<!-- python-example -->\n```python\n(.*?)```", text, re.S)
    assert block is not None
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(block.group(1), "README.md", "exec"), {})  # noqa: S102 - our own README
    base, counter = (int(v) for v in out.getvalue().split())
    # A lower threshold qualifies more transactions, so it costs us more.
    assert 0 < base < counter
