"""Help that reads well: every command starts with an example, no `<bool>`, choices named."""

from __future__ import annotations

import pytest
import typer
from typer.testing import CliRunner

from pln_cli.catalog import tr
from pln_cli.cli.app import app


def _commands(command=None, path=()):
    command = command or typer.main.get_command(app)
    subs = getattr(command, "commands", None)
    if subs is None:
        yield path
        return
    yield path  # the group itself: its help must read well too
    for name, sub in subs.items():
        yield from _commands(sub, (*path, name))


PATHS = list(_commands())


def test_the_tree_is_walked():
    assert ("deal", "log") in PATHS and ("offer", "simulate") in PATHS and ("check",) in PATHS


@pytest.mark.parametrize("path", PATHS, ids=lambda p: " ".join(p) or "pln")
def test_help_reads_well(path):
    result = CliRunner().invoke(app, [*path, "--help"], env={"COLUMNS": "100", "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    assert "<bool>" not in result.output
    assert "<list[" not in result.output or "paths..." in result.output


def _leaf_paths():
    root = typer.main.get_command(app)
    out = []
    for path in PATHS:
        command = root
        for name in path:
            command = command.commands[name]
        if not hasattr(command, "commands"):
            out.append((path, command))
    return out


@pytest.mark.parametrize(("path", "command"), _leaf_paths(), ids=lambda v: " ".join(v) if isinstance(v, tuple) else "")
def test_every_command_starts_with_an_example_in_both_languages(path, command):
    key = "help.example." + ".".join(path)
    assert command.help.startswith(tr(key, "en") + "\n\n")
    assert tr(key, "en").startswith("Example: pln " + " ".join(path))
    assert tr(key, "id").startswith("Contoh: pln " + " ".join(path))
    assert command.short_help and not command.short_help.startswith("Example")
    result = CliRunner().invoke(app, [*path, "--help"], env={"COLUMNS": "200", "NO_COLOR": "1"})
    lines = [line.strip() for line in result.output.splitlines() if line.strip()]
    assert lines[1] == tr(key, "en")  # first line after Usage


def test_check_names_every_checklist_item():
    from pln_cli.cli.deal import CHECK_ITEMS
    from pln_cli.model.deal import CHECKLIST_KEYS

    assert CHECK_ITEMS == CHECKLIST_KEYS
    result = CliRunner().invoke(app, ["deal", "log", "--help"], env={"COLUMNS": "300", "NO_COLOR": "1"})
    for item in CHECKLIST_KEYS:
        assert item in result.output
    assert "us|them" in result.output  # --by names its values
