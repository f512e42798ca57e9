"""Practical offers: the steps people say, rounded toward our side."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pln_cli.model.terms import Kind
from pln_cli.negotiation.practical import practical, schedule


@pytest.mark.parametrize("value, kind, d, said", [
    (437_812, Kind.MONEY, +1, 440_000),   # higher is better: round up to Rp5.000
    (437_812, Kind.MONEY, -1, 435_000),   # lower is better: round down
    (27_310, Kind.MONEY, -1, 27_000),     # below Rp100.000: steps of Rp500
    (27_310, Kind.MONEY, +1, 27_500),
    (450_000, Kind.MONEY, +1, 450_000),   # already on a step
    (0.2735, Kind.SHARE, +1, 0.28),
    (0.2735, Kind.SHARE, -1, 0.27),
    (0.27, Kind.SHARE, +1, 0.27),         # float noise does not add a step
    (33.4, Kind.COUNT, -1, 33),
    (33.4, Kind.COUNT, +1, 34),
])
def test_practical_steps(value, kind, d, said):
    assert practical(value, kind, d) == said


@given(st.integers(1, 10**12), st.sampled_from([1, -1]))
def test_money_never_concedes_more_than_the_formula(value, d):
    said = practical(value, Kind.MONEY, d)
    assert (said - value) * d >= 0
    assert said % (5_000 if value >= 100_000 else 500) == 0 or said == value


def test_boulware_with_three_offers_holds_then_moves():
    plan = schedule(450_000, 400_000, 3, 0.2, Kind.MONEY, +1)
    assert [s.said for s in plan] == [450_000, 450_000, 400_000]
    linear = schedule(450_000, 400_000, 3, 1.0, Kind.MONEY, +1)
    assert [s.said for s in linear] == [450_000, 425_000, 400_000]
