"""`campaign show` as data: the JSON keys of the contract, what to do next, both languages."""

from __future__ import annotations

import json
from datetime import date

from pln_cli.campaign.summary import JSON_KEYS, POST_COLUMNS, report_row, summarize
from tests.campaign.conftest import TODAY, approval, build, mention, metrics, post


def test_json_keys_exactly_as_the_contract_lists_them(example, happy_fresh):
    data = summarize(example, TODAY, *happy_fresh).to_json()
    assert tuple(data) == JSON_KEYS == (
        "campaign", "product", "channels", "wheel", "posts", "totals", "cadence", "targets", "mentions", "warnings", "offer_check",
    )
    assert set(data["channels"]) == {"requested", "approved", "mismatch", "approval"}
    assert set(data["channels"]["approval"]) == {"by", "date", "note"}
    assert list(data["wheel"]) == ["tracking", "distribution", "content", "engagement", "measurement"]
    assert set(data["cadence"]) == {"gaps", "next_due", "overdue"}
    assert set(data["cadence"]["gaps"][0]) == {"from", "to", "days", "late_days"}
    assert all(set(v) == {"target", "actual", "share"} for v in data["targets"].values())
    assert set(data["mentions"]) == {"positive", "neutral", "negative", "replied_share"}
    assert set(data["offer_check"]) == {"offer", "expected_redemptions", "tracked_redemptions", "ratio", "suggested_redemption_rate"}
    assert tuple(data["posts"][0]) == POST_COLUMNS
    assert set(data["totals"]) == {"reach", "engagement", "clicks", "answered", "comments", "redemptions",
                                   "engagement_rate", "click_through", "reply_rate", "median_reply_minutes"}
    json.dumps(data)  # plain JSON values only


def test_the_example_in_numbers(example, happy_fresh):
    data = summarize(example, TODAY, *happy_fresh).to_json()
    assert (data["campaign"], data["product"]) == ("voucher-flight-fanfest", "jd_voucher")
    assert set(data["wheel"].values()) == {"planned"}
    assert data["targets"]["reach"] == {"target": 50000, "actual": 45000, "share": 0.9}
    assert data["targets"]["redemptions"] == {"target": 2000, "actual": 1350, "share": 0.675}
    assert data["targets"]["engagement_rate"]["target"] == 0.03
    assert data["mentions"] == {"positive": 2, "neutral": 1, "negative": 2, "replied_share": 0.75}
    assert data["warnings"] == []
    assert data["posts"][0]["link"] == (
        "https://www.jd.id/promo/fanfest?utm_source=facebook&utm_medium=social&utm_campaign=voucher-flight-fanfest&utm_content=p1"
    )


def test_what_to_do_next_for_the_example_in_both_languages(example, happy_fresh):
    steps = summarize(example, TODAY, *happy_fresh).next_steps
    assert [s.key for s in steps] == ["campaign.next.mismatch", "campaign.next.negative", "campaign.next.offer_rate", "campaign.next.behind"]
    assert steps[0].render("en") == (
        "We asked for instagram; Rina (Marketing) approved only facebook on 2018-01-29: take this campaign's numbers "
        "back to marketing to argue for instagram, and plan the content for facebook meanwhile"
    )
    assert steps[2].render("id") == (
        "Penukaran baru 60% dari perkiraan penawaran happy-fresh-2018q1: ubah asumsi tingkat penukaran di penawaran itu dari 45,0% "
        "menjadi 27,0%, lalu simulasikan ulang"
    )
    assert steps[3].render("id").startswith("Di bawah target: jangkauan 90%, penukaran 68%, tingkat interaksi 96%")


def test_a_new_campaign_without_a_wheel_or_approval():
    s = summarize(build([]), date(2018, 3, 20))
    data = s.to_json()
    assert set(data["wheel"].values()) == {"missing"}
    assert data["channels"]["approved"] is None and data["offer_check"] is None
    assert data["totals"]["reach"] is None and data["targets"] == {}
    assert [m.key for m in s.next_steps] == ["campaign.next.tracking", "campaign.next.spokes", "campaign.next.no_approval", "campaign.next.overdue"]
    assert s.next_steps[1].render("en") == "Fill in the missing spokes of the wheel: distribution/channel, content, engagement, measurement"


def test_an_empty_spoke_is_missing_and_any_key_plans_it():
    c = build([], wheel={"tracking": {}, "content": {"owner": None}, "engagement": {"reply_within_hours": 1}})
    assert c.plan.wheel.planned() == {"tracking": False, "distribution": False, "content": True, "engagement": True, "measurement": False}


def test_tracking_and_reply_advice():
    c = build([
        approval("2018-02-28", "facebook", "instagram"),
        post(1, "2018-03-01"), metrics("p1", "2018-03-03", comments=10, answered=5, reply_minutes=300),
        post(2, "2018-03-14"),
        mention("2018-03-05", "negative", "no"),
    ], wheel={"engagement": {"reply_within_hours": 2}})
    s = summarize(c, date(2018, 3, 17))
    keys = [m.key for m in s.next_steps]
    assert "campaign.next.track" in keys and "campaign.next.seven_day" in keys and "campaign.next.slow_replies" in keys
    assert s.next_steps[keys.index("campaign.next.track")].render("en").startswith("Track p2:")
    assert s.next_steps[keys.index("campaign.next.seven_day")].render("en") == "Take the 7-day snapshot of p1"
    assert s.next_steps[keys.index("campaign.next.slow_replies")].render("id") == (
        "Balasan butuh 300 menit (median), padahal targetnya 2 jam: balas lebih cepat"
    )
    assert s.next_steps[keys.index("campaign.next.due")].render("en") == "Next post due on 2018-03-28"


def test_warnings_list_restatements_and_unapproved_posts():
    c = build([
        approval("2018-02-28", "facebook"),
        post(1, "2018-03-01", "instagram"),
        metrics("p1", "2018-03-03", reach=100), metrics("p1", "2018-03-08", reach=90),
        metrics("p1", "2018-02-27", reach=1),
    ])
    warnings = summarize(c, date(2018, 3, 10)).to_json("id")["warnings"]
    assert warnings == [
        "p1 tayang di instagram (2018-03-01), padahal kanal itu belum disetujui saat itu",
        "snapshot p1 bertanggal 2018-02-27, sebelum posting tayang (2018-03-01)",
        "p1: reach turun dari 100 (2018-03-03) menjadi 90 (2018-03-08); snapshot terakhir yang dipakai",
    ]


def test_the_report_row(example, happy_fresh):
    row = report_row(summarize(example, TODAY, *happy_fresh))
    assert row.to_json() == {
        "campaign": "voucher-flight-fanfest", "title": "JD Voucher x JD Flight - win YouTube FanFest tickets",
        "product": "jd_voucher", "posts": 5, "reach": 45000, "engagement_rate": 1300 / 45000, "redemptions": 1350,
        "expected_redemptions": row.expected_redemptions, "mismatch": ["instagram"], "next_due": None, "overdue": False,
    }
    assert round(row.expected_redemptions) == 2250


def test_every_message_renders_in_both_languages(example, happy_fresh):
    s = summarize(example, date(2018, 3, 25), *happy_fresh)
    for message in (*s.next_steps, *s.warnings, s.offer_check.verdict()):
        assert message.render("en") and message.render("id") and message.render("en") != message.render("id")
