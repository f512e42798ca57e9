"""NEGOTIATION.md's analytics against values worked out by hand."""

from __future__ import annotations

import pytest

from pln_cli.model.deal import Deal, Header, Outcome, Round
from pln_cli.negotiation.analytics import alpha, analyse


def make(issues: dict, rounds: list[dict], tactic="linear", deadline=4, outcome=None) -> Deal:
    header = Header.model_validate({"deal": "d", "partner": "p", "offer": "o", "tactic": tactic, "deadline": {"rounds": deadline}, "issues": issues})
    parsed = tuple(Round.model_validate({"round": n, "date": f"2018-01-{n:02d}", **r}) for n, r in enumerate(rounds, start=1))
    return Deal(header, parsed, Outcome.model_validate(outcome) if outcome else None)


MIN_SPEND = {"min_spend": {"target": "500rb", "reservation": "400rb", "their_reservation": "450rb"}}


def test_concessions_gap_totals_and_reciprocity():
    deal = make(MIN_SPEND, [
        {"by": "us", "terms": {"min_spend": "500rb"}},
        {"by": "them", "terms": {"min_spend": "300rb"}},
        {"by": "us", "terms": {"min_spend": "460rb"}},
        {"by": "them", "terms": {"min_spend": "350rb"}},
    ])
    i = analyse(deal).issues["min_spend"]
    # G = 200rb; ours 500 -> 460: (500 - 460) * 1 / 200 = 0.2; theirs 300 -> 350: (300 - 350) * -1 / 200 = 0.25
    assert (i.o_us, i.o_them, i.g) == (500000, 300000, 200000)
    assert i.concessions_us == pytest.approx((0.2,))
    assert i.concessions_them == pytest.approx((0.25,))
    assert i.gap == pytest.approx((460000 - 350000) / 200000)
    assert i.reciprocity == pytest.approx(0.25 / 0.2)
    assert i.zopa == (400000, 450000) and i.zopa_status == "overlap"


def test_next_offer_follows_the_tactic_and_rounds_money():
    # Boulware, J = 4, after 2 offers: alpha = (2/3)^(1/0.2) = 0.1317; x = 500rb - 0.1317 * 100rb
    deal = make(MIN_SPEND, [
        {"by": "us", "terms": {"min_spend": "500rb"}},
        {"by": "them", "terms": {"min_spend": "300rb"}},
        {"by": "us", "terms": {"min_spend": "495rb"}},
    ], tactic="boulware")
    i = analyse(deal).issues["min_spend"]
    assert i.offer_index == 2
    assert i.next_offer == round(500000 + (2 / 3) ** 5 * (400000 - 500000))
    assert i.accept is False


@pytest.mark.parametrize("tactic, beta", [("boulware", 0.2), ("linear", 1.0), ("conceder", 2.0), ({"beta": 0.5}, 0.5)])
def test_tactics_set_beta(tactic, beta):
    deal = make(MIN_SPEND, [], tactic=tactic)
    assert deal.header.tactic.beta == beta
    # before any offer of ours: j = 0 -> alpha 0 -> our target
    assert analyse(deal).issues["min_spend"].next_offer == 500000


def test_alpha_edges():
    assert alpha(0, 1, 1.0) == 1.0  # J = 1: straight to the reservation
    assert alpha(3, 4, 0.2) == 1.0 and alpha(9, 4, 2.0) == 1.0
    assert alpha(1, 3, 2.0) == pytest.approx(0.5 ** 0.5)


def test_accept_when_their_offer_is_at_least_as_good():
    deal = make(MIN_SPEND, [
        {"by": "us", "terms": {"min_spend": "500rb"}},
        {"by": "them", "terms": {"min_spend": "480rb"}},
    ])
    i = analyse(deal).issues["min_spend"]
    # linear, j = 1: 500 - (1/3) * 100 = 466.667rb < 480rb: take theirs
    assert i.accept is True and i.next_offer == 480000


def test_past_the_deadline_stays_at_the_reservation():
    rounds = [{"by": "us", "terms": {"min_spend": "500rb"}}, {"by": "them", "terms": {"min_spend": "300rb"}}] * 3
    i = analyse(make(MIN_SPEND, rounds, deadline=2)).issues["min_spend"]
    assert i.past_deadline and i.next_offer == 400000 and not i.accept


def test_no_offer_from_them_makes_every_ratio_null():
    i = analyse(make(MIN_SPEND, [{"by": "us", "terms": {"min_spend": "500rb"}}, {"by": "us", "terms": {"min_spend": "480rb"}}])).issues["min_spend"]
    assert (i.g, i.gap, i.total_us, i.total_them, i.reciprocity) == (None, None, None, None, None)
    assert i.concessions_us == (None,)


def test_zero_opening_gap_makes_ratios_null():
    i = analyse(make(MIN_SPEND, [{"by": "us", "terms": {"min_spend": "500rb"}}, {"by": "them", "terms": {"min_spend": "500rb"}}])).issues["min_spend"]
    assert i.g is None and i.gap is None and i.accept is True


def test_target_stands_in_before_our_first_offer():
    i = analyse(make(MIN_SPEND, [{"by": "them", "terms": {"min_spend": "300rb"}}])).issues["min_spend"]
    assert i.o_us == 500000 and i.g == 200000 and i.gap == 1.0 and i.ours is None


def test_crossed_offers_report_zero_gap():
    i = analyse(make(MIN_SPEND, [{"by": "us", "terms": {"min_spend": "450rb"}}, {"by": "them", "terms": {"min_spend": "300rb"}}, {"by": "them", "terms": {"min_spend": "470rb"}}])).issues["min_spend"]
    assert i.crossed and i.gap == 0.0


def test_backtracking_is_a_negative_concession_and_a_signal():
    deal = make(MIN_SPEND, [
        {"by": "us", "terms": {"min_spend": "500rb"}},
        {"by": "them", "terms": {"min_spend": "300rb"}},
        {"by": "them", "terms": {"min_spend": "280rb"}},
    ])
    a = analyse(deal)
    assert a.issues["min_spend"].concessions_them == pytest.approx((-0.1,))
    assert "backtracking" in a.checklist.signals and "single_issue" in a.checklist.signals


def test_zopa_lower_is_better_and_empty_zone():
    issues = {"voucher": {"target": "20rb", "reservation": "30rb", "their_reservation": "25rb"},
              "budget": {"target": "100jt", "reservation": "150jt", "their_reservation": "200jt"}}
    a = analyse(make(issues, []))
    assert a.issues["voucher"].d == -1 and a.issues["voucher"].zopa == (25000, 30000)
    assert a.issues["budget"].zopa is None and a.issues["budget"].zopa_status == "none"


def test_better_defaults_to_the_direction_of_target_and_reservation():
    a = analyse(make({"quota": {"target": 5000, "reservation": 8000}, "partner_share": {"target": "30%", "reservation": "30%"}}, []))
    assert a.issues["quota"].d == -1  # target below reservation: lower is better
    assert a.issues["partner_share"].d == 1  # equal: the issue's default


def test_shares_are_not_rounded_to_whole_numbers():
    issues = {"partner_share": {"target": "30%", "reservation": "10%"}}
    i = analyse(make(issues, [{"by": "us", "terms": {"partner_share": "30%"}}, {"by": "them", "terms": {"partner_share": 0}}], deadline=3)).issues["partner_share"]
    assert i.next_offer == 0.2


def test_terms_not_named_keep_the_partys_previous_value():
    issues = {**MIN_SPEND, "voucher": {"target": "20rb", "reservation": "30rb"}}
    a = analyse(make(issues, [
        {"by": "us", "terms": {"min_spend": "500rb", "voucher": "20rb"}},
        {"by": "them", "terms": {"min_spend": "300rb", "voucher": "35rb"}},
        {"by": "us", "terms": {"voucher": "25rb"}},
    ]))
    assert a.issues["min_spend"].ours == 500000
    assert a.positions[2] == {"min_spend": 500000, "voucher": 25000}


@pytest.mark.parametrize(
    "answers, expected_score, expected_verdict",
    [
        ({k: "yes" for k in ("commonalities", "interests", "all_needs", "information", "options", "objective_criteria")}, 12, "integrative"),
        ({"commonalities": "yes", "interests": "yes", "all_needs": "yes", "information": "yes", "options": "partly"}, 9, "integrative"),
        ({"commonalities": "yes", "interests": "yes", "all_needs": "partly", "information": "yes"}, 7, "mixed"),
        ({"commonalities": "yes", "interests": "partly", "information": "yes"}, 5, "distributive"),
        ({}, 0, "distributive"),
    ],
)
def test_checklist_score_and_verdict(answers, expected_score, expected_verdict):
    deal = make(MIN_SPEND, [{"by": "us", "terms": {"min_spend": "500rb"}, "checklist": answers}])
    c = analyse(deal).checklist
    assert (c.score, c.verdict) == (expected_score, expected_verdict)


def test_latest_answer_counts_and_signals_count():
    all_yes = {k: "yes" for k in ("commonalities", "interests", "all_needs", "information", "options", "objective_criteria")}
    deal = make(MIN_SPEND, [
        {"by": "us", "checklist": {**all_yes, "positional": "yes", "pressure": "partly"}},
        {"by": "them", "checklist": {"positional": "no", "win_lose": "partly"}},
    ])
    c = analyse(deal).checklist
    assert c.score == 12
    assert c.signals == ("pressure", "win_lose")
    assert c.verdict == "mixed"  # I >= 9 but two signals
    three = make(MIN_SPEND, [{"by": "us", "checklist": {**all_yes, "positional": "yes", "pressure": "yes", "withholding": "partly"}}])
    assert analyse(three).checklist.verdict == "distributive"


def test_example_total_deal_reads_as_the_story(tmp_path):
    from pathlib import Path

    from pln_cli.load.deals import load_deal

    entry = load_deal(Path(__file__).resolve().parents[2] / "examples" / "deals" / "total-spbu-2017.yaml")
    a = analyse(entry.deal)
    assert entry.problems == [] and entry.deal.status == "agreed"
    assert a.issues["min_spend"].concessions_them == pytest.approx((1.0,))
    assert a.issues["voucher_valid_days"].reciprocity == pytest.approx(1.0)
    assert a.overall_gap == 0.0
    assert (a.checklist.score, a.checklist.signals, a.checklist.verdict) == (12, (), "integrative")
