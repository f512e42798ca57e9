"""`api.options`: `deal options` as a use case, and the brief's packages."""

from __future__ import annotations

from pathlib import Path

import pytest

from pln_cli.api import engine
from pln_cli.api.deals import deal_context
from pln_cli.api.options import brief_packages, deal_options, issue_order, parse_margin
from pln_cli.econ.dist import Empirical
from pln_cli.econ.scheme import inputs_from_offer, simulate
from pln_cli.econ.values import value_them, value_us
from pln_cli.econ.variants import apply_terms
from pln_cli.errors import InvalidValue, ProblemsFound
from pln_cli.load.workspace import load_offer

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
TOTAL = EXAMPLES / "deals" / "total-spbu-2017.yaml"
HIAS = EXAMPLES / "deals" / "hias-hauz-lebaran-2018.yaml"

AMOUNTS = [5_000 * k + 2_500 for k in range(200)]  # Rp2.500 .. Rp997.500, one transaction each


@pytest.fixture
def tx(tmp_path) -> Path:
    """A workspace whose offer reads a transactions file and gives no N: N is its row count."""
    for folder in ("partners", "offers", "deals", "data"):
        (tmp_path / folder).mkdir()
    (tmp_path / "partners" / "p.yaml").write_text("id: p\nname: P\n")
    (tmp_path / "data" / "tx.csv").write_text("amount\n" + "".join(f"{a}\n" for a in AMOUNTS))
    (tmp_path / "offers" / "o.yaml").write_text(
        "id: o\npartner: p\nperiod: {days: 30}\n"
        "scheme:\n  tiers:\n    - {min_spend: 500rb, voucher: 20rb}\n    - {min_spend: 800rb, voucher: 50rb}\n"
        "funding: {partner_share: 10%}\n"
        "assumptions:\n  spend: {transactions: ../data/tx.csv, column: amount}\n  redemption_rate: 50%\n"
        "  avg_order_value: 200rb\n  gross_margin: 10%\n  new_customer_share: 50%\n  upsell: {window: 0.2, take_up: 0.5}\n"
    )
    (tmp_path / "deals" / "d.yaml").write_text(
        "deal: d\npartner: p\noffer: o\nissues:\n"
        "  partner_share: {target: 30%, reservation: 0%}\n"
        "  min_spend: {target: 900rb, reservation: 500rb}\n...\n"
    )
    return tmp_path / "deals" / "d.yaml"


def test_packages_share_one_pass_and_n_is_the_row_count(tx, monkeypatch):
    calls = []
    real = engine.spend_for
    monkeypatch.setattr(engine, "spend_for", lambda *a, **k: calls.append(1) or real(*a, **k))
    found = deal_options(tx, steps=3, partner_margin="20%")
    assert calls == [1]  # every package and both positions: one read of the file
    o = found.options
    # min_spend 900rb breaks the tier order (tier 2 starts at 800rb): 3 of 9 packages skipped.
    assert (o.packages_total, o.packages_evaluated, o.skipped) == (9, 6, 3)
    assert o.issues == ("partner_share", "min_spend")  # the header's order, not the registry's
    # Each package, by a direct simulation with N = 200 rows.
    offer = load_offer(tx.parent.parent / "offers" / "o.yaml")
    base = inputs_from_offer(offer.model, rows=len(AMOUNTS))
    assert base.transactions == 200
    schemes = [apply_terms(base, {"partner_share": s, "min_spend": m}) for s in (0.3, 0.15, 0.0) for m in (700_000, 500_000)]
    points: set[float] = set()
    for scheme in schemes:
        points |= scheme.breakpoints()
    dist = Empirical.from_values(AMOUNTS, points, set())
    for (u, t), scheme in zip(o.points, schemes):
        r = simulate(scheme, dist)
        assert (u, t) == pytest.approx((value_us(r), value_them(r, 0.2)))


def test_margin_missing_is_a_problem_at_the_offer(tx):
    with pytest.raises(ProblemsFound) as caught:
        deal_options(tx)
    (problem,) = caught.value.problems
    assert (problem.code, problem.line, problem.column) == ("partner-margin", 9, 1)
    assert problem.path.endswith("offers/o.yaml")
    assert "a few percent" in problem.hint.render("en")


def test_too_many_packages_and_no_issue_are_problems_at_the_header(tx):
    with pytest.raises(ProblemsFound) as caught:
        deal_options(tx, steps=200, partner_margin=0.04)
    (problem,) = caught.value.problems
    assert (problem.code, problem.line) == ("too-many-packages", 4)
    assert "use --steps 141 or fewer" in problem.hint.render("en")  # 141^2 = 19,881
    tx.write_text("deal: d\npartner: p\noffer: o\nissues:\n  redemption_rate: {target: 40%, reservation: 60%}\n...\n")
    with pytest.raises(ProblemsFound) as caught:
        deal_options(tx, partner_margin=0.04)
    assert caught.value.problems[0].code == "no-issues"


@pytest.mark.parametrize("kwargs", [{"steps": 1}, {"meso": 0}, {"partner_margin": "lots"}, {"partner_margin": "120%"}])
def test_bad_values_are_invalid_values(tx, kwargs):
    with pytest.raises(InvalidValue):
        deal_options(tx, **{"partner_margin": 0.04, **kwargs})


def test_parse_margin_takes_the_ways_a_share_is_written():
    assert parse_margin("4%") == parse_margin("0,04") == parse_margin(0.04) == pytest.approx(0.04)
    assert parse_margin(None) is None


def test_an_offer_that_is_missing_is_named(tx):
    (tx.parent.parent / "offers" / "o.yaml").unlink()
    with pytest.raises(ProblemsFound) as caught:
        deal_options(tx, partner_margin=0.04)
    assert caught.value.problems[0].code == "unknown-offer"


def test_issue_order_is_the_files():
    assert issue_order(deal_context(TOTAL).entry) == ["min_spend", "voucher", "voucher_valid_days"]


def test_brief_packages_say_why_there_are_none():
    closed = brief_packages(deal_context(TOTAL))
    assert closed.found is None and closed.why.render("en") == "The deal is agreed: there are no packages to put on the table."
    open_ = brief_packages(deal_context(HIAS))
    if open_.found is None:  # no partner_margin in the example offer
        assert "gross margin is unknown" in open_.why.render("en")
        assert "--partner-margin 4%" in open_.todo.render("en")


def test_brief_packages_of_bad_steps_say_why(tx, monkeypatch):
    import pln_cli.api.options as api_options

    monkeypatch.setattr(api_options, "partner_margin_of", lambda offer: 0.04)
    context = deal_context(tx)
    found = brief_packages(context, steps=500)
    assert found.found is None and "packages with --steps 500" in found.why.render("en")
    assert found.todo is not None and "--steps" in found.todo.render("en")
    assert brief_packages(context).found is not None
