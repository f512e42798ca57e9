"""Metric snapshots from CSV: the contract's columns and Meta's insights export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from pln_cli.campaign.measures import new_snapshots, post_measures, totals
from pln_cli.load.campaigns import (
    load_campaign,
    metrics_documents,
    parse_campaign_bytes,
)
from pln_cli.load.metrics import parse_metrics_csv, read_metrics_csv
from pln_cli.model.campaign import COUNTS, Campaign, Plan, Post

ROOT = Path(__file__).resolve().parents[2] / "examples"
EXAMPLE = ROOT / "campaigns" / "voucher-flight-fanfest.yaml"
META_CSV = ROOT / "data" / "fanfest-facebook-insights-2018-04-20.csv"
DAY = date(2018, 4, 20)


def campaign(*posts: tuple[str, str, str], code: dict[str, str] | None = None) -> Campaign:
    plan = Plan.model_validate({"campaign": "demo", "product": "jd_voucher", "start": "2018-03-01", "end": "2018-04-26",
                                "channels": ["instagram", "facebook"]})
    events = tuple(Post.model_validate({"event": "post", "post": p, "date": d, "channel": ch, "code": (code or {}).get(p)})
                   for p, d, ch in posts)
    return Campaign(plan, events)


DEMO = campaign(("p1", "2018-03-01", "facebook"), ("p2", "2018-03-15", "instagram"))


def read(text: str, c: Campaign = DEMO):
    return parse_metrics_csv(text, "m.csv", c, DAY)


def where(result) -> list[tuple[str, int | None, int | None, str]]:
    return [(p.code, p.line, p.column, p.severity) for p in result.problems]


# --- the contract's layout ----------------------------------------------------------


def test_contract_columns_and_an_empty_cell_is_not_given():
    result = read("post,date,reach,likes,reply_minutes,redemptions\np1,2018-03-03,5000,,45,12\np2,,800,40,,\n")
    assert result.ok and result.layout == "pln" and result.notes == []
    first, second = result.snapshots
    assert (first.post, first.date) == ("p1", date(2018, 3, 3))
    assert first.counts() == {"reach": 5000, "reply_minutes": 45, "redemptions": 12}  # no likes: not given
    assert (second.date, second.counts()) == (DAY, {"reach": 800, "likes": 40})  # an empty date is the command's date


def test_unknown_post_bad_count_and_bad_date_are_problems_at_line_and_column():
    result = read("post,date,reach,clicks\np1,2018-03-03,5000,7\np7,2018-03-03,1,1\np1,03/03/2018,1,1\np2,2018-03-04,12k,\"1,5\"\n")
    assert where(result) == [
        ("metrics-post", 3, 1, "error"),
        ("metrics-date", 4, 4, "error"),
        ("metrics-count", 5, 15, "error"),
        ("metrics-count", 5, 19, "error"),
    ]
    assert result.problems[0].message.render("en") == 'there is no post "p7" in this campaign'
    assert result.problems[2].source_line == 'p2,2018-03-04,12k,"1,5"' and result.problems[2].span == 3
    assert not result.ok


def test_missing_columns_and_ignored_columns():
    result = read("date,reach\n2018-03-03,5\n")
    assert where(result) == [("metrics-columns", 1, 1, "error")]
    assert "post" in result.problems[0].message.render("en")
    result = read("Post,Date,Reach,Platform,Notes\np1,2018-03-03,5,fb,ok\n")
    assert result.ok and result.snapshots[0].counts() == {"reach": 5}
    assert [n.render("en") for n in result.notes] == ["ignored column(s): Platform, Notes"]


def test_a_row_without_counts_is_skipped_with_a_warning():
    result = read("post,date,reach\np1,2018-03-03,\n\n")
    assert where(result) == [("metrics-no-counts", 2, 1, "warning")] and result.snapshots == []


def test_semicolons_an_excel_hint_a_bom_and_quoted_lines():
    assert read("post;date;reach\np1;2018-03-03;1.200\n").snapshots[0].reach == 1200
    result = read("sep=,\npost,date,reach,note\np1,2018-03-03,5,\"two\nlines\"\np9,2018-03-03,5,x\n")
    assert where(result) == [("metrics-post", 5, 1, "error")]  # line numbers count the hint and the quoted line
    text = "\ufeffpost,date,reach\n'p1,2018-03-03,5\n"  # only a quote before =, +, -, @ is pln's own: this one stays
    assert where(read(text)) == [("metrics-post", 2, 1, "error")]


def test_an_empty_file():
    assert where(read("")) == [("metrics-empty", None, None, "error")]


# --- Meta's insights export -------------------------------------------------------------


def test_the_example_meta_export_maps_columns_matches_posts_and_carries_what_meta_cannot_know():
    entry = load_campaign(EXAMPLE)
    result = read_metrics_csv(META_CSV, entry.campaign, DAY)
    assert (result.layout, result.channel, result.rows, result.ok) == ("meta", "facebook", 6, True)
    assert [n.render("en") for n in result.notes] == [
        ("read as Meta's insights export (facebook); columns mapped: Reach -> reach, Views -> views, Reactions -> likes, "
        "Comments -> comments, Shares -> shares, Link clicks -> clicks"),
        "ignored column(s): Post type, Reactions, Comments and Shares, Total clicks",
        "answered, reply_minutes, redemptions are not in Meta's export: carried over from each post's latest snapshot",
    ]
    # The JD Pulsa post is another post of the page: a warning at its Publish time cell.
    assert where(result) == [("metrics-unmatched", 5, 107, "warning")]
    by_post = {s.post: s for s in result.snapshots}
    assert list(by_post) == ["p1", "p2", "p3", "p4", "p5"]  # by link, code, link, date, link
    assert by_post["p1"].counts() == {"reach": 12400, "views": 15800, "likes": 310, "comments": 41, "shares": 31, "clicks": 124,
                                      "answered": 36, "reply_minutes": 60, "redemptions": 300}
    assert all(s.date == DAY for s in result.snapshots)  # Date says "Lifetime"
    after = entry.campaign.with_events(*result.snapshots)
    t = totals(post_measures(after))
    assert (t.reach, t.redemptions, t.engagement) == (12400 + 10300 + 9400 + 6500 + 8600, 1350, 382 + 331 + 235 + 140 + 235)


HEADER = "Post ID,Account username,Description,Publish time,Date,Reach,Likes,Comments,Saves,Follows\n"


def test_meta_matching_rules_for_instagram():
    c = campaign(("p1", "2018-03-01", "instagram"), ("p2", "2018-03-15", "instagram"), ("p3", "2018-03-15", "instagram"),
                 ("p4", "2018-03-20", "facebook"), code={"p2": "FF2"})
    result = read(HEADER + (
        "1,jd,x,03/01/2018 10:00,2018-03-04,100,10,1,1,0\n"  # by date and channel
        "2,jd,pakai kode ff2!,03/15/2018 10:00,,200,20,2,2,0\n"  # by code (case-insensitive word)
        "3,jd,https://jd.id/?utm_campaign=demo&utm_content=p3,03/15/2018 10:00,,300,30,3,3,0\n"  # by link
        "4,jd,x,03/16/2018 01:00,,400,40,4,4,0\n"  # the day after: p2 or p3
        "5,jd,x,03/20/2018 10:00,,500,50,5,5,0\n"  # p4 is on facebook, this export is instagram
        "6,jd,https://jd.id/?utm_campaign=other&utm_content=p1,02/27/2018 10:00,,600,60,6,6,0\n"
    ), c)
    assert result.channel == "instagram"
    assert [(s.post, s.date, s.reach) for s in result.snapshots] == [("p1", date(2018, 3, 4), 100), ("p2", DAY, 200), ("p3", DAY, 300)]
    assert where(result) == [("metrics-unmatched", 5, 8, "warning"), ("metrics-unmatched", 6, 8, "warning"), ("metrics-unmatched", 7, 55, "warning")]
    assert result.problems[0].message.render("en") == "this row could be any of p2, p3; it is skipped"
    assert [n.key for n in result.notes] == ["campaign.metrics.meta", "campaign.metrics.ignored"]
    assert "Follows" in result.notes[1].render("en")


def test_a_post_column_wins_and_an_export_matching_nothing_is_an_error():
    c = campaign(("p1", "2018-03-01", "facebook"))
    result = read("Post ID,post,Publish time,Reach\n1,p1,01/01/2017 10:00,5\n", c)
    assert [(s.post, s.reach) for s in result.snapshots] == [("p1", 5)]
    result = read("Post ID,Publish time,Reach\n1,01/01/2017 10:00,5\n", c)
    assert where(result) == [("metrics-unmatched", 2, 3, "warning"), ("metrics-unmatched", None, None, "error")]


# --- importing twice counts nothing twice ---------------------------------------------------


def _append(entry_text: str, result) -> str:
    entry = parse_campaign_bytes(EXAMPLE, entry_text.encode())
    fresh = new_snapshots(entry.campaign, result.snapshots)
    return entry_text + metrics_documents(fresh)


def test_importing_the_meta_export_twice_appends_nothing_the_second_time():
    text = EXAMPLE.read_text()
    once = _append(text, read_metrics_csv(META_CSV, parse_campaign_bytes(EXAMPLE, text.encode()).campaign, DAY))
    campaign_once = parse_campaign_bytes(EXAMPLE, once.encode()).campaign
    twice = _append(once, read_metrics_csv(META_CSV, campaign_once, DAY))
    assert twice == once
    later = _append(once, read_metrics_csv(META_CSV, campaign_once, date(2018, 4, 27)))  # re-exported a week later, same numbers
    assert later != once
    measure = lambda t: totals(post_measures(parse_campaign_bytes(EXAMPLE, t.encode()).campaign))
    assert measure(later) == measure(once)


_rows = st.lists(
    st.tuples(
        st.sampled_from(["p1", "p2"]),
        st.dates(min_value=date(2018, 3, 1), max_value=date(2018, 4, 30)),
        st.fixed_dictionaries({}, optional={k: st.integers(min_value=0, max_value=10**6) for k in COUNTS}),
    ),
    min_size=1,
    max_size=8,
)


def _csv(rows) -> str:
    lines = ["post,date," + ",".join(COUNTS)]
    for post, day, counts in rows:
        lines.append(f"{post},{day.isoformat()}," + ",".join(str(counts.get(k, "")) for k in COUNTS))
    return "\n".join(lines) + "\n"


@settings(max_examples=50, deadline=None)
@given(_rows)
def test_re_importing_a_snapshot_file_is_idempotent(rows):
    text = _csv(rows)
    first = read(text)
    once = DEMO.with_events(*new_snapshots(DEMO, first.snapshots))
    again = new_snapshots(once, read(text, once).snapshots)
    assert again == ()
    # Even without dropping duplicates, the latest snapshot counts whole: nothing is counted twice.
    blind = once.with_events(*read(text, once).snapshots)
    assert totals(post_measures(blind)) == totals(post_measures(once))
    assert [m.counts for m in post_measures(blind)] == [m.counts for m in post_measures(once)]
