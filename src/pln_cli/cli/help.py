"""`pln help [TOPIC]`: the file formats and concepts, in the user's language.

A topic's text lives in the catalogue (`catalog/help.py`, `help.topic.<name>.*`)
in a small markup that `sections_of` turns into a `Document`; the tables that
would otherwise go stale (the issue keys, what an amount is read as, the exit
codes) are built from the code itself: `model/terms.py` ISSUES, `money.py`,
the exit codes of `cli/common.py`.  Drawn like every report: Rich on a
terminal, plain text on a pipe.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Optional

import typer

from pln_cli.cli.common import DirOption, LangOption, guarded, usage

if TYPE_CHECKING:
    from pln_cli.render.document import Document, Section, Table


def _complete_topic(incomplete: str) -> list[str]:
    from pln_cli.catalog.help import TOPICS

    return [name for name in TOPICS if name.startswith(incomplete)]


TopicArgument = Annotated[
    Optional[str],
    typer.Argument(help="The topic; leave it out for the list.", metavar="TOPIC", show_default=False,
                   autocompletion=_complete_topic),
]


@guarded
def help_topic(topic: TopicArgument = None, lang: LangOption = None, dir: DirOption = None) -> None:
    """Explain a file format or a concept: pln help lists the topics, pln help TOPIC shows one."""
    from pln_cli.cli.common import draw_document, language_at
    from pln_cli.load.workspace import find_root

    language = language_at(find_root(explicit=dir), lang)
    if topic is None:
        document = topics_document(language)
    else:
        document = topic_document(topic_named(topic), language)
    draw_document(document, "table", None)


def topic_named(text: str) -> str:
    """The topic a person asked for (`Money`, `exit_codes` too), or a usage error listing them."""
    from pln_cli.catalog.help import TOPICS

    name = text.strip().lower().replace("_", "-")
    if name not in TOPICS:
        raise usage("help.unknown_topic", topic=text, topics=", ".join(TOPICS))
    return name


def topics_document(lang: str) -> Document:
    from pln_cli.catalog import tr
    from pln_cli.catalog.help import TOPICS
    from pln_cli.render.document import Document, Section, Table

    rows = [[name, tr(f"help.topic.{name}.summary", lang)] for name in TOPICS]
    table = Table([tr("help.topics.topic", lang), tr("help.topics.about", lang)], rows, ["left", "left"])
    return Document(tr("help.topics.title", lang), [], [Section(None, table, text=[tr("help.topics.intro", lang)])])


def topic_document(name: str, lang: str) -> Document:
    from pln_cli.catalog import tr
    from pln_cli.render.document import Document

    tables = {"money": _money_tables, "terms": _terms_table, "exit-codes": _exit_table}.get(name)
    generated = tables(lang) if tables else {}
    body = tr(f"help.topic.{name}.body", lang)
    return Document(tr(f"help.topic.{name}.title", lang), [], sections_of(body, generated))


# Within a section a Document draws text, then its table, then preformatted
# lines, then bullets; content of an earlier kind after a later one starts a
# new (untitled) section, so the topic reads in the order it is written.  A
# table or an example after anything starts one too: a Document puts no
# blank line before them, and glued to a paragraph they read as part of it.
_ORDER = {"text": 0, "table": 1, "preformatted": 2, "bullets": 3}


def sections_of(body: str, tables: dict[str, Table] | None = None) -> list[Section]:
    """The sections of a topic's text: "## " a section title, "- " a bullet,
    four spaces a verbatim line, a line that is a key of `tables` that table,
    anything else a paragraph (a blank line ends it)."""
    from pln_cli.render.document import Section

    tables = tables or {}
    sections: list[Section] = [Section()]
    reached = [-1]
    paragraph: list[str] = []

    def place(kind: str) -> Section:
        fresh = reached[-1] < 0
        if _ORDER[kind] < reached[-1] or (kind == "table" and not fresh) or (kind == "preformatted" and not fresh and reached[-1] != _ORDER[kind]):
            sections.append(Section())
            reached.append(-1)
        reached[-1] = max(reached[-1], _ORDER[kind])
        return sections[-1]

    def end_paragraph() -> None:
        if paragraph:
            place("text").text.append(" ".join(paragraph))
            paragraph.clear()

    for line in body.splitlines():
        if line.startswith("    "):
            end_paragraph()
            place("preformatted").preformatted.append(line[4:])
        elif not line.strip():
            end_paragraph()
        elif line.startswith("## "):
            end_paragraph()
            sections.append(Section(line[3:].strip()))
            reached.append(-1)
        elif line.startswith("- "):
            end_paragraph()
            place("bullets").bullets.append(line[2:].strip())
        elif line.strip() in tables:
            end_paragraph()
            place("table").table = tables[line.strip()]
        else:
            paragraph.append(line.strip())
    end_paragraph()
    return [s for s in sections if s.title or s.text or s.table or s.bullets or s.preformatted]


# What `pln help money` shows as read, and as refused: real calls to the
# parser, so the page cannot drift from what pln does.
MONEY_READ = ("450000", "450.000", "Rp450.000", "Rp 450.000,-", "IDR 450,000", "450rb", "450 ribu", "25k",
              "1,5jt", "1.5jt", "2 juta", "1 miliar")
MONEY_REFUSED = ("2M", "450.5", "-450rb", "12,34,56", "1.250.000rb")


def _money_tables(lang: str) -> dict[str, Table]:
    from pln_cli.catalog import tr
    from pln_cli.errors import InvalidValue
    from pln_cli.money import format_rupiah, parse_rupiah
    from pln_cli.render.document import Table

    read = [[text, format_rupiah(parse_rupiah(text))] for text in MONEY_READ]
    refused = []
    for text in MONEY_REFUSED:
        try:
            parse_rupiah(text)
        except InvalidValue as exc:
            refused.append([text, exc.message.render(lang)])
        else:  # pragma: no cover - tests/cli/test_help_topics.py holds every example to its verdict
            raise AssertionError(f"{text!r} is read as an amount")
    return {
        "TABLE": Table([tr("help.money.written", lang), tr("help.money.means", lang)], read, ["left", "right"]),
        "REFUSED": Table([tr("help.money.written", lang), tr("help.money.why", lang)], refused, ["left", "left"]),
    }


def _field_path(field: tuple[str | int, ...]) -> str:
    """("scheme", "tiers", 0, "min_spend") -> scheme.tiers[0].min_spend"""
    out = ""
    for part in field:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def _terms_table(lang: str) -> dict[str, Table]:
    from pln_cli.catalog import catalog, tr
    from pln_cli.model.terms import ISSUES
    from pln_cli.render.document import Table

    rows = []
    for key, term in ISSUES.items():
        meaning_key = f"help.term.{key}"
        # A key added to ISSUES without a sentence here still shows, by its offer field.
        meaning = tr(meaning_key, lang) if meaning_key in catalog() else _field_path(term.field)
        rows.append([key, meaning, tr(f"help.terms.unit.{term.kind.value}", lang),
                     tr(f"help.terms.better.{term.better.value}", lang), _field_path(term.field)])
    headers = [tr(f"help.terms.{h}", lang) for h in ("key", "meaning", "unit", "better", "field")]
    return {"TABLE": Table(headers, rows, ["left"] * 5)}


def _exit_table(lang: str) -> dict[str, Table]:
    from pln_cli.catalog import tr
    from pln_cli.cli.common import EXIT_DATA, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE
    from pln_cli.render.document import Table

    codes = (EXIT_OK, EXIT_DATA, EXIT_USAGE, EXIT_INTERNAL, 130)
    rows = [[str(code), tr(f"help.exit.{code}", lang)] for code in codes]
    return {"TABLE": Table([tr("help.exit.code", lang), tr("help.exit.meaning", lang)], rows, ["right", "left"])}
