"""Ranges in the offer model: the fields the contract lists, and the mode everywhere else."""

from __future__ import annotations

import pytest

from pln_cli.econ.scheme import inputs_from_offer
from pln_cli.load.validate import validate
from pln_cli.load.yamlsafe import Source, load_mapping
from pln_cli.model.offer import Offer
from pln_cli.model.ranges import Range, ranges_of

HEAD = (
    "id: o\npartner: p\nperiod: {days: 30}\n"
    "scheme:\n  tiers:\n    - {min_spend: 450rb, voucher: 25rb}\n"
    "assumptions:\n  spend: {distribution: lognormal, median: 250rb, p90: 600rb}\n"
)


def load(assumptions: str):
    source = Source("offers/o.yaml", HEAD + assumptions)
    doc, problems = load_mapping(source)
    assert problems == []
    return validate(Offer, doc, source)


def test_every_listed_input_takes_a_range_in_every_spelling():
    offer, problems = load(
        "  transactions: {low: 100.000, mode: 120.000, high: '150,000'}\n"
        "  redemption_rate: {low: 20%, mode: '0,35', high: 0.5}\n"
        "  new_customer_share: {low: 40%, mode: 60%, high: 70%}\n"
        "  avg_order_value: {low: 200rb, mode: Rp300.000, high: '1,5jt'}\n"
        "  gross_margin: {low: 6%, mode: 8%, high: 10%}\n"
        "  partner_margin: {low: 2%, mode: 4%, high: 6%}\n"
        "  upsell: {window: 15%, take_up: {low: 10%, mode: 25%, high: 40%}}\n"
    )
    assert problems == []
    found = ranges_of(offer)
    assert list(found) == ["transactions", "redemption_rate", "new_customer_share", "avg_order_value", "gross_margin", "partner_margin", "upsell.take_up"]
    assert found["transactions"] == Range(100_000, 120_000, 150_000)
    assert found["redemption_rate"] == Range(0.2, 0.35, 0.5)
    assert found["avg_order_value"] == Range(200_000, 300_000, 1_500_000)
    i = inputs_from_offer(offer)
    assert (i.transactions, i.redemption_rate, i.new_customer_share, i.avg_order_value, i.gross_margin, i.take_up) == (
        120_000, 0.35, 0.6, 300_000, 0.08, 0.25)


def test_modes_simulate_as_the_plain_values():
    ranged, _ = load("  transactions: {low: 1, mode: 120000, high: 200000}\n  redemption_rate: {low: 0, mode: 35%, high: 1}\n"
                     "  avg_order_value: {low: 0, mode: 300rb, high: 1jt}\n  upsell: {window: 0.1, take_up: {low: 0, mode: 0.2, high: 0.3}}\n")
    plain, _ = load("  transactions: 120000\n  redemption_rate: 35%\n  avg_order_value: 300rb\n  upsell: {window: 0.1, take_up: 0.2}\n")
    assert inputs_from_offer(ranged) == inputs_from_offer(plain)


@pytest.mark.parametrize("spelling", ["4%", "0.04", "'0,04'", "4 %"])
def test_partner_margin_is_a_share(spelling):
    offer, problems = load(f"  transactions: 10\n  redemption_rate: 0.3\n  partner_margin: {spelling}\n")
    assert problems == [] and offer.assumptions.partner_margin == pytest.approx(0.04)


def test_partner_margin_is_optional_and_checked():
    offer, _ = load("  transactions: 10\n  redemption_rate: 0.3\n")
    assert offer.assumptions.partner_margin is None
    _, problems = load("  transactions: 10\n  redemption_rate: 0.3\n  partner_margin: 140%\n")
    assert [(p.line, p.column, p.code) for p in problems] == [(11, 19, "share")]
    _, problems = load("  transactions: 10\n  redemption_rate: 0.3\n  partner_margin: {low: 5%, mode: 4%, high: 6%}\n")
    assert [(p.line, p.code) for p in problems] == [(11, "range")]


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("  transactions: {low: -1, mode: 5, high: 10}\n  redemption_rate: 0.3\n", "count"),
        ("  transactions: 10\n  redemption_rate: {low: 0.2, mode: 0.3, high: 1.2}\n", "share"),
        ("  transactions: 10\n  redemption_rate: 0.3\n  avg_order_value: {low: 450.5, mode: 500rb, high: 600rb}\n", "money"),
        ("  transactions: 10\n  redemption_rate: 0.3\n  upsell: {take_up: {low: 30%, mode: 30%, high: 30%}}\n", "range"),
    ],
)
def test_each_bound_is_valid_for_its_field(line, code):
    offer, problems = load(line)
    assert offer is None and [p.code for p in problems] == [code]
