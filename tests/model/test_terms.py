"""One registry of negotiable terms: adding a key is adding one entry."""

from __future__ import annotations

import pytest

from pln_cli.econ.scheme import Inputs
from pln_cli.econ.variants import apply_terms, parse_assignments, write_terms
from pln_cli.errors import InvalidValue
from pln_cli.model import terms as registry
from pln_cli.model.deal import build_term_models
from pln_cli.model.terms import ISSUES, Better, Kind, Term
from pln_cli.render.values import show_term

BASE = Inputs(offer="o", partner="p", days=30, transactions=1000, tiers=((450_000, 25_000),), max_per_transaction=None)


@pytest.fixture
def with_fake_key(monkeypatch):
    """A new issue, `max_per_txn`: the most vouchers one transaction earns."""
    fake = Term("max_per_txn", Kind.COUNT, ("scheme", "max_vouchers_per_transaction"), Better.LOWER, "max_per_transaction", minimum=1)
    monkeypatch.setitem(ISSUES, fake.key, fake)
    return fake


def test_a_new_key_parses_applies_writes_and_shows(with_fake_key):
    terms = parse_assignments("max_per_txn=3,voucher=20rb")
    assert terms == {"max_per_txn": 3, "voucher": 20_000}
    changed = apply_terms(BASE, terms)
    assert changed.max_per_transaction == 3 and changed.tiers == ((450_000, 20_000),)
    assert write_terms(terms) == "max_per_txn=3, voucher=Rp20.000"
    assert show_term("max_per_txn", 3, "id") == "3"


def test_a_new_key_gets_fields_in_the_deal_models(with_fake_key):
    issues_model, terms_model = build_term_models(ISSUES)
    issues = issues_model.model_validate({"max_per_txn": {"target": 1, "reservation": 3}})
    assert issues.declared()["max_per_txn"].reservation == 3
    assert terms_model.model_validate({"max_per_txn": "2"}).named() == {"max_per_txn": 2}


def test_a_new_key_keeps_its_minimum(with_fake_key):
    with pytest.raises(InvalidValue):
        parse_assignments("max_per_txn=0")


def test_every_registered_term_round_trips_through_its_write_format():
    samples = {Kind.MONEY: 450_000, Kind.SHARE: 0.125, Kind.COUNT: 30}
    for key, term in registry.ISSUES.items():
        value = max(samples[term.kind], term.minimum)
        assert term.parse(term.write(value)) == value, key


def test_shares_are_written_exactly_as_given():
    assert registry.term("partner_share").write(0.123456789) == "12.3456789%"
    assert registry.term("partner_share").parse("12.3456789%") == pytest.approx(0.123456789)


def test_unknown_key_names_the_known_ones():
    with pytest.raises(InvalidValue) as caught:
        registry.term("colour")
    assert "min_spend" in caught.value.hint.render("en")
