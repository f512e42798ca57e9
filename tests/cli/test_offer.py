"""`pln offer simulate` from the command line."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.conftest import golden, run

TOTAL = "offers/total-spbu-2017q4.yaml"


def test_report_in_english(runner, workspace):
    result = run(runner, "offer", "simulate", TOTAL)
    assert result.exit_code == 0, result.output
    golden("offer/total-report.en.txt", result.output)


def test_report_in_indonesian(runner, workspace):
    result = run(runner, "offer", "simulate", TOTAL, "--lang", "id")
    assert result.exit_code == 0, result.output
    assert "Poin pembicaraan" in result.output and "Sisi mitra" in result.output
    golden("offer/total-report.id.txt", result.output)


def test_offer_by_id_from_the_workspace(runner, workspace):
    assert run(runner, "offer", "simulate", "total-spbu-2017q4").output == run(runner, "offer", "simulate", TOTAL).output


def test_json_has_the_hand_checked_numbers(runner, workspace):
    result = run(runner, "offer", "simulate", TOTAL, "--format", "json")
    data = json.loads(result.output)
    # 6.800 of 120.000 transactions are >= 450rb; 25 % of the 5.615 in [382.500, 450.000) top up.
    assert data["qualifying_share"] == pytest.approx((6800 + 0.25 * 5615) / 120000)
    assert data["vouchers_issued"] == pytest.approx(8203.75)
    assert data["our_net_cost"] == 71782812
    assert data["cac"] == 41667
    assert data["roi"] == pytest.approx(0.2)
    assert data["exhaustion_day"] is None and data["active_fraction"] == 1.0
    assert data["tiers"] == [{"min_spend": 450000, "voucher": 25000, "reward_rate": pytest.approx(25000 / 450000)}]
    assert len(data["talking_points"]) == 5


def test_counter_offers_side_by_side(runner, workspace):
    result = run(runner, "offer", "simulate", TOTAL, "--vs", "min_spend=400rb", "--vs", "min_spend=400rb,voucher=30rb")
    assert result.exit_code == 0, result.output
    golden("offer/total-vs.en.txt", result.output)
    data = json.loads(run(runner, "offer", "simulate", TOTAL, "--vs", "min_spend=400rb,voucher=30rb", "-f", "json").output)
    assert [d["variant"] for d in data] == [{}, {"min_spend": 400000, "voucher": 30000}]
    assert data[1]["tiers"][0] == {"min_spend": 400000, "voucher": 30000, "reward_rate": 0.075}
    assert data[1]["binding_cap"] == "quota"  # 10.000 vouchers run out before the quarter ends


def test_decimal_comma_inside_vs(runner, workspace):
    data = json.loads(run(runner, "offer", "simulate", TOTAL, "--vs", "budget=1,5jt,voucher=30rb", "-f", "json").output)
    assert data[1]["variant"] == {"budget": 1500000, "voucher": 30000}


def test_one_way_grid_in_every_format(runner, workspace):
    args = ["offer", "simulate", TOTAL, "--grid", "min_spend=300rb:600rb:100rb", "--metric", "qualifying_share"]
    table = run(runner, *args)
    assert table.exit_code == 0, table.output
    golden("offer/total-grid1.en.txt", table.output)
    rows = list(csv.DictReader(io.StringIO(run(runner, *args, "-f", "csv").output)))
    assert [r["grid_min_spend"] for r in rows] == ["300000", "400000", "500000", "600000"]
    shares = [float(r["qualifying_share"]) for r in rows]
    assert shares == sorted(shares, reverse=True)
    data = json.loads(run(runner, *args, "-f", "json").output)
    assert [d["grid"] for d in data] == [{"min_spend": v} for v in (300000, 400000, 500000, 600000)]
    markdown = run(runner, *args, "-f", "markdown").output
    assert markdown.startswith("# TOTAL SPBU") and "| min_spend" in markdown


def test_two_way_grid(runner, workspace):
    result = run(runner, "offer", "simulate", TOTAL, "--grid", "min_spend=400rb:500rb:50rb", "--grid", "voucher=20rb:30rb:5rb", "--metric", "our_net_cost")
    assert result.exit_code == 0, result.output
    golden("offer/total-grid2.en.txt", result.output)


def test_share_grid_steps_are_exact(runner, workspace):
    data = json.loads(run(runner, "offer", "simulate", TOTAL, "--grid", "partner_share=0:0.3:0.1", "-f", "json").output)
    assert [d["grid"]["partner_share"] for d in data] == [0.0, 0.1, 0.2, 0.3]


def test_output_file_takes_its_format_from_the_extension(runner, workspace):
    result = run(runner, "offer", "simulate", TOTAL, "-o", "out.json")
    assert result.exit_code == 0 and result.output == ""
    assert json.loads((workspace / "out.json").read_text())["offer"] == "total-spbu-2017q4"
    run(runner, "offer", "simulate", TOTAL, "-o", "brief.md")
    assert (workspace / "brief.md").read_text().startswith("# TOTAL SPBU")


@pytest.mark.parametrize(
    "args, message",
    [
        (["--vs", "min_spend"], "is not KEY=VALUE"),
        (["--vs", "colour=red"], '"colour" is not a negotiable issue'),
        (["--vs", "min_spend=2M"], "ambiguous"),
        (["--vs", "min_spend=400rb,min_spend=300rb"], "given twice"),
        (["--grid", "min_spend=600rb:300rb:50rb"], "FROM must not exceed TO"),
        (["--grid", "min_spend=300rb:600rb"], "KEY=FROM:TO:STEP"),
        (["--grid", "min_spend=1rb:1jt:1rb"], "at most 101"),
        (["--grid", "voucher=1rb:3rb:1rb", "--metric", "colour"], "--metric must be one of"),
        (["--metric", "cac"], "--metric goes with --grid"),
        (["--format", "pdf"], "--format must be one of"),
        (["-o", "report.pdf"], "cannot tell the format"),
    ],
)
def test_bad_usage_is_a_clean_error_with_exit_2(runner, workspace, args, message):
    result = run(runner, "offer", "simulate", TOTAL, *args)
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert "Traceback" not in result.output


def test_missing_offer(runner, workspace):
    result = run(runner, "offer", "simulate", "offers/nope.yaml")
    assert result.exit_code == 2 and "no such file" in result.output


def test_broken_offer_exits_1_with_location(runner, workspace):
    path = workspace / TOTAL
    path.write_text(path.read_text().replace("budget: 150jt", "budget: 150M"))
    result = run(runner, "offer", "simulate", TOTAL)
    assert result.exit_code == 1
    assert "offers/total-spbu-2017q4.yaml:13:30: error[money]" in result.output


def _transactions_offer(workspace, rows: str, column: str = "amount"):
    (workspace / "data" / "tx.csv").write_text(rows)
    (workspace / "offers" / "tx.yaml").write_text(
        "id: tx\npartner: total-spbu\nperiod: {days: 30}\n"
        "scheme:\n  tiers:\n    - {min_spend: 300rb, voucher: 20rb}\n"
        f"assumptions:\n  spend: {{transactions: ../data/tx.csv, column: {column}}}\n  redemption_rate: 0.5\n"
    )


def test_transactions_file_gives_exact_shares_and_n(runner, workspace):
    _transactions_offer(workspace, "id,amount\n1,100000\n2,300000\n3,450000.00\n\n4,299999\n")
    data = json.loads(run(runner, "offer", "simulate", "offers/tx.yaml", "-f", "json").output)
    assert data["transactions"] == 4
    assert data["qualifying_share"] == 0.5
    assert data["vouchers_issued"] == 2.0


def test_bad_transaction_rows_are_reported_and_nothing_is_written(runner, workspace):
    rows = "id,amount\n" + "".join(f"{i},{v}\n" for i, v in enumerate(["100", "abc", "-5", "200", "", "1e5", "7", "x", "y"]))
    _transactions_offer(workspace, rows)
    result = run(runner, "offer", "simulate", "offers/tx.yaml", "-o", "out.json")
    assert result.exit_code == 1
    assert not (workspace / "out.json").exists()
    lines = [line for line in result.output.splitlines() if "error[" in line]
    assert lines == [
        'data/tx.csv:3: error[data-row]: "abc" is not a whole Rupiah amount',
        'data/tx.csv:4: error[data-row]: "-5" is a negative amount',
        'data/tx.csv:6: error[data-row]: "" is not a whole Rupiah amount',
        'data/tx.csv:7: error[data-row]: "1e5" is not a whole Rupiah amount',
        'data/tx.csv:9: error[data-row]: "x" is not a whole Rupiah amount',
        "data/tx.csv: error[data-more]: ... and 1 more bad row(s)",
    ]


def test_transactions_column_must_exist(runner, workspace):
    _transactions_offer(workspace, "id,total\n1,5\n")
    result = run(runner, "offer", "simulate", "offers/tx.yaml")
    assert result.exit_code == 1 and "missing column(s) amount" in result.output


def test_several_offers_one_row_each(runner, workspace):
    result = run(runner, "offer", "simulate", "offers/", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [r["offer"] for r in rows] == ["axa-mandiri-health-2018", "happy-fresh-2018q1", "hias-hauz-lebaran-2018", "total-spbu-2017q4", "uber-rides-2018"]
    table = run(runner, "offer", "simulate", "offers/total-spbu-2017q4.yaml", "offers/uber-rides-2018.yaml")
    assert table.exit_code == 0 and "uber-rides-2018" in table.output


def test_batch_goes_on_past_a_broken_offer(runner, workspace):
    path = workspace / "offers" / "uber-rides-2018.yaml"
    path.write_text(path.read_text().replace("redemption_rate: 0.3", "redemption_rate: lots"))
    result = run(runner, "offer", "simulate", "offers", "-f", "json")
    # The policy of every many-file listing: the rest is listed, the broken
    # file's problems go to stderr, and only --strict makes it exit 1.
    assert result.exit_code == 0
    assert "offers/uber-rides-2018.yaml:14:20: error[share]" in result.stderr
    assert len(json.loads(result.stdout)) == 4
    strict = run(runner, "offer", "simulate", "offers", "-f", "json", "--strict")
    assert strict.exit_code == 1 and strict.stdout == result.stdout


def test_vs_with_several_offers_is_usage_error(runner, workspace):
    assert run(runner, "offer", "simulate", "offers/", "--vs", "voucher=1rb").exit_code == 2


def test_vs_keeps_the_base_columns_own_warnings(runner, workspace):
    # Hias & Hauz's quota of 6.000 vouchers runs out on day 18 of 45; with a
    # quota of 50.000 it lasts the whole period, with 1.000 it ends on day 3.
    result = run(runner, "offer", "simulate", "offers/hias-hauz-lebaran-2018.yaml", "--vs", "quota=50000", "--vs", "quota=1000")
    assert result.exit_code == 0, result.output
    text = result.output
    base = text[text.index("Warnings: base"):text.index("Warnings: quota=1000")]
    assert "the quota runs out on day 18 of 45" in base
    assert "the quota runs out on day 3 of 45" in text[text.index("Warnings: quota=1000"):]
    assert "Warnings: quota=50000" not in text  # nothing to warn about: the quota lasts


def test_vs_on_validity_says_the_numbers_do_not_move(runner, workspace):
    result = run(runner, "offer", "simulate", "offers/total-spbu-2017q4.yaml", "--vs", "voucher_valid_days=45")
    assert result.exit_code == 0, result.output
    assert "it does not change the model's numbers" in result.output
    plain = run(runner, "offer", "simulate", "offers/total-spbu-2017q4.yaml", "--vs", "voucher=30rb")
    assert "it does not change the model's numbers" not in plain.output
