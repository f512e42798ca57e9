"""The `pln` command: a root with sub-commands, each in its own module.

Start-up pays only for the command that runs: `main()` looks at the
command line and registers just that command's module (all of them for
`pln --help` and for shell completion).  `app`, the whole tree, is built
on first access, for tests and for `python -m pln_cli`.
"""

from __future__ import annotations

import os
import sys
from typing import Annotated, Optional

import typer

from pln_cli import __version__
from pln_cli.cli.common import EXIT_INTERNAL, State, check_lang

def _version(value: bool) -> None:
    if value:
        typer.echo(f"pln {__version__}")
        raise typer.Exit()


def root(
    version: Annotated[
        Optional[bool],
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit."),
    ] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show Python tracebacks for internal errors.")] = False,
    lang: Annotated[Optional[str], typer.Option("--lang", help="Language for every command: en or id.", metavar="en|id")] = None,
) -> None:
    """Presentasi, Lobi, Negosiasi: partnership deals, exactly."""
    State.debug = debug or bool(os.environ.get("PLN_DEBUG"))
    State.language = None  # settled again by this command (a test runs many in one process)
    # `pln --lang id deal show ...` as well as `pln deal show ... --lang id`;
    # a command's own --lang still wins.
    from pln_cli.errors import UsageError

    try:
        State.lang = check_lang(lang)
    except UsageError as exc:
        raise typer.BadParameter(str(exc), param_hint="--lang") from None


# name -> (module, attribute, is a group of sub-commands)
COMMANDS: dict[str, tuple[str, str, bool]] = {
    "check": ("pln_cli.cli.check", "check", False),
    "offer": ("pln_cli.cli.offer", "app", True),
    "deal": ("pln_cli.cli.deal", "app", True),
    "report": ("pln_cli.cli.report", "report", False),
    "meeting": ("pln_cli.cli.meeting", "app", True),
    "lobby": ("pln_cli.cli.lobby", "app", True),
    "due": ("pln_cli.cli.due", "due", False),
    "campaign": ("pln_cli.cli.campaign", "app", True),
    "init": ("pln_cli.cli.start", "init", False),
    "partner": ("pln_cli.cli.start", "partner_app", True),
    "completion": ("pln_cli.cli.completion", "completion", False),
    "help": ("pln_cli.cli.help", "help_topic", False),
}
_ROOT_OPTIONS_WITH_VALUE = {"--lang"}


def build_app(only: str | None = None, *, commands: bool = True) -> typer.Typer:
    """The root with every command (`only` None), or with just `only`."""
    import importlib

    from pln_cli.cli.completion import enable
    from pln_cli.cli.helptext import add_examples, tidy_types

    tidy_types()
    enable()
    root_app = typer.Typer(
        name="pln",
        help=(
            "Tools for partnership deals - Presentasi, Lobi, Negosiasi.\n\n"
            "Plan a client meeting and get the head's acc, work the partner's people, "
            "simulate a voucher-for-spend offer, log each negotiation round, see what "
            "is due, and report on every deal in the workspace."
        ),
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    root_app.callback()(root)
    for name, (module, attribute, group) in COMMANDS.items():
        if not commands or (only is not None and name != only):
            continue
        target = getattr(importlib.import_module(module), attribute)
        if group:
            add_examples(target, (name,))
            root_app.add_typer(target, name=name)
        else:
            root_app.command(name)(target)
    add_examples(root_app, ())
    return root_app


def command_of(argv: list[str]) -> str | None:
    """The sub-command named on the command line, past the root's options."""
    args = iter(argv)
    for arg in args:
        if arg in _ROOT_OPTIONS_WITH_VALUE:
            next(args, None)
        elif not arg.startswith("-"):
            return arg
    return None


def __getattr__(name: str) -> typer.Typer:
    if name == "app":
        globals()["app"] = built = build_app()
        return built
    raise AttributeError(name)


def main() -> None:
    argv = sys.argv[1:]
    wanted = command_of(argv)
    if "--version" in argv and (wanted is None or argv.index("--version") < argv.index(wanted)):
        runner = build_app(commands=False)  # --version answers before any command runs
    elif wanted in COMMANDS and "_PLN_COMPLETE" not in os.environ and not any(k.endswith("_COMPLETE") for k in os.environ):
        runner = build_app(wanted)
    else:
        runner = build_app()  # help, completion, or a name to be refused
    try:
        runner()
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - last line of defence
        if State.debug:
            raise
        sys.stderr.write(f"pln: internal error: {type(exc).__name__}: {exc}\n")
        sys.exit(EXIT_INTERNAL)
