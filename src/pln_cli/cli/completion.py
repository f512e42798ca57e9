"""Shell completion: `pln completion bash|zsh|fish` prints the script; the
callbacks complete ids from the current workspace and issue keys.

The script calls `pln` again with `_PLN_COMPLETE` set; `cli/app.py` then
registers every command, so any word can be completed.  The callbacks never
raise: a folder that is not a workspace, or a file that cannot be read,
completes to nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer

SHELLS = ("bash", "zsh", "fish")
COMPLETE_VAR = "_PLN_COMPLETE"


def enable() -> None:
    """Register typer's bash, zsh and fish completion classes (cheap; idempotent)."""
    from typer._completion_classes import completion_init

    completion_init()


def script(shell: str, prog_name: str = "pln") -> str:
    from typer._completion_shared import get_completion_script

    return get_completion_script(prog_name=prog_name, complete_var=COMPLETE_VAR, shell=shell)


def _shell(value: str) -> str:
    if value not in SHELLS:
        raise typer.BadParameter(f"{value!r}: one of {', '.join(SHELLS)}")
    return value


def completion(
    shell: Annotated[str, typer.Argument(help="bash, zsh or fish.", metavar="bash|zsh|fish", callback=_shell,
                                         autocompletion=lambda incomplete: [s for s in SHELLS if s.startswith(incomplete)])],
) -> None:
    """The completion script for SHELL, on stdout.

    bash: eval "$(pln completion bash)" in ~/.bashrc; zsh: the same in
    ~/.zshrc; fish: pln completion fish > ~/.config/fish/completions/pln.fish.
    """
    typer.echo(script(shell))


def _root(ctx: typer.Context | None) -> Path | None:
    from pln_cli.load.workspace import find_root

    folder = None
    while ctx is not None and folder is None:
        folder = ctx.params.get("dir")
        ctx = ctx.parent
    try:
        return find_root(None, folder)
    except Exception:  # noqa: BLE001 - completion never fails
        return None


def workspace_ids(kind: str, root: Path | None, incomplete: str = "") -> list[str]:
    """The ids of `kind` (partners, offers, deals, meetings, campaigns) in the workspace at `root`."""
    if root is None:
        return []
    from pln_cli.load.workspace import yaml_files

    try:
        return [p.stem for p in yaml_files(root / kind) if p.stem.startswith(incomplete)]
    except OSError:
        return []


def ids(kind: str) -> Callable[[typer.Context, str], list[str]]:
    """An `autocompletion=` callback: the ids of `kind` in the current workspace."""

    def complete(ctx: typer.Context, incomplete: str) -> list[str]:
        return workspace_ids(kind, _root(ctx), incomplete)

    complete.__name__ = f"complete_{kind}"
    return complete


def issue_keys(incomplete: str) -> list[str]:
    """`--set`/`--vs`/`--grid` values: `KEY=` for each issue key, after the last comma."""
    from pln_cli.model.terms import ISSUES

    head, comma, last = incomplete.rpartition(",")
    prefix = head + comma
    if "=" in last:
        return []
    return [f"{prefix}{key}=" for key in ISSUES if key.startswith(last)]
