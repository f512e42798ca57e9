"""Shared fixtures: a copy of the example workspace and a CLI runner."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
GOLDEN = Path(__file__).resolve().parent / "golden"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch):
    """Tests see neither the developer's language nor their workspace."""
    for name in ("PLN_LANG", "PLN_DIR", "PLN_DEBUG", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")


@pytest.fixture
def workspace(tmp_path, monkeypatch) -> Path:
    """A writable copy of examples/, and the current folder set to it."""
    target = tmp_path / "ws"
    shutil.copytree(EXAMPLES, target)
    monkeypatch.chdir(target)
    return target


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()



@pytest.fixture(autouse=True)
def _fresh_cli_state():
    """Each test starts with no --lang carried over: the root's callback
    resets it for every `pln` run, but a test that invokes a sub-app
    directly (`pln_cli.cli.campaign.app`) never passes through the root."""
    from pln_cli.cli.common import State

    State.lang = State.language = None
    yield

def run(runner: CliRunner, *args: str, input: str | None = None):
    from pln_cli.cli.app import app

    return runner.invoke(app, list(args), input=input, env={"COLUMNS": "100", "NO_COLOR": "1"})


def golden(name: str, actual: str) -> None:
    """Compare with tests/golden/NAME; PLN_UPDATE_GOLDEN=1 rewrites it."""
    path = GOLDEN / name
    if os.environ.get("PLN_UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"missing golden file {path}; run with PLN_UPDATE_GOLDEN=1"
    assert actual == path.read_text(encoding="utf-8")
