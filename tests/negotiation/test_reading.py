"""Reading the partner (NEGOTIATION.md) against values worked out by hand."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pln_cli.model.deal import Deal, Header, Round
from pln_cli.negotiation.reading import (
    BETAS,
    estimate,
    estimate_issue,
    fit_curve,
    read_partner,
    their_offers,
    to_json,
)


def make(issues: dict, rounds: list[dict], deadline: int = 4) -> Deal:
    header = Header.model_validate({"deal": "d", "partner": "p", "offer": "o", "deadline": {"rounds": deadline}, "issues": issues})
    parsed = tuple(Round.model_validate({"round": n, "date": f"2018-01-{n:02d}", **r}) for n, r in enumerate(rounds, start=1))
    return Deal(header, parsed)


def alternate(key: str, ours: list, theirs: list) -> list[dict]:
    """us, them, us, them, ... (our values may run out first)."""
    rounds = []
    for k, y in enumerate(theirs):
        if k < len(ours):
            rounds.append({"by": "us", "terms": {key: ours[k]}})
        rounds.append({"by": "them", "terms": {key: y}})
    return rounds


MIN_SPEND = {"min_spend": {"target": 350000, "reservation": 250000}}


def test_boulware_partner_is_recovered_from_exact_offers():
    # beta = 0.2, rho = 302.400, y_0 = 200.000, J = 5: t_k = k/4, a_k = (k/4)^5 = k^5 / 1024,
    # y_k = 200.000 + 102.400 * k^5 / 1024 = 200.000 + 100 k^5: 200.000, 200.100, 203.200, 224.300.
    theirs = [200000, 200100, 203200, 224300]
    deal = make(MIN_SPEND, alternate("min_spend", [350000, 340000, 330000, 320000], theirs), deadline=5)
    e = estimate_issue(deal, "min_spend")
    assert e.offers == tuple(theirs)
    assert e.value == 302400 and e.fitted == 302400 and not e.clamped
    assert e.beta == 0.2 and e.tactic == "boulware"
    assert e.rmse == pytest.approx(0.0, abs=1e-6)
    assert e.trust == "fair"  # four offers, an exact fit
    # No their_reservation in the header: the ZOPA with the estimate, [rho_us, rho-hat] for d = +1.
    assert e.zopa_estimated == (250000, 302400) and e.zopa_estimated_status == "overlap"
    out = to_json({"min_spend": e})["min_spend"]
    est = out["their_reservation_estimate"]
    assert {k: est[k] for k in ("value", "beta", "tactic", "offers")} == {"value": 302400, "beta": 0.2, "tactic": "boulware", "offers": 4}
    assert isinstance(est["rmse"], float)
    assert out["zopa_estimated"] == [250000, 302400]


def test_the_estimate_is_held_at_their_latest_offer():
    # J = 2: t = 0, 1, 1, so a = 0, 1, 1 for every beta (all tie: the smallest, 0.1, wins).
    # delta = (100.000 + 150.000) / 2 = 125.000, rho-hat = 325.000 < their latest 350.000 -> 350.000.
    # SSE = 25.000^2 * 2 = 1.25e9, rmse = sqrt(1.25e9 / 3).
    issues = {"min_spend": {"target": 500000, "reservation": 400000}}
    deal = make(issues, [{"by": "them", "terms": {"min_spend": y}} for y in (200000, 300000, 350000)], deadline=2)
    e = estimate_issue(deal, "min_spend")
    assert e.fitted == 325000 and e.value == 350000 and e.clamped
    assert e.beta == 0.1 and e.tactic == "boulware"
    assert e.rmse == pytest.approx(math.sqrt(1.25e9 / 3))
    # Our reservation 400.000 is above their 350.000: no zone, said plainly.
    assert e.zopa_estimated is None and e.zopa_estimated_status == "none"
    assert any(n.key == "reading.clamped" for n in e.notes())
    assert any(n.key == "reading.zopa.none" for n in e.notes())


def test_clamp_when_lower_is_better_for_us():
    # voucher, d = -1: they come down from 40.000; J = 3, t = 0, 1/2, 1, 1.
    # Whatever beta wins, a_k <= 1 and the fit lands above their latest 25.000: min() holds it there.
    issues = {"voucher": {"target": 20000, "reservation": 30000}}
    deal = make(issues, [{"by": "them", "terms": {"voucher": y}} for y in (40000, 35000, 30000, 25000)], deadline=3)
    e = estimate_issue(deal, "voucher")
    fit = fit_curve([40000, 35000, 30000, 25000], 3)
    assert e.fitted == round(40000 + fit.delta) and e.fitted > 25000
    assert e.value == 25000 and e.clamped
    assert e.zopa_estimated == (25000, 30000)  # d = -1: [rho-hat, rho_us]


def test_grid_fit_by_hand():
    # y = 0, 10, 40 with J = 3: t = 0, 1/2, 1.  beta = 0.5: a = 0, 1/4, 1 -> delta = (2.5 + 40) / (1/16 + 1) = 40,
    # SSE = (10 - 10)^2 + (40 - 40)^2 = 0: an exact fit, so beta 0.5 wins.
    fit = fit_curve([0, 10, 40], 3)
    assert fit.beta == 0.5 and fit.delta == pytest.approx(40.0) and fit.sse == pytest.approx(0.0, abs=1e-9)
    assert fit.tactic == "boulware"
    assert fit_curve([0, 20, 40], 3).tactic == "linear"
    assert fit_curve([0, 30, 40], 3).tactic == "conceder"


@pytest.mark.parametrize("reason, rounds, deadline", [
    ("no_offers", [{"by": "us", "terms": {"min_spend": 350000}}], 4),
    ("few_offers", [{"by": "them", "terms": {"min_spend": y}} for y in (200000, 220000)], 4),
    ("one_round", [{"by": "them", "terms": {"min_spend": y}} for y in (200000, 220000, 230000)], 1),
    ("no_movement", [{"by": "them", "terms": {"min_spend": 200000}} for _ in range(3)], 4),
])
def test_no_estimate_says_why(reason, rounds, deadline):
    e = estimate_issue(make(MIN_SPEND, rounds, deadline=deadline), "min_spend")
    assert e.value is None and e.reason == reason and e.why is not None
    est = to_json({"min_spend": e})["min_spend"]
    assert est["their_reservation_estimate"]["value"] is None
    assert est["their_reservation_estimate"]["reason"] == reason
    assert est["zopa_estimated"] is None
    line = e.summary()
    assert line.render("en").startswith("min_spend: no estimate") and line.render("id")


def test_reason_sentences_in_both_languages():
    one = estimate("min_spend", "money", 1, [200000], 4, 250000)
    assert one.why.render("en") == "only one offer from them so far; 3 are needed to read a curve"
    flat = estimate("min_spend", "money", 1, [200000] * 3, 4, 250000)
    assert flat.why.render("id") == "mitra belum bergeser: Rp200.000 di semua 3 penawaran"


def test_their_offers_carry_values_forward_and_skip_rounds_before_the_first():
    issues = {"min_spend": {"target": 350000, "reservation": 250000}, "voucher": {"target": 20000, "reservation": 30000}}
    deal = make(issues, [
        {"by": "them", "terms": {"voucher": 40000}},  # before their first min_spend: skipped
        {"by": "us", "terms": {"min_spend": 350000}},
        {"by": "them", "terms": {"min_spend": 200000}},
        {"by": "them", "terms": {"voucher": 35000}},  # keeps min_spend 200.000
        {"by": "them", "terms": {"min_spend": 260000}},
    ])
    assert their_offers(deal, "min_spend") == (200000, 200000, 260000)
    assert their_offers(deal, "voucher") == (40000, 40000, 35000, 35000)


def test_header_estimate_means_no_zopa_estimated():
    issues = {"min_spend": {"target": 350000, "reservation": 250000, "their_reservation": 300000}}
    deal = make(issues, [{"by": "them", "terms": {"min_spend": y}} for y in (200000, 250000, 280000)])
    e = read_partner(deal)["min_spend"]
    assert e.value is not None and e.zopa_estimated is None and e.zopa_estimated_status == "given"
    assert to_json({"min_spend": e})["min_spend"]["zopa_estimated"] is None


def test_trust_wording_is_computed():
    three = estimate("min_spend", "money", 1, [200000, 250000, 280000], 4, 250000)
    assert three.trust_text().render("en") == "from 3 offers: rough"
    assert three.trust_text().render("id") == "dari 3 penawaran: masih kasar"
    six = estimate("min_spend", "money", 1, [200000 + 100 * k**5 for k in range(6)], 6, 250000)
    assert six.trust == "good"
    # A loose fit costs one level: a zigzag is no concession curve.
    zigzag = estimate("min_spend", "money", 1, [200000, 300000, 210000, 310000, 220000, 320000], 6, 250000)
    assert zigzag.trust == "fair" and zigzag.loose
    text = three.summary().render("en")
    assert text.startswith("min_spend: their reservation is about Rp") and text.endswith("from 3 offers: rough")


def test_share_estimate_keeps_the_indonesian_decimal_comma():
    # partner_share, d = +1 for us: they rise from 0 % linearly to 12.5 % over J = 3 (t = 0, 1/2, 1).
    e = estimate("partner_share", "share", 1, [0.0, 0.0625, 0.125], 3, 0.1)
    assert e.beta == 1.0 and e.tactic == "linear" and e.value == pytest.approx(0.125)
    assert "12,5%" in e.summary().render("id") and "12.5%" in e.summary().render("en")


@settings(max_examples=100, deadline=None)
@given(
    beta=st.sampled_from(BETAS),
    y0=st.integers(0, 1_000_000),
    move=st.integers(1_000, 1_000_000),
    up=st.booleans(),
    m=st.integers(3, 7),
    rounds=st.integers(3, 8),
)
def test_any_grid_tactic_is_recovered_from_its_own_curve(beta, y0, move, up, m, rounds):
    rho = y0 + move if up else y0 - move
    ts = [min(1.0, k / (rounds - 1)) for k in range(m)]
    ys = [y0 + (rho - y0) * t ** (1 / beta) for t in ts]
    e = estimate("min_spend", "money", 1 if up else -1, ys, rounds, rho)
    assert e.beta == beta
    assert abs(e.value - rho) <= 1  # money to whole Rupiah
    assert e.rmse == pytest.approx(0.0, abs=1e-6 * move)
