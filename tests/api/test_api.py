"""The use-case layer, tested without a terminal: numbers checked by hand."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import pln_cli
from pln_cli.api import Filters, check, deal_context, load_workspace, portfolio, simulate_offer
from pln_cli.errors import InvalidValue, ProblemsFound, UsageError
from pln_cli.model.offer import Offer

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _offer(**assumptions) -> Offer:
    """Rp100.000 -> Rp10.000, 1,000 transactions over 30 days, half of them
    at Rp100.000 or more (a two-bucket histogram)."""
    base = {"transactions": 1000, "spend": {"histogram": "spend.csv"}, "redemption_rate": "50%"}
    base.update(assumptions)
    return Offer.model_validate({
        "id": "simple", "partner": "p", "period": {"days": 30},
        "scheme": {"tiers": [{"min_spend": "100rb", "voucher": "10rb"}]},
        "assumptions": base,
    })


@pytest.fixture
def data(tmp_path) -> Path:
    (tmp_path / "spend.csv").write_text("lower,upper,count\n0,100000,50\n100000,200000,50\n")
    return tmp_path


def test_simulate_an_offer_built_in_memory(data):
    sim = simulate_offer(_offer(), data_folder=data)[0]
    # q = 50/100; 500 vouchers; half redeemed; Rp10.000 each, all paid by us.
    assert sim.qualifying_share == pytest.approx(0.5)
    assert sim.vouchers_issued == pytest.approx(500)
    assert sim.vouchers_redeemed == pytest.approx(250)
    assert sim.our_net_cost == pytest.approx(2_500_000)
    assert sim.record()["our_net_cost"] == 2_500_000


def test_variants_replace_the_offer_terms(data):
    base, cheaper = simulate_offer(_offer(), [{"voucher": 5000}], data_folder=data)
    assert cheaper.terms == {"voucher": 5000}
    assert cheaper.our_net_cost == pytest.approx(base.our_net_cost / 2)


def test_a_bad_term_raises_a_sentence(data):
    with pytest.raises(InvalidValue) as caught:
        simulate_offer(_offer(), [{"colour": 1}], data_folder=data)
    assert str(caught.value).startswith('"colour" is not a negotiable issue')


def test_missing_data_is_a_problem_not_a_crash(tmp_path):
    with pytest.raises(ProblemsFound) as caught:
        simulate_offer(_offer(), data_folder=tmp_path)
    assert caught.value.problems[0].code == "data-missing"


def test_package_reexports_lazily():
    assert pln_cli.simulate_offer is simulate_offer
    assert pln_cli.load_workspace is load_workspace
    with pytest.raises(AttributeError):
        pln_cli.no_such_thing  # noqa: B018


def test_portfolio_rows_and_monthly_figures():
    found = portfolio(load_workspace(EXAMPLES))
    assert [(r.deal, r.status) for r in found.rows][:1] == [("happy-fresh-2018", "open")]
    total = next(r for r in found.rows if r.deal == "total-spbu-2017")
    # The agreed terms, simulated, scaled from the 92-day period to 30 days.
    agreed = simulate_offer(EXAMPLES / "offers" / "total-spbu-2017q4.yaml", [total.agreed_terms])[1]
    assert total.agreed.monthly_net_cost == round(agreed.our_net_cost * 30 / 92)
    assert found.problems == ()


def test_portfolio_filters_and_no_economics():
    found = portfolio(load_workspace(EXAMPLES), Filters(statuses={"agreed"}), economics=False)
    assert [r.deal for r in found.rows] == ["total-spbu-2017"]
    assert found.rows[0].agreed.monthly_net_cost is None  # not simulated when not asked


def test_deal_context_simulates_each_round():
    context = deal_context(EXAMPLES / "deals" / "total-spbu-2017.yaml")
    assert len(context.economics) == len(context.deal.rounds)
    assert context.partner_name == "TOTAL SPBU Indonesia"
    assert all(e.our_net_cost is not None for e in context.economics)


def test_check_reports_every_problem_with_its_place(tmp_path):
    root = tmp_path / "ws"
    shutil.copytree(EXAMPLES, root)
    offer = root / "offers" / "uber-rides-2018.yaml"
    offer.write_text(offer.read_text().replace("redemption_rate: 0.3", "redemption_rate: lots"))
    result = check([root])
    assert result.errors == 1
    assert (result.problems[0].path.endswith("uber-rides-2018.yaml"), result.problems[0].line) == (True, 14)


def test_a_folder_that_is_no_workspace_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError):
        load_workspace(tmp_path)
