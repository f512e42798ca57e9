"""Options for mutual gain (NEGOTIATION.md) against values worked out by hand."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pln_cli.econ.dist import Empirical, Histogram
from pln_cli.econ.scheme import Inputs, simulate
from pln_cli.econ.values import value_them, value_us
from pln_cli.econ.variants import apply_terms
from pln_cli.model.deal import Deal, Header, Round
from pln_cli.negotiation.options import (
    MAX_PACKAGES,
    OptionsError,
    check_steps,
    current_positions,
    evaluate,
    meso_indices,
    nash_index,
    options,
    package_count,
    pareto_indices,
    plan,
    step_values,
    to_json,
)

UNIFORM_1000 = Histogram.of([(0, 1000, 1000)])  # spend uniform on [0, 1000)


def make(issues: dict, rounds: list[dict] = ()) -> Deal:
    header = Header.model_validate({"deal": "d", "partner": "p", "offer": "o", "issues": issues})
    parsed = tuple(Round.model_validate({"round": n, "date": f"2018-01-{n:02d}", **r}) for n, r in enumerate(rounds, start=1))
    return Deal(header, parsed)


def base(**changes) -> Inputs:
    values = dict(offer="o", partner="p", days=30, transactions=1000, tiers=((500, 10),), window=0.2, take_up=0.5,
                  redemption_rate=0.5, avg_order_value=200, gross_margin=0.1)
    values.update(changes)
    return Inputs(**values)


# min_spend 500 -> 400 and partner_share 50 % -> 0 %, 3 steps each: 9 packages.
HAND = {"min_spend": {"target": 500, "reservation": 400}, "partner_share": {"target": 0.5, "reservation": 0.0}}
# By hand, with N = 1000, spend uniform on [0, 1000), w = 0.2, u = 0.5, r = 0.5, V = 10, A = 200, g = 0.1, m_p = 1:
#   q(T) = 1 - 0.9 T / 1000;  value redeemed RV = 5000 q;  gross profit = 10000 q;  incremental spend = 0.01 T^2
#   value_us = 10000 q - (1 - p) RV;  value_them = 0.01 T^2 - p RV
EXPECTED = [  # enumeration order: min_spend 500, 450, 400; each with p = 0.5, 0.25, 0
    (4125.0, 1125.0), (3437.5, 1812.5), (2750.0, 2500.0),
    (4462.5, 537.5), (3718.75, 1281.25), (2975.0, 2025.0),
    (4800.0, 0.0), (4000.0, 800.0), (3200.0, 1600.0),
]


def test_package_values_by_hand():
    o = options(make(HAND), base(), UNIFORM_1000, partner_margin=1.0, steps=3)
    assert o.packages_evaluated == 9 and o.skipped == 0
    assert [pytest.approx(p, abs=1e-6) for p in EXPECTED] == list(o.points)


def test_pareto_frontier_by_hand():
    # Sorted by value_us: 6 (4800, 0), 3 (4462.5, 537.5), 0 (4125, 1125), 7 (4000, 800) dominated by 0,
    # 4 (3718.75, 1281.25), 1 (3437.5, 1812.5), 8 (3200, 1600) dominated by 1, 5 (2975, 2025), 2 (2750, 2500).
    o = options(make(HAND), base(), UNIFORM_1000, partner_margin=1.0, steps=3)
    frontier = [(p.terms["min_spend"], p.terms["partner_share"]) for p in o.pareto]
    assert frontier == [(400, 0.5), (450, 0.5), (500, 0.5), (450, 0.25), (500, 0.25), (450, 0.0), (500, 0.0)]
    assert [p.value_us for p in o.pareto] == sorted((p.value_us for p in o.pareto), reverse=True)


def test_nash_package_by_hand():
    # Products: 2 (500, 0 %) 2750 * 2500 = 6.875.000 beats 1 (6.230.468,75) and 5 (6.024.375);
    # package 6 has value_them 0 and is not a candidate.
    o = options(make(HAND), base(), UNIFORM_1000, partner_margin=1.0, steps=3)
    assert o.nash is not None and dict(o.nash.terms) == {"min_spend": 500, "partner_share": 0.0}
    assert o.nash.value_us == pytest.approx(2750) and o.nash.value_them == pytest.approx(2500)
    assert o.nash.our_net_cost == pytest.approx(2750) and o.nash.partner_payment == 0
    assert o.nash.partner_incremental_spend == pytest.approx(2500) and o.nash.steps == (0, 2)
    # Nothing else lies within 2 % of Nash's value for us: MESO is Nash alone, and says so.
    assert [p.number for p in o.meso] == [2]
    assert [n.key for n in o.notes] == ["options.meso_short"]


def test_package_values_match_a_direct_simulation():
    deal = make(HAND)
    p = plan(deal, base(), 3)
    o = evaluate(p, UNIFORM_1000, 0.03)
    for n, (us, them) in enumerate(o.points):
        r = simulate(apply_terms(base(), p.terms(n)), UNIFORM_1000)
        assert us == value_us(r) and them == value_them(r, 0.03)


def test_json_has_the_contract_keys_with_money_whole():
    o = options(make(HAND), base(), UNIFORM_1000, partner_margin=1.0, steps=3)
    out = to_json(o)
    assert out["packages_evaluated"] == 9 and len(out["pareto"]) == 7
    assert set(out["nash"]) >= {"terms", "value_us", "value_them", "our_net_cost", "partner_incremental_spend", "partner_payment"}
    assert out["nash"]["terms"] == {"min_spend": 500, "partner_share": 0.0}
    assert out["nash"]["value_us"] == 2750 and isinstance(out["nash"]["value_us"], int)
    assert out["meso"] == [out["nash"]]


def test_no_package_gains_both_sides():
    # A partner margin of 0: value_them = -payment <= 0 everywhere.
    o = options(make(HAND), base(), UNIFORM_1000, partner_margin=0.0, steps=3)
    assert o.nash is None and o.meso == ()
    assert [n.key for n in o.notes] == ["options.no_nash"]
    assert to_json(o)["nash"] is None and to_json(o)["meso"] == []


def test_redemption_rate_keeps_the_offers_value():
    deal = make({**HAND, "redemption_rate": {"target": 0.2, "reservation": 0.6}})
    p = plan(deal, base(), 3)
    assert p.issues == ("min_spend", "partner_share")
    assert all(s.redemption_rate == 0.5 for s in p.schemes)


def test_packages_that_break_the_tier_order_are_skipped_and_counted():
    # Tier 2 starts at 480: min_spend 500 would not be below it.
    p = plan(make(HAND), base(tiers=((500, 10), (480, 30))), 3)
    assert p.total == 9 and p.skipped == 3 and len(p.schemes) == 6
    o = evaluate(p, UNIFORM_1000, 1.0)
    assert o.packages_evaluated == 6 and o.skipped == 3 and "options.skipped" in [n.key for n in o.notes]


@pytest.mark.parametrize("kind, target, reservation, steps, values, indices", [
    ("money", 500000, 400000, 5, (500000, 475000, 450000, 425000, 400000), (0, 1, 2, 3, 4)),
    # 1.5 rounds half to even (2), and 2 comes again at step 2: kept once, at its first step index.
    ("money", 1, 2, 3, (1, 2), (0, 1)),
    ("count", 30, 60, 5, (30, 38, 45, 52, 60), (0, 1, 2, 3, 4)),  # 37.5 -> 38, 52.5 -> 52
    ("count", 30, 31, 10, (30, 31), (0, 5)),  # 30.444 -> 30, 30.556 -> 31
    ("share", 0.3, 0.0, 4, (0.3, 0.2, 0.1, 0.0), (0, 1, 2, 3)),  # no float noise: 0.2, not 0.19999999999999998
    ("share", 0.1, 0.1001, 3, (0.1, 0.1001), (0, 2)),  # 0.10005 -> 0.1000 (half to even), a repeat
    ("share", 0.1001, 0.1002, 3, (0.1001, 0.1002), (0, 1)),  # 0.10015 -> 0.1002 (half to even)
])
def test_step_values(kind, target, reservation, steps, values, indices):
    assert step_values(kind, target, reservation, steps) == (values, indices)


def test_too_many_packages_are_refused_with_the_count_and_a_steps_that_fits():
    deal = make({"min_spend": {"target": 900000, "reservation": 100000}, "voucher": {"target": 10000, "reservation": 90000}})
    with pytest.raises(OptionsError) as caught:
        plan(deal, base(tiers=((500000, 25000),)), 200)
    err = caught.value
    assert err.code == "too_many" and err.count == 40000 and err.steps == 141  # 141^2 = 19.881 <= 20.000 < 142^2
    assert "40,000 packages" in err.message.render("en") and "40.000 paket" in err.message.render("id")
    assert err.hint.render("en") == "use --steps 141 or fewer"
    assert package_count(check_steps(deal, 141)) == 141 * 141 <= MAX_PACKAGES


def test_bad_steps_meso_and_issues():
    with pytest.raises(OptionsError) as caught:
        plan(make(HAND), base(), 1)
    assert caught.value.code == "steps"
    with pytest.raises(OptionsError) as caught:
        plan(make({"redemption_rate": {"target": 0.2, "reservation": 0.4}}), base(), 5)
    assert caught.value.code == "no_issues"
    with pytest.raises(OptionsError) as caught:
        evaluate(plan(make(HAND), base(), 2), UNIFORM_1000, 0.03, meso=0)
    assert caught.value.code == "meso"
    with pytest.raises(OptionsError) as caught:
        plan(make(HAND), base(), 10**9)
    assert caught.value.code == "too_many" and caught.value.steps is not None


def test_current_positions_are_valued():
    deal = make(HAND, [
        {"by": "us", "terms": {"min_spend": 500}},
        {"by": "them", "terms": {"min_spend": 400, "partner_share": 0}},
        {"by": "us", "terms": {"partner_share": 0.25}},
    ])
    assert current_positions(deal) == (("us", {"min_spend": 500, "partner_share": 0.25}), ("them", {"min_spend": 400, "partner_share": 0.0}))
    o = options(deal, base(), UNIFORM_1000, partner_margin=1.0, steps=3)
    assert (o.positions["us"].value_us, o.positions["us"].value_them) == pytest.approx(EXPECTED[1], abs=1e-6)
    assert (o.positions["them"].value_us, o.positions["them"].value_them) == pytest.approx(EXPECTED[8], abs=1e-6)
    assert set(current_positions(make(HAND))[0][1]) == {"min_spend", "partner_share"}  # our targets before we offer
    assert len(current_positions(make(HAND))) == 1  # no position for them before they offer


def test_transactions_file_one_pass_and_rows_as_n():
    # An exact empirical distribution summarised once at every package's breakpoints.
    deal = make(HAND)
    p = plan(deal, base(transactions=0), 3)
    values = [5 + 10 * k for k in range(100)]  # 5, 15, ..., 995
    points, multiples = set(), set()
    for s in p.all_schemes():
        points |= s.breakpoints()
    dist = Empirical.from_values(values, points, multiples)
    o = evaluate(p, dist, 0.05, transactions=dist.n)
    r = simulate(apply_terms(base(transactions=100), p.terms(4)), dist)
    assert o.points[4] == (value_us(r), value_them(r, 0.05))


# --- the choosing rules alone ---------------------------------------------------

def test_pareto_ties_and_duplicates():
    us = [5, 5, 4, 3, 5, 3, 1]
    them = [1, 2, 2, 3, 2, 3, 3]
    # 1 and 4 tie (5, 2), neither beats the other; 0 loses to them; 2 loses to 1; 3 and 5 tie (3, 3); 6 loses to 3.
    assert pareto_indices(us, them) == [1, 4, 3, 5]


def test_nash_ties_go_to_higher_value_them_then_enumeration_order():
    assert nash_index([3, 2, 6], [2, 3, 1]) == 1  # products 6, 6, 6: value_them 3 wins
    assert nash_index([2, 3, 2], [3, 2, 3]) == 0  # (2, 3) twice: the first
    assert nash_index([5, -1], [-1, 5]) is None  # both must be > 0
    assert nash_index([4, 0], [1, 9]) == 0


def test_meso_farthest_first_with_ties():
    # Steps of two issues; value_us all 100 (within 2 % of Nash), Nash is package 0 at (0, 0).
    steps = [(0, 0), (2, 0), (0, 2), (1, 1), (2, 2), (1, 0)]
    us = [100, 100, 100, 100, 101, 100]
    them = [10, 5, 5, 7, 4, 9]
    # From (0, 0): 4 is farthest (distance 4) -> chosen second.  Then the nearest chosen:
    # 1: min(2, 2) = 2; 2: min(2, 2) = 2; 3: min(2, 2) = 2; 5: min(1, 3) = 1.
    # 1, 2, 3 tie at 2: value_them 7 (package 3) wins; then 1 and 2 tie on both: enumeration order, 1.
    assert meso_indices(us, them, steps, 0, 5) == [0, 4, 3, 1, 2]
    # Outside the 2 % band (|110 - 100| > 2) or value_them <= 0: never a candidate.
    assert meso_indices([100, 110, 101, 100], [10, 9, 8, 0], [(0,), (4,), (4,), (4,)], 0, 3) == [0, 2]
    assert meso_indices(us, them, steps, None, 3) == []


def test_meso_in_the_order_chosen_end_to_end():
    # Two issues that change no value (validity days, minimum order): every package ties with Nash.
    # From (0, 0): (2, 2) is farthest (4).  Then (0, 2), (1, 1) and (2, 0) all lie 2 from the nearest
    # chosen, with equal value_them: enumeration order, (0, 2) then (1, 1).
    deal = make({"voucher_valid_days": {"target": 30, "reservation": 60}, "voucher_min_order": {"target": 200, "reservation": 100}})
    o = options(deal, base(), UNIFORM_1000, partner_margin=1.0, steps=3, meso=4)
    assert o.nash is not None and o.nash.number == 0  # all products equal: the first package
    assert [p.steps for p in o.meso] == [(0, 0), (2, 2), (0, 2), (1, 1)]


points = st.lists(st.tuples(st.integers(-5, 5), st.integers(-5, 5)), min_size=1, max_size=40)


@settings(max_examples=150, deadline=None)
@given(points)
def test_pareto_members_are_never_dominated_and_the_rest_are(pts):
    us, them = [float(u) for u, _ in pts], [float(t) for _, t in pts]

    def dominates(a: int, b: int) -> bool:
        return us[a] >= us[b] and them[a] >= them[b] and (us[a] > us[b] or them[a] > them[b])

    front = pareto_indices(us, them)
    assert len(set(front)) == len(front)
    for n in range(len(pts)):
        beaten = any(dominates(a, n) for a in range(len(pts)))
        assert (n in front) == (not beaten)
    assert [us[n] for n in front] == sorted((us[n] for n in front), reverse=True)


@settings(max_examples=150, deadline=None)
@given(points, st.integers(1, 6))
def test_nash_and_meso_follow_their_rules(pts, k):
    us, them = [float(u) for u, _ in pts], [float(t) for _, t in pts]
    steps = [(u + 5, t + 5) for u, t in pts]
    nash = nash_index(us, them)
    positive = [n for n in range(len(pts)) if us[n] > 0 and them[n] > 0]
    if nash is None:
        assert positive == []
        return
    assert all(us[nash] * them[nash] >= us[n] * them[n] for n in positive)
    chosen = meso_indices(us, them, steps, nash, k)
    assert chosen[0] == nash and len(set(chosen)) == len(chosen) <= k
    assert all(them[n] > 0 and abs(us[n] - us[nash]) <= 0.02 * abs(us[nash]) for n in chosen)


def test_header_order_decides_the_enumeration_order():
    # The file writes partner_share first: it varies slowest, and terms follow that order.
    p = plan(make(HAND), base(), 3, order=["partner_share", "min_spend"])
    assert p.issues == ("partner_share", "min_spend")
    assert [p.terms(n) for n in range(2)] == [{"partner_share": 0.5, "min_spend": 500}, {"partner_share": 0.5, "min_spend": 450}]
    o = evaluate(p, UNIFORM_1000, 1.0)
    assert list(o.nash.terms) == ["partner_share", "min_spend"] and o.nash.steps == (2, 0)
