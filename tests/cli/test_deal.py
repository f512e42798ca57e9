"""`pln deal`: new, log, close, show, list, from the command line."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.conftest import golden, run

TOTAL = "deals/total-spbu-2017.yaml"
HAPPY = "deals/happy-fresh-2018.yaml"


def test_show_tells_the_story_in_english(runner, workspace):
    result = run(runner, "deal", "show", "total-spbu-2017")
    assert result.exit_code == 0, result.output
    golden("deal/total-show.en.txt", result.output)


def test_show_in_indonesian(runner, workspace):
    result = run(runner, "deal", "show", TOTAL, "--lang", "id")
    assert result.exit_code == 0, result.output
    assert "Integratif atau distributif?" in result.output and "Kesimpulan: integratif" in result.output
    golden("deal/total-show.id.txt", result.output)


def test_show_json_follows_the_contract(runner, workspace):
    data = json.loads(run(runner, "deal", "show", HAPPY, "-f", "json").output)
    assert (data["deal"], data["partner"], data["rounds"], data["status"]) == ("happy-fresh-2018", "happy-fresh", 2, "open")
    ms = data["issues"]["min_spend"]
    assert {k: ms[k] for k in ("ours", "theirs", "gap", "zopa", "concessions_us", "concessions_them", "total_us", "total_them", "reciprocity", "next_offer", "accept")} == {
        "ours": 300000, "theirs": 200000, "gap": 1.0, "zopa": [250000, 250000], "concessions_us": [], "concessions_them": [],
        "total_us": 0.0, "total_them": 0.0, "reciprocity": None, "next_offer": 275000, "accept": False,
    }
    assert data["checklist"] == {**data["checklist"], "score": 3, "signals": ["positional", "pressure"], "verdict": "distributive"}
    # Extra: what each side's position costs us.  Theirs (200rb, partner pays 0 %) hits the
    # 5.000-voucher quota: 5.000 x 45 % x Rp20.000 = Rp45.000.000.
    detail = data["rounds_detail"]
    assert [(d["round"], d["by"]) for d in detail] == [(1, "us"), (2, "them")]
    assert detail[1]["our_net_cost"] == 45000000 and detail[1]["cac"] == 40000


def test_show_markdown_brief(runner, workspace):
    result = run(runner, "deal", "show", TOTAL, "-o", "brief.md")
    assert result.exit_code == 0
    text = (workspace / "brief.md").read_text()
    assert text.startswith("# Fuel-for-voucher co-promotion, Q4 2017")
    assert "## Where we stand" in text and "```" in text


def test_log_appends_one_round_and_prints_the_summary(runner, workspace):
    before = (workspace / HAPPY).read_text()
    result = run(runner, "deal", "log", "happy-fresh-2018", "--by", "us", "--set", "min_spend=275rb,partner_share=20%",
                 "--note", "Offered a co-branded banner: free for us.", "--date", "2018-01-22", "--check", "options=yes", "--check", "interests=yes")
    assert result.exit_code == 0, result.output
    after = (workspace / HAPPY).read_text()
    assert after.startswith(before)
    assert after[len(before):] == (
        "---\nround: 3\ndate: 2018-01-22\nby: us\nterms: {min_spend: Rp275.000, partner_share: 20%}\n"
        "notes: 'Offered a co-branded banner: free for us.'\nchecklist: {options: yes, interests: yes}\n...\n"
    )
    assert "Logged round 3 of happy-fresh-2018 (us, 2018-01-22)." in result.output
    assert "Where we stand" in result.output
    assert run(runner, "check").exit_code == 0


def test_log_from_yaml_on_stdin(runner, workspace):
    result = run(runner, "deal", "log", HAPPY, "--from", "-", input="by: them\ndate: 2018-01-29\nterms: {min_spend: 250rb}\nnotes: Moved to 250rb.\n")
    assert result.exit_code == 0, result.output
    data = json.loads(run(runner, "deal", "show", HAPPY, "-f", "json").output)
    assert data["rounds"] == 3 and data["issues"]["min_spend"]["theirs"] == 250000


@pytest.mark.parametrize(
    "args, code, message",
    [
        (["--by", "us", "--set", "voucher=20rb"], 1, '"voucher" is not an issue of this deal'),
        (["--by", "us", "--set", "min_spend=2M"], 2, "ambiguous"),
        (["--by", "we"], 2, "--by us or --by them is required"),
        (["--by", "us", "--date", "2018-02-30"], 2, "YYYY-MM-DD"),
        (["--by", "us", "--check", "mood=yes"], 2, "ITEM=yes|partly|no"),
        (["--by", "us", "--check", "options=maybe"], 2, "yes, partly or no"),
    ],
)
def test_a_bad_round_leaves_the_file_byte_for_byte_unchanged(runner, workspace, args, code, message):
    before = (workspace / HAPPY).read_bytes()
    result = run(runner, "deal", "log", HAPPY, *args)
    assert result.exit_code == code, result.output
    assert message in result.output
    assert "Traceback" not in result.output
    assert (workspace / HAPPY).read_bytes() == before


def test_log_refuses_a_closed_deal(runner, workspace):
    before = (workspace / TOTAL).read_bytes()
    result = run(runner, "deal", "log", TOTAL, "--by", "us", "--set", "min_spend=460rb")
    assert result.exit_code == 1 and "already closed (agreed)" in result.output
    assert (workspace / TOTAL).read_bytes() == before


def test_log_refuses_a_torn_file_and_check_reports_it(runner, workspace):
    path = workspace / HAPPY
    path.write_text(path.read_text() + "---\nround: 3\ndate: 2018-01-22\nby: us\nterms: {min_spend: 27")
    before = path.read_bytes()
    result = run(runner, "deal", "log", HAPPY, "--by", "us", "--set", "min_spend=275rb")
    assert result.exit_code == 1 and "torn-write" in result.output
    assert path.read_bytes() == before
    check = run(runner, "check")
    assert check.exit_code == 1 and "deals/happy-fresh-2018.yaml:27:1: error[torn-write]" in check.output
    show = run(runner, "deal", "show", HAPPY, "-f", "json")
    assert show.exit_code == 0 and json.loads(show.stdout)["rounds"] == 2
    assert "torn-write" in show.stderr


def test_hand_written_comments_survive_appends(runner, workspace):
    path = workspace / HAPPY
    path.write_text(path.read_text() + "# Lina will check with finance before the next meeting.\n")
    for n in range(2):
        assert run(runner, "deal", "log", HAPPY, "--by", "us" if n == 0 else "them", "--date", "2018-01-2%d" % (n + 2)).exit_code == 0
    text = path.read_text()
    assert "# Lina will check with finance before the next meeting.\n---\nround: 3\n" in text
    assert "round: 4" in text and text.count("...\n") == 5


def test_close_agreed_with_terms_and_close_when_offers_met(runner, workspace):
    result = run(runner, "deal", "close", HAPPY, "agreed", "--set", "min_spend=250rb,partner_share=15%", "--date", "2018-02-01", "--note", "Signed.")
    assert result.exit_code == 0, result.output
    assert "Closed happy-fresh-2018: agreed." in result.output
    assert (workspace / HAPPY).read_text().endswith(
        "---\noutcome: agreed\ndate: 2018-02-01\nterms: {min_spend: Rp250.000, partner_share: 15%}\nnotes: Signed.\n...\n"
    )
    data = json.loads(run(runner, "deal", "show", HAPPY, "-f", "json").output)
    assert data["status"] == "agreed"


def test_close_agreed_without_terms_needs_met_offers(runner, workspace):
    before = (workspace / HAPPY).read_bytes()
    result = run(runner, "deal", "close", HAPPY, "agreed")
    assert result.exit_code == 2 and "--set" in result.output
    assert (workspace / HAPPY).read_bytes() == before
    assert run(runner, "deal", "close", HAPPY, "paused").exit_code == 0
    assert run(runner, "deal", "close", HAPPY, "walked_away").exit_code == 1  # closed already


def test_new_with_options_writes_a_valid_header_and_never_overwrites(runner, workspace):
    args = ["deal", "new", "total-spbu-2018", "--partner", "total-spbu", "--offer", "total-spbu-2017q4",
            "--issue", "min_spend=500rb:420rb:450rb", "--issue", "voucher=25rb:30rb", "--deadline", "3",
            "--tactic", "0.5", "--batna", "Another fuel chain"]
    result = run(runner, *args)
    assert result.exit_code == 0, result.output
    text = (workspace / "deals" / "total-spbu-2018.yaml").read_text()
    assert "offer: ../offers/total-spbu-2017q4.yaml\n" in text and "tactic: {beta: 0.5}\n" in text
    assert "min_spend: {target: Rp500.000, reservation: Rp420.000, their_reservation: Rp450.000}" in text
    assert text.endswith("...\n")
    assert run(runner, "check").exit_code == 0
    again = run(runner, *args)
    assert again.exit_code == 2 and "never overwritten" in again.output
    assert (workspace / "deals" / "total-spbu-2018.yaml").read_text() == text


@pytest.mark.parametrize(
    "args, message",
    [
        (["--partner", "nobody", "--offer", "total-spbu-2017q4", "--issue", "min_spend=5rb:4rb"], "no partner 'nobody'"),
        (["--partner", "total-spbu", "--offer", "nope", "--issue", "min_spend=5rb:4rb"], "no offer 'nope'"),
        (["--partner", "total-spbu", "--offer", "total-spbu-2017q4", "--issue", "min_spend=5rb"], "KEY=TARGET:RESERVATION"),
        (["--partner", "total-spbu", "--offer", "total-spbu-2017q4", "--issue", "colour=1:2"], "not a negotiable issue"),
        (["--partner", "total-spbu", "--offer", "total-spbu-2017q4"], "at least one --issue"),
    ],
)
def test_new_refuses_bad_options(runner, workspace, args, message):
    result = run(runner, "deal", "new", "x-2018", *args)
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert not (workspace / "deals" / "x-2018.yaml").exists()


def test_new_target_below_reservation_means_lower_is_better(runner, workspace):
    result = run(runner, "deal", "new", "x-2018", "--partner", "total-spbu", "--offer", "total-spbu-2017q4",
                 "--issue", "min_spend=400rb:500rb")
    # The direction comes from target vs reservation: a lower min_spend is
    # "better for us" here, and the analysis must say so.
    assert result.exit_code == 0, result.output
    shown = json.loads(run(runner, "deal", "show", "x-2018", "-f", "json").output)
    assert shown["issues"]["min_spend"]["better"] == "lower"
    assert shown["issues"]["min_spend"]["next_offer"] == 400000


def test_a_header_whose_direction_contradicts_its_values_is_a_data_error(runner, workspace):
    path = workspace / "deals" / "x-2018.yaml"
    path.write_text("deal: x-2018\npartner: total-spbu\noffer: ../offers/total-spbu-2017q4.yaml\n"
                    "issues:\n  min_spend: {better: higher, target: 400rb, reservation: 500rb}\n...\n")
    result = run(runner, "check", "deals/x-2018.yaml")
    assert result.exit_code == 1 and "deals/x-2018.yaml:5:" in result.output and "error[issue]" in result.output


def test_list_every_deal(runner, workspace):
    result = run(runner, "deal", "list")
    assert result.exit_code == 0, result.output
    golden("deal/list.en.txt", result.output)
    rows = list(csv.DictReader(io.StringIO(run(runner, "deal", "list", "-f", "csv").output)))
    assert [(r["deal"], r["status"], r["rounds"]) for r in rows] == [("happy-fresh-2018", "open", "2"), ("hias-hauz-lebaran-2018", "open", "6"), ("total-spbu-2017", "agreed", "4"), ("uber-2018", "paused", "2")]


def test_unknown_deal_is_usage_error(runner, workspace):
    result = run(runner, "deal", "show", "nope")
    assert result.exit_code == 2 and "no such deal" in result.output


def test_new_asks_on_a_terminal_for_what_is_missing(runner, workspace, monkeypatch):
    import pln_cli.cli.deal as deal_cli

    monkeypatch.setattr(deal_cli, "stdin_is_terminal", lambda: True)
    answers = "\n".join(["total-spbu", "total-spbu-2017q4", "min_spend,voucher", "450rb", "400rb", "425rb", "25rb", "30rb", "", "3", "boulware", "Another fuel chain"]) + "\n"
    result = run(runner, "deal", "new", "total-spbu-2019", input=answers)
    assert result.exit_code == 0, result.output
    text = (workspace / "deals" / "total-spbu-2019.yaml").read_text()
    assert "min_spend: {target: Rp450.000, reservation: Rp400.000, their_reservation: Rp425.000}" in text
    assert "voucher: {target: Rp25.000, reservation: Rp30.000}" in text
    assert "deadline: {rounds: 3}\ntactic: boulware\nbatna: Another fuel chain\n" in text
    assert run(runner, "check").exit_code == 0


def test_python_dash_m_runs_pln():
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "pln_cli", "--version"], capture_output=True, text=True, check=True).stdout
    assert out.startswith("pln ")


def test_new_asks_in_indonesian(runner, workspace, monkeypatch):
    import pln_cli.cli.deal as deal_cli

    monkeypatch.setattr(deal_cli, "stdin_is_terminal", lambda: True)
    answers = "\n".join(["happy-fresh", "happy-fresh-2018q1", "min_spend", "300rb", "250rb", "", "3", "linear", ""]) + "\n"
    result = run(runner, "deal", "new", "happy-fresh-2019", "--lang", "id", input=answers)
    assert result.exit_code == 0, result.output
    assert "Mitra (" in result.output and "target kami" in result.output
    assert "min_spend: {target: Rp300.000, reservation: Rp250.000}" in (workspace / "deals" / "happy-fresh-2019.yaml").read_text()


def test_a_deal_without_rounds_has_no_verdict_yet(runner, workspace):
    result = run(runner, "deal", "new", "y-2018", "--partner", "total-spbu", "--offer", "total-spbu-2017q4",
                 "--issue", "min_spend=500rb:420rb")
    assert result.exit_code == 0, result.output
    shown = json.loads(run(runner, "deal", "show", "y-2018", "-f", "json").output)
    assert shown["checklist"]["verdict"] == "unknown"
    text = run(runner, "deal", "show", "y-2018").output
    assert "not enough information" in text and "distributive, a fight" not in text


def test_a_closed_deal_has_no_next_offer_and_no_batna_reminder(runner, workspace):
    shown = json.loads(run(runner, "deal", "show", TOTAL, "-f", "json").output)
    assert shown["status"] != "open"
    assert all(i["next_offer"] is None and i["accept"] is None for i in shown["issues"].values())
    text = run(runner, "deal", "show", TOTAL).output
    assert "Remember the BATNA" not in text
