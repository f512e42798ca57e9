"""The errors the library raises, each carrying catalogue messages.

`InvalidValue`: one value that cannot be used, wherever it was written.

Money in a file, a term after `--set`, an axis of `--grid`: each bad value
raises `InvalidValue` with a catalogue message and a hint, which the
caller turns into a Problem (a file's line and column) or a usage error (a
command-line option).  `str()` of it is the English sentence, so a Python
user sees words, not catalogue keys.
"""

from __future__ import annotations

from typing import Any

from pln_cli.catalog import Msg


class InvalidValue(ValueError):
    """A value that cannot be used; carries a message and a hint."""

    def __init__(self, message: Msg, hint: Msg | None = None) -> None:
        super().__init__(message.key)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        text = self.message.render("en")
        return f"{text} ({self.hint.render('en')})" if self.hint else text


class UsageError(Exception):
    """A request that cannot be carried out as asked (a command's exit 2).

    Raised by the api for a wrong argument or option: a name that is no
    deal, a date that is no date, a choice outside its vocabulary.
    """

    def __init__(self, message: Msg) -> None:
        super().__init__(message.key)
        self.message = message

    def __str__(self) -> str:
        return self.message.render("en")


class ProblemsFound(Exception):
    """Bad data: the Problems (`load.problem.Problem`) that stopped a use case.

    Nothing was written.  A command prints them and exits 1.
    """

    def __init__(self, problems: list[Any]) -> None:
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = list(problems)

    def __str__(self) -> str:
        return "\n".join(p.render("en") for p in self.problems)
