"""What every command shares: options, the error boundary, output.

Only typer and the standard library are imported here, so that
`pln --help` and `pln --version` stay fast; commands import the core and
the renderers inside their bodies.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Annotated, Any, NoReturn, Optional, TypeVar

import typer

F = TypeVar("F", bound=Callable[..., Any])

EXIT_OK, EXIT_DATA, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 70


class State:
    """Process-wide flags set by the root callback."""

    debug: bool = bool(os.environ.get("PLN_DEBUG"))
    lang: str | None = None  # the root's --lang, below a command's own


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


class UsageProblem(Exception):
    """Bad command-line usage: exit code 2."""


class DataProblems(Exception):
    """Bad input data: the Problems are printed and the exit code is 1."""

    def __init__(self, problems: list[Any], lang: str = "en") -> None:
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems
        self.lang = lang


def check_lang(value: str | None) -> str | None:
    if value is not None and value.lower()[:2] not in ("en", "id"):
        raise UsageProblem(f"--lang must be en or id, not {value!r}")
    return value


def guarded(func: F) -> F:
    """The error boundary: no traceback reaches a user unless --debug is on."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (typer.Exit, typer.Abort, typer.BadParameter):
            raise
        except UsageProblem as exc:
            err(f"pln: error: {exc}")
            raise typer.Exit(EXIT_USAGE) from None
        except DataProblems as exc:
            print_problems(exc.problems, exc.lang, stream=sys.stderr)
            raise typer.Exit(EXIT_DATA) from None
        except KeyboardInterrupt:
            raise typer.Exit(130) from None
        except BrokenPipeError:
            # `pln report | head`: the reader left; that is not an error.
            _silence_stdout()
            raise typer.Exit(EXIT_OK) from None
        except Exception as exc:  # noqa: BLE001 - this is the boundary
            if State.debug:
                raise
            err(f"pln: internal error: {type(exc).__name__}: {exc}")
            err("pln: this is a bug in pln; run again with --debug for details and report it")
            raise typer.Exit(EXIT_INTERNAL) from None

    return wrapper  # type: ignore[return-value]


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def err(text: str) -> None:
    typer.echo(text, err=True)


def print_problems(problems: Iterable[Any], lang: str, stream: Any = None) -> None:
    from pln_cli.load.problem import sort_key

    ordered = sorted(problems, key=sort_key)
    out = stream or sys.stdout
    for problem in ordered:
        out.write(problem.render(lang) + "\n")
    out.flush()


def lang_for(option: str | None, workspace_default: str | None = None) -> str:
    from pln_cli.i18n import resolve_lang

    return resolve_lang(check_lang(option) or State.lang, workspace_default)


def language_at(root: Path, option: str | None) -> str:
    """--lang, else PLN_LANG, else the workspace's pln.yaml, else English."""
    from pln_cli.load.workspace import workspace_language

    return lang_for(option, workspace_language(root))


def term_problem(exc: Any, lang: str, prefix: str = "") -> UsageProblem:
    """A --vs/--set/--grid/--issue value that is not a term, as a usage error."""
    hint = f" ({exc.hint.render(lang)})" if exc.hint else ""
    return UsageProblem(f"{prefix}{exc.message.render(lang)}{hint}")


def format_for(option: str | None, output: str | None, allowed: tuple[str, ...], default: str = "table") -> str:
    """--format wins; else the extension of -o FILE; else `default`."""
    if option:
        value = option.lower()
        if value not in allowed:
            raise UsageProblem(f"--format must be one of {', '.join(allowed)}, not {option!r}")
        return value
    if output and output != "-":
        by_extension = {".json": "json", ".jsonl": "jsonl", ".csv": "csv", ".md": "markdown", ".markdown": "markdown", ".txt": "table"}
        suffix = Path(output).suffix.lower()
        if suffix not in by_extension or by_extension[suffix] not in allowed:
            raise UsageProblem(f"cannot tell the format of {output!r} from its extension; add --format ({', '.join(allowed)})")
        return by_extension[suffix]
    return default


def write_output(text: str, output: str | None) -> None:
    """To stdout, or atomically to a file: a reader never sees half a report."""
    if not text.endswith("\n"):
        text += "\n"
    if output is None or output == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    target = Path(output)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UsageProblem(f"cannot write {output}: {exc.strerror or exc}") from None


def stdout_is_terminal() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def draw_document(document: Any, chosen: str, output: str | None) -> None:
    """Markdown when asked; Rich on a terminal; plain, stable text otherwise."""
    from pln_cli.render.document import make_console, to_markdown, to_plain, to_rich

    if chosen == "markdown":
        write_output(to_markdown(document), output)
    elif output is None and stdout_is_terminal():
        to_rich(document, make_console())
    else:
        write_output(to_plain(document), output)


def require_workspace(root: Path) -> None:
    """Refuse to work silently on a folder that is not a workspace."""
    if (root / "pln.yaml").is_file() or any((root / kind).is_dir() for kind in ("partners", "offers", "deals")):
        return
    raise UsageProblem(f"{root}: not a pln workspace (no pln.yaml, partners/, offers/ or deals/); use --dir or PLN_DIR")


def die_usage(message: str) -> NoReturn:
    raise UsageProblem(message)
