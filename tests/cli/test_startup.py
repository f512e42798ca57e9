"""Start-up stays lean: --version and --help import no models, YAML or tables."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

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


# --- The start-up guard: what the real `pln` imports, command by command ---
#
# Each case runs the console script's entry point (`pln_cli.cli.app:main`)
# in a fresh interpreter, its output piped (so plain, never Rich), and lists
# the modules it imported.  A heavy module where the command does not need
# it fails the test: imports, not time, so it holds on any machine.
# (tabulate draws the plain tables.  tabulate 0.10 imports importlib.metadata
# to read its own version; pln imports it without that lookup, see
# render/tabulate_lean.py, so no command here reads package metadata.)

EXAMPLE_OFFER = "examples/offers/total-spbu-2017q4.yaml"
ROOT = Path(__file__).resolve().parents[2]
NEVER = ["rich", "pyarrow", "typer._adapters"]  # Rich draws only on a terminal; typer's pydantic coercion is replaced


def _imported(*args: str) -> tuple[set[str], str]:
    """(the modules `pln ARGS` imported, its stdout), through the real entry point."""
    code = (
        "import json, sys\n"
        f"sys.argv = ['pln', *{list(args)!r}]\n"
        "from pln_cli.cli.app import main\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as exc:\n"
        "    assert exc.code in (0, None), exc.code\n"
        "sys.stdout.flush()\n"
        "loader = sys.modules.get('pydantic.plugin._loader')\n"
        "found = sorted(sys.modules) + (['(plugin scan)'] if loader is not None and 'entry_points' in vars(loader) else [])\n"
        "sys.stderr.write('\\nMODULES ' + json.dumps(found))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("PYDANTIC_DISABLE_PLUGINS", "FORCE_COLOR", "PLN_DIR", "PLN_LANG")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, check=True)
    return set(json.loads(done.stderr.rpartition("MODULES ")[2])), done.stdout


def _heavy(modules: set[str], names: list[str]) -> list[str]:
    return [name for name in names if any(m == name or m.startswith(name + ".") for m in modules)]


def test_version_imports_typer_and_nothing_heavy():
    from pln_cli import __version__

    modules, out = _imported("--version")
    assert out == f"pln {__version__}\n"
    assert _heavy(modules, [*NEVER, "pydantic", "pydantic_core", "yaml", "tabulate", "importlib.metadata", "pln_cli.model", "pln_cli.load", "pln_cli.catalog"]) == []


def test_offer_simulate_plain_imports_only_what_it_uses():
    modules, out = _imported("offer", "simulate", EXAMPLE_OFFER)
    assert out.startswith("TOTAL SPBU x JD.ID - spend Rp450.000, get a Rp25.000 JD Voucher\n")
    assert _heavy(modules, NEVER) == []
    assert "tabulate" in modules  # the plain tables
    # ... without tabulate's version lookup (render/tabulate_lean.py).
    assert _heavy(modules, ["importlib.metadata", "email", "zipfile"]) == []
    # pydantic validated the offer (the real floor of this command), but
    # its plugin loader is pln's stand-in, which reads no package metadata.
    assert "pydantic.plugin._loader" in modules and "(plugin scan)" not in modules


def test_tabulate_imported_lean_is_the_real_tabulate():
    """In the command, the stand-in lives only while tabulate imports: the
    function is the real one, and a later import of importlib.metadata
    gets the real module."""
    code = (
        "import sys\n"
        "from pln_cli.render.tabulate_lean import skip_version_lookup, tabulate\n"
        "skip_version_lookup()\n"
        "draw = tabulate()\n"
        "assert 'importlib.metadata' not in sys.modules\n"
        "import tabulate as t, importlib.metadata as md\n"
        "assert draw is t.tabulate and t.__version__ == 'unknown'\n"
        "assert md.version('tabulate') and md.PackageNotFoundError.__module__ == 'importlib.metadata'\n"
        "print(draw([['a', 1]], headers=['x', 'y'], tablefmt='simple', disable_numparse=True))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout == "x    y\n---  ---\na    1\n"


def test_tabulate_imported_normally_by_a_program_or_once_metadata_is_loaded():
    # A program that imports pln_cli keeps tabulate as it is.
    subprocess.run([sys.executable, "-c", "import sys\nfrom pln_cli.render.tabulate_lean import tabulate\ntabulate()\n"
                    "import importlib.metadata as md\nassert sys.modules['tabulate'].__version__ == md.version('tabulate')\n"], check=True)
    code = (
        "import sys, importlib.metadata as md\n"
        "from pln_cli.render.tabulate_lean import skip_version_lookup, tabulate\n"
        "skip_version_lookup()\n"
        "tabulate()\n"
        "assert sys.modules['importlib.metadata'] is md\n"
        "assert sys.modules['tabulate'].__version__ == md.version('tabulate')\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_offer_simulate_json_reads_no_package_metadata():
    modules, out = _imported("offer", "simulate", EXAMPLE_OFFER, "--format", "json")
    assert '"our_net_cost": 71782812' in out
    # Without a table nothing imports tabulate, nor importlib.metadata (pydantic's plugin scan is off).
    assert _heavy(modules, [*NEVER, "tabulate", "importlib.metadata", "email"]) == []
    assert "(plugin scan)" not in modules


def test_offer_simulate_loads_no_deal_models():
    modules, _ = _imported("offer", "simulate", EXAMPLE_OFFER, "--format", "json")
    assert _heavy(modules, ["pln_cli.model.deal", "pln_cli.load.deals"]) == []


def test_check_imports_no_tables_rich_or_metadata():
    modules, _ = _imported("check", "examples")
    assert _heavy(modules, [*NEVER, "tabulate", "importlib.metadata", "email"]) == []
