"""How the help reads: an example first, no `<bool>` beside flags, and in
the user's language.

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
    """Show no type beside a flag, nor beside an argument that has a metavar;
    and draw the help in the user's language (`localize_help`)."""
    global _PATCHED
    localize_help()
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


# --- Help in the user's language -------------------------------------------
#
# The English help stays where it is written, in the command modules.  At
# help time, and only then, each text is looked up in `catalog/helpid.py`
# by a stable key and swapped for the Indonesian one while the help is
# drawn, then put back (one process may draw both languages, as the tests
# do):
#
#   helpid.cmd.<path>          a command's description, without its example
#   helpid.opt.<path>.<name>   one parameter of one command
#   helpid.any.<name>          a parameter shared by many commands (--dir, --lang)
#
# <path> is the command path without `pln` (`deal.show`); the root is `pln`.
# An entry is used only while its English still reads as the code's
# (whitespace aside): a changed English help shows in English rather than
# under a stale translation, and tests/cli/test_help.py names it.

_HELP_LANG: str | None = None  # the language of the help being drawn, else None


def _flat(text: str | None) -> str:
    return " ".join((text or "").split())


def _args_of(ctx) -> list[str]:  # type: ignore[no-untyped-def]
    return getattr(ctx, "_pln_args", None) or []


def _option_value(args: list[str], name: str) -> str | None:
    """The value of `--name V` or `--name=V` among raw arguments (the last wins, as for click)."""
    found = None
    tokens = iter(args)
    for token in tokens:
        if token == "--":
            break
        if token == name:
            found = next(tokens, found)
        elif token.startswith(name + "="):
            found = token[len(name) + 1:]
    return found


def _contexts(ctx):  # type: ignore[no-untyped-def]
    while ctx is not None:
        yield ctx
        ctx = ctx.parent


def _workspace_language(ctx) -> str | None:  # type: ignore[no-untyped-def]
    """`language:` of the workspace's pln.yaml (found as `find_root` finds it:
    --dir, PLN_DIR, the nearest pln.yaml upward).  The YAML loader is
    imported only when there is a pln.yaml to read, so `pln --help`
    elsewhere stays light; help never fails on a broken file."""
    import os
    from pathlib import Path

    explicit = next((v for c in _contexts(ctx) if (v := _option_value(_args_of(c), "--dir"))), None)
    explicit = explicit or os.environ.get("PLN_DIR")
    if explicit:
        candidates = [Path(explicit)]
    else:
        here = Path.cwd().absolute()
        candidates = [here, *here.parents]
    for folder in candidates:
        if (folder / "pln.yaml").is_file():
            try:
                from pln_cli.load.workspace import workspace_language

                return workspace_language(folder)
            except Exception:  # noqa: BLE001 - `pln check` reports a broken pln.yaml; help just shows
                return None
    return None


def help_language(ctx) -> str:  # type: ignore[no-untyped-def]
    """The language of the help, settled as for the command itself: its own
    --lang, the root's --lang, PLN_LANG, pln.yaml, English.  A value that
    names no language is passed over: asking for help is never an error."""
    import os

    from pln_cli.i18n import normalize_lang

    for context in _contexts(ctx):
        found = normalize_lang(_option_value(_args_of(context), "--lang"))
        if found:
            return found
    return normalize_lang(os.environ.get("PLN_LANG")) or normalize_lang(_workspace_language(ctx)) or "en"


def command_path(ctx) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    """The command path without the program's name: ("deal", "show"); () for the root."""
    names = [c.info_name or "" for c in _contexts(ctx) if c.parent is not None]
    return tuple(reversed(names))


def _dotted(path: tuple[str, ...]) -> str:
    return ".".join(path) or "pln"


def _entry(key: str, english: str | None) -> str | None:
    """The Indonesian of entry `key`, when its English is still the code's."""
    from pln_cli.catalog import catalog, tr

    if key not in catalog() or _flat(tr(key, "en")) != _flat(english):
        return None
    return tr(key, "id")


def translated_param(path: tuple[str, ...], name: str, english: str | None) -> str | None:
    """The Indonesian help of parameter `name` of the command at `path`, or None."""
    if not english:
        return None
    return _entry(f"helpid.opt.{_dotted(path)}.{name}", english) or _entry(f"helpid.any.{name}", english)


def _split_example(path: tuple[str, ...], english: str) -> tuple[str | None, str]:
    """(the example key, the description after it) of a command's help."""
    from pln_cli.catalog import catalog, tr

    key = "help.example." + ".".join(path)
    if path and key in catalog():
        example = tr(key, "en")
        if english.startswith(example):
            return key, english[len(example):].lstrip("\n")
    return None, english


def translated_command(path: tuple[str, ...], english: str | None) -> str | None:
    """A command's whole help in Indonesian (its example first), or None."""
    from pln_cli.catalog import tr

    if english is None:
        return None
    example, body = _split_example(path, english)
    found = _entry(f"helpid.cmd.{_dotted(path)}", body)
    if found is None:
        return None
    return f"{tr(example, 'id')}\n\n{found}" if example else found


def _summary_of(help_text: str, has_example: bool) -> str:
    paragraphs = help_text.split("\n\n")
    return _summary(paragraphs[1] if has_example and len(paragraphs) > 1 else paragraphs[0])


# Typer's fixed words (module globals of typer.rich_utils) and their keys.
_RICH_WORDS = {
    "ARGUMENTS_PANEL_TITLE": "helpid.ui.arguments",
    "OPTIONS_PANEL_TITLE": "helpid.ui.options",
    "COMMANDS_PANEL_TITLE": "helpid.ui.commands",
    "DEFAULT_STRING": "helpid.ui.default",
    "REQUIRED_LONG_STRING": "helpid.ui.required",
    "ENVVAR_STRING": "helpid.ui.envvar",
}


class Swap:
    """Set attributes for the time the help is drawn; put every one back."""

    def __init__(self) -> None:
        self.saved: list[tuple[object, str, object]] = []

    def set(self, target: object, name: str, value: object) -> None:
        self.saved.append((target, name, getattr(target, name)))
        setattr(target, name, value)

    def restore(self) -> None:
        for target, name, value in reversed(self.saved):
            setattr(target, name, value)
        self.saved.clear()


def _swap_to_indonesian(command, ctx, swap: Swap) -> None:  # type: ignore[no-untyped-def]
    from typer import rich_utils

    from pln_cli.catalog import catalog, tr

    path = command_path(ctx)
    help_text = translated_command(path, command.help)
    if help_text is not None:
        swap.set(command, "help", help_text)
    for param in command.get_params(ctx):
        found = translated_param(path, param.name or "", getattr(param, "help", None))
        if found is not None:
            swap.set(param, "help", found)
    for name, sub in (getattr(command, "commands", None) or {}).items():
        sub_help = translated_command((*path, name), sub.help)
        if sub_help is None:
            continue
        has_example = _split_example((*path, name), sub.help or "")[0] is not None
        swap.set(sub, "help", sub_help)
        if sub.short_help:
            swap.set(sub, "short_help", _summary_of(sub_help, has_example))
    for attribute, key in _RICH_WORDS.items():
        if hasattr(rich_utils, attribute) and key in catalog():
            swap.set(rich_utils, attribute, tr(key, "id"))


def localize_help() -> None:
    """Draw --help in the user's language (see above); idempotent."""
    from typer import _click
    from typer.core import TyperCommand, TyperGroup

    base = _click.core.Command
    if getattr(base, "_pln_localized", False):
        return
    base._pln_localized = True  # type: ignore[attr-defined]
    parse_args = base.parse_args
    get_usage = base.get_usage

    def keep_args(self, ctx, args):  # type: ignore[no-untyped-def]
        # --help is eager: it is drawn before --lang and --dir are read, so
        # the raw arguments are kept for `help_language`.
        ctx._pln_args = list(args)
        return parse_args(self, ctx, args)

    def usage(self, ctx):  # type: ignore[no-untyped-def]
        text = get_usage(self, ctx)
        if _HELP_LANG == "id" and text.startswith("Usage:"):
            from pln_cli.catalog import tr

            # Click's metavars of the usage line, too (an option's own metavar,
            # FILE or KEY=VALUE, stays: the help text refers to it by name).
            text = tr("helpid.ui.usage", "id") + text[len("Usage:"):]
            text = text.replace("[OPTIONS]", tr("helpid.ui.options_metavar", "id"))
            text = text.replace("COMMAND [ARGS]...", tr("helpid.ui.command_metavar", "id"))
        return text

    base.parse_args = keep_args  # type: ignore[method-assign]
    base.get_usage = usage  # type: ignore[method-assign]
    for cls in (TyperCommand, TyperGroup):
        original = cls.format_help

        def format_help(self, ctx, formatter, _original=original):  # type: ignore[no-untyped-def]
            global _HELP_LANG
            language = help_language(ctx)
            if language == "en":
                return _original(self, ctx, formatter)
            swap = Swap()
            _HELP_LANG = language
            try:
                _swap_to_indonesian(self, ctx, swap)
                return _original(self, ctx, formatter)
            finally:
                _HELP_LANG = None
                swap.restore()

        cls.format_help = format_help  # type: ignore[method-assign]
