"""`pln report`: the portfolio, for people and for scripts."""

from __future__ import annotations

import csv
import io
import json

import pytest

from pln_cli.portfolio import RECORD_COLUMNS
from tests.conftest import golden, run


def test_report_page_in_english_and_indonesian(runner, workspace):
    result = run(runner, "report")
    assert result.exit_code == 0, result.output
    golden("report/examples.en.txt", result.output)
    indonesian = run(runner, "report", "--lang", "id")
    assert "Portofolio kemitraan" in indonesian.output and "Mitra tanpa kesepakatan" in indonesian.output


def test_csv_has_the_documented_columns_and_whole_rupiah(runner, workspace):
    rows = list(csv.DictReader(io.StringIO(run(runner, "report", "-f", "csv").output)))
    assert list(rows[0].keys()) == RECORD_COLUMNS
    total = next(r for r in rows if r["deal"] == "total-spbu-2017")
    assert total["agreed_min_spend"] == "450000" and total["agreed_voucher_valid_days"] == "45"
    # 71.782.812 over 92 days, per 30 days
    assert total["agreed_monthly_net_cost"] == str(round(71782812.5 * 30 / 92))
    assert all("Rp" not in value for row in rows for value in row.values())


def test_formula_looking_names_are_neutralised(runner, workspace):
    path = workspace / "partners" / "happy-fresh.yaml"
    path.write_text(path.read_text().replace("name: Happy Fresh", "name: '=HYPERLINK(\"x\")'"))
    output = run(runner, "report", "-f", "csv").output
    rows = list(csv.DictReader(io.StringIO(output)))
    happy = next(r for r in rows if r["deal"] == "happy-fresh-2018")
    assert happy["partner_name"] == "'=HYPERLINK(\"x\")"
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "@", "\t", "\r")), value


def test_markdown_escapes_pipes(runner, workspace):
    path = workspace / "partners" / "happy-fresh.yaml"
    path.write_text(path.read_text().replace("name: Happy Fresh", "name: Happy | Fresh"))
    markdown = run(runner, "report", "-f", "markdown").output
    assert "Happy \\| Fresh" in markdown
    assert markdown.startswith("# Partnership portfolio")


def test_json_and_jsonl_parse(runner, workspace):
    data = json.loads(run(runner, "report", "-f", "json").output)
    assert [d["deal"] for d in data["deals"]] == ["happy-fresh-2018", "hias-hauz-lebaran-2018", "total-spbu-2017", "uber-2018"]
    assert {t["status"]: t["deals"] for t in data["totals"]} == {"open": 2, "agreed": 1, "paused": 1}
    assert data["partners_without_deals"] == ["AXA Mandiri (axa-mandiri)"]
    lines = run(runner, "report", "-f", "jsonl").output.splitlines()
    assert [json.loads(line)["deal"] for line in lines] == ["happy-fresh-2018", "hias-hauz-lebaran-2018", "total-spbu-2017", "uber-2018"]


@pytest.mark.parametrize(
    "args, deals",
    [
        (["--status", "agreed"], ["total-spbu-2017"]),
        (["--status", "open,paused"], ["happy-fresh-2018", "hias-hauz-lebaran-2018", "uber-2018"]),
        (["--partner", "uber"], ["uber-2018"]),
        (["--since", "2018-01-10"], ["happy-fresh-2018", "hias-hauz-lebaran-2018", "uber-2018"]),
        (["--until", "2017-12-31"], ["total-spbu-2017"]),
        (["--since", "2018-01-16", "--until", "2018-02-04"], []),
    ],
)
def test_filters(runner, workspace, args, deals):
    data = json.loads(run(runner, "report", "-f", "json", *args).output)
    assert [d["deal"] for d in data["deals"]] == deals


def test_problems_do_not_stop_the_report_and_strict_fails(runner, workspace):
    path = workspace / "deals" / "uber-2018.yaml"
    path.write_text(path.read_text().replace("by: them", "by: they"))
    result = run(runner, "report", "-f", "json")
    assert result.exit_code == 0
    assert [d["deal"] for d in json.loads(result.stdout)["deals"]] == ["happy-fresh-2018", "hias-hauz-lebaran-2018", "total-spbu-2017"]
    assert "deals/uber-2018.yaml:18:5: error[choice]" in result.stderr
    strict = run(runner, "report", "-f", "json", "--strict")
    assert strict.exit_code == 1 and json.loads(strict.stdout)["deals"]


def test_output_file_by_extension(runner, workspace):
    assert run(runner, "report", "-o", "portfolio.csv").exit_code == 0
    assert (workspace / "portfolio.csv").read_text().startswith("deal,partner,partner_name,status,")
    assert run(runner, "report", "-o", "portfolio.jsonl").exit_code == 0
    assert len((workspace / "portfolio.jsonl").read_text().splitlines()) == 4


@pytest.mark.parametrize("args", [["--status", "won"], ["--since", "2018-13-01"], ["--since", "2018-02-01", "--until", "2018-01-01"], ["-f", "pdf"]])
def test_bad_usage(runner, workspace, args):
    assert run(runner, "report", *args).exit_code == 2
