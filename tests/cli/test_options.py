"""Issue 14 from the command line: `pln deal options`, the partner read in
`pln deal show` (and its meeting brief), and the values of both sides in
`pln offer simulate`."""

from __future__ import annotations

import csv
import io
import json

import pytest

from pln_cli.model.offer import Assumptions
from tests.conftest import golden, run

TOTAL = "deals/total-spbu-2017.yaml"
HIAS = "deals/hias-hauz-lebaran-2018.yaml"
TOTAL_OFFER = "offers/total-spbu-2017q4.yaml"
PACKAGE_KEYS = {"terms", "value_us", "value_them", "our_net_cost", "partner_incremental_spend", "partner_payment"}

# The offer model takes assumptions.partner_margin once issue 15 has landed;
# the tests that write it into a file wait for it.
needs_margin_field = pytest.mark.skipif("partner_margin" not in Assumptions.model_fields,
                                        reason="assumptions.partner_margin is not in the offer model yet")


def _with_margin(workspace, offer: str, margin: str) -> None:
    path = workspace / offer
    text = path.read_text()
    path.write_text(text.replace("assumptions:\n", f"assumptions:\n  partner_margin: {margin}\n", 1))


# --- deal options --------------------------------------------------------------------

def test_options_in_english(runner, workspace):
    result = run(runner, "deal", "options", "total-spbu-2017", "--partner-margin", "4%")
    assert result.exit_code == 0, result.output
    golden("deal/total-options.en.txt", result.output)
    text = result.output
    # MESO first, then Nash, then the frontier and its chart.
    assert text.index("Offer these together") < text.index("Nash package") < text.index("Pareto frontier") < text.index("Value for us against")


def test_options_in_indonesian(runner, workspace):
    result = run(runner, "deal", "options", TOTAL, "--partner-margin", "0,04", "--steps", "3", "--lang", "id")
    assert result.exit_code == 0, result.output
    assert "Tawarkan sekaligus" in result.output and "margin mitra 4,0%" in result.output
    golden("deal/total-options.id.txt", result.output)


def test_options_json_follows_the_contract(runner, workspace):
    result = run(runner, "deal", "options", TOTAL, "--partner-margin", "4%", "-f", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert {"packages_evaluated", "pareto", "nash", "meso"} <= set(data)
    assert data["packages_evaluated"] == 125 and data["partner_margin"] == 0.04
    for package in data["pareto"] + data["meso"] + [data["nash"]]:
        assert PACKAGE_KEYS <= set(package)
        assert all(isinstance(package[k], int) for k in PACKAGE_KEYS - {"terms"})  # money in whole Rupiah
        assert list(package["terms"]) == ["min_spend", "voucher", "voucher_valid_days"]
    values_us = [p["value_us"] for p in data["pareto"]]
    assert values_us == sorted(values_us, reverse=True)
    assert data["meso"][0] == data["nash"] and len(data["meso"]) == 3
    # value_them = m_p x incremental spend - payment, to the Rupiah.
    nash = data["nash"]
    assert abs(nash["value_them"] - (0.04 * nash["partner_incremental_spend"] - nash["partner_payment"])) <= 1


def test_options_csv_one_value_per_cell(runner, workspace):
    result = run(runner, "deal", "options", TOTAL, "--partner-margin", "4%", "-f", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [r["set"] for r in rows[:4]] == ["meso", "meso", "meso", "nash"]
    assert {r["set"] for r in rows} == {"meso", "nash", "pareto", "position_us", "position_them"}
    assert rows[3]["min_spend"] == "425000" and "Rp" not in result.output
    assert sum(r["set"] == "pareto" for r in rows) == len(json.loads(run(runner, "deal", "options", TOTAL, "--partner-margin", "4%", "-f", "json").output)["pareto"])


def test_options_markdown_to_a_file(runner, workspace):
    result = run(runner, "deal", "options", TOTAL, "--partner-margin", "4%", "-o", "options.md")
    assert result.exit_code == 0, result.output
    text = (workspace / "options.md").read_text()
    assert text.startswith("# Options for mutual gain: Fuel-for-voucher co-promotion, Q4 2017")
    assert "## Pareto frontier" in text and "```" in text


def test_no_package_gains_both_sides_is_said_not_an_error(runner, workspace):
    result = run(runner, "deal", "options", HIAS, "--partner-margin", "35%")
    assert result.exit_code == 0, result.output
    assert "no package in range gains both sides" in result.output
    data = json.loads(run(runner, "deal", "options", HIAS, "--partner-margin", "35%", "-f", "json").output)
    assert data["nash"] is None and data["meso"] == [] and data["pareto"]


@pytest.mark.parametrize("lang, words", [("en", ["a fuel retailer's gross margin is a few percent (2% to 5%)", "--partner-margin"]),
                                         ("id", ["margin kotor peritel BBM", "--partner-margin"])])
def test_missing_margin_stops_and_says_where_to_put_it(runner, workspace, lang, words):
    result = run(runner, "deal", "options", TOTAL, "--lang", lang)
    assert result.exit_code == 1
    assert "offers/total-spbu-2017q4.yaml:14:1: error[partner-margin]:" in result.output
    assert "  |   assumptions:" in result.output and "assumptions.partner_margin" in result.output
    for word in words:
        assert word in result.output
    assert "Traceback" not in result.output


def test_too_many_packages_are_refused_with_the_count_and_a_steps_that_fits(runner, workspace):
    result = run(runner, "deal", "options", TOTAL, "--partner-margin", "4%", "--steps", "30")
    assert result.exit_code == 1  # NEGOTIATION.md: refused before any simulation, exit 1
    assert "deals/total-spbu-2017.yaml:10:1: error[too-many-packages]: 27,000 packages with --steps 30" in result.output
    assert "use --steps 27 or fewer" in result.output  # 27^3 = 19,683
    huge = run(runner, "deal", "options", TOTAL, "--partner-margin", "4%", "--steps", "1000000", "--lang", "id")
    assert huge.exit_code == 1 and "pakai --steps 27 atau kurang" in huge.output


@pytest.mark.parametrize("args, message", [
    (["--steps", "1"], "--steps 1 is too few"),
    (["--meso", "0"], "--meso 0: at least one package is needed"),
    (["--partner-margin", "4x"], '--partner-margin: "4x" is not a share'),
    (["--partner-margin", "150%"], "--partner-margin:"),
    (["-f", "xlsx"], "xlsx"),
])
def test_bad_options_are_usage_errors(runner, workspace, args, message):
    result = run(runner, "deal", "options", TOTAL, "--partner-margin", "4%", *args) if "--partner-margin" not in args else \
        run(runner, "deal", "options", TOTAL, *args)
    assert result.exit_code == 2, result.output
    assert message in result.output


def test_unknown_deal(runner, workspace):
    assert run(runner, "deal", "options", "nope", "--partner-margin", "4%").exit_code == 2


@needs_margin_field
def test_margin_from_the_offer_file_and_the_flag_wins(runner, workspace):
    _with_margin(workspace, TOTAL_OFFER, "3%")
    from_file = json.loads(run(runner, "deal", "options", TOTAL, "-f", "json").output)
    assert from_file["partner_margin"] == 0.03 and from_file["partner_margin_source"] == "offer"
    flagged = json.loads(run(runner, "deal", "options", TOTAL, "--partner-margin", "4%", "-f", "json").output)
    assert flagged["partner_margin"] == 0.04 and flagged["partner_margin_source"] == "flag"


# --- deal show: reading the partner ---------------------------------------------------

def test_show_reads_the_partner_in_english(runner, workspace):
    result = run(runner, "deal", "show", "hias-hauz-lebaran-2018")
    assert result.exit_code == 0, result.output
    golden("deal/hias-show.en.txt", result.output)
    text = result.output
    assert "min_spend: their reservation is about Rp699.809 (conceder: concedes early, beta 1.5; fit error ±Rp2.690); from 3 offers: rough" in text
    assert ": = their estimated reservation" in text
    assert "20% – 25.98% (estimated)" in text and "none (estimated)" in text


def test_show_reads_the_partner_in_indonesian(runner, workspace):
    result = run(runner, "deal", "show", HIAS, "--lang", "id")
    assert result.exit_code == 0, result.output
    assert "batas mitra sekitar 25,98%" in result.output and "dari 3 penawaran: masih kasar" in result.output
    golden("deal/hias-show.id.txt", result.output)


def test_the_estimate_is_a_dotted_line_in_the_chart(runner, workspace):
    lines = run(runner, "deal", "show", HIAS).output.splitlines()
    start = lines.index("min_spend (better for us: higher →)")
    rows = [line for line in lines[start + 2:start + 8]]
    assert len(rows) == 6 and all(row.startswith("R") for row in rows)
    columns = {row.index(":", row.index("[")) for row in rows}
    assert len(columns) == 1  # one column, every round: a dotted line


def test_no_estimate_says_why(runner, workspace):
    text = run(runner, "deal", "show", TOTAL).output
    assert "min_spend: no estimate of their reservation: only 2 offers from them so far; 3 are needed to read a curve" in text
    assert ": = their estimated reservation" not in text


def test_show_json_has_the_estimate_keys(runner, workspace):
    data = json.loads(run(runner, "deal", "show", HIAS, "-f", "json").output)
    ms, share = data["issues"]["min_spend"], data["issues"]["partner_share"]
    estimate = ms["their_reservation_estimate"]
    assert {k: estimate[k] for k in ("value", "beta", "tactic", "offers")} == {"value": 699809, "beta": 1.5, "tactic": "conceder", "offers": 3}
    assert isinstance(estimate["rmse"], float) and estimate["rmse"] == pytest.approx(2689.64, abs=0.01)
    assert ms["zopa_estimated"] is None and ms["zopa_estimated_status"] == "none"  # our 750rb is above their ~700rb
    assert share["zopa_estimated"] == [0.2, pytest.approx(0.2598475045)]
    total = json.loads(run(runner, "deal", "show", TOTAL, "-f", "json").output)
    none = total["issues"]["voucher"]["their_reservation_estimate"]
    assert none["value"] is None and none["reason"] == "few_offers"
    assert total["issues"]["voucher"]["zopa_estimated"] is None  # the header gives their_reservation


# --- the meeting brief -----------------------------------------------------------------

def test_brief_without_a_margin_says_why_and_succeeds(runner, workspace):
    result = run(runner, "deal", "show", HIAS, "-o", "brief.md")
    assert result.exit_code == 0, result.output
    text = (workspace / "brief.md").read_text()
    assert "## Reading the partner" in text and "their reservation is about Rp699.809" in text
    assert "## Packages to put on the table" in text
    assert "No packages yet: the partner's gross margin is unknown" in text
    assert "pln deal options hias-hauz-lebaran-2018 --partner-margin 4%" in text
    indonesian = run(runner, "deal", "show", HIAS, "-f", "markdown", "--lang", "id").output
    assert "## Paket untuk diajukan" in indonesian and "Belum ada paket" in indonesian


def test_brief_of_a_closed_deal(runner, workspace):
    text = run(runner, "deal", "show", TOTAL, "-f", "markdown").output
    assert "The deal is agreed: there are no packages to put on the table." in text


def test_brief_with_the_packages(runner, workspace, monkeypatch):
    import pln_cli.api.options as api_options

    # An open deal whose partner's margin is known (as the offer file would give it).
    monkeypatch.setattr(api_options, "partner_margin_of", lambda offer: 0.04)
    deal = workspace / "deals" / "total-open.yaml"
    text = (workspace / TOTAL).read_text()
    deal.write_text(text[:text.index("---\noutcome:")].replace("deal: total-spbu-2017", "deal: total-open"))
    result = run(runner, "deal", "show", "total-open", "-f", "markdown")
    assert result.exit_code == 0, result.output
    brief = result.output
    assert "## Packages to put on the table" in brief and "From 125 packages valued for both sides (partner margin 4.0%)" in brief
    assert "Package 1 (Nash)" in brief and "Package 3 |" in brief
    assert brief.index("## Reading the partner") < brief.index("## Packages to put on the table")


@needs_margin_field
def test_brief_with_the_margin_in_the_offer_file(runner, workspace):
    _with_margin(workspace, "offers/hias-hauz-lebaran-2018.yaml", "35%")
    text = run(runner, "deal", "show", HIAS, "-f", "markdown").output
    assert "From 25 packages valued for both sides (partner margin 35.0%)" in text
    assert "no package in range gains both sides" in text


# --- offer simulate: the values of both sides -------------------------------------------

def test_simulate_json_has_both_values(runner, workspace):
    data = json.loads(run(runner, "offer", "simulate", TOTAL_OFFER, "-f", "json").output)
    assert data["value_us"] == 14356562  # computed unrounded: gross profit - our net cost
    assert abs(data["value_us"] - (data["gross_profit"] - data["our_net_cost"])) <= 1
    assert data["value_them"] is None and data["partner_margin"] is None
    rows = list(csv.DictReader(io.StringIO(run(runner, "offer", "simulate", TOTAL_OFFER, "-f", "csv").output)))
    assert rows[0]["value_us"] == "14356562" and rows[0]["value_them"] == ""


def test_vs_and_grid_take_the_values(runner, workspace):
    data = json.loads(run(runner, "offer", "simulate", TOTAL_OFFER, "--vs", "min_spend=400rb", "-f", "json").output)
    assert [d["value_us"] for d in data] == [14356562, 17500000]
    grid = run(runner, "offer", "simulate", TOTAL_OFFER, "--grid", "min_spend=400rb:450rb:25rb", "--metric", "value_us")
    assert grid.exit_code == 0, grid.output
    golden("offer/total-grid-value-us.en.txt", grid.output)
    points = json.loads(run(runner, "offer", "simulate", TOTAL_OFFER, "--grid", "min_spend=400rb:450rb:25rb", "--metric", "value_us", "-f", "json").output)
    assert [p["value_us"] for p in points] == [17500000, 17500000, 14356562]


def test_value_them_grid_needs_the_margin(runner, workspace):
    result = run(runner, "offer", "simulate", TOTAL_OFFER, "--grid", "min_spend=400rb:450rb:25rb", "--metric", "value_them")
    assert result.exit_code == 1
    assert "error[partner-margin]" in result.output and "partner_margin: 4%" in result.output
    assert "--partner-margin" not in result.output  # simulate has no such flag: the hint names the file


@needs_margin_field
def test_values_with_the_margin_in_the_offer_file(runner, workspace):
    _with_margin(workspace, TOTAL_OFFER, "4%")
    data = json.loads(run(runner, "offer", "simulate", TOTAL_OFFER, "-f", "json").output)
    assert data["partner_margin"] == 0.04
    assert abs(data["value_them"] - (0.04 * data["partner_incremental_spend"] - data["partner_payment"])) <= 1
    table = run(runner, "offer", "simulate", TOTAL_OFFER).output
    assert "Partner's gross margin: 4.0% (assumptions.partner_margin)" in table
    grid = run(runner, "offer", "simulate", TOTAL_OFFER, "--grid", "voucher=20rb:30rb:5rb", "--metric", "value_them")
    assert grid.exit_code == 0 and "Value for them" in grid.output
