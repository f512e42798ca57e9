"""A report as data (title, sections of tables and bullets), and its three looks.

Commands build one `Document`; it is drawn with Rich on a terminal, as
plain, colourless, stable text on a pipe, or as Markdown for a meeting
brief.  The three backends share the structure, so they never disagree on
content.  Nothing here computes: cells arrive as finished strings.
"""

from __future__ import annotations

import os
import re
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]
    align: list[str] | None = None  # "left" | "right" per column

    def alignment(self) -> list[str]:
        return self.align or ["left"] + ["right"] * (len(self.headers) - 1)


@dataclass
class Section:
    title: str | None = None
    table: Table | None = None
    bullets: list[str] = field(default_factory=list)
    numbered: bool = False
    text: list[str] = field(default_factory=list)  # paragraphs, before the table
    style: str = ""  # "warning" | "good" | "" : colour on a terminal only
    preformatted: list[str] = field(default_factory=list)  # a chart; kept verbatim


@dataclass
class Document:
    title: str
    subtitle: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)


def inert(doc: Document) -> Document:
    """The document with every string made visible: a control character
    from data (ESC, BEL, a bidi override) is written out, never obeyed.
    All three looks start from this, so no path can forget it."""
    from pln_cli.render.safe import visible

    def table(t: Table | None) -> Table | None:
        if t is None:
            return None
        return Table([visible(h) for h in t.headers], [[visible(c) for c in row] for row in t.rows], t.align)

    sections = [
        Section(
            visible(s.title) if s.title is not None else None,
            table(s.table),
            [visible(b) for b in s.bullets],
            s.numbered,
            [visible(t) for t in s.text],
            s.style,
            [visible(line) for line in s.preformatted],
        )
        for s in doc.sections
    ]
    return Document(visible(doc.title), [visible(line) for line in doc.subtitle], sections)


def escape_markdown_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def to_plain(doc: Document) -> str:
    from pln_cli.render.tabulate_lean import tabulate as lean_tabulate

    tabulate = lean_tabulate()

    doc = inert(doc)
    out: list[str] = [doc.title, "=" * min(len(doc.title), 100)]
    out.extend(doc.subtitle)
    for section in doc.sections:
        out.append("")
        if section.title:
            out.append(section.title)
            out.append("-" * len(section.title))
        out.extend(section.text)
        if section.table is not None:
            out.append(
                tabulate(
                    section.table.rows,
                    headers=section.table.headers,
                    tablefmt="simple",
                    colalign=section.table.alignment(),
                    disable_numparse=True,
                )
            )
        out.extend(section.preformatted)
        for index, bullet in enumerate(section.bullets, start=1):
            out.append(f"{index}. {bullet}" if section.numbered else f"- {bullet}")
    return "\n".join(out).rstrip() + "\n"


def to_markdown(doc: Document) -> str:
    from pln_cli.render.tabulate_lean import tabulate as lean_tabulate

    tabulate = lean_tabulate()

    doc = inert(doc)
    out: list[str] = [f"# {escape_markdown_cell(doc.title)}", ""]
    for line in doc.subtitle:
        out.append(f"{line}  ")
    for section in doc.sections:
        out.append("")
        if section.title:
            out.extend([f"## {section.title}", ""])
        for paragraph in section.text:
            out.extend([paragraph, ""])
        if section.table is not None:
            rows = [[escape_markdown_cell(c) for c in row] for row in section.table.rows]
            headers = [escape_markdown_cell(h) for h in section.table.headers]
            out.append(tabulate(rows, headers=headers, tablefmt="github", colalign=section.table.alignment(), disable_numparse=True))
            out.append("")
        if section.preformatted:
            out.extend(["```", *section.preformatted, "```", ""])
        for index, bullet in enumerate(section.bullets, start=1):
            out.append(f"{index}. {bullet}" if section.numbered else f"- {bullet}")
    return "\n".join(out).rstrip() + "\n"


def to_rich(doc: Document, console: Any) -> None:
    from rich.table import Table as RichTable
    from rich.text import Text

    # Rich is given Text, never a str: "[/]Uber" or "[link=...]" from data
    # must be shown as written, not parsed as markup.
    doc = inert(doc)
    console.print(Text(doc.title, style="bold"))
    for line in doc.subtitle:
        console.print(Text(line, style="dim"))
    for section in doc.sections:
        console.print()
        colour = {"warning": "yellow", "good": "green"}.get(section.style, "")
        if section.title:
            console.print(Text(section.title, style=f"bold {colour}".strip()))
        for paragraph in section.text:
            console.print(Text(paragraph), highlight=False)
        if section.table is not None:
            for number, part in enumerate(rich_tables(section.table, console.width)):
                if number:
                    console.print()  # the next columns of the same rows
                console.print(part)
        for line in section.preformatted:
            console.print(Text(line), soft_wrap=True)
        if section.bullets:
            # A grid gives wrapped bullets a hanging indent.
            grid = RichTable.grid(padding=(0, 1))
            grid.add_column(justify="right", style=colour or None)
            grid.add_column(overflow="fold")
            for index, bullet in enumerate(section.bullets, start=1):
                marker = f"{index}." if section.numbered else ("!" if section.style == "warning" else "•")
                grid.add_row(marker, Cell(bullet))
            console.print(grid)


# --- Rich tables that never break a number -------------------------------------
#
# A number, an amount or a date is never broken across lines, nor cut.
# Rich breaks a line only at spaces, and folds a word longer than its column
# anywhere, "Rp450.000" included; when the columns' minimum widths add up to
# more than the terminal, it narrows every column and crops them.  So pln
# lays the table out itself:
#   - a numeric column keeps its widest cell (its header wraps at spaces);
#   - a text column may fold, but a `Cell` breaks it only outside a number,
#     and never narrower than TEXT_MIN (or its longest number), the first
#     column, which names the row, than FIRST_MIN;
#   - every column gets a fixed width (`allocate`), the widest text column
#     giving way first;
#   - when even the minimum widths do not fit, the table is drawn in parts
#     (`column_groups`), each repeating the first column, so every row can
#     still be read across.

NUMERIC_MAX = 24  # a right-aligned cell longer than this is text, not a figure
TEXT_MIN = 16  # a text column narrower than this reads as a list of fragments
FIRST_MIN = 30  # the first column names the row (a deal id): kept whole up to this
_GAP = 3  # between two columns: one space of padding each side, and the box's blank rule

# A number as pln writes it, with what belongs to it: sign, Rp, suffix, a
# trailing comma or bracket (so a line never starts with ","); or a date.
NUMBER_TOKEN = re.compile(
    r"\d{4}-\d{2}-\d{2}"
    r"|[(+\-\u2212]?(?:Rp|IDR)?[+\-\u2212]?\d(?:[\d.,]*\d)?(?:%|x|rb|jt)?[,;:)]?"
)


def number_spans(text: str) -> list[tuple[int, int]]:
    """Where the numbers are in `text` (start, end): the stretches a line must not break."""
    return [m.span() for m in NUMBER_TOKEN.finditer(text)]


_SEPARATORS = ",;=/"


def _cut(word: str, width: int) -> list[str]:
    """A word longer than `width` in pieces of at most `width`, cut only
    outside its numbers (a number wider than `width` alone is cut), after a
    separator (`min_spend=Rp450.000,voucher=...`) when there is one not too
    far back."""
    spans = number_spans(word)
    pieces: list[str] = []
    start = 0
    while len(word) - start > width:
        end = start + width
        inside = next((a for a, b in spans if a < end < b), None)
        if inside is not None and inside > start:
            end = inside  # cut before the number instead
        after = [p for p in range(start + 1, end + 1) if word[p - 1] in _SEPARATORS and not any(a < p < b for a, b in spans)]
        if after and after[-1] - start > width // 3:
            end = after[-1]
        pieces.append(word[start:end])
        start = end
    pieces.append(word[start:])
    return pieces


def wrap_cell(text: str, width: int) -> list[str]:
    """The lines of `text` in `width` columns: broken at spaces, a word too
    long for a line folded, never inside a number (see `_cut`)."""
    width = max(1, width)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            if line and len(line) + 1 + len(word) <= width:
                line += " " + word
                continue
            if line:
                lines.append(line)
            pieces = _cut(word, width) if len(word) > width else [word]
            lines.extend(pieces[:-1])
            line = pieces[-1]
        lines.append(line)
    return lines


class Cell:
    """A text cell for Rich that folds like `overflow="fold"` but never inside a number."""

    def __init__(self, text: str, justify: str = "left") -> None:
        self.text, self.justify = text, justify

    def __rich_measure__(self, console: Any, options: Any) -> Any:
        from rich.measure import Measurement

        longest = max((len(line) for line in self.text.split("\n")), default=0)
        numbers = max((b - a for a, b in number_spans(self.text)), default=1)
        return Measurement(min(numbers, options.max_width), min(max(longest, 1), options.max_width))

    def __rich_console__(self, console: Any, options: Any) -> Any:
        from rich.text import Text

        width = options.max_width
        yield Text("\n".join(wrap_cell(self.text, width)), justify=self.justify, no_wrap=True, overflow="crop")  # type: ignore[arg-type]


def column_limits(table: Table) -> list[tuple[int, int, bool]]:
    """(minimum, natural width, numeric) of each column, padding excluded."""
    limits = []
    floors = _numeric_widths(table)
    for index, (header, floor) in enumerate(zip(table.headers, floors)):
        if floor is not None:
            limits.append((floor, floor, True))
            continue
        cells = [row[index] if index < len(row) else "" for row in table.rows]
        natural = max([len(line) for cell in cells for line in cell.split("\n")] + [len(header), 1])
        numbers = max([b - a for cell in cells for a, b in number_spans(cell)] + [1])
        floor_ = FIRST_MIN if index == 0 else TEXT_MIN
        limits.append((max(numbers, min(natural, floor_)), natural, False))
    return limits


def allocate(minimums: list[int], naturals: list[int], available: int) -> list[int] | None:
    """Column widths that fit `available` (gaps excluded): the natural ones,
    the widest column above its minimum giving way first; None when even
    the minimums do not fit."""
    widths = list(naturals)
    excess = sum(widths) - available
    if excess <= 0:
        return widths
    if sum(minimums) > available:
        return None
    while excess > 0:
        index = max((i for i in range(len(widths)) if widths[i] > minimums[i]), key=lambda i: widths[i])
        widths[index] -= 1
        excess -= 1
    return widths


def column_groups(limits: list[tuple[int, int, bool]], width: int) -> list[tuple[list[int], list[int]]]:
    """The columns of a table as parts that fit `width`, each part (its
    column indices, their widths) repeating the first column; one part when
    the whole table fits.  A part that cannot fit even alone is kept at its
    minimums (a terminal narrower than two columns)."""

    def fit(indices: list[int]) -> list[int] | None:
        return allocate([limits[i][0] for i in indices], [limits[i][1] for i in indices], width - _GAP * (len(indices) - 1))

    everything = list(range(len(limits)))
    whole = fit(everything)
    if whole is not None or len(limits) <= 2:
        return [(everything, whole or [limits[i][0] for i in everything])]
    groups: list[list[int]] = []
    current = [0]
    for index in everything[1:]:
        if len(current) == 1 or fit([*current, index]) is not None:
            current.append(index)
        else:
            groups.append(current)
            current = [0, index]
    groups.append(current)
    return [(group, fit(group) or [limits[i][0] for i in group]) for group in groups]


def rich_tables(table: Table, width: int) -> list[Any]:
    """The Rich tables that draw `table` in `width` columns (see above)."""
    from rich import box
    from rich.table import Table as RichTable
    from rich.text import Text

    limits = column_limits(table)
    alignment = table.alignment()
    parts = []
    for indices, widths in column_groups(limits, width):
        part = RichTable(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold")
        for index, column_width in zip(indices, widths):
            header, numeric = table.headers[index], limits[index][2]
            if numeric:
                header = textwrap.fill(header, column_width, break_long_words=False, break_on_hyphens=False)
            part.add_column(Text(header), justify=alignment[index], overflow="fold", no_wrap=numeric,  # type: ignore[arg-type]
                            width=column_width)
        for row in table.rows:
            cells = [(row[i] if i < len(row) else "") for i in indices]
            part.add_row(*(Text(cell) if limits[i][2] else Cell(cell, alignment[i]) for i, cell in zip(indices, cells)))
        parts.append(part)
    return parts


_NUMBER = re.compile(r"^[(+\-\u2212]?(Rp|x)?[+\-\u2212]?[\d.,]+(%|x| ?(rb|jt|days?|hari))?\)?$")

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _numeric_widths(table: Table) -> list[int | None]:
    """Per numeric (right-aligned, or all-number) column, its widest cell
    (or header word), which it keeps whole; None for a text column, which folds."""
    columns = list(zip(*[(row + [""] * len(table.headers))[: len(table.headers)] for row in table.rows])) or [()] * len(table.headers)
    # A right-aligned column holds figures ("12,170 (+48.3%)", "Rp400.000 – Rp425.000")
    # unless its cells are long: then it is text, and folds (numbers kept whole).
    numeric = [
        is_numeric_column(cells) or (align == "right" and max([len(cell) for cell in cells] + [0]) <= NUMERIC_MAX)
        for align, cells in zip(table.alignment(), columns)
    ]
    widest = [max([len(cell) for cell in cells] + [len(word) for word in header.split()] + [1]) for cells, header in zip(columns, table.headers)]
    return [w if n else None for w, n in zip(widest, numeric)]


def is_numeric_column(cells: Iterable[str]) -> bool:
    """Every filled cell is a number, an amount or a share (Rp450.000, 12,5%, -3)."""
    filled = [cell.strip() for cell in cells if cell.strip() and cell.strip() not in ("-", "n/a", "t/a")]
    return bool(filled) and all(_NUMBER.match(cell) or _DATE.match(cell) for cell in filled)


def color_forced() -> bool:
    """FORCE_COLOR set (and not empty), as Rich and clig.dev read it: draw
    with Rich even into a pipe.  NO_COLOR still takes the colours away."""
    return os.environ.get("FORCE_COLOR", "") != ""


def make_console(file: Any = None, width: int | None = None) -> Any:
    """A Rich console that respects NO_COLOR (no colours) and FORCE_COLOR
    (colours and styles even when the output is not a terminal)."""
    from rich.console import Console

    no_color = os.environ.get("NO_COLOR", "") != ""
    force = True if color_forced() else None
    return Console(file=file, width=width, highlight=False, soft_wrap=False, force_terminal=force, no_color=no_color)
