"""How the help reads: an example first, no `<bool>` beside flags.

Typer 0.29 prints the Python type of every parameter in the help table
(`--strict <bool>`, `OFFER... <list[str]>`).  A flag takes no value and an
argument with a metavar already names its value, so neither shows a type.
Every command's help starts with its example (`help.example.<path>` in
`catalog/help.py`); the listing of a group keeps the one-line summary.
"""

from __future__ import annotations

import inspect

import typer
from typer.core import TyperArgument, TyperOption

_PATCHED = False


def tidy_types() -> None:
    """Show no type beside a flag, nor beside an argument that has a metavar."""
    global _PATCHED
    if _PATCHED:
        return
    _PATCHED = True
    option_type = TyperOption.display_type_rich
    argument_type = TyperArgument.display_type_rich

    def option_display(self: TyperOption, ctx):  # type: ignore[no-untyped-def]
        if self.is_flag and not self.count:
            return None
        return option_type(self, ctx)

    def argument_display(self: TyperArgument, ctx):  # type: ignore[no-untyped-def]
        if self.metavar is not None:
            return None
        return argument_type(self, ctx)

    TyperOption.display_type_rich = option_display  # type: ignore[method-assign]
    TyperArgument.display_type_rich = argument_display  # type: ignore[method-assign]


def _summary(paragraph: str) -> str:
    return " ".join(line.strip() for line in paragraph.splitlines())


def add_examples(app: typer.Typer, path: tuple[str, ...]) -> None:
    """Put each command's example first in its help (idempotent: the sub-apps are module-level)."""
    from pln_cli.catalog import catalog

    for info in app.registered_commands:
        name = info.name or (info.callback.__name__ if info.callback else "")
        doc = info.help or inspect.getdoc(info.callback) or ""
        entry = catalog().get("help.example." + ".".join((*path, name)))
        if entry is None:  # tests/cli/test_help.py asks every command for one; never fail a run for it
            continue
        example = entry[0]
        if doc.split("\n\n")[0] != example:
            rest = doc[len(doc.split("\n\n")[0]):].lstrip("\n") if doc.startswith("Example:") else doc
            doc = f"{example}\n\n{rest}" if rest else example
        info.help = doc
        if info.short_help is None:
            body = doc.split("\n\n")
            info.short_help = _summary(body[1]) if len(body) > 1 else ""
