"""Advice where the team decides: cap and ROI warnings, the practical next
offer, the plan of our offers, monthly figures in `report`, kami/mitra."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from tests.conftest import golden, run

HAPPY = "deals/happy-fresh-2018.yaml"

# A deal on the Happy Fresh offer (period 2018-01-15 to 2018-04-14, 90 days,
# a quota of 5.000 vouchers) whose next offers are off the steps people say.
ADVICE = """\
deal: happy-fresh-2019
partner: happy-fresh
offer: ../offers/happy-fresh-2018q1.yaml
deadline: {rounds: 4}
tactic: linear
issues:
  min_spend: {target: 310rb, reservation: 240rb}
  partner_share: {target: 33%, reservation: 10%}
  voucher_valid_days: {target: 14, reservation: 31}
...
---
round: 1
date: 2018-01-08
by: us
terms: {min_spend: 310rb, partner_share: 33%, voucher_valid_days: 14}
...
---
round: 2
date: 2018-01-10
by: them
terms: {min_spend: 200rb, partner_share: 5%, voucher_valid_days: 30}
...
"""


# --- warnings ---------------------------------------------------------------------


def test_show_json_warns_with_the_day_and_the_date(runner, workspace):
    data = json.loads(run(runner, "deal", "show", HAPPY, "-f", "json").output)
    # Our latest terms (Rp300.000, 30%) issue 29.913 vouchers over 90 days before the cap:
    # lambda = 5.000 / 29.913 = 0,1672, lambda * D = 15,04 days, so the quota runs out
    # on day 16: 2018-01-15 + 16 - 1 = 2018-01-30.  Theirs (Rp200.000, 0%) issue 43.668:
    # lambda * D = 10,31 -> day 11 -> 2018-01-25.
    assert [(w["code"], w["terms"], w["day"], w["date"]) for w in data["warnings"]] == [
        ("quota-binds", "ours", 16, "2018-01-30"), ("quota-binds", "theirs", 11, "2018-01-25")]
    assert data["warnings"][0]["message"].startswith("With our latest terms, the quota runs out on day 16 of 90 (2018-01-30)")
    # The rounds table's new columns: cap day, and what the partner pays.  Round 1: 45 %
    # of the 5.000 vouchers redeemed x Rp20.000 x 30 % = Rp13.500.000; round 2 pays 0 %.
    detail = data["rounds_detail"]
    assert [(d["exhaustion_day"], d["partner_payment"]) for d in detail] == [(16, 13500000), (11, 0)]


def test_a_period_of_days_names_the_day_only(runner, workspace):
    # Hias & Hauz runs {days: 45}: no date to name.  Our Rp900.000 / 30 % would
    # issue 17.228 vouchers: lambda * D = 6.000 / 17.228 * 45 = 15,67 -> day 16.
    data = json.loads(run(runner, "deal", "show", "hias-hauz-lebaran-2018", "-f", "json").output)
    assert [(w["terms"], w["day"], w["date"]) for w in data["warnings"]] == [("ours", 16, None), ("theirs", 12, None)]
    assert "on day 16 of 45:" in data["warnings"][0]["message"]


def test_no_warning_when_the_agreed_terms_last(runner, workspace):
    # TOTAL's agreed Rp450.000 / Rp25.000 lasts the quarter: round 2's terms would not (day 55).
    data = json.loads(run(runner, "deal", "show", "total-spbu-2017", "-f", "json").output)
    assert data["warnings"] == []
    assert [d["exhaustion_day"] for d in data["rounds_detail"]] == [None, 55, None, None]
    assert "Warnings" not in run(runner, "deal", "show", "total-spbu-2017").output


def test_close_prints_the_warning_on_the_agreed_terms(runner, workspace):
    result = run(runner, "deal", "close", HAPPY, "agreed", "--set", "min_spend=250rb,partner_share=15%", "--date", "2018-02-01")
    assert result.exit_code == 0, result.output
    # Rp250.000 would issue 36.397 vouchers: lambda * D = 5.000 / 36.397 * 90 = 12,36 -> day 13,
    # 2018-01-15 + 13 - 1 = 2018-01-27.
    assert "- With the agreed terms, the quota runs out on day 13 of 90 (2018-01-27): the scheme runs 13.7% of the period" in result.output
    assert "our latest terms" not in result.output  # agreed: only the agreed terms count
    indonesian = run(runner, "deal", "show", HAPPY, "--lang", "id").output
    assert "Dengan ketentuan yang disepakati, kuota habis pada hari ke-13 dari 90 (2018-01-27)" in indonesian


def test_negative_value_for_us_is_a_warning(runner, workspace):
    # Uber at a gross margin of 1 %: each redeemed Rp10.000 voucher brings 1 % of a
    # Rp180.000 order = Rp1.800, so ROI = (1.800 - 10.000) / 10.000 = -82 %.
    path = workspace / "offers" / "uber-rides-2018.yaml"
    path.write_text(path.read_text().replace("gross_margin: 0.08", "gross_margin: 0.01"))
    data = json.loads(run(runner, "report", "-f", "json").output)
    uber = next(d for d in data["deals"] if d["deal"] == "uber-2018")
    roi = [w for w in uber["warnings"] if w["code"] == "negative-roi"]
    assert [w["terms"] for w in roi] == ["ours", "theirs"]
    assert roi[0]["message"] == "With our latest terms, the value for us is negative: ROI -82.0% on a net cost of Rp25.000.000."
    assert "day" not in roi[0]
    text = run(runner, "report", "--lang", "id").output
    assert "uber-2018: Dengan ketentuan terakhir kami, nilai bagi kami negatif: ROI -82,0% atas biaya bersih Rp25.000.000." in text


def test_report_json_has_warnings_per_deal(runner, workspace):
    data = json.loads(run(runner, "report", "-f", "json").output)
    by_deal = {d["deal"]: [(w["code"], w["terms"], w.get("day"), w.get("date")) for w in d["warnings"]] for d in data["deals"]}
    assert by_deal["happy-fresh-2018"] == [("quota-binds", "ours", 16, "2018-01-30"), ("quota-binds", "theirs", 11, "2018-01-25")]
    assert by_deal["hias-hauz-lebaran-2018"] == [("quota-binds", "ours", 16, None), ("quota-binds", "theirs", 12, None)]
    assert by_deal["total-spbu-2017"] == []
    # Uber: 30 days, budget Rp25.000.000 against Rp180.637.606 of need: lambda * 30 = 4,15 -> day 5.
    assert by_deal["uber-2018"][0] == ("budget-binds", "ours", 5, None)
    line = json.loads(run(runner, "report", "-f", "jsonl").output.splitlines()[0])
    assert line["warnings"][0]["code"] == "quota-binds"


# --- monthly figures ---------------------------------------------------------------


def test_monthly_figures_count_the_days_the_scheme_runs(runner, workspace):
    rows = {r["deal"]: r for r in csv.DictReader(io.StringIO(run(runner, "report", "-f", "csv").output))}
    uber = rows["uber-2018"]
    # Our budget of Rp25.000.000 is spent in lambda * D = 30 x 25.000.000 / 180.637.606 = 4,15
    # days: per 30 days of running that is the uncapped Rp180.637.606, not Rp25.000.000.
    assert uber["our_net_cost"] == "25000000"
    assert uber["our_monthly_net_cost"] == "180637606"
    assert float(uber["our_running_days"]) == pytest.approx(30 * 25_000_000 / 180_637_606, rel=1e-6)
    # TOTAL runs its whole 92 days: 71.782.812,5 x 30 / 92.
    total = rows["total-spbu-2017"]
    assert total["agreed_monthly_net_cost"] == str(round(71782812.5 * 30 / 92))
    assert total["agreed_net_cost"] == "71782812" and float(total["agreed_running_days"]) == 92


def test_report_page_shows_month_period_and_validity_once(runner, workspace):
    text = run(runner, "report").output
    uber = next(line for line in text.splitlines() if line.startswith("uber-2018") and " of 30 " in line)
    assert uber.split()[:8] == ["uber-2018", "Ours", "4.2", "of", "30", "Rp180.637.606", "Rp25.000.000", "12,645"]
    assert text.count("does not change the model's numbers") == 1  # TOTAL negotiates voucher_valid_days
    indonesian = run(runner, "report", "--lang", "id").output
    assert "Peringatan per kesepakatan" in indonesian
    assert "happy-fresh-2018: Dengan ketentuan terakhir kami, kuota habis pada hari ke-16 dari 90 (2018-01-30)" in indonesian
    assert indonesian.count("tidak mengubah angka model") == 1
    # Without a deal that negotiates validity, nothing is said about it.
    only_open = run(runner, "report", "--status", "open").output
    assert "does not change the model's numbers" not in only_open


# --- the practical next offer and the plan --------------------------------------------


def test_practical_next_offer_and_plan_in_json(runner, workspace):
    (workspace / "deals" / "happy-fresh-2019.yaml").write_text(ADVICE)
    data = json.loads(run(runner, "deal", "show", "happy-fresh-2019", "-f", "json").output)
    issues = data["issues"]
    # Linear, J = 4, one offer made: alpha = 1/3.
    # min_spend 310.000 - 70.000 / 3 = 286.666,67: exact 286.667, said Rp290.000 (up: higher is better).
    # partner_share 0,33 - 0,23 / 3 = 0,25333: said 26 %.  Validity 14 + 17 / 3 = 19,67 days:
    # the formula's whole number is 20, said 19 (down: fewer days are better for us).
    assert [issues[k]["next_offer"] for k in ("min_spend", "voucher_valid_days")] == [286667, 20]
    assert issues["partner_share"]["next_offer"] == pytest.approx(0.2533333333)
    assert [issues[k]["next_offer_practical"] for k in ("min_spend", "partner_share", "voucher_valid_days")] == [290000, 0.26, 19]
    assert [s["practical"] for s in data["schedule"]["min_spend"]] == [310000, 290000, 265000, 240000]
    assert [s["practical"] for s in data["schedule"]["voucher_valid_days"]] == [14, 19, 25, 31]
    assert data["schedule"]["partner_share"][2] == {"offer": 3, "exact": pytest.approx(0.1766666667), "practical": 0.18}


@pytest.mark.parametrize("lang", ["en", "id"])
def test_practical_next_offer_plan_and_warnings_golden(runner, workspace, lang):
    (workspace / "deals" / "happy-fresh-2019.yaml").write_text(ADVICE)
    assert run(runner, "check", "deals/happy-fresh-2019.yaml").exit_code == 0
    result = run(runner, "deal", "show", "happy-fresh-2019", "--lang", lang)
    assert result.exit_code == 0, result.output
    golden(f"deal/advice-show.{lang}.txt", result.output)
    markdown = run(runner, "deal", "show", "happy-fresh-2019", "--lang", lang, "-f", "markdown").output
    # The formula's offer and the one to say, side by side; the one to say in what to do next.
    assert re.search(r"\|\s+Rp286\.667 \|\s+Rp290\.000 \|", markdown)
    assert ("Offer min_spend = Rp290.000 (the formula gives Rp286.667" if lang == "en" else "(hasil rumus Rp286.667; penawaran ke-2 dari 4, taktik linear)") in markdown
    assert ("Offer 4" if lang == "en" else "Penawaran ke-4") in markdown


def test_a_closed_deal_has_no_plan_and_no_rounded_column(runner, workspace):
    text = run(runner, "deal", "show", "total-spbu-2017").output
    assert "Plan of our offers" not in text and "Rounded" not in text
    data = json.loads(run(runner, "deal", "show", "total-spbu-2017", "-f", "json").output)
    assert all(i["next_offer_practical"] is None for i in data["issues"].values())


# --- deal new ---------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "id"])
def test_new_previews_the_plan(runner, workspace, lang):
    result = run(runner, "deal", "new", "total-spbu-2018", "--partner", "total-spbu", "--offer", "total-spbu-2017q4",
                 "--issue", "min_spend=450rb:400rb", "--issue", "voucher=25rb:30rb", "--issue", "voucher_valid_days=30:45",
                 "--deadline", "3", "--tactic", "boulware", "--lang", lang)
    assert result.exit_code == 0, result.output
    # Boulware with three offers: hold, hold, then everything (the hand-worked numbers
    # are in tests/negotiation/test_practical_next.py).
    golden(f"deal/advice-new.{lang}.txt", result.stdout)
    assert "warning" not in result.stderr and "peringatan" not in result.stderr


def test_new_warns_when_target_and_reservation_point_the_unusual_way(runner, workspace):
    result = run(runner, "deal", "new", "x-2018", "--partner", "total-spbu", "--offer", "total-spbu-2017q4",
                 "--issue", "min_spend=400rb:500rb", "--issue", "voucher=25rb:30rb")
    assert result.exit_code == 0, result.output
    assert ("pln: warning: min_spend: target Rp400.000 and reservation Rp500.000 mean that lower is better for us, "
            "while usually higher is; check that the two are not swapped.") in result.stderr
    assert "voucher:" not in result.stderr  # the usual direction: nothing to say
    assert (workspace / "deals" / "x-2018.yaml").is_file()
    indonesian = run(runner, "deal", "new", "y-2018", "--partner", "total-spbu", "--offer", "total-spbu-2017q4",
                     "--issue", "voucher=30rb:25rb", "--lang", "id")
    assert "berarti nilai yang lebih tinggi lebih menguntungkan kami, padahal biasanya nilai yang lebih rendah" in indonesian.stderr


def test_new_offers_the_offer_values_and_explains_their_reservation(runner, workspace, monkeypatch):
    import pln_cli.cli.deal as deal_cli

    monkeypatch.setattr(deal_cli, "stdin_is_terminal", lambda: True)
    # Enter on the target keeps the offer's Rp450.000 (and its 30 days of validity).
    answers = "\n".join(["total-spbu", "total-spbu-2017q4", "min_spend,voucher_valid_days", "", "400rb", "", "", "45", "", "3", "linear", ""]) + "\n"
    result = run(runner, "deal", "new", "total-spbu-2019", input=answers)
    assert result.exit_code == 0, result.output
    assert "min_spend: our target [Rp450.000]" in result.output and "voucher_valid_days: our target [30]" in result.output
    assert "Their reservation is our estimate of the worst value the partner would still accept" in result.output
    text = (workspace / "deals" / "total-spbu-2019.yaml").read_text()
    assert "min_spend: {target: Rp450.000, reservation: Rp400.000}" in text
    assert "voucher_valid_days: {target: 30, reservation: 45}" in text


def test_new_help_explains_their_reservation(runner):
    result = run(runner, "deal", "new", "--help")
    assert "worst value the partner would still accept" in " ".join(result.output.split())


# --- kami and mitra -------------------------------------------------------------------


@pytest.mark.parametrize("word, party", [("kami", "us"), ("MITRA", "them"), ("Them", "them")])
def test_by_accepts_kami_and_mitra(runner, workspace, word, party):
    result = run(runner, "deal", "log", HAPPY, "--by", word, "--set", "min_spend=275rb", "--date", "2018-01-22")
    assert result.exit_code == 0, result.output
    assert f"---\nround: 3\ndate: 2018-01-22\nby: {party}\n" in (workspace / HAPPY).read_text()


def test_from_yaml_accepts_kami_and_mitra(runner, workspace):
    result = run(runner, "deal", "log", HAPPY, "--from", "-", input="by: mitra\ndate: 2018-01-29\nterms: {min_spend: 250rb}\n")
    assert result.exit_code == 0, result.output
    assert "by: them\n" in (workspace / HAPPY).read_text().split("round: 3")[1]
    assert run(runner, "check").exit_code == 0


def test_an_unknown_party_names_every_word(runner, workspace):
    before = (workspace / HAPPY).read_bytes()
    result = run(runner, "deal", "log", HAPPY, "--by", "kita")
    assert result.exit_code == 2 and "us, them, kami, mitra" in result.output
    assert (workspace / HAPPY).read_bytes() == before
