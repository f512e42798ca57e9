"""The model of ECONOMICS.md against values worked out by hand."""

from __future__ import annotations

import math

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from pln_cli.econ.dist import Empirical, Histogram, Lognormal
from pln_cli.econ.scheme import Inputs, record, simulate

UNIFORM_1000 = Histogram.of([(0, 1000, 1000)])  # spend uniform on [0, 1000)


def inputs(**changes) -> Inputs:
    base = dict(offer="o", partner="p", days=30, transactions=1000, tiers=((150, 10),), redemption_rate=0.5)
    base.update(changes)
    return Inputs(**base)


def test_histogram_single_tier_no_upsell():
    dist = Histogram.of([(0, 100, 50), (100, 200, 50)])
    r = simulate(inputs(), dist)
    assert r.qualifying_share == pytest.approx(0.25)
    assert r.vouchers_issued == pytest.approx(250)
    assert r.face_value_issued == pytest.approx(2500)
    assert r.vouchers_redeemed == pytest.approx(125)
    assert r.value_redeemed == pytest.approx(1250)
    assert r.our_net_cost == pytest.approx(1250)
    assert r.partner_incremental_spend == 0


def test_histogram_upsell_window():
    # W1 = [120, 150): P = 50 * 30/100 / 100 = 0.15; E[S; W1] = 50 (150^2 - 120^2) / 200 / 100 = 20.25
    dist = Histogram.of([(0, 100, 50), (100, 200, 50)])
    r = simulate(inputs(window=0.2, take_up=0.5), dist)
    assert r.qualifying_share == pytest.approx(0.25 + 0.5 * 0.15)
    assert r.partner_incremental_spend == pytest.approx(1000 * 0.5 * (150 * 0.15 - 20.25))


def test_highest_tier_two_tiers_with_upsell():
    # T = 200, 500; W1 = [180, 200) (P .02), W2 = [450, 500) (P .05)
    r = simulate(inputs(tiers=((200, 10), (500, 30)), window=0.1, take_up=0.5), UNIFORM_1000)
    p1 = 0.3 + 0.5 * 0.02 - 0.5 * 0.05
    p2 = 0.5 + 0.5 * 0.05
    assert r.tier_shares == pytest.approx((p1, p2))
    assert r.qualifying_share == pytest.approx(p1 + p2)
    assert r.expected_value == pytest.approx(10 * p1 + 30 * p2)
    assert r.face_value_issued == pytest.approx(1000 * 18.6)
    # incremental: u * sum(T_i P(W_i) - E[S; W_i]); E[S; [180,200)] = (200^2-180^2)/2000 = 3.8, [450,500) = 23.75
    assert r.partner_incremental_spend == pytest.approx(1000 * 0.5 * ((200 * 0.02 - 3.8) + (500 * 0.05 - 23.75)))
    assert [round(x, 4) for x in r.reward_rates] == [0.05, 0.06]


def test_second_tier_window_stops_at_the_first_threshold():
    # T = 200, 210 with w = 0.5: W2 = [max(105, 200), 210) = [200, 210)
    i = inputs(tiers=((200, 10), (210, 30)), window=0.5, take_up=1.0)
    assert i.windows() == [(100.0, 200.0), (200.0, 210.0)]


@pytest.mark.parametrize("cap, expected", [(None, 1.2), (1, 0.7), (2, 1.1), (3, 1.2)])
def test_per_multiple_counts_every_full_multiple(cap, expected):
    # uniform [0, 1000), T = 300: P(S >= 300, 600, 900) = .7, .4, .1
    r = simulate(inputs(tiers=((300, 10),), stacking="per_multiple", max_per_transaction=cap), UNIFORM_1000)
    assert r.expected_count == pytest.approx(expected)
    assert r.expected_value == pytest.approx(10 * expected)
    assert r.qualifying_share == pytest.approx(0.7)


def test_per_multiple_upsell_only_in_the_first_window():
    r = simulate(inputs(tiers=((300, 10),), stacking="per_multiple", window=0.1, take_up=0.5), UNIFORM_1000)
    assert r.qualifying_share == pytest.approx(0.7 + 0.5 * 0.03)
    assert r.expected_count == pytest.approx(0.715 + 0.5)


def test_lognormal_from_median_and_p90():
    dist = Lognormal.from_median_p90(100_000, 200_000)
    assert dist.prob_ge(100_000) == pytest.approx(0.5)
    assert dist.prob_ge(200_000) == pytest.approx(0.1)
    assert dist.sigma == pytest.approx(math.log(2) / 1.2815515655446004)
    assert dist.mean() == pytest.approx(100_000 * math.exp(dist.sigma**2 / 2))
    # partial expectations add up to the mean
    assert dist.partial(0, 150_000) + dist.partial(150_000, math.inf) == pytest.approx(dist.mean())


def test_lognormal_from_median_and_mean():
    dist = Lognormal.from_median_mean(100_000, 150_000)
    assert dist.mean() == pytest.approx(150_000)
    assert dist.prob_ge(100_000) == pytest.approx(0.5)


def test_lognormal_partial_expectation_by_integration():
    dist = Lognormal.from_median_p90(250_000, 600_000)
    a, b, steps = 300_000.0, 500_000.0, 20_000
    width = (b - a) / steps
    numeric = 0.0
    for k in range(steps):
        s = a + (k + 0.5) * width
        density = math.exp(-((math.log(s) - dist.mu) ** 2) / (2 * dist.sigma**2)) / (s * dist.sigma * math.sqrt(2 * math.pi))
        numeric += s * density * width
    assert dist.partial(a, b) == pytest.approx(numeric, rel=1e-6)


def test_empirical_is_exact():
    values = [100, 200, 300, 400, 500]
    i = inputs(tiers=((300, 10),), window=0.25, take_up=1.0)  # W1 = [225, 300): one value (not 200)
    dist = Empirical.from_values(iter(values), i.breakpoints())
    r = simulate(i, dist)
    assert dist.n == 5
    assert r.qualifying_share == pytest.approx(0.6)  # nothing in [225, 300)
    assert dist.mean() == pytest.approx(300)
    i2 = inputs(tiers=((300, 10),), window=0.4, take_up=1.0)  # W1 = [180, 300): 200 moves up
    dist2 = Empirical.from_values(iter(values), i2.breakpoints())
    r2 = simulate(i2, dist2)
    assert r2.qualifying_share == pytest.approx(0.8)
    assert r2.partner_incremental_spend == pytest.approx(1000 * (300 * 0.2 - 200 / 5))


@pytest.mark.parametrize("cap, expected", [(None, 1.2), (1, 0.8), (2, 1.2)])
def test_empirical_per_multiple(cap, expected):
    i = inputs(tiers=((200, 10),), stacking="per_multiple", max_per_transaction=cap)
    dist = Empirical.from_values(iter([100, 200, 300, 400, 500]), i.breakpoints(), [i.multiples_query()])
    assert simulate(i, dist).expected_count == pytest.approx(expected)


def test_empirical_agrees_with_histogram_of_its_own_buckets():
    # Values spread evenly inside buckets: the histogram's uniform assumption holds.
    values = [v for v in range(0, 1000, 1)]
    i = inputs(tiers=((200, 10), (500, 30)), window=0.1, take_up=0.5)
    emp = simulate(i, Empirical.from_values(iter(values), i.breakpoints()))
    hist = simulate(i, UNIFORM_1000)
    assert emp.expected_value == pytest.approx(hist.expected_value, rel=1e-9)
    # Discrete values: E[S; [180, 200)] = sum(180..199) / 1000 = 3.79, E[S; [450, 500)] = 23.725
    assert emp.partner_incremental_spend == pytest.approx(1000 * 0.5 * ((200 * 0.02 - 3.79) + (500 * 0.05 - 23.725)))


def test_billing_redeemed_and_issued():
    redeemed = simulate(inputs(partner_share=0.5, billing="redeemed", redemption_rate=0.35), UNIFORM_1000)
    # q = P(S >= 150) = .85; F = 1000 * .85 * 10 = 8500; RV = .35 F = 2975
    assert redeemed.partner_payment == pytest.approx(0.5 * 2975)
    assert redeemed.our_net_cost == pytest.approx(2975 - 1487.5)
    issued = simulate(inputs(partner_share=0.5, billing="issued", redemption_rate=0.35), UNIFORM_1000)
    assert issued.partner_payment == pytest.approx(0.5 * 8500)
    assert issued.our_net_cost == pytest.approx(2975 - 4250)  # negative: the scheme pays for itself
    assert issued.cac == 0 and issued.roi is None
    data = record(issued)
    assert data["cac"] == 0 and data["roi"] is None and data["our_net_cost"] == -1275


def test_quota_cap_scales_everything_and_names_the_day():
    # I0 = 850 vouchers; quota 425 -> lambda .5 -> day ceil(.5 * 30) = 15
    r = simulate(inputs(quota=425, new_customer_share=0.5, avg_order_value=200, window=0.1, take_up=0.5), UNIFORM_1000)
    uncapped = simulate(inputs(new_customer_share=0.5, avg_order_value=200, window=0.1, take_up=0.5), UNIFORM_1000)
    lam = 425 / uncapped.vouchers_issued
    assert r.active_fraction == pytest.approx(lam)
    assert r.exhaustion_day == math.ceil(lam * 30)
    assert r.binding_cap == "quota"
    for name in ("vouchers_issued", "face_value_issued", "vouchers_redeemed", "value_redeemed", "our_net_cost", "new_customers", "gmv", "partner_incremental_spend"):
        assert getattr(r, name) == pytest.approx(lam * getattr(uncapped, name)), name
    assert r.vouchers_issued == pytest.approx(425)
    assert r.cac == pytest.approx(uncapped.cac)


def test_budget_cap_and_the_tighter_of_two_caps():
    # C0 = .5 * 8500 = 4250; budget 1000 -> lambda .2353; quota 800 -> .941
    r = simulate(inputs(budget=1000, quota=800), UNIFORM_1000)
    assert r.active_fraction == pytest.approx(1000 / 4250)
    assert r.binding_cap == "budget"
    assert r.our_net_cost == pytest.approx(1000)
    assert r.exhaustion_day == math.ceil(1000 / 4250 * 30)


def test_caps_that_do_not_bind():
    r = simulate(inputs(budget=10**9, quota=10**6), UNIFORM_1000)
    assert (r.active_fraction, r.exhaustion_day, r.binding_cap) == (1.0, None, None)


def test_budget_is_ignored_when_the_scheme_costs_nothing():
    r = simulate(inputs(budget=1, partner_share=1.0, billing="issued"), UNIFORM_1000)
    assert r.active_fraction == 1.0


def test_zero_quota_stops_the_scheme_on_day_zero():
    r = simulate(inputs(quota=0), UNIFORM_1000)
    assert (r.active_fraction, r.exhaustion_day, r.vouchers_issued) == (0.0, 0, 0.0)


def test_null_ratios_never_errors():
    no_new = simulate(inputs(new_customer_share=0.0), UNIFORM_1000)
    assert no_new.cac is None and record(no_new)["cac"] is None
    no_cost = simulate(inputs(redemption_rate=0.0), UNIFORM_1000)
    assert no_cost.roi is None and no_cost.cac == 0
    nobody = simulate(inputs(tiers=((5000, 10),)), UNIFORM_1000)
    assert nobody.qualifying_share == 0 and nobody.avg_qualifying_spend is None


def test_our_side_formulas():
    r = simulate(inputs(new_customer_share=0.6, avg_order_value=300, gross_margin=0.1), UNIFORM_1000)
    assert r.new_customers == pytest.approx(0.6 * r.vouchers_redeemed)
    assert r.gmv == pytest.approx(300 * r.vouchers_redeemed)
    assert r.gross_profit == pytest.approx(0.1 * r.gmv)
    assert r.cac == pytest.approx(r.our_net_cost / r.new_customers)
    assert r.roi == pytest.approx((r.gross_profit - r.our_net_cost) / r.our_net_cost)


def test_record_has_every_contract_key_and_rounds_money():
    data = record(simulate(inputs(tiers=((150, 7),), redemption_rate=0.33), UNIFORM_1000))
    contract = ["offer", "partner", "period_days", "transactions", "tiers", "qualifying_share", "vouchers_issued",
                "face_value_issued", "vouchers_redeemed", "value_redeemed", "partner_payment", "our_net_cost",
                "active_fraction", "exhaustion_day", "new_customers", "gmv", "gross_profit", "cac", "roi",
                "partner_incremental_spend"]
    assert all(key in data for key in contract)
    for key in ("face_value_issued", "value_redeemed", "partner_payment", "our_net_cost", "gmv", "gross_profit", "partner_incremental_spend"):
        assert isinstance(data[key], int), key
    assert data["value_redeemed"] == round(0.33 * 850 * 7 * 1000 / 1000 * 1)  # 1963.5 -> 1964 (half to even: 1964)
    assert data["tiers"] == [{"min_spend": 150, "voucher": 7, "reward_rate": 7 / 150}]


# --- properties ---------------------------------------------------------

lognormals = st.builds(
    Lognormal.from_median_p90,
    st.integers(10_000, 1_000_000),
    st.integers(1_000_001, 5_000_000),
)


@settings(max_examples=200, deadline=None)
@given(lognormals, st.integers(1_000, 2_000_000), st.integers(1, 500_000), st.floats(0, 0.99), st.floats(0, 1))
def test_a_higher_threshold_never_raises_the_qualifying_share(dist, threshold, step, window, take_up):
    low = simulate(inputs(tiers=((threshold, 10),), window=window, take_up=take_up), dist)
    high = simulate(inputs(tiers=((threshold + step, 10),), window=window, take_up=take_up), dist)
    assert high.qualifying_share <= low.qualifying_share + 1e-12


@settings(max_examples=200, deadline=None)
@given(lognormals, st.integers(1, 10**6), st.integers(1, 10**12), st.floats(0.01, 1), st.floats(0, 1), st.sampled_from(["redeemed", "issued"]))
def test_lambda_stays_in_zero_one(dist, quota, budget, redemption, share, billing):
    r = simulate(inputs(tiers=((100_000, 10_000),), quota=quota, budget=budget, redemption_rate=redemption, partner_share=share, billing=billing), dist)
    assert 0 < r.active_fraction <= 1
    assert (r.exhaustion_day is None) == (r.active_fraction == 1.0)


@settings(max_examples=200, deadline=None)
@given(lognormals, st.integers(1_000, 2_000_000), st.integers(1, 500_000), st.floats(0.01, 1), st.floats(0.01, 1), st.floats(0, 0.9), st.floats(0, 1))
def test_cac_is_voucher_over_new_customer_share_without_caps(dist, threshold, voucher, redemption, new_share, window, take_up):
    r = simulate(inputs(tiers=((threshold, voucher),), redemption_rate=redemption, new_customer_share=new_share, window=window, take_up=take_up), dist)
    # Nobody qualifies far out in the tail: no new customers, and no CAC.
    assume(r.new_customers > 0)
    assert r.cac == pytest.approx(voucher / new_share, rel=1e-9)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(0, 2_000_000), min_size=1, max_size=200), st.integers(1, 2_000_000), st.floats(0, 0.9), st.floats(0, 1))
def test_empirical_matches_a_direct_count(values, threshold, window, take_up):
    i = inputs(tiers=((threshold, 10),), window=window, take_up=take_up)
    r = simulate(i, Empirical.from_values(iter(values), i.breakpoints()))
    low = threshold * (1 - window)
    direct = sum(1 for v in values if v >= threshold) + take_up * sum(1 for v in values if low <= v < threshold)
    assert r.qualifying_share == pytest.approx(direct / len(values))
