"""Rendering: localised values, the Rich path, and text from data kept inert."""

from __future__ import annotations

import io

import pytest

from pln_cli.render.document import Document, Section, Table, make_console, to_markdown, to_plain, to_rich
from pln_cli.render.safe import visible
from pln_cli.render.values import show, show_term, show_terms

HOSTILE = ["[/]Uber", "[link=https://evil.example]click[/link]", "\x1b[2Jclear", "\x1b]0;title\x07", "\x1b]8;;https://x\x1b\\link\x1b]8;;\x1b\\"]


@pytest.mark.parametrize("kind, value, en, id_", [
    ("money", 450000, "Rp450.000", "Rp450.000"),
    ("share", 0.125, "12.5%", "12,5%"),
    ("count", 12345, "12,345", "12.345"),
    ("ratio", -0.25, "-25.0%", "-25,0%"),
    ("day", 61.0, "61", "61"),
    ("money", None, "n/a", "t/a"),
])
def test_show_is_localised(kind, value, en, id_):
    assert (show(kind, value, "en"), show(kind, value, "id")) == (en, id_)


def test_terms_use_the_decimal_comma_in_indonesian():
    assert show_term("partner_share", 0.125, "id") == "12,5%"
    assert show_terms({"min_spend": 400000, "partner_share": 0.125}, "en") == "min_spend Rp400.000, partner_share 12.5%"


def _document(text: str) -> Document:
    return Document(text, [text], [Section(text, text=[text], table=Table([text, "x"], [[text, "1"]]), bullets=[text], preformatted=[text])])


def _rich(document: Document) -> str:
    buffer = io.StringIO()
    to_rich(document, make_console(buffer))
    return buffer.getvalue()


def test_rich_shows_a_table_with_its_cells():
    doc = Document("Title", ["sub"], [Section("Numbers", table=Table(["Metric", "Value"], [["Cost", "Rp1.000"]]), bullets=["one"], numbered=True)])
    out = _rich(doc)
    assert "Title" in out and "Metric" in out and "Rp1.000" in out and "1. one" in out.replace("  ", " ")


@pytest.mark.parametrize("text", HOSTILE)
def test_text_from_data_is_never_markup_or_an_escape(text):
    for out in (_rich(_document(text)), to_plain(_document(text)), to_markdown(_document(text))):
        assert "\x1b" not in out and "\x07" not in out
        if text.startswith("["):
            assert text in out  # shown literally, not eaten as markup


def test_visible_writes_controls_out():
    assert visible("a\x1bb\x07c\u202ed") == "a\\x1bb\\x07c\\u202ed"
    assert visible("two\nlines") == "two\\nlines"
    assert visible("two\nlines", keep_newlines=True) == "two\nlines"
