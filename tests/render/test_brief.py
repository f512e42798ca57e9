"""The internal brief (render/brief.py): one self-contained HTML page, and Markdown."""

from __future__ import annotations

import os
import re
import shutil
import struct
import zlib
from datetime import date

import pytest

pytest.importorskip("jinja2", reason="Jinja2 is not installed")

from pln_cli.api.present import meeting_brief
from pln_cli.render.brief import (
    brief_html,
    brief_markdown,
    brief_pages,
    chromium_pdf,
    chromium_png,
    find_chromium,
    pdf_page_count,
)
from tests.conftest import EXAMPLES

KICKOFF = EXAMPLES / "meetings" / "total-spbu-kickoff.yaml"
TODAY = date(2017, 9, 10)


@pytest.fixture(autouse=True)
def present_catalogue(monkeypatch):
    """catalog/present.py, merged in when the catalogue does not list it yet."""
    import pln_cli.catalog as catalog
    from pln_cli.catalog import present

    merged = catalog.catalog()
    if "present.and" not in merged:
        monkeypatch.setattr(catalog, "_CATALOG", {**merged, **present.ENTRIES})


@pytest.fixture(scope="module")
def brief():
    return meeting_brief(KICKOFF, TODAY)


HEADINGS = {
    "en": ["Readiness and approval", "Audience and lobby", "Economics of both sides", "Spend distribution (what the deck shows)",
           "The deal so far", "Offer convergence", "Next offer and BATNA"],
    "id": ["Kesiapan dan acc", "Audiens dan lobi", "Ekonomi kedua pihak", "Distribusi belanja (yang ditampilkan di deck)",
           "Kesepakatan sejauh ini", "Konvergensi penawaran", "Penawaran berikutnya dan BATNA"],
}


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_brief_holds_what_the_team_needs(brief, lang):
    html = brief_html(brief, lang)
    for heading in HEADINGS[lang]:
        assert f"<h2>{heading}</h2>" in html
    assert "Budi Santoso" in html and ("skeptical" in html or "skeptis" in html)  # the audience with stances
    assert "Rp400.000" in html  # our reservation: internal, so here it belongs
    assert "Run the same scheme with another fuel chain" in html  # the BATNA
    assert "Rp71.782.812" in html  # our net cost
    assert html.count("<svg") == 2  # the spend distribution and the offer convergence
    md = brief_markdown(brief, lang)
    for heading in HEADINGS[lang]:
        assert f"## {heading}" in md
    assert "BATNA: Run the same scheme with another fuel chain" in md
    assert "<svg" not in md and "```" in md  # charts as text


def test_the_html_is_self_contained(brief):
    html = brief_html(brief, "en")
    assert "<script" not in html.lower()
    assert "http://" not in html and "https://" not in html
    assert not re.search(r"""(?:src|href)\s*=|url\(|@import|<link|<img|<iframe|<object|<embed""", html, re.I)
    assert "<style>" in html and "@page { size: A4" in html
    assert brief_html(brief, "en") == html  # the same brief, the same page


def test_hostile_text_is_escaped(tmp_path):
    root = tmp_path / "ws"
    shutil.copytree(EXAMPLES, root)
    partner = root / "partners" / "total-spbu.yaml"
    text = partner.read_text().replace("name: TOTAL SPBU Indonesia", "name: \"<script>alert(1)</script>\"")
    text = text.replace("  - Visibility among online shoppers", "  - \"<img src=x onerror=alert(2)> \\e[2J</td>\"")
    partner.write_text(text)
    meeting = root / "meetings" / "total-spbu-kickoff.yaml"
    hostile = meeting_brief(meeting, TODAY)
    assert hostile.partner_name == "<script>alert(1)</script>"
    html = brief_html(hostile, "en")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script" not in html.lower() and "<img" not in html.lower()
    md = brief_markdown(hostile, "en")
    assert "\x1b" not in md and "\x1b" not in html


# --- a real browser ----------------------------------------------------------------------------


def png_rows(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and the filtered scanlines of a PNG, read with zlib and struct only.

    A page of one colour has the same scanline over and over (its filter
    byte included); a page with text and charts has hundreds of different ones."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height, channels = 8, b"", 0, 0, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (0, 2, 4, 6)
            channels = {0: 1, 2: 3, 4: 2, 6: 4}[colour]
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels + 1
    assert len(raw) == stride * height
    return width, height, [raw[y * stride:(y + 1) * stride] for y in range(height)]


def _png(width: int, height: int, row: bytes) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    raw = b"".join(b"\x00" + row for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def test_the_png_check_sees_a_blank_page():
    """The check below can fail: a one-colour picture has one distinct scanline."""
    width, height, rows = png_rows(_png(40, 30, b"\xff\xff\xff" * 40))
    assert (width, height) == (40, 30) and len(set(rows)) == 1
    assert len(set(png_rows(_png(40, 30, b"\x10\x20\x30" * 40))[2])) == 1


CHROMIUM_REASON = "no Chromium found (apt-get install chromium; or set PLN_CHROMIUM): the browser test runs in CI"


def need_chromium() -> None:
    """Skip without a browser, except in CI (CI=true), where .ci/run installs one."""
    if find_chromium() is None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("CI must run the browser test: " + CHROMIUM_REASON)
        pytest.skip(CHROMIUM_REASON)


@pytest.mark.parametrize("lang", ["en", "id"])
def test_chromium_draws_and_prints_the_brief(brief, lang, tmp_path):
    need_chromium()
    page = tmp_path / "brief.html"
    page.write_text(brief_html(brief, lang), encoding="utf-8")
    png = chromium_png(page, tmp_path / "brief.png", width=900, height=1200)
    width, height, rows = png_rows(png.read_bytes())
    assert (width, height) == (900, 1200)
    assert len(set(rows)) > 200, "the page is blank, or nearly"
    try:  # with Pillow at hand, count colours too
        from PIL import Image
    except ImportError:
        pass
    else:
        with Image.open(png) as picture:
            colours = picture.convert("RGB").getcolors(maxcolors=1 << 20)
        assert colours is not None and len(colours) > 50
        background = max(colours)[0]
        assert background < width * height * 0.97, "almost nothing is drawn"
    pdf = chromium_pdf(page, tmp_path / "brief.pdf").read_bytes()
    assert pdf_page_count(pdf) == brief_pages(brief, lang).page_count == 3
    assert re.search(rb"/MediaBox\s*\[\s*0\s+0\s+59[45]\.\d*\s+841\.\d*", pdf)  # A4 in points
