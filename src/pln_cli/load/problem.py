"""Problem: the one type for every piece of bad input.

A Problem says where (file, line, column), what (a catalogue message), and
what to do (a hint).  Loading never raises past the `load` package: it
returns Problems, and the CLI prints them like a compiler would.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

from pln_cli.i18n import Msg

# Shown as U+FFFD in excerpts so that the terminal never interprets them.
Severity = Literal["error", "warning"]

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Problem:
    path: str
    line: int | None
    column: int | None
    code: str
    message: Msg
    hint: Msg | None = None
    severity: Severity = "error"
    # The offending source line and how many characters to underline.
    source_line: str | None = None
    span: int = 1

    def location(self) -> str:
        if self.line is None:
            return self.path
        if self.column is None:
            return f"{self.path}:{self.line}"
        return f"{self.path}:{self.line}:{self.column}"

    def render(self, lang: str = "en") -> str:
        """hledger-style text: location, message, excerpt with a caret, hint."""
        lines = [f"{self.location()}: {self.severity}[{self.code}]: {self.message.render(lang)}"]
        if self.source_line is not None and self.column is not None:
            text = _CONTROL.sub("\ufffd", self.source_line.rstrip("\r\n").expandtabs(1))
            span = max(1, min(self.span, len(text) - self.column + 1))
            lines.append(f"  |   {text}")
            lines.append(f"  |   {' ' * (self.column - 1)}{'^' * span}")
        if self.hint is not None:
            label = "saran" if lang == "id" else "hint"
            lines.append(f"  = {label}: {self.hint.render(lang)}")
        return "\n".join(lines)

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "severity": self.severity,
            "code": self.code,
            "message": self.message.render(lang),
            "hint": self.hint.render(lang) if self.hint else None,
        }


def sort_key(problem: Problem) -> tuple:
    # File-level problems without a line (sizes, "... and 3 more") come
    # last, and "... and N more" after the rows it counts (a parquet row has
    # no line, so those sort by code otherwise).
    line = problem.line if problem.line is not None else 10**9
    return (problem.path, line, problem.column or 0, problem.code == "data-more", problem.code)
