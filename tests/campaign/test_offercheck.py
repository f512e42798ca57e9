"""The offer check: redemptions tracked against the offer's simulation."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from pln_cli.campaign.offercheck import expected_redemptions, offer_check, offer_ref_id
from tests.campaign.conftest import build, metrics, post


def test_the_example_tracks_60_percent_and_suggests_27_percent(example, happy_fresh):
    offer, result = happy_fresh
    # Quota 5000 binds (lambda = 0.167): every voucher is out long before the
    # latest snapshot (2018-04-12, e = 88 of D = 90), so expected = R0 * lambda
    # = vouchers_redeemed = 5000 * 0.45 = 2250.
    check = offer_check(example, offer, result)
    assert check.to_json() == {
        "offer": "happy-fresh-2018q1",
        "expected_redemptions": pytest.approx(2250.0),
        "tracked_redemptions": 1350,
        "ratio": pytest.approx(0.6),
        "suggested_redemption_rate": pytest.approx(0.27),
    }
    assert (check.elapsed_days, check.period_days, check.as_of) == (88, 90, date(2018, 4, 12))
    assert check.verdict().render("en") == (
        "1,350 redemptions tracked against 2,250 expected by offer happy-fresh-2018q1 (60%): "
        "its redemption rate of 45.0% looks off; 27.0% would match"
    )
    assert "45,0%" in check.verdict().render("id")


def test_before_the_cap_binds_expected_grows_with_elapsed_days(happy_fresh):
    offer, result = happy_fresh
    # 2018-01-19 is day e = 5 of 90: 5/90 < lambda, so R0 * 5/90.
    expected, elapsed, period = expected_redemptions(offer, result, date(2018, 1, 1), date(2018, 1, 19))
    r0 = result.vouchers_redeemed / result.active_fraction
    assert (elapsed, period) == (5, 90)
    assert expected == pytest.approx(r0 * 5 / 90)
    assert expected_redemptions(offer, result, date(2018, 1, 1), date(2018, 1, 10))[0] == 0.0  # before the offer starts


def test_an_offer_of_n_days_starts_with_the_campaign(happy_fresh):
    offer, result = happy_fresh
    days_only = offer.model_copy(update={"period": offer.period.model_copy(update={"start": None, "end": None, "days": 90})})
    expected, elapsed, _ = expected_redemptions(days_only, result, date(2018, 3, 1), date(2018, 3, 3))
    assert elapsed == 3 and expected == pytest.approx(result.vouchers_redeemed / result.active_fraction * 3 / 90)


def test_in_line_means_no_suggestion(happy_fresh):
    offer, result = happy_fresh
    c = build([post(1, "2018-03-01"), metrics("p1", "2018-03-08", redemptions=2000)], offer="happy-fresh-2018q1")
    check = offer_check(c, offer, result)
    assert check.ratio == pytest.approx(2000 / 2250) and check.suggested_redemption_rate is None
    assert "in line" in check.verdict().render("en")
    high = offer_check(build([post(1, "2018-03-01"), metrics("p1", "2018-03-08", redemptions=2900)], offer="happy-fresh-2018q1"), offer, result)
    assert high.suggested_redemption_rate == pytest.approx(0.45 * 2900 / 2250)  # above 1.25


def test_without_an_offer_there_is_no_check_and_without_tracking_nothing_to_compare(happy_fresh):
    offer, result = happy_fresh
    assert offer_check(build([]), offer, result) is None
    untracked = offer_check(build([post(1, "2018-03-01")], offer="happy-fresh-2018q1"), offer, result)
    assert untracked.to_json() == {"offer": "happy-fresh-2018q1", "expected_redemptions": None,
                                   "tracked_redemptions": None, "ratio": None, "suggested_redemption_rate": None}
    no_redemptions = offer_check(build([post(1, "2018-03-01"), metrics("p1", "2018-03-03", reach=10)], offer="happy-fresh-2018q1"), offer, result)
    assert no_redemptions.expected_redemptions == pytest.approx(2250) and no_redemptions.tracked_redemptions is None
    assert no_redemptions.ratio is None


def test_an_offer_that_could_not_be_simulated_keeps_its_id():
    check = offer_check(build([], offer="../offers/uber-rides-2018.yaml"))
    assert check.offer == "uber-rides-2018" and check.expected_redemptions is None
    assert offer_ref_id("happy-fresh-2018q1") == "happy-fresh-2018q1"


def test_a_zero_cap_still_defines_r0(happy_fresh):
    offer, result = happy_fresh
    zero = replace(result, active_fraction=0.0, vouchers_redeemed=0.0)
    assert expected_redemptions(offer, zero, date(2018, 1, 1), date(2018, 4, 1))[0] == 0.0
