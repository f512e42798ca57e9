"""`pln campaign`: new, approve, post, track, mention, show, calendar, list.

Until `pln_cli.cli.app` registers the group, the commands are invoked on
`pln_cli.cli.campaign.app` itself (`crun`); the arguments are the same as
after `pln campaign`.
"""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import golden, run

FANFEST = "voucher-flight-fanfest"
FILE = f"campaigns/{FANFEST}.yaml"
META_CSV = "data/fanfest-facebook-insights-2018-04-20.csv"
TODAY = "2018-04-20"
ENV = {"COLUMNS": "100", "NO_COLOR": "1"}


def crun(runner, *args: str, input: str | None = None):
    from pln_cli.cli.campaign import app

    return runner.invoke(app, list(args), input=input, env=ENV)


PLAN = """\
# a hand-written comment that must survive
campaign: race
product: jd_voucher
start: 2018-03-01
end: 2018-06-30
channels: [instagram, facebook]
link: https://www.jd.id/promo/race
...
---
event: approval
by: Rina
date: 2018-02-27
channels: [facebook]
...
---
event: post
post: p1
date: 2018-03-01
channel: facebook
...
"""


@pytest.fixture
def race(workspace) -> Path:
    path = workspace / "campaigns" / "race.yaml"
    path.write_text(PLAN, encoding="utf-8")
    return path


# --- show -------------------------------------------------------------------------------


def test_show_in_english(runner, workspace):
    result = crun(runner, "show", FANFEST, "--today", TODAY)
    assert result.exit_code == 0, result.output
    golden("campaign/show.en.txt", result.output)


def test_show_in_indonesian(runner, workspace):
    result = crun(runner, "show", FILE, "--today", TODAY, "--lang", "id")
    assert result.exit_code == 0, result.output
    assert "Langkah berikutnya" in result.output and "pelacakan & pemantauan: sudah direncanakan" in result.output
    golden("campaign/show.id.txt", result.output)


def test_show_json_keys_exactly_as_the_contract_lists_them(runner, workspace):
    result = crun(runner, "show", FANFEST, "--today", TODAY, "--format", "json", "--lang", "id")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert list(data) == ["campaign", "product", "channels", "wheel", "posts", "totals", "cadence", "targets", "mentions",
                          "warnings", "offer_check"]
    assert data["channels"] == {
        "requested": ["instagram", "facebook"], "approved": ["facebook"], "mismatch": ["instagram"],
        "approval": {"by": "Rina (Marketing)", "date": "2018-01-29", "note": "Instagram budget is reserved for the Lebaran campaign"},
    }
    assert data["wheel"] == dict.fromkeys(["tracking", "distribution", "content", "engagement", "measurement"], "planned")
    assert set(data["cadence"]) == {"gaps", "next_due", "overdue"}
    assert data["cadence"]["gaps"][3] == {"from": "2018-03-01", "to": "2018-03-22", "days": 21, "late_days": 7}
    assert (data["cadence"]["next_due"], data["cadence"]["overdue"]) == (None, False)
    assert data["targets"]["reach"] == {"target": 50000, "actual": 45000, "share": 0.9}
    assert data["mentions"] == {"positive": 2, "neutral": 1, "negative": 2, "replied_share": 0.75}
    check = data["offer_check"]
    assert list(check) == ["offer", "expected_redemptions", "tracked_redemptions", "ratio", "suggested_redemption_rate"]
    assert check["offer"] == "happy-fresh-2018q1" and check["tracked_redemptions"] == 1350
    assert round(check["expected_redemptions"]) == 2250 and check["ratio"] == pytest.approx(0.6)
    assert check["suggested_redemption_rate"] == pytest.approx(0.27)
    # Rates are ratios of sums: 1300 engaged of 45000 reached, not a mean of the posts' rates.
    assert data["totals"]["engagement_rate"] == pytest.approx(1300 / 45000)
    assert data["posts"][3]["engagement_rate"] == pytest.approx(130 / 6000)


def test_show_json_before_any_approval(runner, workspace):
    (workspace / "campaigns" / "bare.yaml").write_text(
        "campaign: bare\nproduct: jd_cinema\nstart: 2018-03-01\nend: 2018-03-31\nchannels: [instagram]\n...\n", encoding="utf-8")
    data = json.loads(crun(runner, "show", "bare", "--today", "2018-03-20", "-f", "json").stdout)
    assert data["channels"] == {"requested": ["instagram"], "approved": None, "mismatch": [], "approval": None}
    assert data["offer_check"] is None and data["posts"] == [] and data["totals"]["reach"] is None
    assert data["cadence"] == {"gaps": [], "next_due": "2018-03-15", "overdue": True}


def test_show_csv_has_one_row_per_post(runner, workspace):
    from pln_cli.campaign.summary import POST_COLUMNS

    result = crun(runner, "show", FANFEST, "--today", TODAY, "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == POST_COLUMNS
    assert [r["post"] for r in rows] == ["p1", "p2", "p3", "p4", "p5"]
    assert (rows[0]["reach"], rows[0]["redemptions"], rows[0]["engagement"]) == ("12000", "300", "380")
    assert rows[4]["snapshot_date"] == "2018-04-12"


def test_show_csv_is_safe_in_a_spreadsheet(runner, race):
    crun(runner, "post", "race", "--channel", "facebook", "--date", "2018-03-10", "--text", "=HYPERLINK(\"http://x\")")
    rows = list(csv.DictReader(io.StringIO(crun(runner, "show", "race", "--today", "2018-03-12", "-f", "csv").stdout)))
    assert rows[1]["text"].startswith("'=")


def test_show_markdown_to_a_file_and_never_into_the_data(runner, workspace):
    result = crun(runner, "show", FANFEST, "--today", TODAY, "-o", "fanfest.md")
    assert result.exit_code == 0, result.output
    text = (workspace / "fanfest.md").read_text(encoding="utf-8")
    assert text.startswith("# JD Voucher x JD Flight - win YouTube FanFest tickets")
    assert "## What to do next" in text and "## The offer check" in text
    before = (workspace / FILE).read_bytes()
    refused = crun(runner, "show", FANFEST, "-o", "campaigns/report.md")
    assert refused.exit_code == 2 and "campaigns/" in refused.output
    assert not (workspace / "campaigns" / "report.md").exists() and (workspace / FILE).read_bytes() == before


def test_show_draws_a_chart_on_a_terminal_only(runner, workspace, monkeypatch):
    piped = crun(runner, "show", FANFEST, "--today", TODAY)
    assert "Reach and engagement per post" not in piped.output
    from pln_cli.cli import campaign, common

    monkeypatch.setattr(campaign, "stdout_is_terminal", lambda: True)
    monkeypatch.setattr(common, "stdout_is_terminal", lambda: True)
    result = crun(runner, "show", FANFEST, "--today", TODAY)
    assert result.exit_code == 0, result.output
    assert "Reach and engagement per post" in result.output
    assert "##############################" in result.output  # p1, the largest reach, fills the bar


def test_the_chart_scales_reach_and_engagement_apart():
    from pln_cli.api.campaigns import campaign_view
    from pln_cli.render.campaign import chart_lines

    view = campaign_view(Path(__file__).resolve().parents[2] / "examples" / FILE, date(2018, 4, 20))
    lines = chart_lines(view.summary.posts, "id", width=10)
    assert lines[1] == "p1   jangkauan  ##########     12.000"
    assert lines[2] == "     interaksi  ==========        380  3,2%"
    assert lines[7] == "p4   jangkauan  #####           6.000"  # 6000 / 12000 of the width
    assert lines[8] == "     interaksi  ===               130  2,2%"  # 130 / 380 of the width


def test_show_a_torn_file_names_the_damage_and_shows_the_rest(runner, race):
    race.write_text(PLAN + "---\nevent: post\npost: p2\n", encoding="utf-8")
    result = crun(runner, "show", "race", "--today", "2018-03-05", "-f", "json")
    assert result.exit_code == 0
    assert "torn-write" in result.stderr
    assert [p["post"] for p in json.loads(result.stdout)["posts"]] == ["p1"]


def test_show_an_unknown_campaign_is_a_usage_error(runner, workspace):
    result = crun(runner, "show", "no-such")
    assert result.exit_code == 2
    assert "no-such: no such campaign" in result.output and FANFEST in result.output


# --- new -----------------------------------------------------------------------------


def test_new_writes_a_plan_with_every_spoke_still_missing(runner, workspace):
    result = crun(runner, "new", "pulsa-lebaran", "--product", "jd_pulsa", "--start", "2018-05-01", "--end", "2018-06-15",
                  "--channels", "instagram,facebook", "--title", "JD Pulsa: Lebaran top-ups", "--partner", "happy-fresh",
                  "--offer", "happy-fresh-2018q1", "--cadence", "7", "--link", "https://www.jd.id/promo/pulsa")
    assert result.exit_code == 0, result.output
    text = (workspace / "campaigns" / "pulsa-lebaran.yaml").read_text(encoding="utf-8")
    for spoke in ("tracking", "distribution", "content", "engagement", "measurement"):
        assert f"\n  {spoke}:\n    # Fill in:" in text
    assert "cadence_days: 7\n" in text and "channels: [instagram, facebook]\n" in text
    data = json.loads(crun(runner, "show", "pulsa-lebaran", "--today", "2018-05-02", "-f", "json").stdout)
    assert set(data["wheel"].values()) == {"missing"}
    assert run(runner, "check").exit_code == 0


def test_new_in_indonesian_writes_indonesian_prompts(runner, workspace):
    result = crun(runner, "new", "pulsa", "--product", "jd_pulsa", "--start", "2018-05-01", "--end", "2018-05-31",
                  "--channels", "facebook", "--lang", "id")
    assert result.exit_code == 0, result.output
    assert "# Isi: apa yang kami pantau" in (workspace / "campaigns" / "pulsa.yaml").read_text(encoding="utf-8")


def test_new_asks_on_a_terminal_for_what_is_missing(runner, workspace, monkeypatch):
    from pln_cli.cli import campaign

    monkeypatch.setattr(campaign, "stdin_is_terminal", lambda: True)
    answers = "Cinema week\njd_cinema\n2018-07-01\n2018-07-31\ninstagram\n\n\n\n"  # title ... channels; no partner, offer, link
    result = crun(runner, "new", "cinema-week", input=answers)
    assert result.exit_code == 0, result.output
    text = (workspace / "campaigns" / "cinema-week.yaml").read_text(encoding="utf-8")
    assert "title: Cinema week\nproduct: jd_cinema\nstart: 2018-07-01\nend: 2018-07-31\nchannels: [instagram]\n" in text
    assert "partner:" not in text and "link:" not in text


@pytest.mark.parametrize(
    "args, message",
    [
        (["--product", "jd_food"], "--product 'jd_food': use one of jd_voucher, jd_pulsa, jd_flight, jd_cinema"),
        (["--channels", "insta"], '"insta" is not a channel'),
        (["--end", "2018-04-01"], "the campaign ends (2018-04-01) before it starts (2018-05-01)"),
        (["--offer", "nope"], "no offer 'nope'"),
        (["--partner", "uber", "--offer", "happy-fresh-2018q1"], "offer 'happy-fresh-2018q1' belongs to partner 'happy-fresh', not 'uber'"),
        (["--start", "2018-13-01"], "--start '2018-13-01': write the date as YYYY-MM-DD"),
    ],
)
def test_new_refuses_bad_options_and_writes_nothing(runner, workspace, args, message):
    base = {"--product": "jd_pulsa", "--start": "2018-05-01", "--end": "2018-06-15", "--channels": "facebook"}
    for flag, value in zip(args[::2], args[1::2]):
        base[flag] = value
    result = crun(runner, "new", "pulsa", *[x for pair in base.items() for x in pair])
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert not (workspace / "campaigns" / "pulsa.yaml").exists()


def test_new_never_overwrites(runner, workspace):
    before = (workspace / FILE).read_bytes()
    result = crun(runner, "new", FANFEST, "--product", "jd_pulsa", "--start", "2018-05-01", "--end", "2018-06-15", "--channels", "facebook")
    assert result.exit_code == 2 and "exists already" in result.output
    assert (workspace / FILE).read_bytes() == before


def test_new_without_a_terminal_needs_the_options(runner, workspace):
    result = crun(runner, "new", "pulsa", "--product", "jd_pulsa")
    assert result.exit_code == 2 and "--start, --end and --channels are required" in result.output


# --- approve, post -------------------------------------------------------------------------


def test_approve_appends_the_decision_and_names_the_mismatch(runner, race):
    before = race.read_text(encoding="utf-8")
    result = crun(runner, "approve", "race", "--by", "Rina (Marketing)", "--channels", "facebook", "--note", "IG budget: Lebaran",
                  "--date", "2018-03-05")
    assert result.exit_code == 0, result.output
    after = race.read_text(encoding="utf-8")
    assert after.startswith(before)
    assert after[len(before):] == (
        "---\nevent: approval\nby: Rina (Marketing)\ndate: 2018-03-05\nchannels: [facebook]\nnote: 'IG budget: Lebaran'\n...\n"
    )
    assert "Recorded the approval of race: facebook, by Rina (Marketing) on 2018-03-05." in result.stdout
    assert "Requested but not approved: instagram" in result.stdout


def test_an_event_date_is_date_else_today(runner, race):
    crun(runner, "approve", "race", "--by", "Rina", "--channels", "facebook,instagram", "--today", "2018-03-09")
    assert race.read_text(encoding="utf-8").endswith("date: 2018-03-09\nchannels: [facebook, instagram]\n...\n")
    crun(runner, "mention", "race", "--where", "Twitter", "--sentiment", "neutral")
    assert f"date: {date.today().isoformat()}\nwhere: Twitter\n" in race.read_text(encoding="utf-8")


def test_post_is_numbered_and_gets_its_utm_link(runner, race):
    result = crun(runner, "post", "race", "--channel", "facebook", "--date", "2018-03-15", "--kind", "reel", "--text", "Fly: win",
                  "--code", "RACE2")
    assert result.exit_code == 0, result.output
    link = "https://www.jd.id/promo/race?utm_source=facebook&utm_medium=social&utm_campaign=race&utm_content=p2"
    assert race.read_text(encoding="utf-8").endswith(
        f"---\nevent: post\npost: p2\ndate: 2018-03-15\nchannel: facebook\nkind: reel\ntext: 'Fly: win'\ncode: RACE2\nlink: {link}\n...\n"
    )
    assert result.stdout == f"Recorded post p2 of race on facebook (2018-03-15).\nLink to share: {link}\n"


def test_posting_on_an_unapproved_channel_leaves_the_file_byte_for_byte_unchanged(runner, race, monkeypatch):
    from pln_cli.load import append

    def never(*args, **kwargs):
        raise AssertionError("the file was opened for writing")

    monkeypatch.setattr(append, "append_document", never)
    before = race.read_bytes()
    stat = race.stat()
    result = crun(runner, "post", "race", "--channel", "instagram", "--date", "2018-03-15", "--lang", "id")
    assert result.exit_code == 1
    assert "instagram tidak disetujui untuk kampanye ini: Rina hanya menyetujui facebook pada 2018-02-27" in result.stderr
    assert race.read_bytes() == before and race.stat().st_mtime_ns == stat.st_mtime_ns


def test_posting_before_any_approval_is_a_warning(runner, workspace):
    (workspace / "campaigns" / "bare.yaml").write_text(
        "campaign: bare\nproduct: jd_cinema\nstart: 2018-03-01\nend: 2018-03-31\nchannels: [instagram]\n...\n", encoding="utf-8")
    result = crun(runner, "post", "bare", "--channel", "instagram", "--date", "2018-03-02")
    assert result.exit_code == 0
    assert "warning: no channel approval recorded yet; posting on instagram without one" in result.stderr
    assert "post: p1\n" in (workspace / "campaigns" / "bare.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "args, message",
    [
        ([], "--channel is required"),
        (["--channel", "myspace"], '"myspace" is not a channel'),
        (["--channel", "facebook", "--kind", "gif"], "--kind 'gif': use one of image, video, story, reel, carousel, text"),
        (["--channel", "facebook", "--date", "15/03/2018"], "--date '15/03/2018'"),
    ],
)
def test_post_usage_errors(runner, race, args, message):
    before = race.read_bytes()
    result = crun(runner, "post", "race", *args)
    assert result.exit_code == 2 and message in result.output
    assert race.read_bytes() == before


def test_appending_to_a_torn_file_is_refused(runner, race):
    race.write_text(PLAN + "---\nevent: post\npost: p2\n", encoding="utf-8")
    before = race.read_bytes()
    result = crun(runner, "post", "race", "--channel", "facebook", "--date", "2018-03-15")
    assert result.exit_code == 1 and "torn-write" in result.output
    assert race.read_bytes() == before


# --- track, mention ------------------------------------------------------------------------


def test_track_appends_one_snapshot(runner, race):
    result = crun(runner, "track", "race", "p1", "--date", "2018-03-03", "--reach", "12.000", "--likes", "300", "--comments", "40",
                  "--answered", "36", "--reply-minutes", "45")
    assert result.exit_code == 0, result.output
    assert race.read_text(encoding="utf-8").endswith(
        "---\nevent: metrics\npost: p1\ndate: 2018-03-03\nreach: 12000\nlikes: 300\ncomments: 40\nanswered: 36\nreply_minutes: 45\n...\n"
    )
    assert "Recorded a snapshot of p1 of race on 2018-03-03 (5 count(s))." in result.stdout


def test_track_a_lower_count_is_a_warning_and_the_latest_counts(runner, race):
    crun(runner, "track", "race", "p1", "--date", "2018-03-03", "--reach", "1000")
    result = crun(runner, "track", "race", "p1", "--date", "2018-03-08", "--reach", "900")
    assert result.exit_code == 0
    assert "p1: reach fell from 1,000 (2018-03-03) to 900 (2018-03-08); the latest snapshot counts" in result.stderr
    data = json.loads(crun(runner, "show", "race", "--today", "2018-03-09", "-f", "json").stdout)
    assert data["totals"]["reach"] == 900 and len(data["warnings"]) == 1


@pytest.mark.parametrize(
    "args, code, message",
    [
        (["p1"], 2, "give at least one count"),
        (["p7", "--reach", "10"], 2, "there is no post 'p7' in race (posts: p1)"),
        (["p1", "--reach", "12k"], 2, "--reach '12k' is not a whole count"),
        (["p1", "--reach", "-3"], 2, "--reach '-3' is not a whole count"),
        (["--reach", "10"], 2, "name the post (p1, p2...)"),
        (["p1", "--reach", "10", "--from", "x.csv"], 2, "--from gives the posts and their counts"),
    ],
)
def test_track_usage_errors_write_nothing(runner, race, args, code, message):
    before = race.read_bytes()
    result = crun(runner, "track", "race", *args)
    assert result.exit_code == code, result.output
    assert message in result.output
    assert race.read_bytes() == before


def test_importing_meta_insights_twice_does_not_double_count(runner, workspace):
    first = crun(runner, "track", FANFEST, "--from", META_CSV, "--date", TODAY)
    assert first.exit_code == 0, first.output
    assert first.stdout == "Recorded 5 snapshot(s) of voucher-flight-fanfest: p1, p2, p3, p4, p5.\n"
    assert "read as Meta's insights export (facebook)" in first.stderr
    assert "warning[metrics-unmatched]" in first.stderr  # the JD Pulsa post of the page is not this campaign's
    once = (workspace / FILE).read_bytes()
    totals = json.loads(crun(runner, "show", FANFEST, "--today", TODAY, "-f", "json").stdout)["totals"]
    assert totals["reach"] == 12400 + 10300 + 9400 + 6500 + 8600

    again = crun(runner, "track", FANFEST, "--from", META_CSV, "--date", TODAY)
    assert again.exit_code == 0
    assert "Nothing new for voucher-flight-fanfest: the 5 snapshot(s) in the file are already recorded." in again.stdout
    assert (workspace / FILE).read_bytes() == once
    assert json.loads(crun(runner, "show", FANFEST, "--today", TODAY, "-f", "json").stdout)["totals"] == totals


def test_import_of_the_contract_layout_appends_only_what_is_new(runner, race):
    csv_file = race.parent.parent / "snapshots.csv"
    csv_file.write_text("post,date,reach,likes,notes\np1,2018-03-03,1000,20,first\np1,2018-03-08,1500,,\n", encoding="utf-8")
    result = crun(runner, "track", "race", "--from", str(csv_file))
    assert result.exit_code == 0, result.output
    assert "ignored column(s): notes" in result.stderr
    csv_file.write_text("post,date,reach\np1,2018-03-08,1500\np1,2018-03-15,2000\n", encoding="utf-8")
    result = crun(runner, "track", "race", "--from", str(csv_file))
    assert result.stdout == "Recorded 1 snapshot(s) of race: p1.\n1 snapshot(s) already recorded; skipped\n"
    assert race.read_text(encoding="utf-8").count("event: metrics") == 3


def test_an_import_with_an_error_writes_nothing(runner, race):
    csv_file = race.parent.parent / "snapshots.csv"
    csv_file.write_text("post,date,reach\np1,2018-03-03,1000\np9,2018-03-03,5\n", encoding="utf-8")
    before = race.read_bytes()
    result = crun(runner, "track", "race", "--from", str(csv_file))
    assert result.exit_code == 1
    assert 'snapshots.csv:3:1: error[metrics-post]: there is no post "p9" in this campaign' in result.stderr
    assert race.read_bytes() == before


def test_mention(runner, race):
    result = crun(runner, "mention", "race", "--where", "Backpacker Indonesia", "--sentiment", "negative", "--replied", "tidak",
                  "--note", "Code rejected", "--date", "2018-03-04", "--lang", "id")
    assert result.exit_code == 0, result.output
    assert race.read_text(encoding="utf-8").endswith(
        "---\nevent: mention\ndate: 2018-03-04\nwhere: Backpacker Indonesia\nsentiment: negative\nreplied: no\nnote: Code rejected\n...\n"
    )
    assert result.stdout == "Mention negatif untuk race dicatat (2018-03-04).\n"
    bad = crun(runner, "mention", "race", "--where", "X", "--sentiment", "angry")
    assert bad.exit_code == 2 and "--sentiment 'angry': use one of positive, neutral, negative" in bad.output


# --- calendar, list -------------------------------------------------------------------------------


def test_calendar_slots(runner, workspace):
    result = crun(runner, "calendar", FANFEST)
    assert result.exit_code == 0, result.output
    golden("campaign/calendar.en.txt", result.output)


def test_calendar_ics_parses_back(runner, workspace):
    from icalendar import Calendar

    result = crun(runner, "calendar", FANFEST, "-o", "fanfest.ics", "--today", TODAY)
    assert result.exit_code == 0, result.output
    raw = (workspace / "fanfest.ics").read_bytes()
    assert b"DTSTART;VALUE=DATE:20180201\r\n" in raw
    cal = Calendar.from_ical(raw)
    events = [c for c in cal.walk() if c.name == "VEVENT"]
    assert [e.decoded("dtstart") for e in events] == [date(2018, 2, 1), date(2018, 2, 15), date(2018, 3, 1), date(2018, 3, 15), date(2018, 3, 29)]
    assert all(e.decoded("dtend") == e.decoded("dtstart").__class__.fromordinal(e.decoded("dtstart").toordinal() + 1) for e in events)
    assert "p4 2018-03-22 facebook" in str(events[3]["description"])
    assert len({str(e["uid"]) for e in events}) == 5
    # The same input gives the same bytes.
    crun(runner, "calendar", FANFEST, "-o", "again.ics", "--today", TODAY)
    assert (workspace / "again.ics").read_bytes() == raw


def test_calendar_ics_to_stdout_and_never_into_the_data(runner, workspace):
    result = crun(runner, "calendar", FANFEST, "-f", "ics", "--today", TODAY)
    assert result.exit_code == 0 and result.stdout.startswith("BEGIN:VCALENDAR")
    refused = crun(runner, "calendar", FANFEST, "-o", "campaigns/x.ics")
    assert refused.exit_code == 2 and not (workspace / "campaigns" / "x.ics").exists()


def test_list(runner, workspace):
    result = crun(runner, "list", "--today", TODAY)
    assert result.exit_code == 0, result.output
    golden("campaign/list.en.txt", result.output)
    golden("campaign/list.id.txt", crun(runner, "list", "--today", TODAY, "--lang", "id").output)
    data = json.loads(crun(runner, "list", "--today", TODAY, "-f", "json").stdout)
    assert data[0]["campaign"] == FANFEST and data[0]["mismatch"] == ["instagram"] and data[0]["posts"] == 5
    rows = list(csv.DictReader(io.StringIO(crun(runner, "list", "--today", TODAY, "-f", "csv").stdout)))
    assert rows[0]["mismatch"] == "instagram" and rows[0]["redemptions"] == "1350"


def test_list_leaves_out_a_broken_campaign_and_strict_fails(runner, workspace):
    (workspace / "campaigns" / "broken.yaml").write_text("campaign: broken\nproduct: jd_food\n", encoding="utf-8")
    result = crun(runner, "list", "--today", TODAY, "-f", "json")
    assert result.exit_code == 0
    assert [r["campaign"] for r in json.loads(result.stdout)] == [FANFEST]
    assert "broken.yaml" in result.stderr
    assert crun(runner, "list", "--strict").exit_code == 1


def test_every_campaign_command_has_help(runner):
    for command in ("new", "approve", "post", "track", "mention", "show", "calendar", "list"):
        result = crun(runner, command, "--help")
        assert result.exit_code == 0 and "Usage" in result.output, command


# --- the hooks for `pln report` and `pln due` ------------------------------------------------------


def test_campaign_rows_and_the_report_section(workspace):
    from pln_cli.api.campaigns import campaign_rows
    from pln_cli.api.workspace import load_workspace
    from pln_cli.render.campaign import campaign_section
    from pln_cli.render.document import Document, to_plain

    rows = campaign_rows(load_workspace(workspace), date(2018, 4, 20))
    assert [(r.campaign, r.posts, r.reach, r.redemptions, r.mismatch) for r in rows] == [(FANFEST, 5, 45000, 1350, ("instagram",))]
    assert round(rows[0].expected_redemptions) == 2250
    text = to_plain(Document("r", [], [campaign_section(rows, "id")]))
    assert "Kampanye" in text and "1.350 (2.250)" in text and "instagram" in text
    assert "No campaigns yet" in to_plain(Document("r", [], [campaign_section((), "en")]))


def test_campaign_due_items(race, workspace):
    from pln_cli.api.campaigns import campaign_due_items
    from pln_cli.api.workspace import load_workspace

    items = campaign_due_items(load_workspace(workspace), date(2018, 3, 20))
    assert [(i.date, i.kind, i.ref, i.overdue) for i in items] == [(date(2018, 3, 15), "campaign", "race", True)]
    assert items[0].what.render("en") == "race: post overdue since 2018-03-15, 5 day(s) (facebook)"
    assert campaign_due_items(load_workspace(workspace), date(2018, 8, 1)) == ()


# --- several processes at once ------------------------------------------------------------------------


def _worker(root: str, worker: int, count: int) -> None:
    import os

    from typer.testing import CliRunner

    os.chdir(root)
    runner = CliRunner()
    for k in range(count):
        posted = crun(runner, "post", "race", "--channel", "facebook", "--date", "2018-03-10", "--note", f"w{worker}-{k}")
        tracked = crun(runner, "track", "race", "p1", "--date", "2018-03-10", "--reach", str(1000 + worker * 100 + k))
        if posted.exit_code or tracked.exit_code:
            raise SystemExit(f"{posted.output}{tracked.output}")


def test_several_processes_appending_posts_and_snapshots_keep_them_all(race, workspace):
    from pln_cli.load.campaigns import load_campaign

    ctx = multiprocessing.get_context("fork")
    workers = [ctx.Process(target=_worker, args=(str(workspace), w, 8)) for w in range(6)]
    for p in workers:
        p.start()
    for p in workers:
        p.join(timeout=180)
        assert p.exitcode == 0
    entry = load_campaign(race)
    assert [p for p in entry.problems if p.severity == "error"] == []
    campaign = entry.campaign
    assert [p.post for p in campaign.posts] == [f"p{n}" for n in range(1, 50)]
    assert sorted(p.note for p in campaign.posts[1:]) == sorted(f"w{w}-{k}" for w in range(6) for k in range(8))
    assert sorted(s.reach for s in campaign.snapshots) == sorted(1000 + w * 100 + k for w in range(6) for k in range(8))
    assert race.read_text(encoding="utf-8").startswith(PLAN)


def _importer(root: str, csv_file: str) -> None:
    import os

    from typer.testing import CliRunner

    os.chdir(root)
    result = crun(CliRunner(), "track", "race", "--from", csv_file)
    if result.exit_code:
        raise SystemExit(result.output)


def test_the_same_file_imported_by_several_processes_at_once_counts_once(race, workspace):
    from pln_cli.load.campaigns import load_campaign

    csv_file = workspace / "snapshots.csv"
    csv_file.write_text("post,date,reach,clicks\np1,2018-03-03,1000,10\np1,2018-03-08,1500,20\n", encoding="utf-8")
    ctx = multiprocessing.get_context("fork")
    workers = [ctx.Process(target=_importer, args=(str(workspace), str(csv_file))) for _ in range(6)]
    for p in workers:
        p.start()
    for p in workers:
        p.join(timeout=120)
        assert p.exitcode == 0
    snapshots = load_campaign(race).campaign.snapshots
    assert [(s.date.isoformat(), s.reach) for s in snapshots] == [("2018-03-03", 1000), ("2018-03-08", 1500)]


# --- re-importing is idempotent, through the use case and the file ------------------------------------

_COUNT_ROWS = st.lists(
    st.tuples(
        st.sampled_from(["p1", "p2"]),
        st.dates(min_value=date(2018, 3, 1), max_value=date(2018, 4, 30)),
        st.fixed_dictionaries({}, optional={k: st.integers(min_value=0, max_value=10**6) for k in ("reach", "likes", "clicks", "redemptions")}),
    ),
    min_size=1,
    max_size=6,
)


@settings(max_examples=25, deadline=None)
@given(_COUNT_ROWS)
def test_re_importing_a_snapshot_file_changes_nothing(rows):
    import tempfile

    from pln_cli.api.campaigns import import_metrics
    from pln_cli.load.campaigns import load_campaign

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "campaigns" / "race.yaml"
        path.parent.mkdir()
        path.write_text(PLAN + "---\nevent: post\npost: p2\ndate: 2018-03-10\nchannel: facebook\n...\n", encoding="utf-8")
        data = Path(folder) / "rows.csv"
        data.write_text("post,date,reach,likes,clicks,redemptions\n" + "".join(
            f"{post},{day.isoformat()}," + ",".join(str(counts.get(k, "")) for k in ("reach", "likes", "clicks", "redemptions")) + "\n"
            for post, day, counts in rows
        ), encoding="utf-8")
        first = import_metrics(path, data, today=date(2018, 5, 1))
        once = path.read_bytes()
        second = import_metrics(path, data, today=date(2018, 5, 1))
        assert second.appended == () and path.read_bytes() == once
        assert first.skipped + len(first.appended) == second.skipped
        # The latest snapshot of each post is the file's last row for its latest date.
        latest: dict[str, dict[str, int]] = {}
        for post, day, counts in sorted(rows, key=lambda r: r[1]):  # stable: file order within a day
            if counts:
                latest[post] = counts
        measured = {p: s.counts() for p, s in _latest(load_campaign(path).campaign).items()}
        assert measured == latest


def _latest(campaign):
    from pln_cli.campaign.measures import latest_snapshots

    return latest_snapshots(campaign)


def test_an_import_without_counts_records_nothing(runner, race):
    csv_file = race.parent.parent / "snapshots.csv"
    csv_file.write_text("post,date,reach\np1,2018-03-03,\n", encoding="utf-8")
    before = race.read_bytes()
    result = crun(runner, "track", "race", "--from", str(csv_file))
    assert result.exit_code == 0
    assert "warning[metrics-no-counts]" in result.stderr
    assert result.stdout == "Nothing recorded for race: no row of the file gives a snapshot to record\n"
    assert race.read_bytes() == before
