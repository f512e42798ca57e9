"""`pln offer simulate --uncertainty` from the command line (ECONOMICS.md, "Uncertainty").

The example AXA offer has ranges on redemption rate and average order value.
"""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from tests.conftest import golden, run

AXA = "offers/axa-mandiri-health-2018.yaml"
TOTAL = "offers/total-spbu-2017q4.yaml"
UNCERTAINTY_KEYS = ["draws", "seed", "bands", "cap_binds_share", "loss_share", "tornado", "break_even"]
METRICS = ["our_net_cost", "value_us", "cac", "roi", "new_customers", "partner_incremental_spend", "value_them"]
BAR_KEYS = ["input", "low", "high", "value_us_low", "value_us_high", "our_net_cost_low", "our_net_cost_high"]


def simulate(runner, *args: str):
    return run(runner, "offer", "simulate", *args)


def as_json(runner, *args: str):
    result = simulate(runner, *args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def set_line(path, key: str, value: str) -> None:
    """Rewrite `  key: ...` (a whole line of the assumptions) in an offer file."""
    text = path.read_text(encoding="utf-8")
    new, count = re.subn(rf"(?m)^  {re.escape(key)}: .*$", f"  {key}: {value}", text)
    assert count == 1, key
    path.write_text(new, encoding="utf-8")


def split_at(text: str, heading: str) -> tuple[str, str]:
    """The text before the line `heading` and from it on."""
    index = text.index("\n" + heading + "\n") + 1
    return text[:index], text[index:]


# --- goldens -------------------------------------------------------------------
# The goldens hold what --uncertainty adds (from "Ranged inputs" on); the
# usual report above it is the plain command's, checked against it here.


@pytest.mark.parametrize(
    ("lang", "inputs", "warnings"),
    [("en", "Ranged inputs", "Warnings"), ("id", "Asumsi berupa rentang", "Peringatan")],
)
def test_report_in_both_languages(runner, workspace, lang, inputs, warnings):
    result = simulate(runner, AXA, "--uncertainty", "--lang", lang)
    assert result.exit_code == 0, result.output
    before, added = split_at(result.stdout, inputs)
    plain_before, plain_after = split_at(simulate(runner, AXA, "--lang", lang).stdout, warnings)
    assert before == plain_before  # the usual report, then the ranges before its warnings
    assert added.split("\n" + warnings + "\n", 1)[1].startswith(plain_after.split("\n", 1)[1].split("\n\n")[0])
    golden(f"uncertainty/axa-report.{lang}.txt", added)


def test_report_in_indonesian_reads_indonesian(runner, workspace):
    text = simulate(runner, AXA, "--uncertainty", "--lang", "id").stdout
    assert "Rentang: 10.000 simulasi, seed 1" in text and "Titik impas" in text and "Kami rugi pada 0,09% dari seluruh simulasi" in text


def test_markdown(runner, workspace):
    result = simulate(runner, AXA, "--uncertainty", "--format", "markdown")
    assert result.exit_code == 0, result.output
    assert "## Ranges: 10,000 draws, seed 1" in result.stdout
    assert "```\n░ the input at its low end" in result.stdout  # the chart, verbatim
    golden("uncertainty/axa-report.en.md", split_at(result.stdout, "## Ranged inputs")[1])


def test_counter_offers_each_get_bands(runner, workspace):
    args = [AXA, "--draws", "2000", "--vs", "min_spend=1,5jt", "--vs", "redemption_rate=40%"]
    result = simulate(runner, "--uncertainty", *args)
    assert result.exit_code == 0, result.output
    before, added = split_at(result.stdout, "Ranged inputs")
    assert before == simulate(runner, *[a for a in args if a not in ("--draws", "2000")]).stdout + "\n"
    golden("uncertainty/axa-vs.en.txt", added)


def test_grids_in_both_languages(runner, workspace):
    one = simulate(runner, AXA, "--uncertainty", "--draws", "2000", "--grid", "min_spend=800rb:1,2jt:200rb", "--metric", "value_us", "--lang", "id")
    assert one.exit_code == 0, one.output
    golden("uncertainty/axa-grid1.id.txt", one.stdout)
    two = simulate(runner, AXA, "--uncertainty", "--draws", "2000", "--grid", "min_spend=800rb:1,2jt:200rb", "--grid", "voucher=40rb:60rb:10rb", "--metric", "our_net_cost")
    assert two.exit_code == 0, two.output
    golden("uncertainty/axa-grid2.en.txt", two.stdout)


def test_json_golden(runner, workspace):
    result = simulate(runner, AXA, "--uncertainty", "--draws", "1000", "--seed", "7", "--format", "json")
    assert result.exit_code == 0, result.output
    golden("uncertainty/axa-draws1000-seed7.json", json.dumps(json.loads(result.stdout)["uncertainty"], indent=2) + "\n")


# --- JSON ------------------------------------------------------------------------


def test_json_is_the_usual_object_plus_the_contract(runner, workspace):
    plain = as_json(runner, AXA)
    data = as_json(runner, AXA, "--uncertainty")
    assert list(data)[:-1] == list(plain) and list(data)[-1] == "uncertainty"
    assert {k: v for k, v in data.items() if k not in ("uncertainty", "talking_points")} == {k: v for k, v in plain.items() if k != "talking_points"}
    # The band talking points come after the usual ones.
    assert data["talking_points"][: len(plain["talking_points"])] == plain["talking_points"]
    assert any(p.startswith("Value to us is most likely") for p in data["talking_points"])
    u = data["uncertainty"]
    assert list(u) == UNCERTAINTY_KEYS
    assert (u["draws"], u["seed"]) == (10_000, 1)
    assert list(u["bands"]) == METRICS
    assert u["bands"]["value_them"] == {"null_share": 1.0}  # no partner margin in the file
    for metric in ("our_net_cost", "value_us", "cac", "partner_incremental_spend"):
        band = u["bands"][metric]
        assert list(band) == ["p10", "p50", "p90"] and all(isinstance(v, int) for v in band.values())
        assert band["p10"] <= band["p50"] <= band["p90"]
    assert [bar["input"] for bar in u["tornado"]] == ["redemption_rate", "avg_order_value"]  # by swing
    assert all(list(bar) == BAR_KEYS for bar in u["tornado"])
    assert 0 <= u["cap_binds_share"] <= 1 and 0 <= u["loss_share"] <= 1
    assert u["break_even"] == {}


def test_same_seed_gives_byte_identical_json(runner, workspace):
    first = simulate(runner, AXA, "--uncertainty", "--seed", "42", "--draws", "3000", "-f", "json").stdout
    again = simulate(runner, AXA, "--uncertainty", "--seed", "42", "--draws", "3000", "-f", "json").stdout
    other = simulate(runner, AXA, "--uncertainty", "--seed", "43", "--draws", "3000", "-f", "json").stdout
    assert first == again
    assert first != other
    assert json.loads(first)["uncertainty"]["seed"] == 42 and json.loads(first)["uncertainty"]["draws"] == 3000


def test_draws_and_seed_accept_grouped_digits(runner, workspace):
    data = as_json(runner, AXA, "--uncertainty", "--draws", "2.000", "--seed", "1,000")
    assert (data["uncertainty"]["draws"], data["uncertainty"]["seed"]) == (2000, 1000)


def test_the_tornado_agrees_with_two_plain_runs(runner, workspace):
    bars = as_json(runner, AXA, "--uncertainty", "--draws", "10")["uncertainty"]["tornado"]
    path = workspace / AXA
    original = path.read_text(encoding="utf-8")
    written = {"redemption_rate": lambda v: f"{v * 100:g}%", "avg_order_value": lambda v: str(v)}
    for bar in bars:
        for end in ("low", "high"):
            path.write_text(original, encoding="utf-8")
            set_line(path, bar["input"], written[bar["input"]](bar[end]))
            plain = as_json(runner, AXA)
            assert bar[f"our_net_cost_{end}"] == plain["our_net_cost"]
            assert abs(bar[f"value_us_{end}"] - (plain["gross_profit"] - plain["our_net_cost"])) <= 1
            if "value_us" in plain:
                assert bar[f"value_us_{end}"] == plain["value_us"]


def test_break_even_in_json_and_words(runner, workspace):
    # TOTAL: value_us = (0.1 A - 25.000) R, so we lose money below A = Rp250.000.
    set_line(workspace / TOTAL, "avg_order_value", "{low: 200rb, mode: 300rb, high: 400rb}")
    data = as_json(runner, TOTAL, "--uncertainty", "--draws", "500")
    assert data["uncertainty"]["break_even"]["avg_order_value"] == pytest.approx(250_000, abs=0.5)
    assert "Break-even: we lose money if the average order value falls below Rp250.000." in data["talking_points"]
    table = simulate(runner, TOTAL, "--uncertainty", "--draws", "500").stdout
    assert "- We lose money if the average order value falls below Rp250.000" in table
    indonesian = simulate(runner, TOTAL, "--uncertainty", "--draws", "500", "--lang", "id").stdout
    assert "- Kami rugi bila rata-rata nilai pesanan turun di bawah Rp250.000" in indonesian


def test_a_counter_offer_fixing_a_ranged_input(runner, workspace):
    data = as_json(runner, AXA, "--uncertainty", "--draws", "500", "--vs", "redemption_rate=40%")
    assert [d["variant"] for d in data] == [{}, {"redemption_rate": 0.4}]
    base, fixed = (d["uncertainty"] for d in data)
    cost = fixed["bands"]["our_net_cost"]
    assert cost["p10"] == cost["p50"] == cost["p90"] == data[1]["our_net_cost"]  # r is the variant's in every draw
    assert [bar["input"] for bar in fixed["tornado"]] == ["avg_order_value"]
    # The fixed input still consumes its uniform: avg_order_value sees the same draws.
    same_aov = as_json(runner, AXA, "--uncertainty", "--draws", "500")["uncertainty"]
    assert base == same_aov


def test_grid_json_and_csv_have_bands_per_cell(runner, workspace):
    args = [AXA, "--uncertainty", "--draws", "300", "--grid", "voucher=40rb:60rb:10rb", "--metric", "value_us"]
    data = as_json(runner, *args)
    assert [d["grid"] for d in data] == [{"voucher": v} for v in (40_000, 50_000, 60_000)]
    assert all(list(d["uncertainty"]) == UNCERTAINTY_KEYS for d in data)
    rows = list(csv.DictReader(io.StringIO(simulate(runner, *args, "-f", "csv").stdout)))
    assert [r["grid_voucher"] for r in rows] == ["40000", "50000", "60000"]
    assert [int(r["band_value_us_p50"]) for r in rows] == [d["uncertainty"]["bands"]["value_us"]["p50"] for d in data]


# --- CSV -------------------------------------------------------------------------


def test_csv_is_the_usual_row_plus_one_column_per_value(runner, workspace):
    plain = list(csv.DictReader(io.StringIO(simulate(runner, AXA, "-f", "csv").stdout)))
    result = simulate(runner, AXA, "--uncertainty", "--draws", "500", "-f", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 1
    row = rows[0]
    assert list(row)[: len(plain[0])] == list(plain[0])
    data = as_json(runner, AXA, "--uncertainty", "--draws", "500")["uncertainty"]
    assert (row["uncertainty_draws"], row["uncertainty_seed"]) == ("500", "1")
    for metric in METRICS:
        band = data["bands"][metric]
        for q in ("p10", "p50", "p90"):
            assert row[f"band_{metric}_{q}"] == ("" if q not in band else str(band[q]))
        assert float(row[f"band_{metric}_null_share"]) == band.get("null_share", 0.0)
    assert row["tornado_1_input"] == data["tornado"][0]["input"]
    assert int(row["tornado_2_value_us_high"]) == data["tornado"][1]["value_us_high"]
    vs = list(csv.DictReader(io.StringIO(simulate(runner, AXA, "--uncertainty", "--draws", "100", "--vs", "voucher=40rb", "-f", "csv").stdout)))
    assert [r["variant"] for r in vs] == ["base", "voucher=Rp40.000"]


def test_output_file_takes_its_format_from_the_extension(runner, workspace):
    result = simulate(runner, AXA, "--uncertainty", "--draws", "100", "-o", "bands.json")
    assert result.exit_code == 0, result.output
    assert list(json.loads((workspace / "bands.json").read_text(encoding="utf-8"))["uncertainty"]) == UNCERTAINTY_KEYS


# --- usage and data errors --------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--draws", "0"], "--draws must be a whole number from 1 to 1,000,000, not '0'"),
        (["--draws", "1000001"], "--draws must be a whole number"),
        (["--draws", "abc"], "not 'abc'"),
        (["--draws", "1.5"], "not '1.5'"),
        (["--draws", "-3"], "--draws must be"),
        (["--seed", "-1"], "--seed must be a whole number from 0 to 9,007,199,254,740,991"),
        (["--seed", "9007199254740992"], "--seed must be"),
        (["--seed", "one"], "not 'one'"),
    ],
)
def test_bad_draws_or_seed_exit_2(runner, workspace, args, message):
    result = simulate(runner, AXA, "--uncertainty", *args)
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.output


def test_usage_errors_in_indonesian(runner, workspace):
    result = simulate(runner, AXA, "--uncertainty", "--draws", "0", "--lang", "id")
    assert result.exit_code == 2
    assert "--draws harus bilangan bulat dari 1 sampai 1.000.000" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--draws", "100"], "--draws and --seed go with --uncertainty"),
        (["--seed", "3"], "--draws and --seed go with --uncertainty"),
        (["--uncertainty", TOTAL], "--uncertainty takes a single offer"),
        (["--uncertainty", "--grid", "voucher=40rb:60rb:10rb", "--metric", "gmv"], "with --uncertainty, --metric must be one of"),
        (["--uncertainty", "--metric", "value_us"], "--metric goes with --grid"),
        (["--uncertainty", "--vs", "voucher=40rb", "--grid", "voucher=40rb:60rb:10rb"], "use --vs or --grid, not both"),
        (["--uncertainty", "--vs", "voucher=lots"], "error"),
    ],
)
def test_other_usage_errors_exit_2(runner, workspace, args, message):
    result = simulate(runner, AXA, *args)
    assert result.exit_code == 2, result.output
    assert message in result.stderr


def test_a_bad_range_is_a_data_error_in_every_command(runner, workspace):
    set_line(workspace / AXA, "redemption_rate", "{low: 60%, mode: 55%, high: 75%}")
    for args in (["offer", "simulate", AXA], ["offer", "simulate", AXA, "--uncertainty"], ["check"]):
        result = run(runner, *args)
        assert result.exit_code == 1, args
        assert "offers/axa-mandiri-health-2018.yaml:22:" in result.output and "error[range]" in result.output
        assert 'the low end "60%" is above the mode "55%"' in result.output


def test_grid_of_value_them_needs_the_partner_margin(runner, workspace):
    result = simulate(runner, AXA, "--uncertainty", "--grid", "voucher=40rb:60rb:10rb", "--metric", "value_them")
    assert result.exit_code == 1 and "error[partner-margin]" in result.output


def test_an_offer_without_ranges_says_so(runner, workspace):
    table = simulate(runner, TOTAL, "--uncertainty", "--draws", "50")
    assert table.exit_code == 0, table.output
    assert "this offer has no ranges, so every draw gives the same numbers" in table.stdout
    assert "What moves value to us most" not in table.stdout
    data = simulate(runner, TOTAL, "--uncertainty", "--draws", "50", "-f", "json")
    assert data.exit_code == 0
    assert "warning: this offer has no ranges" in data.stderr
    u = json.loads(data.stdout)["uncertainty"]
    assert u["tornado"] == [] and u["break_even"] == {}
    assert u["bands"]["our_net_cost"] == {"p10": 71782812, "p50": 71782812, "p90": 71782812}


# --- ranges do not change what is not --uncertainty ------------------------------


def test_an_offer_with_ranges_simulates_as_with_its_modes(runner, workspace):
    with_ranges = {fmt: simulate(runner, AXA, "-f", fmt).stdout for fmt in ("table", "json", "csv")}
    set_line(workspace / AXA, "redemption_rate", "55%")
    set_line(workspace / AXA, "avg_order_value", "450rb")
    for fmt, text in with_ranges.items():
        assert simulate(runner, AXA, "-f", fmt).stdout == text, fmt


def test_partner_margin_in_the_file_gives_value_them_bands(runner, workspace):
    path = workspace / AXA
    path.write_text(path.read_text(encoding="utf-8") + "  partner_margin: {low: 2%, mode: 4%, high: 6%}\n", encoding="utf-8")
    u = as_json(runner, AXA, "--uncertainty", "--draws", "500")["uncertainty"]
    assert set(u["bands"]["value_them"]) == {"p10", "p50", "p90"}
    assert "partner_margin" in [bar["input"] for bar in u["tornado"]]


# --- on a terminal: Rich draws the same chart ------------------------------------


def test_rich_draws_the_tornado_bars(workspace):
    from rich.console import Console

    from pln_cli.api.uncertainty import offer_uncertainty
    from pln_cli.render.document import to_plain, to_rich
    from pln_cli.render.uncertainty import document

    doc = document(offer_uncertainty(workspace / AXA, draws=200), "en")
    buffer = io.StringIO()
    to_rich(doc, Console(file=buffer, width=120, color_system=None, highlight=False))
    chart = [line for line in to_plain(doc).splitlines() if "│" in line and ("░" in line or "█" in line)]
    assert len(chart) == 3  # the legend and one bar per ranged input
    for line in chart:
        assert line.rstrip() in buffer.getvalue()
