"""The use case behind `--uncertainty`: one pass over the data, the contract's numbers."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from pln_cli.api.offers import offer_report
from pln_cli.api.uncertainty import (
    MAX_DRAWS,
    MAX_SEED,
    offer_uncertainty,
    uncertainty_grid,
    uncertainty_of_entry,
)
from pln_cli.econ.uncertainty import bands
from pln_cli.errors import UsageError
from pln_cli.load.workspace import load_offer
from pln_cli.model.ranges import Range

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
AXA = EXAMPLES / "offers" / "axa-mandiri-health-2018.yaml"


def tx_workspace(root: Path, rows: int = 2000) -> Path:
    """An offer over a transactions file, with ranges (N from the range's mode)."""
    for folder in ("offers", "partners", "data"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    (root / "partners" / "p.yaml").write_text("id: p\nname: P\n", encoding="utf-8")
    (root / "data" / "tx.csv").write_text("amount\n" + "".join(f"{(i * 7919) % 1_000_000}\n" for i in range(rows)), encoding="utf-8")
    path = root / "offers" / "tx.yaml"
    path.write_text(
        "id: tx\npartner: p\nperiod: {days: 30}\n"
        "scheme:\n  tiers:\n    - {min_spend: 400rb, voucher: 20rb}\n"
        "assumptions:\n  spend: {transactions: ../data/tx.csv}\n"
        "  redemption_rate: {low: 20%, mode: 35%, high: 50%}\n  avg_order_value: {low: 200rb, mode: 300rb, high: 400rb}\n"
        "  gross_margin: 10%\n  partner_margin: 4%\n",
        encoding="utf-8",
    )
    return path


def test_the_data_is_read_once_for_every_draw_and_variant(tmp_path, monkeypatch):
    from pln_cli.load import spend

    path = tx_workspace(tmp_path)
    reads = []
    original = spend.AmountStream

    def counting(*args, **kwargs):
        reads.append(args[0])
        return original(*args, **kwargs)

    monkeypatch.setattr(spend, "AmountStream", counting)
    result = uncertainty_of_entry(load_offer(path), [{"min_spend": 300_000}, {"voucher": 30_000}], draws=500)
    assert len(reads) == 1
    assert len(result.uncertainties) == 3 and result.report.base.result.inputs.transactions == 2000
    reads.clear()
    uncertainty_grid(load_offer(path), [("min_spend", (300_000, 400_000)), ("voucher", (10_000, 20_000))], "value_them", draws=200)
    assert len(reads) == 1


def test_the_bands_are_the_cores_over_the_same_distribution(tmp_path):
    path = tx_workspace(tmp_path)
    result = uncertainty_of_entry(load_offer(path), draws=700, seed=5)
    report = offer_report(path)
    assert report.base.result == result.report.base.result  # the usual numbers, at the modes
    from pln_cli.api.engine import evaluate

    entry = load_offer(path)
    ev = evaluate(entry.model, entry.spend_data)
    ranges = {"redemption_rate": Range(0.2, 0.35, 0.5), "avg_order_value": Range(200_000, 300_000, 400_000)}
    assert result.base == bands(ev.base, ev.distribution, ranges, 700, 5, partner_margin=0.04)
    assert result.base.band("value_them").null_share is None  # the file's partner margin is used


def test_a_model_built_in_python(tmp_path):
    entry = load_offer(AXA)
    offer = entry.model.model_copy(update={"assumptions": entry.model.assumptions.model_copy(update={"gross_margin": Range(0.05, 0.08, 0.1)})})
    result = offer_uncertainty(offer, draws=100)
    assert [name for name, _ in result.ranges] == ["redemption_rate", "avg_order_value", "gross_margin"]


@pytest.mark.parametrize("draws", [0, -1, MAX_DRAWS + 1, True, 2.5])
def test_draws_out_of_bounds(draws):
    with pytest.raises(UsageError):
        offer_uncertainty(AXA, draws=draws)


@pytest.mark.parametrize("seed", [-1, MAX_SEED + 1, "1"])
def test_seed_out_of_bounds(seed):
    with pytest.raises(UsageError):
        offer_uncertainty(AXA, seed=seed, draws=10)


def test_bounds_are_inclusive():
    assert offer_uncertainty(AXA, draws=1, seed=MAX_SEED).seed == MAX_SEED
    assert offer_uncertainty(AXA, draws=1, seed=0).draws == 1


def test_grid_metric_must_be_banded():
    with pytest.raises(UsageError):
        uncertainty_grid(load_offer(AXA), [("voucher", (40_000, 50_000))], "gmv", draws=10)
    with pytest.raises(UsageError):
        uncertainty_grid(load_offer(AXA), [("voucher", (40_000,)), ("voucher", (50_000,))], "value_us", draws=10)


def test_a_counter_offer_fixing_a_ranged_input_keeps_its_value():
    result = uncertainty_of_entry(load_offer(AXA), [{"redemption_rate": 0.4}], draws=300)
    variant = result.uncertainties[1]
    assert variant.fixed == ("redemption_rate",) and variant.inputs.redemption_rate == 0.4
    assert replace(variant.inputs, redemption_rate=0.55) == replace(result.base.inputs)
