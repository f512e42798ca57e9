"""Shell completion: the scripts, ids from the workspace, issue keys after --set/--vs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pln_cli.cli.app import app
from pln_cli.cli.completion import ids, issue_keys, workspace_ids
from pln_cli.model.terms import ISSUES

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.mark.parametrize(("shell", "marker"), [("bash", "complete -o default -F _pln_completion pln"), ("zsh", "compdef _pln_completion pln"), ("fish", "complete --command pln")])
def test_script_for_each_shell(shell, marker):
    result = CliRunner().invoke(app, ["completion", shell])
    assert result.exit_code == 0, result.output
    assert "_PLN_COMPLETE" in result.output
    assert marker in result.output


def test_an_unknown_shell_is_refused():
    result = CliRunner().invoke(app, ["completion", "tcsh"])
    assert result.exit_code == 2


def test_ids_from_the_workspace(tmp_path):
    assert workspace_ids("deals", EXAMPLES) == sorted(p.stem for p in (EXAMPLES / "deals").glob("*.yaml"))
    assert workspace_ids("partners", EXAMPLES, "total") == ["total-spbu"]
    assert workspace_ids("offers", EXAMPLES, "uber") == ["uber-rides-2018"]
    assert workspace_ids("meetings", EXAMPLES, "total-spbu-k") == ["total-spbu-kickoff"]
    assert workspace_ids("campaigns", EXAMPLES) == ["voucher-flight-fanfest"]
    assert workspace_ids("deals", tmp_path) == []
    assert workspace_ids("deals", None) == []


def test_the_callback_follows_dir_and_pln_dir(monkeypatch, tmp_path):
    class Ctx:
        def __init__(self, params, parent=None):
            self.params, self.parent = params, parent

    complete = ids("partners")
    assert complete(Ctx({"dir": EXAMPLES}), "hap") == ["happy-fresh"]
    assert complete(Ctx({}, Ctx({"dir": str(EXAMPLES)})), "u") == ["uber"]
    monkeypatch.setenv("PLN_DIR", str(EXAMPLES))
    assert complete(Ctx({}), "axa") == ["axa-mandiri"]
    monkeypatch.setenv("PLN_DIR", str(tmp_path / "nowhere"))
    assert complete(Ctx({}), "") == []


def test_issue_keys_after_set_and_vs():
    assert issue_keys("") == [f"{key}=" for key in ISSUES]
    assert issue_keys("vou") == ["voucher=", "voucher_valid_days=", "voucher_min_order="]
    assert issue_keys("min_spend=400rb,bud") == ["min_spend=400rb,budget="]
    assert issue_keys("min_spend=4") == []


def _complete(env_extra, cwd):
    env = {**os.environ, **env_extra}
    env.pop("PLN_DIR", None)
    code = "import sys; from pln_cli.cli.app import main; sys.argv = ['pln']; main()"
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True, text=True).stdout


def test_bash_completes_deal_ids_end_to_end():
    out = _complete({"_PLN_COMPLETE": "complete_bash", "COMP_WORDS": "pln deal show tot", "COMP_CWORD": "3"}, EXAMPLES)
    assert out.split() == ["total-spbu-2017"]


def test_zsh_completes_issue_keys_after_vs():
    out = _complete({"_PLN_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": "pln offer simulate total-spbu-2017q4 --vs quo"}, EXAMPLES)
    assert "quota=" in out
