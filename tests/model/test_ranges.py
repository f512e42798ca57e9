"""Ranges in an offer file: `{low, mode, high}` read by the field's own parser."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from pydantic_core import PydanticCustomError

from pln_cli.model.ranges import (
    RANGEABLE,
    Range,
    RangedCount,
    RangedRupiah,
    RangedShare,
    mode_of,
    parse_money,
    parse_range,
    ranges_of,
)
from pln_cli.model.types import Frozen, parse_count, parse_share


def refused(raw, parser) -> PydanticCustomError:
    with pytest.raises(PydanticCustomError) as caught:
        parse_range(raw, parser)
    return caught.value


# --- parsing -----------------------------------------------------------------


def test_every_spelling_the_field_accepts():
    assert parse_range({"low": "20%", "mode": "0,35", "high": 0.5}, parse_share) == Range(0.2, 0.35, 0.5)
    assert parse_range({"low": "1,5jt", "mode": "Rp2.000.000", "high": "2,5 juta"}, parse_money) == Range(1_500_000, 2_000_000, 2_500_000)
    assert parse_range({"low": "100.000", "mode": 120000, "high": "150,000"}, parse_count) == Range(100_000, 120_000, 150_000)


def test_the_mode_may_sit_on_either_end():
    assert parse_range({"low": 0.1, "mode": 0.1, "high": 0.3}, parse_share).mode == 0.1
    assert parse_range({"low": 0.1, "mode": 0.3, "high": 0.3}, parse_share).mode == 0.3


@pytest.mark.parametrize(
    ("raw", "key", "at"),
    [
        ({"low": "40%", "mode": "35%", "high": "50%"}, "range.low_above_mode", ("mode",)),
        ({"low": "20%", "mode": "60%", "high": "50%"}, "range.mode_above_high", ("high",)),
        ({"low": "35%", "mode": "35%", "high": "35%"}, "range.empty", ("high",)),
        ({"low": "20%", "mode": "35%"}, "range.missing", ()),
        ({"low": "20%", "mode": "35%", "high": "50%", "p90": "45%"}, "range.unknown_key", ("p90",)),
        ({"low": "20%", "mode": "35%", "high": "150%"}, "share.range", ("high",)),
        ({"low": "abc", "mode": "35%", "high": "50%"}, "share.invalid", ("low",)),
    ],
)
def test_a_bad_range_names_the_bound_at_fault(raw, key, at):
    error = refused(raw, parse_share)
    assert error.context["pln_msg"].key == key
    assert tuple(error.context["pln_at"]) == at
    # Both languages render (the keys exist, the fields match).
    for lang in ("en", "id"):
        assert error.context["pln_msg"].render(lang)
        assert error.context["pln_hint"].render(lang)


def test_messages_quote_the_values_as_written():
    error = refused({"low": "40%", "mode": "35%", "high": "50%"}, parse_share)
    assert error.context["pln_msg"].render("en") == 'the low end "40%" is above the mode "35%"'
    assert error.context["pln_msg"].render("id") == 'batas bawah "40%" lebih besar daripada modus "35%"'
    assert error.context["pln_msg"].params["low"] == '"40%"'


def test_money_and_count_bounds_fail_like_their_fields():
    money = refused({"low": "450.5", "mode": "500rb", "high": "600rb"}, parse_money)
    assert money.type == "money" and tuple(money.context["pln_at"]) == ("low",)
    count = refused({"low": -5, "mode": 10, "high": 20}, parse_count)
    assert count.type == "count" and count.context["pln_msg"].key == "count.negative"


# --- the triangular distribution -------------------------------------------


def test_inverse_cdf_by_hand():
    r = Range(0.0, 0.25, 1.0)  # c = 0.25
    assert r.at(0.0) == 0.0
    assert r.at(0.25) == pytest.approx(0.25)  # the mode sits at u = c
    assert r.at(0.01) == pytest.approx((0.01 * 1.0 * 0.25) ** 0.5)
    assert r.at(0.64) == pytest.approx(1.0 - (0.36 * 1.0 * 0.75) ** 0.5)
    assert r.mean() == pytest.approx(1.25 / 3)


@settings(max_examples=50, deadline=None)
@given(
    st.floats(0, 100, allow_subnormal=False),
    st.floats(0, 1),
    st.floats(0.01, 100),
    st.floats(0, 0.999999),
)
@example(3.6e-164, 0.0, 1.0, 0.0)
def test_cdf_inverts_the_draw(low, where, width, u):
    r = Range(low, low + where * width, low + width)
    x = r.at(u)
    # The contract's formula, unclamped: at the ends it may miss by a rounding.
    assert r.low - 1e-12 * width <= x <= r.high + 1e-12 * width
    assert r.cdf(x) == pytest.approx(u, abs=1e-9)


# --- in a model, through the loader: FILE:LINE:COL ---------------------------


class Assumptions(Frozen):
    transactions: RangedCount | None = None
    redemption_rate: RangedShare
    avg_order_value: RangedRupiah = 0


class Doc(Frozen):
    assumptions: Assumptions


def load(text: str):
    from pln_cli.load.validate import validate
    from pln_cli.load.yamlsafe import Source, load_mapping

    source = Source("offers/x.yaml", text)
    doc, problems = load_mapping(source)
    assert problems == []
    return validate(Doc, doc, source)


def test_a_range_or_a_value_in_a_model():
    model, problems = load(
        "assumptions:\n"
        "  transactions: {low: 100.000, mode: 120.000, high: 150.000}\n"
        "  redemption_rate: {low: 20%, mode: 35%, high: 50%}\n"
        "  avg_order_value:\n"
        "    low: 1,5jt\n"
        "    mode: 2jt\n"
        "    high: Rp2.500.000\n"
    )
    assert problems == []
    a = model.assumptions
    assert a.transactions == Range(100_000, 120_000, 150_000)
    assert a.redemption_rate == Range(0.2, 0.35, 0.5)
    assert a.avg_order_value == Range(1_500_000, 2_000_000, 2_500_000)
    assert mode_of(a.redemption_rate) == 0.35 and mode_of(a.avg_order_value) == 2_000_000

    plain, problems = load("assumptions:\n  redemption_rate: 35%\n  avg_order_value: 300rb\n")
    assert problems == []
    assert plain.assumptions.redemption_rate == 0.35 and mode_of(plain.assumptions.redemption_rate) == 0.35
    assert mode_of(plain.assumptions.transactions) is None


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("  redemption_rate: {low: 40%, mode: 35%, high: 50%}\n", (2, 37, "range")),
        ("  redemption_rate: {low: 20%, mode: 35%, high: 120%}\n", (2, 48, "share")),
        ("  redemption_rate: {low: 20%, mode: 35%}\n", (2, 20, "range")),
        ("  redemption_rate: {low: 20%, mode: 35%, hi: 50%}\n", (2, 46, "range")),
        ("  redemption_rate: {low: 35%, mode: 35%, high: 35%}\n", (2, 48, "range")),
    ],
)
def test_problems_point_at_the_bound(line, want):
    model, problems = load("assumptions:\n" + line)
    assert model is None
    assert [(p.line, p.column, p.code) for p in problems] == [want]
    assert problems[0].render("id")


def test_a_bad_bound_in_block_style_points_at_its_line():
    _, problems = load("assumptions:\n  redemption_rate: 0.3\n  avg_order_value:\n    low: 450.5\n    mode: 2jt\n    high: 3jt\n")
    assert [(p.line, p.column, p.code) for p in problems] == [(4, 10, "money")]


def test_ranges_of_an_offer_in_contract_order():
    offer = SimpleNamespace(
        assumptions=SimpleNamespace(
            transactions=120_000,
            redemption_rate=Range(0.2, 0.35, 0.5),
            avg_order_value=Range(200_000, 300_000, 400_000),
            gross_margin=0.1,
            upsell=SimpleNamespace(window=0.1, take_up=Range(0.1, 0.2, 0.4)),
        )
    )
    found = ranges_of(offer)
    assert list(found) == ["redemption_rate", "avg_order_value", "upsell.take_up"]
    assert list(found) == [n for n in RANGEABLE if n in found]
    assert ranges_of(SimpleNamespace(assumptions=SimpleNamespace(upsell=None))) == {}


def test_a_model_dump_writes_the_range_back():
    model, _ = load("assumptions:\n  redemption_rate: {low: 20%, mode: 35%, high: 50%}\n  avg_order_value: 300rb\n")
    dumped = model.model_dump()
    assert dumped["assumptions"]["redemption_rate"] == {"low": 0.2, "mode": 0.35, "high": 0.5}
    assert Doc.model_validate(dumped) == model


def test_a_range_built_in_python_is_checked_too():
    assert Assumptions(redemption_rate=Range(0.2, 0.3, 0.4)).redemption_rate == Range(0.2, 0.3, 0.4)
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        Assumptions(redemption_rate=Range(0.5, 0.3, 0.4))
