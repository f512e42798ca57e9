"""The practical next offer of a deal and the plan of our offers, worked out by hand."""

from __future__ import annotations

import pytest

from pln_cli.negotiation.analytics import analyse
from pln_cli.negotiation.practical import next_practical, plan, plan_json
from tests.negotiation.test_analytics import make

MIN_SPEND = {"min_spend": {"target": "1jt", "reservation": "750rb"}}


def _next(deal):
    analysis = analyse(deal)
    header = deal.header
    return {k: next_practical(i, header.deadline.rounds, header.tactic.beta) for k, i in analysis.issues.items()}


def test_money_rounds_up_when_higher_is_better():
    # Linear, J = 4, after our opening: x_1 = 1.000.000 - 1/3 * 250.000 = 916.666,67;
    # the formula's value stays exact (916.667), the practical one goes up to the next Rp5.000.
    deal = make(MIN_SPEND, [{"by": "us", "terms": {"min_spend": "1jt"}}])
    assert analyse(deal).issues["min_spend"].next_offer == 916667
    assert _next(deal) == {"min_spend": 920000}


def test_days_and_shares_round_toward_us_not_to_the_nearest():
    # voucher_valid_days 14 -> 31 (lower is better), linear, J = 4, after one offer:
    # x_1 = 14 + 17 / 3 = 19,67.  The formula's whole-number next_offer is 20 (nearest);
    # said toward our side it is 19: the rounding never concedes more than the formula.
    # partner_share 33% -> 10% (higher is better): x_1 = 0,33 - 0,23 / 3 = 0,25333 -> 26%.
    issues = {"partner_share": {"target": "33%", "reservation": "10%"}, "voucher_valid_days": {"target": 14, "reservation": 31}}
    deal = make(issues, [{"by": "us", "terms": {"partner_share": "33%", "voucher_valid_days": 14}}])
    analysis = analyse(deal)
    assert analysis.issues["voucher_valid_days"].next_offer == 20
    assert analysis.issues["partner_share"].next_offer == pytest.approx(0.2533333333)
    assert _next(deal) == {"partner_share": 0.26, "voucher_valid_days": 19}


def test_rounding_never_reads_as_backtracking():
    # Our last offer was Rp937.500 (off the steps).  Linear, J = 4, after two offers:
    # x_2 = 1.000.000 - 2/3 * 250.000 = 833.333,33 -> Rp835.000: below our last offer, kept.
    deal = make(MIN_SPEND, [{"by": "us", "terms": {"min_spend": "1jt"}}, {"by": "them", "terms": {"min_spend": "500rb"}},
                            {"by": "us", "terms": {"min_spend": "937.500"}}])
    assert _next(deal) == {"min_spend": 835000}
    # Boulware, J = 4, after two offers: x_2 = 1.000.000 - (2/3)^5 * 250.000 = 967.078,19,
    # which rounds up to Rp970.000: above our last Rp968.000, a step back.  The
    # formula itself does not go back (967.078 < 968.000), so we say Rp968.000 again.
    deal = make(MIN_SPEND, [{"by": "us", "terms": {"min_spend": "1jt"}}, {"by": "them", "terms": {"min_spend": "500rb"}},
                            {"by": "us", "terms": {"min_spend": "968rb"}}], tactic="boulware")
    assert analyse(deal).issues["min_spend"].next_offer == 967078
    assert _next(deal) == {"min_spend": 968000}


def test_accepting_their_offer_is_said_as_they_said_it():
    # Their Rp760.500 is at least as good as our next x_3 = 750.000 (J = 4, three offers made).
    deal = make(MIN_SPEND, [{"by": "us", "terms": {"min_spend": "1jt"}}, {"by": "us", "terms": {"min_spend": "920rb"}},
                            {"by": "us", "terms": {"min_spend": "835rb"}}, {"by": "them", "terms": {"min_spend": "760.500"}}])
    assert analyse(deal).issues["min_spend"].accept is True
    assert _next(deal) == {"min_spend": 760500}


def test_the_plan_of_a_boulware_deal_holds_then_moves():
    # Boulware (beta 0.2), three offers: alpha = 0, (1/2)^5 = 0,03125, 1.
    # min_spend 450rb -> 400rb: 450.000, 448.437,5 (up: 450.000), 400.000: hold, hold, then everything.
    # voucher 25rb -> 30rb (lower is better): 25.000, 25.156,25 (down: 25.000), 30.000.
    issues = {"min_spend": {"target": "450rb", "reservation": "400rb"}, "voucher": {"target": "25rb", "reservation": "30rb"}}
    steps = plan(analyse(make(issues, [], tactic="boulware", deadline=3)))
    assert [s.said for s in steps["min_spend"]] == [450000, 450000, 400000]
    assert [s.said for s in steps["voucher"]] == [25000, 25000, 30000]
    assert [s.exact for s in steps["min_spend"]] == pytest.approx([450000, 448437.5, 400000])
    data = plan_json(steps)
    # the formula gives Rp25.156,25: JSON keeps it in the issue's unit (whole Rupiah, as next_offer)
    assert data["voucher"][1] == {"offer": 2, "exact": 25156, "practical": 25000}


def test_an_opening_off_the_steps_is_said_as_is():
    # Target Rp437.812 is our opening: the plan never asks more than it (no Rp440.000).
    steps = plan(analyse(make({"min_spend": {"target": 437812, "reservation": "400rb"}}, [], deadline=2)))
    assert [s.said for s in steps["min_spend"]] == [437812, 400000]
