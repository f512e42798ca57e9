"""Hostile and careless input: nothing lost, nothing written outside, no
traceback, no exit 70, and no escape reaches the terminal.

Each test names the class of the issue it stands for; where a command is
refused, the files it could have touched are compared byte for byte.
"""

from __future__ import annotations

import json
import os
import stat
import time
from pathlib import Path

import pytest

from tests.conftest import run

HAPPY = "deals/happy-fresh-2018.yaml"
TOTAL_OFFER = "offers/total-spbu-2017q4.yaml"
UBER_OFFER = "offers/uber-rides-2018.yaml"


def _snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _clean(result) -> None:
    assert result.exit_code in (0, 1, 2), result.output
    assert "Traceback" not in result.output and "internal error" not in result.output


# --- -o FILE never replaces anything but a regular file --------------------------


def test_output_to_dev_null_writes_through_the_device(runner, workspace):
    result = run(runner, "offer", "simulate", TOTAL_OFFER, "-f", "json", "-o", "/dev/null")
    assert result.exit_code == 0, result.output
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_output_to_a_fifo_is_a_stream(runner, workspace, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # so the writer does not block
    try:
        result = run(runner, "offer", "simulate", TOTAL_OFFER, "-f", "json", "-o", str(fifo))
        assert result.exit_code == 0, result.output
        assert stat.S_ISFIFO(os.stat(fifo).st_mode)
        assert json.loads(os.read(reader, 1 << 20).decode())["offer"] == "total-spbu-2017q4"
    finally:
        os.close(reader)


def test_output_through_a_symlink_keeps_the_link_and_the_mode(runner, workspace, tmp_path):
    target = tmp_path / "report.json"
    target.write_text("old")
    os.chmod(target, 0o640)
    link = workspace / "latest.json"
    link.symlink_to(target)
    result = run(runner, "offer", "simulate", TOTAL_OFFER, "-o", str(link))
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and json.loads(target.read_text())["offer"] == "total-spbu-2017q4"
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o640


@pytest.mark.parametrize("target", ["deals/x.json", HAPPY.replace(".yaml", ".json"), "data/out.csv", "offers/sub/x.md", "pln.yaml"])
def test_output_into_the_data_folders_is_refused(runner, workspace, target):
    before = _snapshot(workspace)
    result = run(runner, "report", "-o", target, "-f", "json")
    assert result.exit_code == 2 and "-o" in result.output, result.output
    assert _snapshot(workspace) == before


def test_output_over_an_input_is_refused(runner, workspace, tmp_path):
    # The offer file being simulated, reached through a path outside offers/.
    copy = tmp_path / "offer.json"
    link = tmp_path / "same.json"
    copy.write_text("{}")
    link.symlink_to(copy)
    result = run(runner, "offer", "simulate", TOTAL_OFFER, "-o", str(workspace / TOTAL_OFFER))
    assert result.exit_code == 2


@pytest.mark.parametrize("target, code", [("", 2), ("x" * 300 + ".json", 1), ("README.md/inner.json", 1), (".", 2)])
def test_output_names_that_cannot_be_written(runner, workspace, target, code):
    (workspace / "README.md").touch()
    result = run(runner, "report", "-f", "json", "-o", target)
    _clean(result)
    assert result.exit_code == code, result.output


# --- a bare id always means the workspace's file -----------------------------------


def test_a_bare_id_never_means_a_file_in_the_current_folder(runner, workspace, tmp_path, monkeypatch):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    decoy = elsewhere / "happy-fresh-2018"
    decoy.write_text("not a deal")
    monkeypatch.chdir(elsewhere)
    result = run(runner, "deal", "log", "happy-fresh-2018", "--dir", str(workspace), "--by", "us", "--set", "min_spend=275rb", "--date", "2018-01-30")
    assert result.exit_code == 0, result.output
    assert decoy.read_text() == "not a deal"
    assert "round: 3" in (workspace / HAPPY).read_text()


def test_a_deal_linked_outside_the_workspace_is_not_appended_to(runner, workspace, tmp_path):
    outside = tmp_path / "outside.yaml"
    outside.write_bytes((workspace / HAPPY).read_bytes())
    (workspace / HAPPY).unlink()
    (workspace / HAPPY).symlink_to(outside)
    before = outside.read_bytes()
    result = run(runner, "deal", "log", "happy-fresh-2018", "--by", "us", "--set", "min_spend=275rb")
    _clean(result)
    assert result.exit_code == 1
    assert outside.read_bytes() == before


def test_data_outside_the_workspace_is_not_read_or_quoted(runner, workspace, tmp_path):
    secret = tmp_path / "secret.csv"
    secret.write_text("lower,upper,count\nTOP-SECRET-LINE,1,1\n")
    offer = workspace / TOTAL_OFFER
    offer.write_text(offer.read_text().replace("../data/total-spbu-spend-2017q3.csv", str(secret)))
    result = run(runner, "check")
    assert result.exit_code == 1 and "error[data-outside]" in result.output
    assert "TOP-SECRET" not in result.output
    simulate = run(runner, "offer", "simulate", TOTAL_OFFER)
    assert simulate.exit_code == 1 and "TOP-SECRET" not in simulate.output


# --- ordinary bad input is a Problem or a usage error, never exit 70 -------------------


@pytest.mark.parametrize("old, new", [
    ("transactions: 120.000", "transactions: " + "9" * 5000),
    ("transactions: 120.000", "transactions: 10000000000000"),
    ("quota: 10000", "quota: 99999999999999999999"),
    ("budget: 150jt", "budget: " + "9" * 5000),
    ("period: {start: 2017-10-01, end: 2017-12-31}", "period: {days: 99999999999999}"),
])
def test_huge_numbers_are_problems(runner, workspace, old, new):
    offer = workspace / TOTAL_OFFER
    offer.write_text(offer.read_text().replace(old, new))
    for args in (("check",), ("offer", "simulate", TOTAL_OFFER), ("report",)):
        result = run(runner, *args)
        _clean(result)
    assert run(runner, "check").exit_code == 1


@pytest.mark.parametrize("issue", ["min_spend=500rb:", "=:420rb", "min_spend=500rb::425rb", "min_spend=:", "min_spend=1:2:3:4"])
def test_half_written_issues_are_usage_errors(runner, workspace, issue):
    result = run(runner, "deal", "new", "x-2018", "--partner", "total-spbu", "--offer", "total-spbu-2017q4", "--issue", issue)
    assert result.exit_code == 2, result.output
    assert not (workspace / "deals" / "x-2018.yaml").exists()


@pytest.mark.parametrize("cell", ["450_000", "+5", "٤٥٠", "４５０", "²", "1e5", "9" * 40])
def test_csv_amounts_follow_the_money_digit_rules(runner, workspace, cell):
    data = workspace / "data" / "tx.csv"
    data.write_text(f"amount\n100000\n\"{cell}\"\n")
    offer = workspace / UBER_OFFER
    offer.write_text(offer.read_text().replace("spend: {distribution: lognormal, median: 35rb, p90: 90rb}", "spend: {transactions: ../data/tx.csv}"))
    result = run(runner, "offer", "simulate", UBER_OFFER)
    _clean(result)
    assert result.exit_code == 1 and "data/tx.csv:3" in result.output
    assert run(runner, "check").exit_code == 1  # found by check too, not only by simulate


def test_a_csv_field_beyond_the_limit_and_a_doubled_column(runner, workspace):
    data = workspace / "data" / "tx.csv"
    offer = workspace / UBER_OFFER
    offer.write_text(offer.read_text().replace("spend: {distribution: lognormal, median: 35rb, p90: 90rb}", "spend: {transactions: ../data/tx.csv}"))
    data.write_text('amount\n"' + "1" * (2 << 20) + '"\n')
    result = run(runner, "offer", "simulate", UBER_OFFER)
    _clean(result)
    assert result.exit_code == 1
    data.write_text("amount,amount\n1,2\n")
    result = run(runner, "check")
    assert result.exit_code == 1 and "more than once" in result.output


def test_unbounded_from_input_is_read_only_to_the_limit(runner, workspace):
    before = (workspace / HAPPY).read_bytes()
    result = run(runner, "deal", "log", "happy-fresh-2018", "--from", "-", input="notes: " + "x" * (3 << 20) + "\n")
    _clean(result)
    assert result.exit_code == 1 and "error[size]" in result.output
    assert (workspace / HAPPY).read_bytes() == before


# --- control characters and markup are shown, never obeyed --------------------------


@pytest.mark.parametrize("escape", ["\\e[2J", "\\e]0;owned\\a", "\\e]8;;https://evil.example\\e\\\\link\\e]8;;\\e\\\\"])
def test_escapes_in_yaml_text_come_out_visible(runner, workspace, escape):
    partner = workspace / "partners" / "uber.yaml"
    partner.write_text(partner.read_text().replace("name: Uber Indonesia", f'name: "Uber {escape}"'))
    for args in (("report",), ("report", "-f", "markdown"), ("deal", "list"), ("deal", "show", "uber-2018"), ("offer", "simulate", UBER_OFFER)):
        result = run(runner, *args)
        assert result.exit_code == 0, (args, result.output)
        assert "\x1b" not in result.output and "\x07" not in result.output, args
    assert "\\x1b" in run(runner, "report").output


def test_an_escape_in_a_note_and_in_an_error_is_visible(runner, workspace):
    result = run(runner, "deal", "log", "happy-fresh-2018", "--by", "us", "--set", "min_spend=275rb", "--note", "ok\x1b[2J", "--date", "2018-01-30")
    assert result.exit_code == 0, result.output
    shown = run(runner, "deal", "show", "happy-fresh-2018")
    assert "\x1b" not in shown.output and "ok\\x1b[2J" in shown.output
    bad = run(runner, "deal", "log", "happy-fresh-2018", "--by", "us", "--set", "min_spend=2\x1b[2Jrb")
    assert bad.exit_code == 2 and "\x1b" not in bad.output


def test_markup_in_names_is_text(runner, workspace):
    partner = workspace / "partners" / "uber.yaml"
    partner.write_text(partner.read_text().replace("name: Uber Indonesia", 'name: "[/]Uber [link=https://x]y[/link]"'))
    result = run(runner, "report")
    assert result.exit_code == 0 and "[/]Uber [link=https://x]y[/link]" in result.output


def test_csv_cells_with_leading_space_and_a_formula_are_neutralised(runner, workspace):
    partner = workspace / "partners" / "uber.yaml"
    partner.write_text(partner.read_text().replace("name: Uber Indonesia", 'name: " =HYPERLINK(\\"http://x\\")"'))
    result = run(runner, "report", "-f", "csv")
    assert result.exit_code == 0
    assert "' =HYPERLINK" in result.output


# --- wrong or misleading answers ----------------------------------------------------------


def test_check_never_passes_a_file_it_did_not_check(runner, workspace, tmp_path):
    (workspace / "notes.yaml").write_text("a: 1\n")
    (workspace / "deals" / "x.YAML").write_text("deal: x\n")
    (workspace / "deals" / ".backup.yaml").write_text("deal: y\n")
    result = run(runner, "check")
    assert result.output.count("warning[not-checked]") == 3
    stray = tmp_path / "lonely.yaml"
    stray.write_text("a: 1\n")
    alone = run(runner, "check", str(stray))
    assert "warning[not-checked]" in alone.output


def test_an_id_given_twice_is_an_error(runner, workspace):
    (workspace / "deals" / "happy-fresh-2018.yml").write_bytes((workspace / HAPPY).read_bytes())
    result = run(runner, "check")
    assert result.exit_code == 1 and result.output.count("error[id-twice]") == 2


def test_deal_new_refuses_another_partners_offer(runner, workspace):
    result = run(runner, "deal", "new", "x-2018", "--partner", "uber", "--offer", "total-spbu-2017q4", "--issue", "min_spend=5rb:4rb")
    assert result.exit_code == 2 and "belongs to partner" in result.output
    absolute = run(runner, "deal", "new", "x-2018", "--partner", "total-spbu", "--offer", str(workspace / TOTAL_OFFER), "--issue", "min_spend=5rb:4rb")
    assert absolute.exit_code == 2
    assert not (workspace / "deals" / "x-2018.yaml").exists()


def test_a_share_is_written_exactly_as_given(runner, workspace):
    result = run(runner, "deal", "log", "happy-fresh-2018", "--by", "us", "--set", "partner_share=0.123456789", "--date", "2018-01-30")
    assert result.exit_code == 0, result.output
    assert "partner_share: 12.3456789%" in (workspace / HAPPY).read_text()


@pytest.mark.parametrize("args", [("--lang", "idiot"), ("--lang", "fr")])
def test_unknown_languages_are_refused(runner, workspace, args):
    assert run(runner, "report", *args).exit_code == 2


def test_a_garbage_pln_lang_is_named(runner, workspace, monkeypatch):
    from pln_cli.cli.app import app

    result = runner.invoke(app, ["report"], env={"PLN_LANG": "garbage", "COLUMNS": "100", "NO_COLOR": "1"})
    assert result.exit_code == 0 and "PLN_LANG='garbage'" in result.stderr


@pytest.mark.parametrize("tactic", ["inf", "nan", "-1", "0"])
def test_non_finite_tactics_are_refused(runner, workspace, tactic):
    result = run(runner, "deal", "new", "x-2018", "--partner", "total-spbu", "--offer", "total-spbu-2017q4", "--issue", "min_spend=5rb:4rb", "--tactic", tactic)
    assert result.exit_code == 2 and not (workspace / "deals" / "x-2018.yaml").exists()


def test_a_non_finite_tactic_in_a_file_is_a_problem(runner, workspace):
    path = workspace / HAPPY
    path.write_text(path.read_text().replace("tactic: linear", "tactic: {beta: .inf}"))
    assert run(runner, "check").exit_code == 1


def test_dates_out_of_order_are_recorded_with_a_warning(runner, workspace):
    result = run(runner, "deal", "log", "happy-fresh-2018", "--by", "us", "--set", "min_spend=275rb", "--date", "2018-01-01")
    assert result.exit_code == 0 and "2018-01-01" in result.stderr and "before" in result.stderr
    closed = run(runner, "deal", "close", "happy-fresh-2018", "paused", "--date", "2017-12-01")
    assert closed.exit_code == 0 and "2017-12-01" in closed.stderr


def test_a_held_lock_is_named_and_given_up_on(runner, workspace, monkeypatch):
    import fcntl

    from pln_cli.load import append

    monkeypatch.setattr(append, "LOCK_TIMEOUT_SECONDS", 0.3)
    before = (workspace / HAPPY).read_bytes()
    with open(workspace / HAPPY, "rb") as holder:
        fcntl.flock(holder, fcntl.LOCK_EX)
        started = time.monotonic()
        result = run(runner, "deal", "log", "happy-fresh-2018", "--by", "us", "--set", "min_spend=275rb")
        assert time.monotonic() - started < 5
    assert result.exit_code == 1 and "waiting" in result.stderr and "error[locked]" in result.stderr
    assert (workspace / HAPPY).read_bytes() == before


# --- time and memory bounds ---------------------------------------------------------------------


def test_per_multiple_with_a_huge_cap_and_bucket_is_quick(runner, workspace):
    data = workspace / "data" / "total-spbu-spend-2017q3.csv"
    data.write_text(data.read_text() + "3000000,1000000000000000,1\n")
    offer = workspace / TOTAL_OFFER
    offer.write_text(offer.read_text().replace("    - {min_spend: Rp450.000, voucher: Rp25.000}", "    - {min_spend: Rp1, voucher: Rp1}\n  stacking: per_multiple\n  max_vouchers_per_transaction: 1000000000000"))
    started = time.monotonic()
    result = run(runner, "offer", "simulate", TOTAL_OFFER, "-f", "json")
    assert time.monotonic() - started < 10
    _clean(result)


def test_too_many_counter_offers_are_refused(runner, workspace):
    args = []
    for k in range(51):
        args += ["--vs", f"voucher={10 + k}rb"]
    result = run(runner, "offer", "simulate", TOTAL_OFFER, *args)
    assert result.exit_code == 2 and "at most 50" in result.output


def test_a_histogram_beyond_the_bucket_limit_is_refused_quickly(runner, workspace):
    from pln_cli.load.data import MAX_BUCKETS

    data = workspace / "data" / "total-spbu-spend-2017q3.csv"
    data.write_text("lower,upper,count\n" + "".join(f"{k},{k + 1},1\n" for k in range(MAX_BUCKETS + 1)))
    started = time.monotonic()
    result = run(runner, "check")
    assert time.monotonic() - started < 10
    assert result.exit_code == 1 and "at most" in result.output


def test_bad_transaction_rows_reach_report_and_deal_show(runner, workspace):
    data = workspace / "data" / "tx.csv"
    data.write_text("amount\n100000\n-5\n")
    offer = workspace / "offers" / "total-spbu-2017q4.yaml"
    offer.write_text(offer.read_text().replace("spend: {histogram: ../data/total-spbu-spend-2017q3.csv}", "spend: {transactions: ../data/tx.csv}"))
    report = run(runner, "report", "--strict")
    assert report.exit_code == 1 and "data/tx.csv:3" in report.stderr
    shown = run(runner, "deal", "show", "total-spbu-2017")
    assert shown.exit_code == 0 and "data/tx.csv:3" in shown.stderr


def test_a_new_deal_problem_names_no_file_that_does_not_exist(runner, workspace):
    result = run(runner, "deal", "new", "x-2018", "--partner", "total-spbu", "--offer", "total-spbu-2017q4", "--issue", "partner_share=10%:30%", "--deadline", "2")
    assert "deals/x-2018.yaml:" not in result.output
