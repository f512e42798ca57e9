"""`pln meeting deck`, `pln meeting brief` and `pln offer deck` as a user runs them."""

from __future__ import annotations

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
