"""The partner deck (render/deck.py): slides, partner safety, fit, the same bytes."""

from __future__ import annotations

import dataclasses
import io
import re
import shutil
import zipfile
from datetime import date
from pathlib import Path

import pytest

pytest.importorskip("pptx", reason="python-pptx is not installed (the `deck` extra)")

from pln_cli.api.deals import deal_context
from pln_cli.api.offers import report_of_entry
from pln_cli.api.present import PARTNER_VIEW_TYPES, PartnerView, chart_of, meeting_partner_view, offer_partner_view, partner_view
from pln_cli.load import workspace as ws
from pln_cli.load.meetings import load_meeting
from pln_cli.money import format_rupiah, format_rupiah_short
from pln_cli.render.deck import (
    FIXED_ZIP_TIME,
    deck_bytes,
    font_sizes,
    overflowing_frames,
    slide_titles,
)
from tests.api.test_present import forbidden_fields
from tests.conftest import EXAMPLES

KICKOFF = EXAMPLES / "meetings" / "total-spbu-kickoff.yaml"


@pytest.fixture(autouse=True)
def present_catalogue(monkeypatch):
    """catalog/present.py, merged in when the catalogue does not list it yet."""
    import pln_cli.catalog as catalog
    from pln_cli.catalog import present

    merged = catalog.catalog()
    if "present.and" not in merged:
        monkeypatch.setattr(catalog, "_CATALOG", {**merged, **present.ENTRIES})


TITLES = {
    "en": ["TOTAL SPBU Indonesia × JD.ID", "Your interests, as we understood them", "The scheme",
           "What TOTAL SPBU Indonesia gains", "Why Rp450.000: your own spend data", "Next steps"],
    "id": ["TOTAL SPBU Indonesia × JD.ID", "Kepentingan Anda, sebagaimana kami pahami", "Skemanya",
           "Manfaat bagi TOTAL SPBU Indonesia", "Mengapa Rp450.000: data belanja Anda sendiri", "Langkah berikutnya"],
}


@pytest.fixture(scope="module")
def kickoff_view() -> PartnerView:
    return meeting_partner_view(KICKOFF)


@pytest.mark.parametrize("lang", ["en", "id"])
def test_python_pptx_reads_the_slides_back(kickoff_view, lang):
    from pptx import Presentation

    data = deck_bytes(kickoff_view, lang)
    assert slide_titles(data) == TITLES[lang]
    prs = Presentation(io.BytesIO(data))
    text = "\n".join(s.text_frame.text for slide in prs.slides for s in slide.shapes if s.has_text_frame)
    assert "12 September 2017" in text and "Andi Wijaya" in text
    assert "Rp450.000" in text and "Rp25.000" in text  # money in Indonesian notation in both languages
    assert "More car drivers filling up fully at TOTAL" in text
    if lang == "id":
        assert "Tingkat imbalan efektif: 4,5%" in text  # the decimal comma
    else:
        assert "Effective reward rate: 4.5%" in text


def test_the_criteria_slide_has_a_native_chart(kickoff_view):
    from pptx import Presentation
    from pptx.enum.chart import XL_CHART_TYPE

    prs = Presentation(io.BytesIO(deck_bytes(kickoff_view, "en")))
    slide = prs.slides[4]
    charts = [s for s in slide.shapes if s.has_chart]
    assert len(charts) == 1
    chart = charts[0].chart
    assert chart.chart_type == XL_CHART_TYPE.COLUMN_CLUSTERED
    below, above = chart.plots[0].series
    bars = kickoff_view.criteria.bars
    assert list(chart.plots[0].categories)[:2] == ["0–50rb", "50–100rb"] and len(list(chart.plots[0].categories)) == len(bars)
    # Two series, two colours: below the threshold, and at or above it (the qualifying share).
    assert [v is not None for v in above.values] == [b.qualifying for b in bars]
    assert [v is not None for v in below.values] == [not b.qualifying for b in bars]
    assert sum(v for v in above.values if v is not None) == pytest.approx(kickoff_view.criteria.reach_share)
    assert below.format.fill.fore_color.rgb != above.format.fill.fore_color.rgb
    # The threshold is marked: a line and its label.
    labels = [s.text_frame.text for s in slide.shapes if s.name == "Threshold label"]
    assert labels == ["Threshold Rp450.000"]
    assert any(s.shape_type is not None and "Connector" in s.name for s in slide.shapes)


# --- partner safety ----------------------------------------------------------------------

MARK = "QX7"
TEXT_MARKERS = {
    "batna": f"MARKER-BATNA-{MARK}",
    "deal notes": f"MARKER-DEALNOTE-{MARK}",
    "round notes": f"MARKER-ROUNDNOTE-{MARK}",
    "outcome notes": f"MARKER-OUTCOMENOTE-{MARK}",
    "partner notes": f"MARKER-PARTNERNOTE-{MARK}",
    "person notes": f"MARKER-PERSONNOTE-{MARK}",
    "lobby note": f"MARKER-LOBBYNOTE-{MARK}",
    "lobby next action": f"MARKER-LOBBYNEXT-{MARK}",
    "meeting prep note": f"MARKER-PREPNOTE-{MARK}",
    "meeting objective": f"MARKER-OBJECTIVE-{MARK}",
    "meeting event note": f"MARKER-EVENTNOTE-{MARK}",
    "offer notes": f"MARKER-OFFERNOTE-{MARK}",
    "stance": f"MARKER-STANCE-{MARK}",
}
MONEY_MARKERS = {
    "our reservation (min_spend)": 398_761,
    "their reservation (min_spend)": 423_917,
    "our reservation (voucher)": 31_337,
    "their reservation (voucher)": 24_683,
    "our target (voucher)": 23_417,
    "budget": 151_234_567,
    "avg order value": 301_237,
    "influence": 987_659,
}


def _write_marked_workspace(root: Path) -> None:
    """The TOTAL example with a unique marker in every field the partner must not see."""
    shutil.copytree(EXAMPLES, root)
    m = TEXT_MARKERS
    (root / "partners" / "total-spbu.yaml").write_text(f"""\
id: total-spbu
name: TOTAL SPBU Indonesia
sector: Fuel retail
background: Fuel-station chain.
people:
  - {{name: Rina Hartono, role: Marketing Manager, lobby_class: cosmopolitan, influence: 4, stance: supportive, notes: {m['person notes']}}}
  - {{name: Budi Santoso, role: Head of Retail Operations, lobby_class: key_contact, influence: 5, stance: skeptical, notes: {m['person notes']}}}
their_interests:
  - More car drivers filling up fully at TOTAL
our_interests:
  - New JD.ID customers at a known cost per customer
notes: {m['partner notes']}
""")
    (root / "deals" / "total-spbu-2017.yaml").write_text(f"""\
deal: total-spbu-2017
partner: total-spbu
offer: ../offers/total-spbu-2017q4.yaml
deadline: {{rounds: 5}}
tactic: boulware
batna: {m['batna']}
notes: {m['deal notes']}
issues:
  min_spend: {{better: higher, target: Rp450.000, reservation: Rp398.761, their_reservation: Rp423.917}}
  voucher: {{better: lower, target: Rp23.417, reservation: Rp31.337, their_reservation: Rp24.683}}
...
---
round: 1
date: 2017-09-01
by: us
terms: {{min_spend: Rp450.000, voucher: Rp25.000}}
notes: {m['round notes']}
...
---
round: 2
date: 2017-09-02
by: them
terms: {{min_spend: Rp351.111, voucher: Rp29.871}}
notes: {m['round notes']}
...
---
round: 3
date: 2017-09-03
by: them
terms: {{min_spend: Rp372.223, voucher: Rp28.129}}
...
---
round: 4
date: 2017-09-04
by: them
terms: {{min_spend: Rp389.443, voucher: Rp27.211}}
...
---
outcome: agreed
date: 2017-09-05
terms: {{min_spend: Rp450.000, voucher: Rp25.000}}
notes: {m['outcome notes']}
...
""")
    (root / "lobby" / "total-spbu.yaml").write_text(f"""\
person: Budi Santoso
date: 2017-09-05
step: know
channel: meeting
stance: skeptical
note: {m['lobby note']}
next: {{date: 2017-09-12, action: {m['lobby next action']}}}
...
""")
    offer = (root / "offers" / "total-spbu-2017q4.yaml").read_text()
    offer = offer.replace("period:", f"notes: {m['offer notes']}\nperiod:").replace("budget: 150jt", "budget: Rp151.234.567")
    offer = offer.replace("avg_order_value: Rp300.000", "avg_order_value: Rp301.237").replace("gross_margin: 0.1", "gross_margin: 0.1234")
    offer = offer.replace("upsell:", "partner_margin: 0.0417\n  upsell:")
    (root / "offers" / "total-spbu-2017q4.yaml").write_text(offer)
    (root / "meetings" / "total-spbu-kickoff.yaml").write_text(f"""\
meeting: total-spbu-kickoff
partner: total-spbu
deal: total-spbu-2017
date: 2017-09-12
objective: {m['meeting objective']}
presenters: [Andi Wijaya]
audience: [Rina Hartono, Budi Santoso]
prep:
  topic: {{answer: yes, note: {m['meeting prep note']}}}
...
---
event: submitted
by: Andi Wijaya
date: 2017-09-07
digest: {"0" * 64}
note: {m['meeting event note']}
...
""")


def _forms(amount: int) -> set[str]:
    """Every way a number could be written into a deck."""
    return {str(amount), f"{amount:,}", f"{amount:,}".replace(",", "."), format_rupiah(amount), format_rupiah_short(amount),
            format_rupiah_short(amount).removeprefix("Rp")}


def _parts(data: bytes, prefix: str = "") -> dict[str, bytes]:
    """Every part of a zip, the parts of zips inside it (the chart's workbook) too."""
    found = {}
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            body = archive.read(name)
            found[prefix + name] = body
            if body[:4] == b"PK\x03\x04":
                found.update(_parts(body, f"{prefix}{name}!"))
    return found


def leaks(data: bytes, markers: dict[str, set[str]]) -> list[str]:
    """`part: what (form)` for each marker found anywhere in the deck."""
    found = []
    for name, body in _parts(data).items():
        text = body.decode("utf-8", errors="replace")
        for what, forms in markers.items():
            for form in forms:
                if form in text:
                    found.append(f"{name}: {what} ({form})")
    return found


def safety_problems(view_types: list[type], data: bytes, markers: dict[str, set[str]]) -> list[str]:
    """The partner-safety check: no forbidden field in the view's types, no marker in the deck."""
    return forbidden_fields(view_types) + leaks(data, markers)


@pytest.fixture(scope="module")
def marked(tmp_path_factory):
    """The marked workspace's view (with stances and influence planted in the
    partner model too, where a file cannot hold a unique marker) and all markers."""
    root = tmp_path_factory.mktemp("marked") / "ws"
    _write_marked_workspace(root)
    meeting = root / "meetings" / "total-spbu-kickoff.yaml"
    markers = {what: {text} for what, text in TEXT_MARKERS.items()}
    markers.update({what: _forms(amount) for what, amount in MONEY_MARKERS.items()})
    markers["gross margin"] = {"0.1234", "12.34%", "12,34%"}
    markers["partner margin"] = {"0.0417", "4.17%", "4,17%"}
    # Their estimated reservations, read from their three offers: unique numbers.
    context = deal_context(root / "deals" / "total-spbu-2017.yaml")
    estimates = {k: e.value for k, e in context.estimates.items() if e.value is not None}
    assert set(estimates) == {"min_spend", "voucher"}
    for key, value in estimates.items():
        markers[f"estimate ({key})"] = _forms(int(value))
    # Our own figures: net cost, CAC, gross profit, value for us.
    entry = ws.load_offer(root / "offers" / "total-spbu-2017q4.yaml")
    report = report_of_entry(entry)
    result = report.base.result
    for what, amount in (("our net cost", result.our_net_cost), ("CAC", result.cac), ("gross profit", result.gross_profit),
                         ("value for us", report.base.values.value_us), ("value for them", report.base.values.value_them)):
        markers[what] = _forms(int(round(amount)))
    view = meeting_partner_view(meeting)
    assert view.agreed  # the outcome's terms, agreed before the meeting, are the ones shown
    # Stance and influence are vocabularies in the files: plant markers in the models.
    partner = ws.partner_at(root, "total-spbu")
    people = [p.model_copy(update={"stance": TEXT_MARKERS["stance"], "influence": MONEY_MARKERS["influence"]}) for p in partner.people]
    partner = partner.model_copy(update={"people": people})
    plan = load_meeting(meeting).plan
    direct = partner_view(report, chart_of(entry, report.base), partner=partner, plan=plan)
    return view, direct, markers


@pytest.mark.parametrize("lang", ["en", "id"])
def test_no_marker_reaches_the_deck(marked, lang):
    view, direct, markers = marked
    for v in (view, direct):
        data = deck_bytes(v, lang)
        parts = _parts(data)
        # The search covers slides, the chart, its embedded workbook and any notes.
        assert any(n.startswith("ppt/slides/slide") for n in parts)
        assert any(n.startswith("ppt/charts/chart") for n in parts)
        assert any("!xl/worksheets/" in n for n in parts)
        assert safety_problems(list(PARTNER_VIEW_TYPES), data, markers) == []


def test_the_safety_check_fails_when_the_view_gets_a_forbidden_field(marked):
    """A view type given a `batna` field fails the check, and so does a deck
    that shows a marker, in a slide or only in the chart's workbook."""
    view, _, markers = marked
    leaky_type = dataclasses.make_dataclass("LeakyView", [("batna", str, dataclasses.field(default=""))], bases=(PartnerView,), frozen=True)
    leaky = leaky_type(**{f.name: getattr(view, f.name) for f in dataclasses.fields(PartnerView)}, batna=TEXT_MARKERS["batna"])
    assert "LeakyView.batna" in safety_problems([leaky_type, *PARTNER_VIEW_TYPES], deck_bytes(leaky, "en"), markers)
    # A builder that let the BATNA through a whitelisted field is caught by the search.
    shown = dataclasses.replace(view, their_interests=view.their_interests + (TEXT_MARKERS["batna"],))
    assert any("slide" in p and "batna" in p for p in leaks(deck_bytes(shown, "en"), markers))
    # ... and so is a marker that reaches only the chart's data.
    bars = list(view.criteria.bars)
    bars[0] = dataclasses.replace(bars[0], share=0.398761)
    in_chart = dataclasses.replace(view, criteria=dataclasses.replace(view.criteria, bars=tuple(bars)))
    found = leaks(deck_bytes(in_chart, "en"), {"our reservation": {"398761"}})
    assert any("!xl/worksheets/" in p for p in found) and any(p.startswith("ppt/charts/") for p in found)


# --- the same bytes ------------------------------------------------------------------------


def test_the_same_input_gives_the_same_bytes(kickoff_view):
    first = deck_bytes(kickoff_view, "id")
    again = deck_bytes(meeting_partner_view(KICKOFF), "id")
    assert first == again
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        names = archive.namelist()
        assert names[0] == "[Content_Types].xml" and names[1:] == sorted(names[1:])
        assert {i.date_time for i in archive.infolist()} == {FIXED_ZIP_TIME}
        core = archive.read("docProps/core.xml").decode()
        assert "2017-09-12T00:00:00Z" in core and "<cp:revision>1</cp:revision>" in core
        workbook = next(n for n in names if n.endswith(".xlsx"))
        with zipfile.ZipFile(io.BytesIO(archive.read(workbook))) as inner:
            assert {i.date_time for i in inner.infolist()} == {FIXED_ZIP_TIME}
            assert "2017-09-12T00:00:00Z" in inner.read("docProps/core.xml").decode()
    assert deck_bytes(kickoff_view, "en") != first  # the language is part of the input


# --- readable, and nothing overflows --------------------------------------------------------


def _crowded(view: PartnerView) -> PartnerView:
    long_name = "PT Perusahaan Perdagangan Bahan Bakar dan Pelumas Nusantara Sejahtera Abadi Tbk"
    interests = tuple(f"Interest {i}: " + "a long sentence about what the partner wants from the promotion, " * (1 + i % 3) for i in range(9))
    voucher = dataclasses.replace(view.scheme.voucher, product="JD Voucher Super Hemat Akhir Tahun Spesial")
    return dataclasses.replace(view, partner_name=long_name, their_interests=interests,
                               presenters=("Andi Wijaya", "Sari Wulandari", "Hendra Gunawan", "Rina Hartono"),
                               scheme=dataclasses.replace(view.scheme, voucher=voucher))


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize("crowded", [False, True])
def test_every_text_frame_holds_its_text_at_18_points_or_more(kickoff_view, lang, crowded):
    view = _crowded(kickoff_view) if crowded else kickoff_view
    data = deck_bytes(view, lang)
    assert overflowing_frames(data) == []
    assert min(size for _, _, size in font_sizes(data)) >= 18
    if crowded:  # nine long interests continue on a second slide
        assert len(slide_titles(data)) == 7
        assert slide_titles(data)[2].endswith("(continued)" if lang == "en" else "(lanjutan)")


def test_the_fit_check_can_fail(kickoff_view):
    """A frame made too small for its text is reported."""
    from pptx import Presentation
    from pptx.util import Inches

    prs = Presentation(io.BytesIO(deck_bytes(kickoff_view, "en")))
    box = next(s for s in prs.slides[5].shapes if s.has_text_frame and s.text_frame.text.strip() and s.name != "Title")
    box.height = Inches(0.5)
    out = io.BytesIO()
    prs.save(out)
    problems = overflowing_frames(out.getvalue())
    assert len(problems) == 1 and problems[0].startswith("slide 6")


# --- other applications ---------------------------------------------------------------------


def test_libreoffice_converts_the_deck_to_pdf(kickoff_view, tmp_path):
    """Impress opens the deck: one PDF page per slide (skipped without LibreOffice)."""
    from pln_cli.render.brief import pdf_page_count
    from pln_cli.render.deck import deck_pdf, find_soffice

    if find_soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install libreoffice-impress")
    deck = tmp_path / "deck.pptx"
    deck.write_bytes(deck_bytes(kickoff_view, "id"))
    pdf = deck_pdf(deck, tmp_path)
    assert pdf_page_count(pdf.read_bytes()) == 6
    assert re.search(rb"/MediaBox\s*\[\s*0\s+0\s+9[56]\d", pdf.read_bytes())  # 16:9, 960 x 540 points


@pytest.mark.parametrize("offer", sorted(p.name for p in (EXAMPLES / "offers").glob("*.yaml")))
def test_every_example_offer_makes_a_deck_that_fits(offer):
    """`pln offer deck`: no meeting (no presenters), tiers, multiples, a lognormal."""
    view = offer_partner_view(EXAMPLES / "offers" / offer, day=date(2018, 1, 5))
    data = deck_bytes(view, "id")
    assert len(slide_titles(data)) == 6
    assert overflowing_frames(data) == []
    assert min(size for _, _, size in font_sizes(data)) >= 18


def test_text_from_data_is_shown_not_obeyed(kickoff_view):
    hostile = dataclasses.replace(kickoff_view, partner_name="<b>TOTAL</b> & \x1b[2J Co",
                                  their_interests=("</a:t><a:t>injected", "bell \x07 here"))
    data = deck_bytes(hostile, "en")
    titles = slide_titles(data)
    assert titles[0] == "<b>TOTAL</b> & \\x1b[2J Co × JD.ID"
    slide2 = _parts(data)["ppt/slides/slide2.xml"].decode()
    assert "&lt;/a:t&gt;&lt;a:t&gt;injected" in slide2 and "\\x07" in slide2
    assert overflowing_frames(data) == []
