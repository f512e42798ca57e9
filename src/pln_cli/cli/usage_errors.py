"""Usage errors (exit 2) in the user's language.

A usage error (exit 2) is drawn by typer: the usage line, "Try 'pln ... -h'
for help.", and a panel titled "Error" around Click's message.  Under
Indonesian (settled as for the help, `help_language`) every part is
Indonesian: the usage line and the two fixed texts are swapped while the
error is drawn, as for the help, and the message is rebuilt from the
exception's own attributes (`MissingParameter.param`, `NoSuchOption.
possibilities`, `BadParameter.param_hint`...) or, where Click gives only a
sentence, read back against Click's template.  Every translation is
checked: its English (the catalogue's, `helpid.ui.*`) must give back
Click's message exactly, else the message stays English -- a Click release
that rewords one is shown as it is rather than mistranslated.  English is
never touched: the original renderer draws it.
"""

from __future__ import annotations

import re

from pln_cli.cli import helptext


def _template_pattern(template: str, groups: dict[str, str]) -> re.Pattern[str]:
    """A catalogue template ("Option {name} requires an argument.") as a regex."""
    parts = re.split(r"\{(\w+)\}", template)
    pattern = "".join(
        re.escape(part) if i % 2 == 0 else f"(?P<{part}>{groups.get(part, '.+?')})" for i, part in enumerate(parts)
    )
    return re.compile(pattern, re.S)


# Groups narrower than "anything": a count is digits, a path kind one of typer's three.
_GROUPS = {"count": r"\d+", "given": r"\d+", "kind": "file|dir|path", "limit": r"-?\d+(?:\.\d+)?(?:e[+-]?\d+)?"}

# Whole messages that Click and typer give only as a sentence.
_SENTENCES = (
    "helpid.ui.missing_command",
    "helpid.ui.extra_args",
    "helpid.ui.needs_value",
    "helpid.ui.needs_values",
    "helpid.ui.takes_no_value",
    "helpid.ui.argument_takes",
)

# The reason after "Invalid value for X: ": typer's and pydantic's sentences.
_REASONS = (
    "helpid.ui.value.int",
    "helpid.ui.value.int_fraction",
    "helpid.ui.value.int_size",
    "helpid.ui.value.int_plain",
    "helpid.ui.value.number",
    "helpid.ui.value.number_plain",
    "helpid.ui.value.finite",
    "helpid.ui.value.bool",
    "helpid.ui.value.ge",
    "helpid.ui.value.gt",
    "helpid.ui.value.le",
    "helpid.ui.value.lt",
    "helpid.ui.value.choice",
    "helpid.ui.value.formats",
    "helpid.ui.value.tuple_count",
    "helpid.ui.value.iterable",
    "helpid.ui.value.not_valid",
    "helpid.ui.path.missing",
    "helpid.ui.path.is_file",
    "helpid.ui.path.is_dir",
    "helpid.ui.path.unreadable",
    "helpid.ui.path.unwritable",
)

# A path sentence reads right in Indonesian only for the kind typer gives it
# ("dir 'x' is a file.": a folder was asked for).
_PATH_KIND_FOR = {"helpid.ui.path.is_file": "dir", "helpid.ui.path.is_dir": "file"}


def _read_back(keys: tuple[str, ...], text: str) -> tuple[str, dict[str, str]] | None:
    """(key, fields) of the first template whose English gives `text` exactly."""
    from pln_cli.catalog import tr

    for key in keys:
        english = tr(key, "en", **{name: "{" + name + "}" for name in _fields(key)})
        found = _template_pattern(english, _GROUPS).fullmatch(text)
        if found is not None and tr(key, "en", **found.groupdict()) == text:
            return key, found.groupdict()
    return None


def _fields(key: str) -> list[str]:
    from pln_cli.catalog import catalog

    return re.findall(r"(?<!\{)\{(\w+)\}(?!\})", catalog()[key][0])


def _quoted_names(text: str) -> list[str] | None:
    """["'log'", "'lobby'"] of typer's "'log', 'lobby'" (None when it does not split cleanly)."""
    names = re.findall(r"'[^']*'|\"[^\"]*\"", text)
    return names if names and ", ".join(names) == text else None


def _or_list(names: list[str]) -> str:
    """Indonesian "a, b atau c"."""
    from pln_cli.catalog import tr
    from pln_cli.prep.text import series

    return series(names, tr("helpid.ui.or", "id"))


def _both(key: str, **fields: str) -> tuple[str, str]:
    """(English, Indonesian) of catalogue entry `key`."""
    from pln_cli.catalog import tr

    return tr(key, "en", **fields), tr(key, "id", **fields)


def _reason(exc, message: str) -> tuple[str, str] | None:  # type: ignore[no-untyped-def]
    """(English, Indonesian) of the reason of a BadParameter."""
    from pln_cli.catalog import tr

    own = getattr(exc, "pln_message", None)  # pln's own message (the root's --lang): a catalogue Msg
    if own is not None:
        english = own.render("en")
        return (english, own.render("id")) if english == message else None
    found = _read_back(_REASONS, message)
    if found is None:
        return None
    key, fields = found
    if key in _PATH_KIND_FOR and fields["kind"] != _PATH_KIND_FOR[key]:
        return None
    indonesian = dict(fields)
    if "kind" in fields:
        indonesian["kind"] = tr(f"helpid.ui.path.kind.{fields['kind']}", "id")
    if "limit" in fields:
        indonesian["limit"] = fields["limit"].replace(".", ",")  # the decimal comma
    return tr(key, "en", **fields), tr(key, "id", **indonesian)


def _hint_of(exc) -> str | None:  # type: ignore[no-untyped-def]
    from typer._click.exceptions import _join_param_hints

    hint = exc.param_hint if exc.param_hint is not None else exc.param.get_error_hint() if exc.param is not None else None
    return _join_param_hints(hint)


def _missing(exc) -> tuple[str, str] | None:  # type: ignore[no-untyped-def]

    hint = _hint_of(exc)
    kind = exc.param_type or (exc.param.param_type_name if exc.param is not None else None)
    if exc.message or not hint or kind not in ("argument", "option", "parameter"):
        return None  # a message of the code's own, or no name to give: as Click says it
    english, indonesian = _both(f"helpid.ui.missing.{kind}", name=hint)
    extra = exc.param.get_missing_message(ctx=exc.ctx) if exc.param is not None else ""
    if extra:
        found = _read_back(("helpid.ui.choose_from",), extra)
        if found is None:
            return None
        more = _both(found[0], **found[1])
        english, indonesian = f"{english} {more[0]}", f"{indonesian} {more[1]}"
    return english, indonesian


def _bad_value(exc) -> tuple[str, str] | None:  # type: ignore[no-untyped-def]
    from pln_cli.catalog import tr

    reason = _reason(exc, exc.message)
    if reason is None:
        return None
    hint = _hint_of(exc)
    # Not `_both`: the reason itself is worded in each language.
    if hint is None:
        return tr("helpid.ui.invalid", "en", reason=reason[0]), tr("helpid.ui.invalid", "id", reason=reason[1])
    return tr("helpid.ui.invalid_for", "en", name=hint, reason=reason[0]), tr("helpid.ui.invalid_for", "id", name=hint, reason=reason[1])


def _no_such_option(exc) -> tuple[str, str] | None:  # type: ignore[no-untyped-def]
    from typer._click.utils import _escape_control_characters

    from pln_cli.catalog import tr

    name = _escape_control_characters(exc.option_name)
    english, indonesian = _both("helpid.ui.no_such_option", name=name)
    if exc.message != english:
        return None
    if exc.possibilities:
        names = sorted(exc.possibilities)
        english += " " + tr("helpid.ui.possible_options", "en", names=", ".join(names))
        indonesian += " " + tr("helpid.ui.possible_options", "id", names=_or_list(names))
    return english, indonesian


def _no_such_command(message: str) -> tuple[str, str] | None:
    """typer's "No such command 'lg'." with its " Did you mean 'log'?"."""
    from pln_cli.catalog import tr

    with_suggestion = _read_back(("helpid.ui.no_such_command_suggest",), message)
    if with_suggestion is not None:
        fields = with_suggestion[1]
        names = _quoted_names(fields["names"])
        if names is None:
            return None
        return (
            tr("helpid.ui.no_such_command_suggest", "en", **fields),
            tr("helpid.ui.no_such_command_suggest", "id", name=fields["name"], names=_or_list(names)),
        )
    found = _read_back(("helpid.ui.no_such_command",), message)
    return None if found is None else _both(found[0], **found[1])


def usage_error_text(exc) -> str | None:  # type: ignore[no-untyped-def]
    """The Indonesian of a Click usage error's message, or None where it
    cannot be read with certainty (then the English stands)."""
    from typer._click import exceptions as click_errors


    try:
        english = exc.format_message()
        if isinstance(exc, click_errors.MissingParameter):
            pair = _missing(exc)
        elif isinstance(exc, click_errors.BadParameter):
            pair = _bad_value(exc)
        elif isinstance(exc, click_errors.NoSuchOption):
            pair = _no_such_option(exc)
        elif isinstance(exc, click_errors.UsageError):
            pair = _no_such_command(english)
            if pair is None and (found := _read_back(_SENTENCES, english)) is not None:
                pair = _both(found[0], **found[1])
        else:
            pair = None
    except Exception:  # noqa: BLE001 - a translation never replaces the error itself
        return None
    if pair is None or pair[0] != english:
        return None
    return pair[1]


def _error_language(exc) -> str:  # type: ignore[no-untyped-def]
    try:
        return helptext.help_language(getattr(exc, "ctx", None) or getattr(exc, "_pln_ctx", None))
    except Exception:  # noqa: BLE001 - English, rather than no error message at all
        return "en"


def _try_help(rich: bool) -> str:
    """"Coba '{command_path} {help_option}' untuk bantuan.", blue as typer draws it on a terminal."""
    from pln_cli.catalog import tr

    text = tr("helpid.ui.try_help", "id", command_path="{command_path}", help_option="{help_option}")
    quoted = "'{command_path} {help_option}'"
    return text.replace(quoted, f"[blue]{quoted}[/]") if rich else text


def _in_indonesian(exc, draw):  # type: ignore[no-untyped-def]
    """Draw usage error `exc` with `draw()` in Indonesian: usage line, fixed texts, message."""
    message = usage_error_text(exc)
    if message is not None:
        exc.format_message = lambda: message  # this exception only; it is not drawn again
    helptext._HELP_LANG = "id"  # the usage line, as the help draws it
    try:
        return draw()
    finally:
        helptext._HELP_LANG = None
        if message is not None:
            del exc.format_message


_RENDERER_READY = False


def arm(exc, ctx) -> None:  # type: ignore[no-untyped-def]
    """Note where usage error `exc` arose (Click's parser gives some no
    context) and make typer's renderer speak Indonesian.  Done on the
    error path only: Rich is imported to draw the error anyway, and a run
    without an error never loads it."""
    global _RENDERER_READY
    if getattr(exc, "_pln_ctx", None) is None:
        exc._pln_ctx = ctx
    if _RENDERER_READY:
        return
    _RENDERER_READY = True
    from typer import core

    if not core.HAS_RICH:
        return  # typer calls `show()`, localized in `localize_usage_errors`
    try:
        from typer import rich_utils
    except ImportError:
        return
    original = rich_utils.rich_format_error

    def rich_format_error(error) -> None:  # type: ignore[no-untyped-def]
        if error.__class__.__name__ == "NoArgsIsHelpError" or _error_language(error) != "id":
            return original(error)
        from pln_cli.catalog import tr

        swap = helptext.Swap()
        swap.set(rich_utils, "ERRORS_PANEL_TITLE", tr("helpid.ui.error", "id"))
        swap.set(rich_utils, "RICH_HELP", _try_help(rich=True))
        try:
            return _in_indonesian(error, lambda: original(error))
        finally:
            swap.restore()

    rich_utils.rich_format_error = rich_format_error


def localize_usage_errors() -> None:
    """Usage errors in the user's language (see above); idempotent.  Call
    it after `helptext.localize_help`, whose usage line it reuses."""
    from typer import _click
    from typer._click import exceptions as click_errors
    from typer.core import TyperCommand, TyperGroup

    base = _click.core.Command
    if getattr(base, "_pln_usage_errors", False):
        return
    base._pln_usage_errors = True  # type: ignore[attr-defined]
    parse_args = base.parse_args

    def armed_parse_args(self, ctx, args):  # type: ignore[no-untyped-def]
        try:
            return parse_args(self, ctx, args)
        except click_errors.ClickException as exc:
            arm(exc, ctx)
            raise

    base.parse_args = armed_parse_args  # type: ignore[method-assign]
    for cls in (TyperCommand, TyperGroup):
        invoke = cls.invoke

        def armed_invoke(self, ctx, _invoke=invoke):  # type: ignore[no-untyped-def]
            try:
                return _invoke(self, ctx)
            except click_errors.ClickException as exc:
                arm(exc, ctx)
                raise

        cls.invoke = armed_invoke  # type: ignore[method-assign]

    show = click_errors.UsageError.show

    def plain_show(self, file=None):  # type: ignore[no-untyped-def]
        # Without Rich (TYPER_USE_RICH=0) typer prints the error itself.
        if _error_language(self) != "id":
            return show(self, file)
        from typer._click._compat import get_text_stderr
        from typer._click.utils import echo

        from pln_cli.catalog import tr

        def draw() -> None:
            out = file if file is not None else get_text_stderr()
            color = self.ctx.color if self.ctx is not None else None
            if self.ctx is not None:
                hint = ""
                if self.ctx.command.get_help_option(self.ctx) is not None:
                    hint = _try_help(rich=False).format(command_path=self.ctx.command_path, help_option=self.ctx.help_option_names[0]) + "\n"
                echo(f"{self.ctx.get_usage()}\n{hint}", file=out, color=color)
            echo(f"{tr('helpid.ui.error', 'id')}: {self.format_message()}", file=out, color=color)

        return _in_indonesian(self, draw)

    click_errors.UsageError.show = plain_show  # type: ignore[method-assign]
