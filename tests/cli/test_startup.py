"""Start-up stays lean: --version and --help import no models, YAML or tables."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ["pln_cli.model", "pln_cli.load", "pln_cli.econ", "pln_cli.render", "tabulate", "yaml"]


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["offer", "--help"], ["deal", "--help"], ["report", "--help"], ["check", "--help"]])
def test_light_commands_import_nothing_heavy(args):
    code = (
        "import sys\n"
        "from pln_cli.cli.app import app\n"
        "try:\n"
        f"    app({args!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        f"loaded = [m for m in {HEAVY!r} if any(k == m or k.startswith(m + '.') for k in sys.modules)]\n"
        "print('LOADED', loaded)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "LOADED []" in out


def test_every_command_has_help():
    from typer.testing import CliRunner

    from pln_cli.cli.app import app

    runner = CliRunner()
    for args in (["check"], ["offer", "simulate"], ["deal", "new"], ["deal", "log"], ["deal", "close"], ["deal", "show"], ["deal", "list"], ["report"]):
        result = runner.invoke(app, [*args, "--help"])
        assert result.exit_code == 0 and "Usage" in result.output, args
