"""`pln due`: one list across the workspace, soonest first, overdue marked."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.conftest import golden, run

# Reviewed by hand: on 9 October 2017 the three lobby next actions of the
# 10th, 11th and 13th are due, and the launch briefing of the 12th is not
# ready (tools and venue partly) and its acc is stale.  The kick-off was
# held; every deal is closed or (happy-fresh-2018, hias-hauz) starts in 2018.
REVIEWED = [
    {"date": "2017-10-10", "kind": "lobby", "ref": "total-spbu/Dewi Lestari",
     "what": "next lobby step: Send the billing schedule for redeemed vouchers", "overdue": False},
    {"date": "2017-10-11", "kind": "lobby", "ref": "total-spbu/Rina Hartono",
     "what": "next lobby step: Confirm the banner proofs with her team", "overdue": False},
    {"date": "2017-10-12", "kind": "meeting", "ref": "total-spbu-launch",
     "what": "tools partly: tablet with the voucher redemption demo is not tested (tested: partly): "
             "try it out, then write `tested: yes`; venue partly: the venue is not checked for projector, quiet: "
             "check on site and add them to `venue.checked`, the team answered \"partly\": "
             "The office is next to the forecourt; ask for the quiet room upstairs; approval: stale acc",
     "overdue": False},
    {"date": "2017-10-13", "kind": "lobby", "ref": "total-spbu/Budi Santoso",
     "what": "next lobby step: Visit two stations with him to check the banner before launch", "overdue": False},
]


@pytest.mark.parametrize("lang", ["en", "id"])
def test_due_on_the_examples(runner, workspace, lang):
    result = run(runner, "due", "--today", "2017-10-09", "--lang", lang)
    assert result.exit_code == 0, result.output
    golden(f"due/examples-2017-10-09.{lang}.txt", result.output)


def test_json_is_the_reviewed_list(runner, workspace):
    result = run(runner, "due", "--today", "2017-10-09", "-f", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == REVIEWED


def test_csv_one_value_per_cell(runner, workspace):
    rows = list(csv.DictReader(io.StringIO(run(runner, "due", "--today", "2017-10-09", "-f", "csv").output)))
    assert list(rows[0]) == ["date", "kind", "ref", "what", "overdue"]
    assert [(r["date"], r["kind"], r["ref"], r["overdue"]) for r in rows] == [(d["date"], d["kind"], d["ref"], "false") for d in REVIEWED]


def test_a_week_later_everything_is_overdue(runner, workspace):
    data = json.loads(run(runner, "due", "--today", "2017-10-16", "-f", "json").output)
    assert [(d["date"], d["ref"], d["overdue"]) for d in data] == [
        ("2017-10-10", "total-spbu/Dewi Lestari", True),
        ("2017-10-11", "total-spbu/Rina Hartono", True),
        ("2017-10-12", "total-spbu-launch", True),
        ("2017-10-13", "total-spbu/Budi Santoso", True),
    ]
    assert data[2]["what"] == "the meeting date 2017-10-12 has passed: record it as held or cancelled"
    table = run(runner, "due", "--today", "2017-10-16").output
    assert "4 item(s), 4 overdue" in table and table.count("OVERDUE") == 4


def test_within_narrows_the_window(runner, workspace):
    data = json.loads(run(runner, "due", "--today", "2017-10-09", "--within", "1", "-f", "json").output)
    assert [d["ref"] for d in data] == ["total-spbu/Dewi Lestari"]
    empty = run(runner, "due", "--today", "2017-09-01", "--within", "0")
    assert empty.exit_code == 0 and "Nothing is due in the next 0 day(s)" in empty.output
    for bad in ("-1", "100000", "soon"):
        assert run(runner, "due", "--within", bad).exit_code == 2


def test_an_open_deal_without_a_round_for_three_weeks(runner, workspace):
    data = json.loads(run(runner, "due", "--today", "2018-02-10", "--within", "0", "-f", "json").output)
    stale = [d for d in data if d["kind"] == "deal" and d["ref"] == "happy-fresh-2018"]
    # last round 15 January 2018: due on the 5th of February, overdue since
    assert stale == [{"date": "2018-02-05", "kind": "deal", "ref": "happy-fresh-2018",
                      "what": "no round for 26 days (last on 2018-01-15): log the next round or close the deal", "overdue": True}]


def test_a_contact_after_the_next_action_answers_it(runner, workspace):
    assert run(runner, "lobby", "log", "total-spbu", "--person", "Dewi Lestari", "--step", "inform", "--today", "2017-10-09").exit_code == 0
    data = json.loads(run(runner, "due", "--today", "2017-10-09", "-f", "json").output)
    assert "total-spbu/Dewi Lestari" not in [d["ref"] for d in data]


def test_a_new_acc_takes_the_launch_off_the_approval_list(runner, workspace):
    assert run(runner, "meeting", "submit", "total-spbu-launch", "--by", "Sari Wulandari", "--today", "2017-10-09").exit_code == 0
    assert run(runner, "meeting", "approve", "total-spbu-launch", "--by", "Hendra Gunawan", "--today", "2017-10-09").exit_code == 0
    data = json.loads(run(runner, "due", "--today", "2017-10-09", "-f", "json").output)
    launch = next(d for d in data if d["ref"] == "total-spbu-launch")
    assert "approval" not in launch["what"] and launch["what"].startswith("tools partly")


def test_campaign_posts_due_are_listed(runner, workspace):
    path = workspace / "campaigns" / "voucher-flight-fanfest.yaml"
    text = path.read_text()
    cut = text.rfind("\n---\n", 0, text.index("date: 2018-03-22"))
    path.write_text(text[: cut + 1])  # the posts of 22 March and later not made yet
    data = json.loads(run(runner, "due", "--today", "2018-03-10", "-f", "json").output)
    posts = [d for d in data if d["kind"] == "campaign"]
    assert [(d["date"], d["ref"], d["overdue"]) for d in posts] == [("2018-03-15", "voucher-flight-fanfest", False)]


def test_a_broken_file_is_left_out_and_named(runner, workspace):
    path = workspace / "lobby" / "total-spbu.yaml"
    path.write_text(path.read_text().replace("step: impress", "step: charm"))
    result = run(runner, "due", "--today", "2017-10-09", "-f", "json")
    assert result.exit_code == 0
    assert [d["kind"] for d in json.loads(result.stdout)] == ["meeting"]
    assert "lobby/total-spbu.yaml" in result.stderr and "error[choice]" in result.stderr
    assert run(runner, "due", "--today", "2017-10-09", "--strict").exit_code == 1


def test_due_has_help_and_today(runner):
    result = run(runner, "due", "--help")
    assert result.exit_code == 0 and "--today" in result.output and "--within" in result.output
