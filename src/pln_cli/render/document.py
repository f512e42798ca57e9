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
    from tabulate import tabulate

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
    from tabulate import tabulate

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
    from rich import box
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
            table = RichTable(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold")
            floors = _numeric_widths(section.table)
            for header, align, floor in zip(section.table.headers, section.table.alignment(), floors):
                # A number is never broken: a numeric column is not wrapped
                # (Rich then narrows the text columns, which fold), and is no
                # wider than its widest cell (its header is wrapped at spaces to fit).
                if floor is not None:
                    header = textwrap.fill(header, floor, break_long_words=False, break_on_hyphens=False)
                table.add_column(Text(header), justify=align, overflow="fold",  # type: ignore[arg-type]
                                 no_wrap=floor is not None, max_width=floor)
            for row in section.table.rows:
                table.add_row(*(Text(cell) for cell in row))
            console.print(table)
        for line in section.preformatted:
            console.print(Text(line), soft_wrap=True)
        if section.bullets:
            # A grid gives wrapped bullets a hanging indent.
            grid = RichTable.grid(padding=(0, 1))
            grid.add_column(justify="right", style=colour or None)
            grid.add_column(overflow="fold")
            for index, bullet in enumerate(section.bullets, start=1):
                marker = f"{index}." if section.numbered else ("!" if section.style == "warning" else "•")
                grid.add_row(marker, Text(bullet))
            console.print(grid)


_NUMBER = re.compile(r"^[(+\-\u2212]?(Rp|x)?[+\-\u2212]?[\d.,]+(%|x| ?(rb|jt|days?|hari))?\)?$")

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _numeric_widths(table: Table) -> list[int | None]:
    """Per numeric (right-aligned, or all-number) column, its widest cell
    (or header word), which it keeps whole; None for a text column, which folds."""
    columns = list(zip(*[(row + [""] * len(table.headers))[: len(table.headers)] for row in table.rows])) or [()] * len(table.headers)
    numeric = [align == "right" or is_numeric_column(cells) for align, cells in zip(table.alignment(), columns)]
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
