"""Talking points fit the situation (issue 13): golden files in both languages."""

from __future__ import annotations

import pytest

from tests.conftest import golden, run

HEADINGS = {"en": "Talking points", "id": "Poin pembicaraan"}


def _points(output: str, lang: str) -> str:
    start = output.index(HEADINGS[lang])
    return output[start:]


def _low_threshold(workspace) -> str:
    """TOTAL's scheme at Rp50.000 for a Rp5.000 voucher: most transactions qualify."""
    source = (workspace / "offers/total-spbu-2017q4.yaml").read_text(encoding="utf-8")
    text = source.replace("id: total-spbu-2017q4", "id: total-low").replace("{min_spend: Rp450.000, voucher: Rp25.000}", "{min_spend: Rp50.000, voucher: Rp5.000}")
    assert text != source
    (workspace / "offers/total-low.yaml").write_text(text, encoding="utf-8")
    return "offers/total-low.yaml"


CASES = {
    "low-threshold": _low_threshold,
    "two-tier-insurance": lambda ws: "offers/axa-mandiri-health-2018.yaml",
    "capped-early": lambda ws: "offers/uber-rides-2018.yaml",
}


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_talking_points(runner, workspace, case, lang):
    result = run(runner, "offer", "simulate", CASES[case](workspace), "--lang", lang)
    assert result.exit_code == 0, result.output
    points = _points(result.output, lang)
    golden(f"offer/talk-{case}.{lang}.txt", points)
    for word in ("basket", "top up", "topping up", "menghargai", "satu dari"):
        assert word not in points


def test_low_threshold_makes_no_claim_about_the_biggest_purchases(runner, workspace):
    points = _points(run(runner, "offer", "simulate", _low_threshold(workspace)).output, "en")
    assert "one transaction in 1 " not in points and "larger purchases" not in points
    assert "Most transactions" in points


def test_two_tiers_quote_the_effective_rate(runner, workspace):
    points = _points(run(runner, "offer", "simulate", "offers/axa-mandiri-health-2018.yaml").output, "en")
    # 50rb x P(tier 1) + 150rb x P(tier 2) over the qualifying spend: 3.4%, not tier 1's 2.2%.
    assert "3.4% of what qualifying transactions spend" in points
    assert "2.2%" not in points
