"""The partner deck: a .pptx drawn from a `PartnerView` (api/present.py).

    data = deck_bytes(view, "id")          # the whole file, byte for byte the same for the same view
    overflowing_frames(data) == []          # every text frame holds its text

Six slides, 16:9: the title (both names, the date), their interests as we
understood them, the scheme, what the partner gains, the objective
criteria (their spend distribution as a native PowerPoint chart, the
threshold marked and the qualifying share in the accent colour), next
steps.  Only a `PartnerView` goes in, so only what the partner may see
comes out.

Readable in a room: body text 18 pt or more, titles 24 pt or more.  Text
boxes are sized from their content with Arial's glyph widths
(`text_height`): a font is made smaller (never under 18 pt) until the text
fits, and a list that still does not fit goes on to a continuation slide.
`overflowing_frames` reads a written deck back and checks every text frame
and table cell against the same measure.

Byte-identical output: the core properties (created, modified, printed,
revision, author) are fixed from the view, and the zip is rewritten with
its entries in a fixed order and a fixed timestamp, the chart's embedded
workbook included.  python-pptx is imported inside the functions: it is
needed only by whoever makes a deck (`pip install 'pln-cli[deck]'`).
"""

from __future__ import annotations

import io
import math
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from pln_cli.api.present import NextStep, PartnerView, SpendChart
from pln_cli.i18n import number, percent, tr
from pln_cli.money import format_rupiah, format_rupiah_short
from pln_cli.render.safe import visible

# --- geometry and look ------------------------------------------------------------------

SLIDE_W, SLIDE_H = 13.333, 7.5  # inches, 16:9
LEFT = 0.7
CONTENT_W = SLIDE_W - 2 * LEFT
TITLE_TOP, TITLE_H = 0.45, 1.0
BODY_TOP, BODY_BOTTOM = 1.75, 7.05
FONT = "Arial"
TITLE_SIZES = (32, 30, 28, 26, 24)
BODY_SIZES = (24, 22, 20, 18)
MIN_BODY = 18
INSET_X, INSET_Y = 0.1, 0.05  # text box insets, inches
LINE = 1.2  # line height, in font sizes
MAX_BULLETS = 5  # a list longer than this continues on the next slide

NAVY = "1F2A44"
ACCENT = "C8102E"  # the qualifying share, the accent bar
GREY = "A7B1C2"  # spend below the threshold
INK = "2B2B2B"
MUTED = "5B6577"
TILE = "F1F3F7"
WHITE = "FFFFFF"
FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


# --- measuring text ---------------------------------------------------------------------

# Advance widths of Arial (the same as Helvetica's), in thousandths of an em,
# for printable ASCII; anything else counts as a wide glyph.
_WIDTHS = dict(zip(
    " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~",
    [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278]
    + [556] * 10
    + [278, 278, 584, 584, 584, 556, 1015]
    + [667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611]
    + [278, 278, 278, 469, 556, 333]
    + [556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500]
    + [334, 260, 334, 584],
))
_WIDE = 1000  # a glyph outside the table (accents, CJK): counted as an em, to be safe
_SAFETY = 1.06  # renderers differ a little in kerning and hinting
BOLD = 1.1


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width of `text` on one line, in inches."""
    em = sum(_WIDTHS.get(ch, 556 if ch in "–—•×≥" else _WIDE) for ch in text) / 1000
    return em * size / 72 * (BOLD if bold else 1.0) * _SAFETY


def wrapped_lines(text: str, size: float, width: float, bold: bool = False) -> int:
    """Lines that `text` takes in a box `width` inches wide (greedy word wrap, as renderers do)."""
    total = 0
    for paragraph in text.split("\n"):
        lines, used = 1, 0.0
        space = text_width(" ", size, bold)
        for word in paragraph.split(" "):
            w = text_width(word, size, bold)
            if used and used + space + w > width:
                lines, used = lines + 1, 0.0
            if w > width:  # a word longer than the line is broken anywhere
                extra = math.ceil(w / width) - 1
                lines += extra
                used = w - extra * width
            else:
                used = used + space + w if used else w
        total += lines
    return total


@dataclass(frozen=True)
class Para:
    """One paragraph of a text box."""

    text: str
    size: float
    bold: bool = False
    italic: bool = False
    color: str = INK
    bullet: str | None = None  # None | "bullet" | "number"
    space_before: float = 0.0  # points
    align: str = "left"  # left | center | right


INDENT = 0.4  # a bullet's hanging indent, inches


def text_height(paras: Sequence[Para], width: float) -> float:
    """The height in inches of a text box `width` wide holding `paras`, insets included."""
    inner = width - 2 * INSET_X
    height = 2 * INSET_Y
    for p in paras:
        usable = inner - (INDENT if p.bullet else 0.0)
        lines = wrapped_lines(p.text, p.size, usable, p.bold)
        height += lines * p.size * LINE / 72 + p.space_before / 72
    return height


def _sized(paras: Sequence[Para], size: float) -> list[Para]:
    """The same paragraphs at `size` (each keeps its size relative to the first)."""
    if not paras:
        return []
    base = paras[0].size
    return [replace(p, size=max(MIN_BODY, round(p.size * size / base)), space_before=p.space_before * size / base) for p in paras]


def fit(paras: Sequence[Para], width: float, height: float, sizes: Sequence[float] = BODY_SIZES) -> list[Para] | None:
    """`paras` at the largest of `sizes` that fits `width` x `height`, or None."""
    for size in sizes:
        sized = _sized(paras, size)
        if text_height(sized, width) <= height:
            return sized
    return None


# --- the deck -----------------------------------------------------------------------------


def deck_bytes(view: PartnerView, lang: str = "en") -> bytes:
    """The deck as the bytes of a .pptx file: the same view gives the same bytes."""
    from pptx import Presentation
    from pptx.util import Inches

    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(SLIDE_W), Inches(SLIDE_H)
    deck = _Deck(prs, view, lang)
    deck.title_slide()
    deck.interests_slides()
    deck.scheme_slide()
    deck.gains_slide()
    deck.criteria_slide()
    deck.steps_slides()
    _core_properties(prs, view, lang)
    out = io.BytesIO()
    prs.save(out)
    return normalise_zip(out.getvalue(), _stamp(view).encode("ascii"))


def _stamp(view: PartnerView) -> str:
    day = view.day or date(2000, 1, 1)
    return f"{day.isoformat()}T00:00:00Z"


def slide_titles(data: bytes) -> list[str]:
    """The title of each slide of a deck (the text of its shape named "Title")."""
    from pptx import Presentation

    prs = Presentation(io.BytesIO(data))
    titles = []
    for slide in prs.slides:
        found = [s.text_frame.text for s in slide.shapes if s.name == "Title" and s.has_text_frame]
        titles.append(found[0] if found else "")
    return titles


class _Deck:
    def __init__(self, prs: Any, view: PartnerView, lang: str) -> None:
        self.prs, self.view, self.lang = prs, view, lang
        self.blank = prs.slide_layouts[6]

    # --- building blocks ---------------------------------------------------------------

    def tr(self, key: str, **params: Any) -> str:
        return tr(key, self.lang, **params)

    def new_slide(self, title: str | None) -> Any:
        slide = self.prs.slides.add_slide(self.blank)
        if title is not None:
            paras = fit([Para(title, TITLE_SIZES[0], bold=True, color=NAVY)], CONTENT_W, TITLE_H, TITLE_SIZES)
            if paras is None:  # a very long partner name: the smallest title size, two lines
                paras = [Para(title, TITLE_SIZES[-1], bold=True, color=NAVY)]
            box = self.text(slide, LEFT, TITLE_TOP, CONTENT_W, paras, height=max(TITLE_H, text_height(paras, CONTENT_W)), anchor="bottom")
            box.name = "Title"
            self.rect(slide, LEFT + INSET_X, TITLE_TOP + TITLE_H + 0.08, 1.3, 0.07, ACCENT)
        return slide

    def rect(self, slide: Any, x: float, y: float, w: float, h: float, fill: str, rounded: bool = False) -> Any:
        from pptx.dml.color import RGBColor
        from pptx.enum.shapes import MSO_SHAPE
        from pptx.oxml.ns import qn
        from pptx.util import Inches

        shape = slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE if rounded else MSO_SHAPE.RECTANGLE, Inches(x), Inches(y), Inches(w), Inches(h))
        shape.fill.solid()
        shape.fill.fore_color.rgb = RGBColor.from_string(fill)
        shape.line.fill.background()
        style = shape._element.find(qn("p:style"))
        if style is not None:  # the theme's style would add a shadow in some applications
            shape._element.remove(style)
        if rounded:
            shape.adjustments[0] = 0.06
        return shape

    def text(self, slide: Any, x: float, y: float, w: float, paras: Sequence[Para], height: float | None = None,
             anchor: str = "top", shape: Any = None) -> Any:
        """A text box (or `shape`'s frame) holding `paras`, as tall as they need."""
        from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE
        from pptx.util import Inches

        h = height if height is not None else text_height(paras, w)
        if shape is None:
            shape = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
        frame = shape.text_frame
        frame.word_wrap = True
        frame.auto_size = MSO_AUTO_SIZE.NONE
        frame.margin_left = frame.margin_right = Inches(INSET_X)
        frame.margin_top = frame.margin_bottom = Inches(INSET_Y)
        frame.vertical_anchor = {"top": MSO_ANCHOR.TOP, "middle": MSO_ANCHOR.MIDDLE, "bottom": MSO_ANCHOR.BOTTOM}[anchor]
        self.fill_frame(frame, paras)
        return shape

    def fill_frame(self, frame: Any, paras: Sequence[Para]) -> None:
        from pptx.dml.color import RGBColor
        from pptx.enum.text import PP_ALIGN
        from pptx.util import Inches, Pt

        for index, p in enumerate(paras):
            paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
            paragraph.alignment = {"left": PP_ALIGN.LEFT, "center": PP_ALIGN.CENTER, "right": PP_ALIGN.RIGHT}[p.align]
            paragraph.line_spacing = 1.0
            if p.space_before:
                paragraph.space_before = Pt(p.space_before)
            if p.bullet:
                _bullet(paragraph, p.bullet, Inches(INDENT))
            run = paragraph.add_run()
            run.text = p.text
            font = run.font
            font.name = FONT
            font.size = Pt(p.size)
            font.bold = p.bold
            font.italic = p.italic
            font.color.rgb = RGBColor.from_string(p.color)

    # --- slides -------------------------------------------------------------------------

    def title_slide(self) -> None:
        v = self.view
        slide = self.new_slide(None)
        self.rect(slide, 0, 0, SLIDE_W, SLIDE_H, NAVY)
        self.rect(slide, LEFT + INSET_X, 2.35, 1.6, 0.1, ACCENT)
        names = f"{_clean(v.partner_name)} × {_clean(v.our_name)}"
        kind = self.tr("present.deck.kind.agreed" if v.agreed else "present.deck.kind.proposal")
        paras = fit([Para(names, 44, bold=True, color=WHITE)], CONTENT_W, 1.5, (44, 40, 36, 32, 28)) or [Para(names, 28, bold=True, color=WHITE)]
        box = self.text(slide, LEFT, 2.55, CONTENT_W, paras)
        box.name = "Title"
        y = 2.55 + text_height(paras, CONTENT_W) + 0.1
        lines = [Para(kind, 24, color="C9D3E6"), Para(self.headline(), 28, bold=True, color=WHITE, space_before=6)]
        when = [x for x in (_long_date(v.day, self.lang) if v.day else None,) if x]
        if v.presenters:
            when.append(self.tr("present.deck.presenters", names=join_names([_clean(p) for p in v.presenters], self.lang)))
        lines += [Para(text, 20, color="C9D3E6", space_before=14 if i == 0 else 2) for i, text in enumerate(when)]
        lines = fit(lines, CONTENT_W, SLIDE_H - 0.5 - y, (24, 22, 20)) or _sized(lines, MIN_BODY)
        self.text(slide, LEFT, y, CONTENT_W, lines)

    def headline(self) -> str:
        s = self.view.scheme
        product = _clean(s.voucher.product) if s.voucher.product else self.tr("present.deck.voucher")
        first = s.tiers[0]
        key = "present.deck.headline" if len(s.tiers) == 1 else "present.deck.headline.tiers"
        return self.tr(key, min_spend=format_rupiah(first.min_spend), voucher=format_rupiah(first.voucher), product=product)

    def bullet_slides(self, title: str, items: list[str], closing: Para | None = None, numbered: bool = False) -> None:
        """A list, MAX_BULLETS a slide (fewer when they do not fit), then `closing`."""
        kind = "number" if numbered else "bullet"
        rest = list(items)
        first = True
        start = 0
        while True:
            count = min(len(rest), MAX_BULLETS)
            while True:
                chunk = rest[:count]
                last = count == len(rest)
                paras = [Para(_clean(text), BODY_SIZES[0], bullet=kind, space_before=0 if i == 0 else 12) for i, text in enumerate(chunk)]
                if last and closing is not None:
                    paras.append(closing)
                sized = fit(paras, CONTENT_W, BODY_BOTTOM - BODY_TOP)
                if sized is not None or count <= 1:
                    break
                count -= 1
            if sized is None:  # one item longer than a slide: smallest size, as tall as the body
                sized = _sized(paras, MIN_BODY)
            if numbered and start:
                sized = [replace(p, bullet=f"number:{start + 1}") if i == 0 else p for i, p in enumerate(sized)]
            slide = self.new_slide(title if first else self.tr("present.deck.continued", title=title))
            self.text(slide, LEFT, BODY_TOP, CONTENT_W, sized, height=min(text_height(sized, CONTENT_W), BODY_BOTTOM - BODY_TOP))
            first = False
            start += count
            rest = rest[count:]
            if not rest:
                return

    def interests_slides(self) -> None:
        title = self.tr("present.deck.interests.title")
        interests = list(self.view.their_interests)
        if not interests:
            slide = self.new_slide(title)
            self.text(slide, LEFT, BODY_TOP, CONTENT_W, [Para(self.tr("present.deck.interests.none"), BODY_SIZES[0])])
            return
        closing = Para(self.tr("present.deck.interests.check"), 22, italic=True, color=ACCENT, space_before=28)
        self.bullet_slides(title, interests, closing)

    def scheme_slide(self) -> None:
        s, lang = self.view.scheme, self.lang
        slide = self.new_slide(self.tr("present.deck.scheme.title"))
        headers = [self.tr("present.deck.scheme.spend"), self.tr("present.deck.scheme.voucher"), self.tr("present.deck.scheme.rate")]
        rows = [[self.tr("present.deck.scheme.from", amount=format_rupiah(tier.min_spend)), format_rupiah(tier.voucher), percent(tier.reward_rate, lang)]
                for tier in s.tiers]
        width = min(CONTENT_W, 9.0)
        bottom = self.table(slide, LEFT + INSET_X, BODY_TOP, width, [0.44, 0.28, 0.28], headers, rows)
        items = []
        if s.effective_reward_rate is not None:
            items.append(self.tr("present.deck.scheme.effective", rate=percent(s.effective_reward_rate, lang)))
        if s.stacking == "per_multiple":
            cap = s.max_per_transaction
            key = "present.deck.scheme.multiple_cap" if cap else "present.deck.scheme.multiple"
            items.append(self.tr(key, min_spend=format_rupiah(s.tiers[0].min_spend), cap=cap))
        else:
            items.append(self.tr("present.deck.scheme.one" if len(s.tiers) == 1 else "present.deck.scheme.highest"))
        terms = [_clean(s.voucher.product)] if s.voucher.product else []
        if s.voucher.min_order is not None:
            terms.append(self.tr("present.deck.scheme.min_order", ours=_clean(self.view.our_name), amount=format_rupiah(s.voucher.min_order)))
        if s.voucher.valid_days is not None:
            terms.append(self.tr("present.deck.scheme.valid", days=s.voucher.valid_days))
        if terms:
            items.append(self.tr("present.deck.scheme.voucher_line", terms=", ".join(terms)))
        if s.start is not None and s.end is not None:
            items.append(self.tr("present.deck.scheme.period", start=_long_date(s.start, lang), end=_long_date(s.end, lang), days=s.days))
        else:
            items.append(self.tr("present.deck.scheme.period_days", days=s.days))
        if s.quota is not None:
            items.append(self.tr("present.deck.scheme.quota", quota=number(s.quota, lang)))
        top = bottom + 0.3
        paras = [Para(text, 22, bullet="bullet", space_before=0 if i == 0 else 8) for i, text in enumerate(items)]
        sized = fit(paras, CONTENT_W, BODY_BOTTOM - top, (22, 20, 18)) or _sized(paras, MIN_BODY)
        self.text(slide, LEFT, top, CONTENT_W, sized)

    def table(self, slide: Any, x: float, y: float, width: float, shares: Sequence[float], headers: list[str], rows: list[list[str]]) -> float:
        """A table sized to its text; returns its bottom edge."""
        from pptx.dml.color import RGBColor
        from pptx.util import Inches

        widths = [width * s for s in shares]
        size = 20
        heights = []
        for r, cells in enumerate([headers] + rows):
            paras = [[Para(text, size, bold=r == 0)] for text in cells]
            heights.append(max(text_height(p, w) for p, w in zip(paras, widths)) + 0.12)
        shape = slide.shapes.add_table(len(rows) + 1, len(headers), Inches(x), Inches(y), Inches(width), Inches(sum(heights)))
        table = shape.table
        # No theme style: the look is set cell by cell, the same in every application.
        tbl_pr = table._tbl.tblPr
        for child in list(tbl_pr):
            tbl_pr.remove(child)
        table.first_row = True
        table.horz_banding = False
        for c, w in enumerate(widths):
            table.columns[c].width = Inches(w)
        for r, h in enumerate(heights):
            table.rows[r].height = Inches(h)
        for r, cells in enumerate([headers] + rows):
            for c, text in enumerate(cells):
                cell = table.cell(r, c)
                cell.fill.solid()
                cell.fill.fore_color.rgb = RGBColor.from_string(NAVY if r == 0 else (TILE if r % 2 else WHITE))
                cell.margin_left = cell.margin_right = Inches(INSET_X)
                cell.margin_top = Inches(INSET_Y + 0.06)
                cell.margin_bottom = Inches(INSET_Y)
                align = "left" if c == 0 else "right"
                self.fill_frame(cell.text_frame, [Para(text, size, bold=r == 0 or c == 1, color=WHITE if r == 0 else INK, align=align)])
                cell.text_frame.word_wrap = True
        return y + sum(heights)

    def gains_slide(self) -> None:
        v, lang = self.view, self.lang
        g = v.gains
        partner = _clean(v.partner_name)
        ours = _clean(v.our_name)
        threshold = format_rupiah(v.scheme.tiers[0].min_spend)
        product = _clean(v.scheme.voucher.product) if v.scheme.voucher.product else self.tr("present.deck.voucher")
        slide = self.new_slide(self.tr("present.deck.gains.title", partner=partner))
        if g.payment <= 0:
            pays = self.tr("present.deck.gains.free", partner=partner, ours=ours)
        else:
            pays = self.tr(f"present.deck.gains.pays.{g.billing}", partner=partner, share=percent(g.partner_share, lang))
        key = "present.deck.gains.share" if g.qualifying_share > g.reach_share + 5e-4 else "present.deck.gains.share_plain"
        tiles = [(percent(g.qualifying_share, lang), self.tr(key, count=about(g.qualifying_transactions, lang)), ACCENT)]
        if round(g.incremental_spend) > 0:
            tiles.append((_short(g.incremental_spend), self.tr("present.deck.gains.upsell", threshold=threshold), NAVY))
        elif v.scheme.effective_reward_rate is not None:
            tiles.append((percent(v.scheme.effective_reward_rate, lang), self.tr("present.deck.gains.effective"), NAVY))
        tiles += [
            (_short(g.face_value_issued), self.tr("present.deck.gains.vouchers", product=product, count=about(g.vouchers_issued, lang)), NAVY),
            (_short(g.payment), pays, NAVY),
        ]
        gap = 0.3
        w = (CONTENT_W - gap) / 2
        h = (BODY_BOTTOM - BODY_TOP - gap) / 2
        for k, (big, caption, colour) in enumerate(tiles):
            x = LEFT + (k % 2) * (w + gap)
            y = BODY_TOP + (k // 2) * (h + gap)
            tile = self.rect(slide, x, y, w, h, TILE, rounded=True)
            paras = [Para(big, 44, bold=True, color=colour), Para(caption, 22, color=INK, space_before=4)]
            sized = fit(paras, w, h, (44, 40, 36)) or _sized(paras, 36)
            self.text(slide, x, y, w, sized, height=h, shape=tile, anchor="middle")

    def criteria_slide(self) -> None:
        v, lang = self.view, self.lang
        chart = v.criteria
        threshold = format_rupiah(chart.thresholds[0])
        key = "present.deck.criteria.title" if chart.observed is not None else "present.deck.criteria.title.estimated"
        slide = self.new_slide(self.tr(key, threshold=threshold))
        chart_w, chart_h = 8.55, 4.55
        self.spend_chart(slide, chart, LEFT, BODY_TOP, chart_w, chart_h)
        if chart.observed is not None:
            caption = self.tr("present.deck.criteria.caption.observed", count=number(chart.observed, lang))
        else:
            caption = self.tr("present.deck.criteria.caption.estimated")
        cap = [Para(caption, 18, color=MUTED)]
        self.text(slide, LEFT, BODY_TOP + chart_h + 0.05, chart_w, cap)
        # The key numbers and the legend, beside the chart.
        x = LEFT + chart_w + 0.25
        w = SLIDE_W - LEFT - x + 0.1
        paras = [
            Para(percent(chart.reach_share, lang), 40, bold=True, color=ACCENT),
            Para(self.tr("present.deck.criteria.reach", threshold=threshold), 18),
        ]
        if percent(chart.qualifying_share, lang) != percent(chart.reach_share, lang):
            paras += [
                Para(percent(chart.qualifying_share, lang), 32, bold=True, color=NAVY, space_before=16),
                Para(self.tr("present.deck.criteria.topup"), 18),
            ]
        side = fit(paras, w, 3.6, (40, 36, 32)) or _sized(paras, 32)
        self.text(slide, x, BODY_TOP, w, side)
        y = BODY_TOP + text_height(side, w) + 0.25
        for colour, label in ((GREY, self.tr("present.deck.criteria.below", threshold=threshold)),
                              (ACCENT, self.tr("present.deck.criteria.above", threshold=threshold))):
            self.rect(slide, x + INSET_X, y + 0.1, 0.28, 0.28, colour)
            legend = [Para(label, 18)]
            self.text(slide, x + 0.45, y, w - 0.45, legend)
            y += text_height(legend, w - 0.45) + 0.1

    def spend_chart(self, slide: Any, chart: SpendChart, x: float, y: float, w: float, h: float) -> None:
        """A column chart: bars below the threshold grey, at or above it in the
        accent colour; each bar labelled with its share; a dashed line and a
        label at each threshold."""
        from pptx.chart.data import CategoryChartData
        from pptx.dml.color import RGBColor
        from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_TICK_MARK
        from pptx.util import Inches, Pt

        lang = self.lang
        threshold = format_rupiah(chart.thresholds[0])
        data = CategoryChartData(number_format="0.0%")
        data.categories = [bar_label(b.low, b.high, lang) for b in chart.bars]
        data.add_series(self.tr("present.deck.criteria.below", threshold=threshold), [None if b.qualifying else b.share for b in chart.bars])
        data.add_series(self.tr("present.deck.criteria.above", threshold=threshold), [b.share if b.qualifying else None for b in chart.bars])
        frame = slide.shapes.add_chart(XL_CHART_TYPE.COLUMN_CLUSTERED, Inches(x), Inches(y), Inches(w), Inches(h), data)
        frame.name = "Spend chart"
        c = frame.chart
        c.has_legend = False
        c.font.name = FONT
        c.font.size = Pt(14)
        c.font.color.rgb = RGBColor.from_string(INK)
        plot = c.plots[0]
        plot.gap_width = 25
        plot.overlap = 100
        top = max(b.share for b in chart.bars) or 1.0
        axis = c.value_axis
        axis.minimum_scale = 0
        axis.maximum_scale = top * 1.15
        axis.has_major_gridlines = False
        axis.visible = False
        cats = c.category_axis
        cats.major_tick_mark = XL_TICK_MARK.NONE
        cats.tick_labels.font.size = Pt(14)
        cats.format.line.color.rgb = RGBColor.from_string(MUTED)
        for series, colour in zip(plot.series, (GREY, ACCENT)):
            series.format.fill.solid()
            series.format.fill.fore_color.rgb = RGBColor.from_string(colour)
            series.invert_if_negative = False
        for k, bar in enumerate(chart.bars):
            series = plot.series[1 if bar.qualifying else 0]
            label = series.points[k].data_label
            label.has_text_frame = True
            label.text_frame.text = percent(bar.share, lang)
            label.position = XL_LABEL_POSITION.OUTSIDE_END
            label.font.size = Pt(14)
            label.font.bold = True
            label.font.color.rgb = RGBColor.from_string(ACCENT if bar.qualifying else INK)
        # The plot area where we say, so that the threshold line falls between the right bars.
        inner_x, inner_y, inner_w, inner_h = 0.01, 0.12, 0.98, 0.70
        _plot_layout(c, inner_x, inner_y, inner_w, inner_h)
        n = len(chart.bars)
        taken: list[tuple[float, float, float]] = []  # (left, right, top) of the labels placed
        for number_, t in enumerate(chart.thresholds):
            index = next((i for i, b in enumerate(chart.bars) if b.low >= t), None)
            if index is None or index == 0:
                continue
            lx = x + w * (inner_x + inner_w * index / n)
            line = slide.shapes.add_connector(1, Inches(lx), Inches(y + h * 0.02), Inches(lx), Inches(y + h * (inner_y + inner_h)))
            line.line.color.rgb = RGBColor.from_string(NAVY)
            line.line.width = Pt(2.25)
            line.line.dash_style = 4  # MSO_LINE_DASH_STYLE.DASH
            # The first threshold is named; the others give their amount only.
            text = self.tr("present.deck.criteria.threshold", threshold=format_rupiah(t)) if number_ == 0 else format_rupiah(t)
            para = Para(text, 18, bold=True, color=NAVY)
            bw = text_width(text, 18, True) + 2 * INSET_X + 0.05
            right_side = lx + bw <= x + w
            bx = lx + 0.05 if right_side else lx - bw - 0.05
            by = y
            while any(bx < right and left < bx + bw and abs(by - top) < 0.1 for left, right, top in taken):
                by += text_height([para], bw)  # the next row down, clear of the label before
            box = self.text(slide, bx, by, bw, [replace(para, align="left" if right_side else "right")])
            box.name = "Threshold label"
            taken.append((bx, bx + bw, by))

    def steps_slides(self) -> None:
        items = [step_text(s, self.view, self.lang) for s in self.view.next_steps]
        self.bullet_slides(self.tr("present.deck.steps.title"), items, numbered=True)


# --- helpers ------------------------------------------------------------------------------


def _clean(text: str) -> str:
    """Text from data, made inert (a control character is written out, never obeyed)."""
    return visible(text)


def about(value: float, lang: str) -> str:
    """A count said "about": 8.204 reads 8.200 (to the hundred from a thousand, to the ten from a hundred)."""
    step = 100 if value >= 1000 else 10 if value >= 100 else 1
    return number(round(value / step) * step, lang)


def _short(amount: float) -> str:
    return format_rupiah_short(int(round(amount)))


def _long_date(day: date | None, lang: str) -> str:
    if day is None:
        return "-"
    return f"{day.day} {tr(f'present.month.{day.month}', lang)} {day.year}"


def long_date(day: date | None, lang: str) -> str:
    """12 September 2017 / 1 Oktober 2017."""
    return _long_date(day, lang)


def join_names(names: Sequence[str], lang: str) -> str:
    """"A, B and C" / "A, B dan C"."""
    from pln_cli.prep.text import series

    return series(names, tr("present.and", lang))


def bar_label(low: int, high: int | None, lang: str) -> str:
    """A bar's range, short: 400–450rb, 800rb–1,5jt, 1,5jt+ (two lines when long)."""
    def short(value: int) -> str:
        return "0" if value == 0 else format_rupiah_short(value).removeprefix("Rp")

    if high is None:
        return tr("present.deck.criteria.tail", lang, amount=short(low))
    lo, hi = short(low), short(high)
    unit = re.sub(r"^[\d,]+", "", hi)
    if lo != "0" and re.sub(r"^[\d,]+", "", lo) == unit and unit:
        lo = lo[: -len(unit)]  # 400–450rb, not 400rb–450rb
    return f"{lo}–{hi}"


def step_text(step: NextStep, view: PartnerView, lang: str) -> str:
    partner = _clean(view.partner_name)
    if step.key == "launch":
        if step.start is not None and step.end is not None:
            return tr("present.step.launch", lang, start=_long_date(step.start, lang), end=_long_date(step.end, lang), days=step.days)
        return tr("present.step.launch_days", lang, days=step.days)
    if step.key == "review":
        if step.start is not None:
            return tr("present.step.review", lang, date=_long_date(step.start, lang))
        return tr("present.step.review_days", lang, days=step.days)
    return tr(f"present.step.{step.key}", lang, partner=partner)


def _bullet(paragraph: Any, kind: str, indent: int) -> None:
    """A real bullet or number with a hanging indent (python-pptx has no API for it)."""
    from pptx.oxml.ns import qn

    p_pr = paragraph._p.get_or_add_pPr()
    p_pr.set("marL", str(indent))
    p_pr.set("indent", str(-indent))
    for tag in ("a:buNone", "a:buAutoNum", "a:buChar", "a:buFont"):
        for old in p_pr.findall(qn(tag)):
            p_pr.remove(old)
    font = p_pr.makeelement(qn("a:buFont"), {"typeface": FONT})
    if kind.startswith("number"):
        attrs = {"type": "arabicPeriod"}
        if ":" in kind:
            attrs["startAt"] = kind.split(":", 1)[1]
        mark = p_pr.makeelement(qn("a:buAutoNum"), attrs)
    else:
        mark = p_pr.makeelement(qn("a:buChar"), {"char": "•"})
    # buFont and the mark go after any spacing elements (the schema's order).
    p_pr.append(font)
    p_pr.append(mark)


def _plot_layout(chart: Any, x: float, y: float, w: float, h: float) -> None:
    """Set the plot area's inner rectangle (fractions of the chart frame)."""
    from lxml import etree
    from pptx.oxml.ns import qn

    plot_area = chart._chartSpace.find(qn("c:chart")).find(qn("c:plotArea"))
    for old in plot_area.findall(qn("c:layout")):
        plot_area.remove(old)
    c = "http://schemas.openxmlformats.org/drawingml/2006/chart"
    layout = etree.SubElement(plot_area, f"{{{c}}}layout")
    manual = etree.SubElement(layout, f"{{{c}}}manualLayout")
    for tag, value in (("layoutTarget", "inner"), ("xMode", "edge"), ("yMode", "edge"), ("x", x), ("y", y), ("w", w), ("h", h)):
        etree.SubElement(manual, f"{{{c}}}{tag}", val=str(value))
    plot_area.remove(layout)
    plot_area.insert(0, layout)


def _core_properties(prs: Any, view: PartnerView, lang: str) -> None:
    """Fixed from the view: the deck of the same view is the same file."""
    day = view.day or date(2000, 1, 1)
    stamp = datetime(day.year, day.month, day.day)
    props = prs.core_properties
    props.title = f"{_clean(view.partner_name)} × {_clean(view.our_name)}"
    props.author = _clean(view.our_name)
    props.last_modified_by = _clean(view.our_name)
    props.created = stamp
    props.modified = stamp
    props.last_printed = stamp
    props.revision = 1
    props.subject = tr("present.deck.kind.agreed" if view.agreed else "present.deck.kind.proposal", lang)
    props.keywords = ""
    props.comments = ""
    props.category = ""
    props.language = "id-ID" if lang == "id" else "en-US"


_DATES = re.compile(rb"(<(dcterms:created|dcterms:modified|cp:lastPrinted)\b[^>]*>)[^<]*(</\2>)")


def normalise_zip(data: bytes, stamp: bytes = b"2000-01-01T00:00:00Z") -> bytes:
    """The same zip with its entries sorted ([Content_Types].xml first), a
    fixed timestamp on each, and fixed dates in any core.xml; embedded
    zips (the chart's workbook) are normalised the same way."""
    source = zipfile.ZipFile(io.BytesIO(data))
    names = sorted(source.namelist(), key=lambda n: (n != "[Content_Types].xml", n))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in names:
            body = source.read(name)
            if name.endswith((".xlsx", ".xlsm", ".docx", ".pptx")):
                body = normalise_zip(body, stamp)
            if name.endswith("docProps/core.xml"):
                body = _DATES.sub(lambda m: m.group(1) + stamp + m.group(3), body)
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            target.writestr(info, body, compresslevel=6)
    return out.getvalue()


# --- reading a deck back --------------------------------------------------------------------


def overflowing_frames(data: bytes) -> list[str]:
    """Text frames and table cells whose text, measured as `text_height`
    measures it, is taller than the frame: "slide 3, Title: needs 1.2 in, has 1.0"."""
    from pptx import Presentation
    from pptx.util import Emu

    problems = []
    prs = Presentation(io.BytesIO(data))
    for number_, slide in enumerate(prs.slides, start=1):
        for shape in slide.shapes:
            if shape.has_text_frame and shape.text_frame.text.strip():
                width, height = Emu(shape.width).inches, Emu(shape.height).inches
                need = frame_height(shape.text_frame, width)
                if need > height + 0.01:
                    problems.append(f"slide {number_}, {shape.name}: needs {need:.2f} in, has {height:.2f}")
            if shape.has_table:
                table = shape.table
                for r, row in enumerate(table.rows):
                    for c, cell in enumerate(row.cells):
                        width = Emu(table.columns[c].width).inches - (Emu(cell.margin_left).inches + Emu(cell.margin_right).inches) + 2 * INSET_X
                        need = frame_height(cell.text_frame, width) + Emu(cell.margin_top).inches + Emu(cell.margin_bottom).inches - 2 * INSET_Y
                        if need > Emu(row.height).inches + 0.01:
                            problems.append(f"slide {number_}, table cell {r},{c}: needs {need:.2f} in, has {Emu(row.height).inches:.2f}")
    return problems


def frame_height(frame: Any, width: float) -> float:
    """`text_height` of a text frame as written (sizes and bullets read from the XML)."""
    paras = []
    for p in frame.paragraphs:
        text = "".join(r.text for r in p.runs)
        sizes = [r.font.size.pt for r in p.runs if r.font.size is not None] or [18.0]
        bold = any(r.font.bold for r in p.runs)
        p_pr = p._p.pPr
        bullet = "bullet" if p_pr is not None and p_pr.get("marL") else None
        before = p.space_before.pt if p.space_before is not None else 0.0
        paras.append(Para(text, max(sizes), bold=bold, bullet=bullet, space_before=before))
    return text_height(paras, width)


def font_sizes(data: bytes) -> list[tuple[int, str, float]]:
    """(slide, shape name, size in points) of every run with text: for the 18 pt rule."""
    from pptx import Presentation

    prs = Presentation(io.BytesIO(data))
    found = []
    for number_, slide in enumerate(prs.slides, start=1):
        for shape in slide.shapes:
            frames = [shape.text_frame] if shape.has_text_frame else []
            if shape.has_table:
                frames += [cell.text_frame for row in shape.table.rows for cell in row.cells]
            for frame in frames:
                for p in frame.paragraphs:
                    for r in p.runs:
                        if r.text.strip() and r.font.size is not None:
                            found.append((number_, shape.name, r.font.size.pt))
    return found


# --- drawing it with LibreOffice --------------------------------------------------------------

SOFFICE_NAMES = ("soffice", "libreoffice")


def find_soffice() -> str | None:
    """LibreOffice, if installed: $PLN_SOFFICE, else the usual names on PATH."""
    import os
    import shutil

    given = os.environ.get("PLN_SOFFICE")
    if given:
        return shutil.which(given) or (given if os.path.isfile(given) else None)
    return next((found for found in map(shutil.which, SOFFICE_NAMES) if found), None)


def _soffice(target: str, source: Path, folder: Path, timeout: float) -> Path:
    import subprocess
    import tempfile

    binary = find_soffice()
    if binary is None:
        raise FileNotFoundError("soffice")
    with tempfile.TemporaryDirectory(prefix="pln-soffice-") as profile:
        command = [binary, "--headless", "--norestore", "--nolockcheck", f"-env:UserInstallation={Path(profile).as_uri()}",
                   "--convert-to", target, "--outdir", str(folder), str(source)]
        subprocess.run(command, check=True, timeout=timeout, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    suffix = target.split(":", 1)[0]
    out = folder / f"{source.stem}.{suffix}"
    if not out.is_file():
        raise FileNotFoundError(out)
    return out


def deck_pdf(deck: Path, folder: Path, timeout: float = 180) -> Path:
    """The deck converted to PDF by LibreOffice Impress, in `folder`."""
    return _soffice("pdf", deck, folder, timeout)


def slide_png(data: bytes, slide: int, png: Path, width: int = 1600, timeout: float = 180) -> Path:
    """A picture of one slide (1-based) of a deck, drawn by LibreOffice."""
    import tempfile

    from pptx import Presentation

    prs = Presentation(io.BytesIO(data))
    ids = prs.slides._sldIdLst
    for index, entry in enumerate(list(ids), start=1):
        if index != slide:
            ids.remove(entry)
    height = round(width * SLIDE_H / SLIDE_W)
    with tempfile.TemporaryDirectory(prefix="pln-slide-") as folder:
        one = Path(folder) / "slide.pptx"
        prs.save(str(one))
        options = ('png:impress_png_Export:{"PixelWidth":{"type":"long","value":"%d"},'
                   '"PixelHeight":{"type":"long","value":"%d"}}' % (width, height))
        out = _soffice(options, one, Path(folder), timeout)
        png.write_bytes(out.read_bytes())
    return png
