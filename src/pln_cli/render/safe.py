"""Text from data is shown, never obeyed.

A name, a note or a file's line may hold a terminal escape (`\x1b[2J`
clears the screen, `\x1b]0;...` sets the window title, `\x1b]8;;url`
opens a hyperlink) or Rich markup (`[/]`, `[link=...]`).  Every string
built from data goes through `visible` before it reaches a terminal, a
markdown file or an error message, and Rich is always given `Text`, never
markup.
"""

from __future__ import annotations

import re

# C0 and C1 controls, DEL, and the bidirectional overrides that make a line
# read differently from what it holds.  Tab and newline are handled apart.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str, keep_newlines: bool = False) -> str:
    """`text` with every control character written out (ESC as `\\x1b`).

    Newlines are kept only when asked (a multi-line message); otherwise
    they are shown as `\\n`, so one value stays on one line of a table.
    """
    if keep_newlines:
        return "\n".join(_CONTROL.sub(_escape, line).replace("\t", " ") for line in text.split("\n"))
    return _CONTROL.sub(_escape, text.replace("\r\n", "\n")).replace("\n", "\\n").replace("\t", " ")
