"""`pln check`: one golden file per kind of error, exit codes, formats."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from tests.conftest import golden, run

OFFER = "offers/total-spbu-2017q4.yaml"
DEAL = "deals/total-spbu-2017.yaml"
PARTNER = "partners/total-spbu.yaml"

# name -> (file, text to replace, replacement); replacement of None with
# text None means "write this whole file".
CASES = {
    "money-decimal": (OFFER, "min_spend: Rp450.000, voucher", "min_spend: 450.5, voucher"),
    "money-ambiguous-m": (OFFER, "budget: 150jt", "budget: 2M"),
    "money-sen": (OFFER, "avg_order_value: Rp300.000", "avg_order_value: Rp300.000,50"),
    "flow-comma": (OFFER, "min_order: 100rb", "min_order: 1,5jt"),
    "share-range": (OFFER, "redemption_rate: 35%", "redemption_rate: 135%"),
    "duplicate-key": (PARTNER, "sector: Fuel", "name: Again\nsector: Fuel"),
    "alias": (PARTNER, "sector: Fuel retail (SPBU petrol stations)", "sector: &s Fuel\nnotes2: *s"),
    "python-tag": (PARTNER, "sector: Fuel retail (SPBU petrol stations)", "sector: !!python/object/apply:os.system ['ls']"),
    "control-char": (PARTNER, "name: TOTAL SPBU Indonesia", "name: TOTAL\x07 SPBU"),
    "root-not-mapping": ("partners/uber.yaml", None, "- id: uber\n- name: Uber\n"),
    "missing-field": (OFFER, "scheme:\n  tiers:\n    - {min_spend: Rp450.000, voucher: Rp25.000}\n", ""),
    "unknown-field": (OFFER, "redemption_rate: 35%", "redemtion_rate: 35%"),
    "unknown-partner": (OFFER, "partner: total-spbu", "partner: total-spb"),
    "tiers-order": (OFFER, "    - {min_spend: Rp450.000, voucher: Rp25.000}", "    - {min_spend: Rp450.000, voucher: Rp25.000}\n    - {min_spend: Rp400.000, voucher: Rp30.000}"),
    "lognormal-p90": ("offers/happy-fresh-2018q1.yaml", "p90: 650rb", "p90: 250rb"),
    "period-order": (OFFER, "period: {start: 2017-10-01, end: 2017-12-31}", "period: {start: 2017-12-01, end: 2017-10-31}"),
    "date": (OFFER, "end: 2017-12-31", "end: 2017-12-32"),
    "id-mismatch": (OFFER, "id: total-spbu-2017q4", "id: total-2017q4"),
    "histogram-row": ("data/total-spbu-spend-2017q3.csv", "400000,450000,3900", "400000,450000,39OO"),
    "histogram-overlap": ("data/total-spbu-spend-2017q3.csv", "450000,500000,2900", "440000,500000,2900"),
    "data-missing": (OFFER, "spend-2017q3.csv", "spend-2017q2.csv"),
    "deal-undeclared-issue": (DEAL, "terms: {voucher_valid_days: 45}", "terms: {voucher_valid_days: 45, quota: 5000}"),
    "deal-round-number": (DEAL, "round: 3", "round: 4"),
    "deal-party": (DEAL, "by: them\nterms: {min_spend: Rp350.000", "by: they\nterms: {min_spend: Rp350.000"),
    "deal-torn": (DEAL, "notes: Signed the co-promotion agreement; launch on 2017-10-15.\n...\n", "notes: Signed the co-prom"),
    "deal-header-direction": (DEAL, "min_spend: {better: higher, target: Rp450.000, reservation: Rp400.000", "min_spend: {better: lower, target: Rp450.000, reservation: Rp400.000"),
    "deal-unknown-offer": (DEAL, "offer: ../offers/total-spbu-2017q4.yaml", "offer: ../offers/total-2017.yaml"),
}


def _apply(root: Path, relpath: str, old: str | None, new: str) -> None:
    path = root / relpath
    if old is None:
        path.write_text(new, encoding="utf-8")
        return
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test setup: {old!r} not in {relpath}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_examples_are_clean(runner, workspace):
    result = run(runner, "check")
    assert result.exit_code == 0
    assert result.output == ""


def test_examples_clean_from_outside(runner, workspace, monkeypatch):
    monkeypatch.chdir(workspace.parent)
    result = run(runner, "check", "ws")
    assert (result.exit_code, result.output) == (0, "")


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_kind_of_error(runner, workspace, name):
    relpath, old, new = CASES[name]
    _apply(workspace, relpath, old, new)
    started = time.perf_counter()
    result = run(runner, "check")
    elapsed = time.perf_counter() - started
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    golden(f"check/{name}.txt", result.output)
    assert elapsed < 5  # a sanity bound only; speed is measured in benchmarks/


def test_messages_in_indonesian(runner, workspace):
    _apply(workspace, *CASES["money-decimal"])
    result = run(runner, "check", "--lang", "id")
    assert result.exit_code == 1
    golden("check/money-decimal.id.txt", result.output)


def test_pln_lang_environment(runner, workspace, monkeypatch):
    _apply(workspace, *CASES["money-decimal"])
    from pln_cli.cli.app import app

    result = runner.invoke(app, ["check"], env={"PLN_LANG": "id", "NO_COLOR": "1"})
    assert "bukan jumlah Rupiah" in result.output and "saran:" in result.output


def test_every_problem_in_one_run(runner, workspace):
    _apply(workspace, *CASES["money-decimal"])
    _apply(workspace, *CASES["duplicate-key"])
    _apply(workspace, *CASES["deal-round-number"])
    result = run(runner, "check", "-f", "json")
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert report["errors"] == 3
    assert [(p["path"], p["line"], p["column"], p["code"]) for p in report["problems"]] == [
        ("deals/total-spbu-2017.yaml", 36, 8, "round-number"),
        ("offers/total-spbu-2017q4.yaml", 10, 19, "money"),
        ("partners/total-spbu.yaml", 6, 1, "duplicate-key"),
    ]


def test_single_file_reports_only_that_file(runner, workspace):
    _apply(workspace, *CASES["money-decimal"])
    _apply(workspace, *CASES["duplicate-key"])
    result = run(runner, "check", PARTNER)
    assert result.exit_code == 1
    assert result.output.startswith("partners/total-spbu.yaml:6:1:")
    assert "offers/" not in result.output


def test_json_when_clean(runner, workspace):
    result = run(runner, "check", "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.output) == {"errors": 0, "warnings": 0, "problems": []}


def test_bad_usage_exits_2(runner, workspace):
    assert run(runner, "check", "--format", "xml").exit_code == 2
    assert run(runner, "check", "no-such-folder").exit_code == 2
    assert run(runner, "check", "--lang", "fr").exit_code == 2


def test_file_over_two_megabytes(runner, workspace):
    (workspace / "partners" / "huge.yaml").write_text("id: huge\nname: x\nnotes: '" + "x" * (2 * 1024 * 1024) + "'\n")
    result = run(runner, "check")
    assert result.exit_code == 1
    assert result.output.startswith("partners/huge.yaml: error[size]:")


def test_invalid_utf8(runner, workspace):
    (workspace / "partners" / "latin.yaml").write_bytes(b"id: latin\nname: Caf\xe9\n")
    result = run(runner, "check")
    assert result.output.startswith("partners/latin.yaml:2:10: error[encoding]:")


def test_bad_file_name(runner, workspace):
    (workspace / "partners" / "Total SPBU.yaml").write_text("id: total\nname: x\n")
    result = run(runner, "check")
    assert result.exit_code == 1
    assert "partners/Total SPBU.yaml: error[file-name]" in result.output


def test_version_and_help(runner):
    from pln_cli import __version__

    assert run(runner, "--version").output == f"pln {__version__}\n"
    result = run(runner, "check", "--help")
    assert result.exit_code == 0 and "silent and exit 0" in result.output


@pytest.mark.parametrize("args", [["check"], ["report"], ["deal", "list"]])
def test_a_folder_that_is_not_a_workspace_is_refused(runner, tmp_path, monkeypatch, args):
    monkeypatch.chdir(tmp_path)
    result = run(runner, *args)
    assert result.exit_code == 2
    assert "not a pln workspace" in result.output


def test_a_partner_file_is_not_a_deal_log(runner, workspace):
    result = run(runner, "deal", "show", "partners/uber.yaml")
    assert result.exit_code == 1
    assert result.output.startswith("partners/uber.yaml:1:1: error[deal-header]")


def test_lang_before_the_command(runner, workspace):
    _apply(workspace, *CASES["money-decimal"])
    assert "bukan jumlah Rupiah" in run(runner, "--lang", "id", "check").output
    assert "not a Rupiah amount" in run(runner, "check").output  # nothing carried over
    assert "not a Rupiah amount" in run(runner, "--lang", "id", "check", "--lang", "en").output
    assert run(runner, "--lang", "xx", "check").exit_code == 2
