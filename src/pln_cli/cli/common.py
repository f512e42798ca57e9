"""What every command shares: options, the error boundary, language, output.

Only typer and the standard library are imported at the top, so that
`pln --help` and `pln --version` stay fast; the api and the renderers are
imported inside the functions that use them.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional, ParamSpec, TypeVar

import typer

if TYPE_CHECKING:
    from datetime import date

    from pln_cli.load.spend import Progress
    from pln_cli.catalog import Msg
    from pln_cli.load.problem import Problem
    from pln_cli.render.document import Document

P = ParamSpec("P")
R = TypeVar("R")

EXIT_OK, EXIT_DATA, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 70


class State:
    """Process-wide settings: --debug and --lang of the root, and the
    language the running command settled on (for its error messages)."""

    debug: bool = bool(os.environ.get("PLN_DEBUG"))
    lang: str | None = None  # the root's --lang, below a command's own
    language: str | None = None


LangOption = Annotated[
    Optional[str],
    typer.Option("--lang", help="Language of labels and messages: en or id (default: PLN_LANG, pln.yaml, en).", metavar="en|id"),
]
DirOption = Annotated[
    Optional[Path],
    typer.Option("--dir", help="Workspace folder (default: PLN_DIR, or found from the current folder).", metavar="DIR"),
]
OutputOption = Annotated[
    Optional[str],
    typer.Option("--output", "-o", help="Write to FILE instead of stdout; the format follows its extension.", metavar="FILE"),
]
StrictOption = Annotated[
    bool,
    typer.Option("--strict", help="Exit 1 when any file has an error (the rest is still listed)."),
]
TodayOption = Annotated[
    Optional[str],
    typer.Option("--today", help="Take this date as today (for reproducible scripts).", metavar="YYYY-MM-DD"),
]


def usage(key: str, **params: object) -> Exception:
    """A usage error (exit 2) with a catalogue message, in the user's language."""
    from pln_cli.catalog import Msg
    from pln_cli.errors import UsageError

    return UsageError(Msg(key, dict(params)))


def parse_day(text: str | None, option: str = "--date") -> date | None:
    """The date an option names (YYYY-MM-DD), None when it is not given."""
    from datetime import date

    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise usage("usage.date", option=option, text=text) from None


def guarded(func: Callable[P, R]) -> Callable[P, R]:
    """The error boundary: every error a user or the machine can cause
    becomes a message and an exit code; no traceback unless --debug."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        from pln_cli.errors import InvalidValue, ProblemsFound, UsageError

        try:
            return func(*args, **kwargs)
        except (typer.Exit, typer.Abort, typer.BadParameter):
            raise
        except UsageError as exc:
            say_error(exc.message)
            raise typer.Exit(EXIT_USAGE) from None
        except InvalidValue as exc:
            # A value given on the command line (--set, --vs, --grid, --issue).
            say_error(exc.message, exc.hint)
            raise typer.Exit(EXIT_USAGE) from None
        except ProblemsFound as exc:
            print_problems(exc.problems, current_language(), stream=sys.stderr)
            raise typer.Exit(EXIT_DATA) from None
        except KeyboardInterrupt:
            raise typer.Exit(130) from None
        except BrokenPipeError:
            # `pln report | head`: the reader left; that is not an error.
            _silence_stdout()
            raise typer.Exit(EXIT_OK) from None
        except (OSError, MemoryError, RecursionError) as exc:
            # The machine said no: a full disk, a folder we may not read, a
            # name too long.  Not a bug in pln, so not exit 70.
            if State.debug:
                raise
            say_environment_error(exc)
            raise typer.Exit(EXIT_DATA) from None
        except Exception as exc:  # noqa: BLE001 - this is the boundary
            if State.debug:
                raise
            err(f"pln: internal error: {type(exc).__name__}: {exc}")
            err("pln: this is a bug in pln; run again with --debug for details and report it")
            raise typer.Exit(EXIT_INTERNAL) from None

    return wrapper


def current_language() -> str:
    """The command's language once settled; until then --lang or PLN_LANG."""
    if State.language:
        return State.language
    try:
        from typer._click.globals import get_current_context  # typer vendors Click (0.27 on)
    except ImportError:  # pragma: no cover - another typer: --lang and PLN_LANG only
        ctx = None
    else:
        ctx = get_current_context(silent=True)
    if ctx is not None:
        # Inside a command that has not settled its language yet (an error
        # in its arguments): the command's own --lang and pln.yaml count,
        # as they do for its help and usage errors.
        from pln_cli.cli.helptext import help_language

        return help_language(ctx)
    from pln_cli.i18n import normalize_lang

    return normalize_lang(State.lang) or normalize_lang(os.environ.get("PLN_LANG")) or "en"


def say_error(message: Msg, hint: Msg | None = None) -> None:
    from pln_cli.i18n import tr
    from pln_cli.render.safe import visible

    lang = current_language()
    err(f"pln: {tr('word.error', lang)}: {visible(message.render(lang))}")
    if hint is not None:
        err(f"  = {tr('word.hint', lang)}: {visible(hint.render(lang))}")


def say_warning(message: Msg) -> None:
    from pln_cli.i18n import tr
    from pln_cli.render.safe import visible

    lang = current_language()
    err(f"pln: {tr('word.warning', lang)}: {visible(message.render(lang))}")


def say_environment_error(exc: BaseException) -> None:
    from pln_cli.catalog import Msg

    if isinstance(exc, OSError):
        where = exc.filename if exc.filename is not None else ""
        say_error(Msg("env.os_error", {"file": str(where), "reason": exc.strerror or str(exc)}))
    else:
        say_error(Msg("env.resources", {"reason": type(exc).__name__}))


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def waiting(lang: str) -> None:
    """Said once when another writer holds the lock of the file we append to."""
    from pln_cli.i18n import tr

    err(f"pln: {tr('append.waiting', lang)}")


def err(text: str) -> None:
    typer.echo(text, err=True)


def print_problems(problems: Sequence[Problem], lang: str, stream: object = None) -> None:
    from pln_cli.load.problem import sort_key
    from pln_cli.render.safe import visible

    out = stream or sys.stdout
    for problem in sorted(problems, key=sort_key):
        out.write(visible(problem.render(lang), keep_newlines=True) + "\n")  # type: ignore[attr-defined]
    out.flush()  # type: ignore[attr-defined]


def report_problems(problems: Sequence[Problem], lang: str, strict: bool) -> None:
    """The policy for a command that lists many files: the good ones are
    listed, the Problems of the others go to stderr, and --strict makes any
    error exit 1."""
    if not problems:
        return
    print_problems(problems, lang, stream=sys.stderr)
    if strict and any(p.severity == "error" for p in problems):
        raise typer.Exit(EXIT_DATA)


def check_lang(value: str | None) -> str | None:
    """--lang: en or id (or a documented alias); anything else is a usage error."""
    if value is None:
        return None
    from pln_cli.i18n import normalize_lang

    found = normalize_lang(value)
    if found is None:
        raise usage("usage.lang", value=value)
    return found


def settle_language(option: str | None, workspace_default: str | None = None) -> str:
    """--lang, else the root's --lang, else PLN_LANG, else pln.yaml, else English.

    A PLN_LANG that names no language is not silently ignored: a warning
    says so, once, and English is used.
    """
    from pln_cli.i18n import normalize_lang

    chosen = check_lang(option) or State.lang
    if chosen is None:
        env = os.environ.get("PLN_LANG")
        if env:
            chosen = normalize_lang(env)
            if chosen is None:
                from pln_cli.i18n import tr
                from pln_cli.render.safe import visible

                fallback = normalize_lang(workspace_default) or "en"
                err(f"pln: {tr('word.warning', fallback)}: {visible(tr('env.bad_pln_lang', fallback, value=env))}")
    language = chosen or normalize_lang(workspace_default) or "en"
    State.language = language
    return language


def language_at(root: Path, option: str | None) -> str:
    """The language for a command working in the workspace at `root`."""
    from pln_cli.load.workspace import workspace_language

    return settle_language(option, workspace_language(root))


def format_for(option: str | None, output: str | None, allowed: tuple[str, ...], default: str = "table") -> str:
    """--format wins; else the extension of -o FILE; else `default`."""
    if option:
        value = option.lower()
        if value not in allowed:
            raise usage("usage.format", value=option, allowed=", ".join(allowed))
        return value
    if output is not None and output != "-":
        by_extension = {".json": "json", ".jsonl": "jsonl", ".csv": "csv", ".md": "markdown", ".markdown": "markdown", ".txt": "table", ".xlsx": "xlsx"}
        suffix = Path(output).suffix.lower()
        if suffix not in by_extension or by_extension[suffix] not in allowed:
            raise usage("usage.format_of_file", file=output, allowed=", ".join(allowed))
        return by_extension[suffix]
    return default


def write_output(text: str, output: str | None, root: Path | None = None, reads: Sequence[Path] = ()) -> None:
    """To stdout, or safely to -o FILE (see `cli.output`)."""
    from pln_cli.cli.output import write_text

    write_text(text, output, root, reads)


def write_binary(data: bytes, output: str | None, root: Path | None = None, reads: Sequence[Path] = ()) -> None:
    """A binary document (a workbook, a deck) to -o FILE, or to a pipe;
    never onto a terminal, where it would be noise."""
    if (output is None or output == "-") and stdout_is_terminal():
        raise usage("xlsx.terminal")
    from pln_cli.cli.output import write_bytes

    write_bytes(data, output, root, reads)


# Files smaller than this are read before a bar would be worth drawing.
PROGRESS_MIN_BYTES = 8 * 1024 * 1024


class progress_bar:
    """A Rich progress bar on stderr while a big file is read on a terminal."""

    def __init__(self, path: Path | None) -> None:
        self.path, self.bar = path, None

    def __enter__(self) -> "Progress | None":
        import sys

        try:
            big = self.path is not None and self.path.stat().st_size >= PROGRESS_MIN_BYTES
        except OSError:
            big = False
        if not big or not sys.stderr.isatty():
            return None
        from rich.console import Console
        from rich.progress import BarColumn, DownloadColumn, TimeRemainingColumn
        from rich.progress import Progress as Bar

        self.bar = Bar("{task.description}", BarColumn(), DownloadColumn(), TimeRemainingColumn(), console=Console(stderr=True), transient=True)
        task = self.bar.add_task(self.path.name.replace("[", "\\["), total=self.path.stat().st_size)
        self.bar.start()
        return lambda done, total: self.bar.update(task, completed=done, total=total)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


def stdout_is_terminal() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def stdin_is_terminal() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def draw_document(document: Document, chosen: str, output: str | None, root: Path | None = None, reads: Sequence[Path] = ()) -> None:
    """Markdown when asked; Rich on a terminal; plain, stable text otherwise."""
    from pln_cli.render.document import color_forced, make_console, to_markdown, to_plain, to_rich

    if chosen == "markdown":
        write_output(to_markdown(document), output, root, reads)
    elif output is None and (stdout_is_terminal() or color_forced()):
        to_rich(document, make_console())
    else:
        write_output(to_plain(document), output, root, reads)


def parse_today(text: str | None) -> object:
    """--today, or the real date."""
    from datetime import date

    if text is None:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise usage("usage.date", option="--today", text=text) from None


def split_values(values: list[str]) -> set[str]:
    """Repeatable options that also take comma-separated values."""
    return {part.strip() for value in values for part in value.split(",") if part.strip()}
