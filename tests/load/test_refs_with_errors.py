"""A bad reference is reported in the same run as the file's other errors."""

from __future__ import annotations

from tests.conftest import run


def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_an_invalid_offer_still_has_its_partner_checked(workspace, runner):
    offer = workspace / "offers" / "uber-rides-2018.yaml"
    _edit(offer, "partner: uber\n", "partner: nobody\n")
    _edit(offer, "period: {days: 30}", "period: {days: 30, bogus: 1}")
    result = run(runner, "check")
    assert result.exit_code == 1
    assert 'unknown-partner]: no partner "nobody"' in result.output
    assert 'unknown-field]: unknown field "bogus"' in result.output


def test_an_invalid_deal_still_has_its_partner_and_offer_checked(workspace, runner):
    deal = workspace / "deals" / "uber-2018.yaml"
    _edit(deal, "partner: uber\n", "partner: nobody\n")
    _edit(deal, "offer: uber-rides-2018\n", "offer: no-such-offer\n")
    _edit(deal, "deadline: {rounds: 2}", "deadline: {rounds: 0}")
    result = run(runner, "check")
    assert result.exit_code == 1
    assert "deals/uber-2018.yaml:2:10: error[unknown-partner]" in result.output
    assert "error[unknown-offer]" in result.output
    assert "error[count]" in result.output


def test_a_malformed_reference_is_reported_once(workspace, runner):
    offer = workspace / "offers" / "uber-rides-2018.yaml"
    _edit(offer, "partner: uber\n", "partner: Not A Slug\n")
    result = run(runner, "check")
    assert result.exit_code == 1
    assert "unknown-partner" not in result.output
