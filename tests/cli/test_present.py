"""`pln meeting deck`, `pln meeting brief` and `pln offer deck` as a user runs them."""

from __future__ import annotations

import re

import pytest

from tests.conftest import run

pptx = pytest.importorskip("pptx")


def _titles(data: bytes) -> list[str]:
    from pln_cli.render.deck import slide_titles

    return slide_titles(data)


def test_meeting_deck_is_written_to_decks_and_rebuilt_identically(runner, workspace):
    result = run(runner, "meeting", "deck", "total-spbu-kickoff", "-o", "decks/kickoff.pptx")
    assert result.exit_code == 0, result.output
    first = (workspace / "decks" / "kickoff.pptx").read_bytes()
    assert len(_titles(first)) >= 5
    again = run(runner, "meeting", "deck", "total-spbu-kickoff", "-o", "decks/kickoff.pptx")
    assert again.exit_code == 0 and (workspace / "decks" / "kickoff.pptx").read_bytes() == first


def test_the_deck_speaks_the_workspace_language(runner, workspace):
    en = run(runner, "meeting", "deck", "total-spbu-kickoff", "-o", "decks/en.pptx")
    id_ = run(runner, "meeting", "deck", "total-spbu-kickoff", "-o", "decks/id.pptx", "--lang", "id")
    assert en.exit_code == id_.exit_code == 0
    assert _titles((workspace / "decks" / "en.pptx").read_bytes()) != _titles((workspace / "decks" / "id.pptx").read_bytes())


def test_offer_deck_without_a_meeting(runner, workspace):
    result = run(runner, "offer", "deck", "total-spbu-2017q4", "-o", "decks/offer.pptx", "--date", "2017-09-01")
    assert result.exit_code == 0, result.output
    assert len(_titles((workspace / "decks" / "offer.pptx").read_bytes())) >= 5


@pytest.mark.parametrize("target", ["deals/kickoff.pptx", "decks/kickoff.txt"])
def test_a_deck_never_lands_on_data_or_under_another_name(runner, workspace, target):
    result = run(runner, "meeting", "deck", "total-spbu-kickoff", "-o", target)
    assert result.exit_code == 2
    assert not (workspace / target).exists()


def test_meeting_brief_html_is_self_contained_and_markdown_by_default(runner, workspace):
    result = run(runner, "meeting", "brief", "total-spbu-kickoff", "-o", "brief.html", "--today", "2017-09-10")
    assert result.exit_code == 0, result.output
    html = (workspace / "brief.html").read_text()
    assert html.startswith("<!DOCTYPE html>") and "<script" not in html and "<svg" in html
    markdown = run(runner, "meeting", "brief", "total-spbu-kickoff", "--today", "2017-09-10", "--lang", "id")
    assert markdown.exit_code == 0 and markdown.output.startswith("# Brief internal")


def test_the_brief_of_an_open_deal_has_its_plan_warnings_and_rounded_offer(runner, workspace):
    created = run(runner, "meeting", "new", "hf-followup", "--partner", "happy-fresh", "--deal", "happy-fresh-2018",
                  "--date", "2018-01-25", "--today", "2018-01-20")
    assert created.exit_code == 0, created.output
    text = run(runner, "meeting", "brief", "hf-followup", "--today", "2018-01-20").output
    # our quota of 5.000 vouchers lasts lambda * D = 15,04 days: it runs out on day 16, 2018-01-15 + 15 days
    assert "the quota runs out on day 16 of 90 (2018-01-30)" in text
    plan = text[text.index("## Plan of our offers"):]
    assert "| min_spend     | Rp300.000 | Rp275.000 | Rp250.000 |" in plan
    assert re.search(r"\|\s+Next offer \|\s+Rounded \|", text)
    agreed = run(runner, "meeting", "brief", "total-spbu-kickoff", "--today", "2017-09-10").output
    assert "## Plan of our offers" not in agreed  # a closed deal has no plan left
