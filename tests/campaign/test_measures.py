"""Measures from cumulative snapshots: hand-checked numbers, and rates from sums."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pln_cli.campaign.measures import (
    mention_counts,
    new_snapshot_warnings,
    new_snapshots,
    post_measures,
    restatements,
    totals,
)
from pln_cli.model.campaign import Snapshot
from tests.campaign.conftest import build, mention, metrics, post


def test_the_example_posts_from_their_7_day_snapshots(example):
    posts = {m.id: m for m in post_measures(example)}
    p4 = posts["p4"]
    assert p4.snapshot.date.isoformat() == "2018-03-29"  # the 7-day one, not the 48-hour one
    assert p4.counts["reach"] == 6000
    assert p4.engagement == 100 + 20 + 10 + 0
    assert p4.engagement_rate == 130 / 6000
    assert p4.click_through == 30 / 6000
    assert p4.reply_rate == 10 / 20
    assert [m.engagement for m in posts.values()] == [380, 330, 230, 130, 230]


def test_the_example_totals_are_sums_and_ratios_of_sums(example):
    t = totals(post_measures(example))
    assert (t.reach, t.engagement, t.clicks, t.answered, t.comments, t.redemptions) == (45000, 1300, 420, 151, 180, 1350)
    assert t.engagement_rate == 1300 / 45000  # 2.89 %, not the mean of the posts' rates
    assert t.click_through == 420 / 45000
    assert t.reply_rate == 151 / 180
    assert t.median_reply_minutes == 60  # of 60, 45, 120, 240, 30


def test_the_latest_snapshot_counts_whole_a_missing_count_is_missing():
    c = build([
        post(1, "2018-03-01"),
        metrics("p1", "2018-03-03", reach=1000, likes=50, clicks=10, redemptions=5),
        metrics("p1", "2018-03-08", reach=2000, likes=80),  # no clicks, no redemptions
    ])
    (m,) = post_measures(c)
    assert m.counts == {"reach": 2000, "likes": 80}
    assert m.click_through is None
    t = totals((m,))
    assert t.clicks is None and t.redemptions is None and t.click_through is None
    assert t.engagement == 80 and t.engagement_rate == 0.04


def test_latest_is_by_date_then_file_order():
    c = build([
        post(1, "2018-03-01"),
        metrics("p1", "2018-03-08", reach=900),
        metrics("p1", "2018-03-03", reach=100),  # written later, dated earlier
        metrics("p1", "2018-03-08", reach=1000),  # same date, later in the file: counts
    ])
    (m,) = post_measures(c)
    assert m.counts["reach"] == 1000


def test_null_when_a_denominator_is_zero_or_nothing_is_given():
    c = build([
        post(1, "2018-03-01"), metrics("p1", "2018-03-03", reach=0, likes=0, comments=0, answered=0),
        post(2, "2018-03-15"),
    ])
    m1, m2 = post_measures(c)
    assert m1.engagement == 0 and m1.engagement_rate is None and m1.reply_rate is None
    assert m2.snapshot is None and m2.engagement is None
    t = totals((m1, m2))
    assert t.reach == 0 and t.engagement_rate is None and t.median_reply_minutes is None


def test_engagement_counts_missing_parts_as_zero_when_one_is_given():
    c = build([post(1, "2018-03-01"), metrics("p1", "2018-03-03", reach=100, shares=4)])
    (m,) = post_measures(c)
    assert m.engagement == 4 and m.engagement_rate == 0.04


def test_campaign_rates_use_only_posts_giving_both_parts():
    c = build([
        post(1, "2018-03-01"), metrics("p1", "2018-03-03", reach=1000, clicks=30),
        post(2, "2018-03-15"), metrics("p2", "2018-03-17", reach=3000),  # no clicks
        post(3, "2018-03-29"), metrics("p3", "2018-03-31", clicks=99),  # no reach
    ])
    t = totals(post_measures(c))
    assert t.reach == 4000 and t.clicks == 129
    assert t.click_through == 30 / 1000


def test_median_of_an_even_count_is_the_mean_of_the_middle_two():
    c = build([
        post(1, "2018-03-01"), metrics("p1", "2018-03-02", reply_minutes=30),
        post(2, "2018-03-15"), metrics("p2", "2018-03-16", reply_minutes=45),
        post(3, "2018-03-29"), metrics("p3", "2018-03-30", reply_minutes=90),
        post(4, "2018-04-12"), metrics("p4", "2018-04-13", reply_minutes=100),
    ])
    assert totals(post_measures(c)).median_reply_minutes == 67.5


def test_a_lower_count_is_a_restatement_warning_and_the_latest_still_counts():
    c = build([
        post(1, "2018-03-01"),
        metrics("p1", "2018-03-03", reach=5000, likes=100, reply_minutes=90),
        metrics("p1", "2018-03-08", reach=4800, likes=120, reply_minutes=60),
    ])
    (r,) = restatements(c)
    assert (r.post, r.count, r.earlier, r.value) == ("p1", "reach", 5000, 4800)
    assert r.message().render("en") == "p1: reach fell from 5,000 (2018-03-03) to 4,800 (2018-03-08); the latest snapshot counts"
    assert r.message().render("id") == "p1: reach turun dari 5.000 (2018-03-03) menjadi 4.800 (2018-03-08); snapshot terakhir yang dipakai"
    assert post_measures(c)[0].counts["reach"] == 4800


def test_track_warns_only_about_what_the_new_snapshot_brings():
    c = build([post(1, "2018-03-01"), metrics("p1", "2018-03-03", reach=5000), metrics("p1", "2018-03-05", reach=4000)])
    new = Snapshot(post="p1", date="2018-03-08", reach=3000, likes=5)
    (warning,) = new_snapshot_warnings(c, new)
    assert "3,000" in warning.render("en")
    assert new_snapshot_warnings(c, Snapshot(post="p1", date="2018-03-08", reach=6000)) == ()


def test_re_imported_snapshots_are_dropped():
    c = build([post(1, "2018-03-01"), metrics("p1", "2018-03-03", reach=5000)])
    same = Snapshot(post="p1", date="2018-03-03", reach=5000)
    later = Snapshot(post="p1", date="2018-03-08", reach=5000)
    assert new_snapshots(c, [same, later, later]) == (later,)


def test_a_batch_keeps_the_last_row_of_a_post_and_date_so_the_measures_do_not_change():
    c = build([post(1, "2018-03-01")])
    full = Snapshot(post="p1", date="2018-03-03", reach=100, likes=10)
    partial = Snapshot(post="p1", date="2018-03-03", reach=90)
    batch = [full, partial, full]  # the last row of 2018-03-03 is the full one
    fresh = new_snapshots(c, batch)
    assert fresh == (full,)
    assert post_measures(c.with_events(*fresh))[0].counts == post_measures(c.with_events(*batch))[0].counts
    assert new_snapshots(c.with_events(*fresh), batch) == ()


def test_mentions_by_sentiment_and_the_share_replied():
    c = build([
        mention("2018-03-02", "positive", "yes"), mention("2018-03-03", "negative", "no"),
        mention("2018-03-04", "negative", "yes"), mention("2018-03-05", "neutral"),
    ])
    m = mention_counts(c)
    assert m.to_json() == {"positive": 1, "neutral": 1, "negative": 2, "replied_share": 2 / 3}
    assert m.negative_unreplied == 1
    assert mention_counts(build([])).replied_share is None


# --- property: campaign rates come from sums ------------------------------------------

_count = st.one_of(st.none(), st.integers(min_value=0, max_value=10**7))


@st.composite
def _campaigns(draw):
    n = draw(st.integers(min_value=1, max_value=6))
    events = []
    for i in range(1, n + 1):
        events.append(post(i, f"2018-03-{i + 1:02d}"))
        for _ in range(draw(st.integers(min_value=0, max_value=2))):
            counts = {k: draw(_count) for k in ("reach", "likes", "comments", "shares", "saves", "clicks", "answered")}
            events.append(metrics(f"p{i}", f"2018-03-{i + 3:02d}", **{k: v for k, v in counts.items() if v is not None}))
    return build(events)


def _ratio_of_sums(posts, top, bottom):
    pairs = [(top(m), bottom(m)) for m in posts]
    pairs = [(a, b) for a, b in pairs if a is not None and b is not None]
    denominator = sum(b for _, b in pairs)
    return sum(a for a, _ in pairs) / denominator if denominator else None


@settings(max_examples=60, deadline=None)
@given(_campaigns())
def test_campaign_rates_are_ratios_of_sums_over_posts_giving_both(campaign):
    posts = post_measures(campaign)
    t = totals(posts)
    reach = lambda m: m.counts.get("reach")
    assert t.engagement_rate == _ratio_of_sums(posts, lambda m: m.engagement, reach)
    assert t.click_through == _ratio_of_sums(posts, lambda m: m.counts.get("clicks"), reach)
    assert t.reply_rate == _ratio_of_sums(posts, lambda m: m.counts.get("answered"), lambda m: m.counts.get("comments"))
    for key in ("reach", "clicks", "answered", "comments"):
        given_ = [m.counts[key] for m in posts if key in m.counts]
        assert getattr(t, key) == (sum(given_) if given_ else None)
