"""The `pln` command: a root with sub-commands, each in its own module."""

from __future__ import annotations

import os
import sys
from typing import Annotated, Optional

import typer

from pln_cli import __version__
from pln_cli.cli import check, deal, offer, report
from pln_cli.cli.common import EXIT_INTERNAL, State, check_lang

app = typer.Typer(
    name="pln",
    help=(
        "Tools for partnership deals - Presentasi, Lobi, Negosiasi.\n\n"
        "Simulate a voucher-for-spend offer before a meeting, log each negotiation "
        "round after it, and report on every deal in the workspace."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"pln {__version__}")
        raise typer.Exit()


@app.callback()
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
    # `pln --lang id deal show ...` as well as `pln deal show ... --lang id`;
    # a command's own --lang still wins.
    from pln_cli.errors import UsageError

    try:
        State.lang = check_lang(lang)
    except UsageError as exc:
        raise typer.BadParameter(str(exc), param_hint="--lang") from None


app.command("check")(check.check)
app.add_typer(offer.app, name="offer")
app.add_typer(deal.app, name="deal")
app.command("report")(report.report)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - last line of defence
        if State.debug:
            raise
        sys.stderr.write(f"pln: internal error: {type(exc).__name__}: {exc}\n")
        sys.exit(EXIT_INTERNAL)
