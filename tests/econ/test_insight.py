"""Talking points and warnings chosen for the situation (issue 13)."""

from __future__ import annotations

import pytest

from pln_cli.econ.dist import Histogram
from pln_cli.econ.insight import effective_reward_rate, talking_points, warnings
from pln_cli.econ.scheme import Inputs, simulate

UNIFORM_1000 = Histogram.of([(0, 1000, 1000)])  # spend uniform on [0, 1000)


def _inputs(**kw) -> Inputs:
    base = dict(offer="o", partner="p", days=30, transactions=1000, tiers=((500, 50), (800, 100)))
    base.update(kw)
    return Inputs(**base)


def test_average_qualifying_spend_counts_the_upsell_of_every_tier():
    # w = 0.1, u = 1: [450, 500) rises to 500, [720, 800) rises to 800.
    result = simulate(_inputs(window=0.1, take_up=1.0), UNIFORM_1000)
    q = 0.55
    mass = (1000**2 - 500**2) / 2 / 1000 + 500 * 0.05 + (800 * 0.08 - (800**2 - 720**2) / 2 / 1000)
    assert result.qualifying_share == pytest.approx(q)
    assert result.avg_qualifying_spend == pytest.approx(mass / q)


def test_effective_rate_is_value_over_qualifying_spend_over_all_tiers():
    result = simulate(_inputs(), UNIFORM_1000)
    # tier 1: [500, 800) 30%, Rp50; tier 2: [800, 1000) 20%, Rp100.
    value = 50 * 0.3 + 100 * 0.2
    spend = (1000**2 - 500**2) / 2 / 1000
    assert effective_reward_rate(result) == pytest.approx(value / spend)
    keys = [m.key for m in talking_points(result, "P")]
    assert "talk.reward_rate_tiers" in keys and "talk.reward_rate" not in keys


@pytest.mark.parametrize(
    ("threshold", "key"),
    [(100, "talk.qualify_most"), (600, "talk.qualify_many"), (900, "talk.qualify"), (1000, "talk.nobody")],
)
def test_who_qualifies_is_said_only_when_true(threshold, key):
    result = simulate(_inputs(tiers=((threshold, 10),)), UNIFORM_1000)
    assert talking_points(result, "P")[0].key == key


def test_tier_one_voucher_above_tier_two_is_a_warning():
    result = simulate(_inputs(tiers=((500, 120), (800, 100))), UNIFORM_1000)
    assert "tier-voucher-order" in [w.code for w in warnings(result)]
    assert "tier-voucher-order" not in [w.code for w in warnings(simulate(_inputs(), UNIFORM_1000))]


def test_negative_return_is_a_warning_not_a_talking_point():
    inputs = _inputs(tiers=((500, 50),), redemption_rate=1.0, new_customer_share=0.5, avg_order_value=100, gross_margin=0.1)
    result = simulate(inputs, UNIFORM_1000)
    assert result.roi is not None and result.roi < 0
    assert "negative-roi" in [w.code for w in warnings(result)]
    assert "talk.cac_gmv" not in [m.key for m in talking_points(result, "P")]
