"""Values of both sides (ECONOMICS.md) against values worked out by hand."""

from __future__ import annotations

import pytest

from pln_cli.econ.dist import Histogram
from pln_cli.econ.scheme import Inputs, record, simulate
from pln_cli.econ.values import (
    MarginMissing,
    resolve_margin,
    value_fields,
    value_them,
    value_us,
    values,
    values_of_record,
)

UNIFORM_1000 = Histogram.of([(0, 1000, 1000)])


def result(**changes):
    base = dict(offer="o", partner="p", days=30, transactions=1000, tiers=((450, 10),), window=0.2, take_up=0.5,
                redemption_rate=0.5, partner_share=0.25, avg_order_value=200, gross_margin=0.1)
    base.update(changes)
    return simulate(Inputs(**base), UNIFORM_1000)


def test_values_by_hand():
    # q = 1 - 0.9 * 450 / 1000 = 0.595; value redeemed = 0.5 * 1000 * 10 * q = 2975;
    # partner pays 25 %: 743.75, our net cost 2231.25; gross profit = 0.1 * 200 * 0.5 * 1000 * q = 5950;
    # incremental spend = 1000 * 0.5 * (450 * 0.09 - (450^2 - 360^2) / 2000) = 0.01 * 450^2 = 2025.
    r = result()
    assert value_us(r) == pytest.approx(5950 - 2231.25)
    assert value_them(r, 0.04) == pytest.approx(0.04 * 2025 - 743.75)
    v = values(r, 0.04)
    assert v.value_us == pytest.approx(3718.75) and v.value_them == pytest.approx(-662.75) and v.note is None
    assert v.money() == {"value_us": 3719, "value_them": -663}


def test_no_margin_means_unknown_not_zero():
    v = values(result(), None)
    assert v.value_them is None and v.note is not None
    assert "partner_margin" in v.note.render("en") and "margin mitra" in v.note.render("id")
    assert value_fields(result(), None) == {"value_us": 3719, "value_them": None, "partner_margin": None}


def test_from_the_record_agrees_to_the_rupiah():
    r = result(transactions=123457, partner_share=0.3)
    exact, rounded = values(r, 0.05), values_of_record(record(r), 0.05)
    assert abs(exact.value_us - rounded.value_us) <= 1
    assert abs(exact.value_them - rounded.value_them) <= 1
    assert values_of_record(record(r), None).value_them is None


def test_margin_flag_beats_the_file_and_missing_says_where():
    assert resolve_margin(0.03, 0.05) == 0.03
    assert resolve_margin(None, 0.05) == 0.05
    with pytest.raises(MarginMissing) as caught:
        resolve_margin(None, None)
    hint_en, hint_id = caught.value.hint.render("en"), caught.value.hint.render("id")
    assert "assumptions.partner_margin" in hint_en and "--partner-margin" in hint_en
    assert "a few percent (2% to 5%)" in hint_en
    assert "beberapa persen (2% sampai 5%)" in hint_id
    with pytest.raises(ValueError):
        resolve_margin(1.5, None)
