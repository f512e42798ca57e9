"""The commented YAML files that `pln init`, `pln partner new` and `pln offer
new` write, in English or Indonesian.

Each field gets a comment above it that says what it means (the text is in
`catalog/start.py`); a field without a value is written as a commented-out
example, so the file still explains it.  Values are written the way the
team writes them by hand (`Rp450.000`, `35%`), and free text is quoted
whenever a plain YAML scalar would read differently.

These are file formats, not renderings: the api writes them, so they live
here and not in `render/` (which the api may not import).
"""

from __future__ import annotations

import json
import re
import textwrap
from dataclasses import dataclass
from datetime import date, timedelta

import yaml

from pln_cli.i18n import tr
from pln_cli.model.deal import DISTRIBUTIVE_SIGNALS, INTEGRATIVE_ITEMS
from pln_cli.model.partner import LOBBY_CLASSES, STANCES
from pln_cli.model.ranges import RANGEABLE
from pln_cli.model.terms import ISSUES, term
from pln_cli.money import format_rupiah

# The sample spend histogram of `pln init`: lower,upper,count per bucket.
SAMPLE_HISTOGRAM = (
    "lower,upper,count\n"
    "0,50000,41000\n"
    "50000,100000,23000\n"
    "100000,200000,21000\n"
    "200000,300000,14500\n"
    "300000,400000,9800\n"
    "400000,450000,3900\n"
    "450000,500000,2900\n"
    "500000,600000,2400\n"
    "600000,800000,1100\n"
    "800000,1500000,400\n"
)


def scalar(value: str) -> str:
    """Free text as a YAML scalar that reads back as exactly this text:
    plain when that is safe, else double-quoted (a JSON string is a valid
    YAML double-quoted scalar)."""
    if value and value == value.strip() and "\n" not in value and not value.startswith(("#", "'", '"')):
        try:
            if yaml.safe_load(f"k: {value}\n") == {"k": value}:
                return value
        except yaml.YAMLError:
            pass
    return json.dumps(value, ensure_ascii=False)


def money(amount: int) -> str:
    return format_rupiah(amount)


def share(value: float) -> str:
    return term("redemption_rate").write(value)  # 0.35 -> 35%, every digit given


WIDTH = 79  # comment lines are wrapped to this width


def _wrap(line: str, width: int) -> list[str]:
    """`line` wrapped to `width`, keeping its indent; text between
    backticks (a command) is never split."""
    if len(line) <= width:
        return [line]
    indent = line[: len(line) - len(line.lstrip(" "))]
    guarded = re.sub(r"`[^`]*`", lambda m: m.group().replace(" ", "\0"), line.strip())
    parts = textwrap.wrap(guarded, width, initial_indent=indent, subsequent_indent=indent + ("  " if indent else ""),
                          break_long_words=False, break_on_hyphens=False)
    return [p.replace("\0", " ") for p in parts]


class _Lines:
    """A YAML file built line by line, with catalogue comments."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.lines: list[str] = []

    def comment(self, key: str, indent: int = 0, **params: object) -> None:
        """Entry `key` as comment lines: each line of the entry starts a new
        one, and a line too long is wrapped (never inside `a command`)."""
        pad = " " * indent
        for line in tr(key, self.lang, **params).split("\n"):
            for part in _wrap(line, WIDTH - len(pad) - 2):
                self.lines.append(f"{pad}# {part}".rstrip())

    def line(self, text: str, indent: int = 0) -> None:
        self.lines.append(" " * indent + text)

    def commented(self, text: str, indent: int = 0) -> None:
        """An example line, commented out: remove `# ` to use it."""
        self.lines.append(" " * indent + "# " + text)

    def field(self, name: str, value: str | None, example: str, indent: int = 0) -> None:
        """`name: value`, or the example commented out when there is no value."""
        if value is None:
            self.commented(f"{name}: {example}", indent)
        else:
            self.line(f"{name}: {value}", indent)

    def text_field(self, name: str, value: str | None, example: str, indent: int = 0) -> None:
        """Free text: quoted as needed; a long one folded (`>-`) over lines."""
        if value is None:
            self.commented(f"{name}: {scalar(example)}", indent)
            return
        pad = " " * indent
        if len(pad) + len(name) + 2 + len(value) <= WIDTH or scalar(value) != value or "  " in value:
            self.line(f"{name}: {scalar(value)}", indent)
            return
        self.line(f"{name}: >-", indent)
        self.lines.extend(textwrap.wrap(value, WIDTH, initial_indent=pad + "  ", subsequent_indent=pad + "  ",
                                        break_long_words=False, break_on_hyphens=False))

    def blank(self) -> None:
        self.lines.append("")

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


# --- pln.yaml --------------------------------------------------------------------


def settings_yaml(lang: str, name: str | None) -> str:
    t = _Lines(lang)
    t.comment("tpl.settings.head")
    t.blank()
    t.comment("tpl.settings.name")
    t.text_field("name", name or None, tr("tpl.sample.workspace", lang))
    t.comment("tpl.settings.language")
    t.line(f"language: {lang}")
    return t.text()


# --- partners/<id>.yaml ----------------------------------------------------------------


@dataclass(frozen=True)
class PartnerFields:
    id: str
    name: str
    sector: str | None = None
    size: str | None = None
    sample: bool = False  # fill every field with the sample of `pln init`


def partner_yaml(fields: PartnerFields, lang: str) -> str:
    t = _Lines(lang)
    sample = fields.sample
    if sample:
        t.comment("tpl.sample.head")
        t.blank()
    t.comment("tpl.partner.head")
    t.blank()
    t.comment("tpl.partner.id")
    t.line(f"id: {fields.id}")
    t.comment("tpl.partner.name")
    t.line(f"name: {scalar(fields.name)}")
    t.comment("tpl.partner.fictional")
    t.field("fictional", "true" if sample else None, "true")
    t.comment("tpl.partner.sector")
    sector = tr("tpl.sample.partner.sector", lang) if sample else fields.sector
    t.text_field("sector", sector or None, tr("tpl.example.sector", lang))
    t.comment("tpl.partner.size")
    size = "larger" if sample else fields.size
    t.field("size", size, "larger")
    t.comment("tpl.partner.background")
    t.text_field("background", tr("tpl.sample.partner.background", lang) if sample else None, tr("tpl.example.background", lang))
    t.comment("tpl.partner.people", classes=", ".join(LOBBY_CLASSES), stances=", ".join(STANCES))
    people = [
        [("name", "Rina Hartono"), ("role", scalar(tr("tpl.sample.person1.role", lang))), ("lobby_class", "cosmopolitan"), ("influence", "4"), ("stance", "supportive")],
        [("name", "Budi Santoso"), ("role", scalar(tr("tpl.sample.person2.role", lang))), ("lobby_class", "key_contact"), ("influence", "5"), ("stance", "skeptical"),
         ("notes", scalar(tr("tpl.sample.person2.notes", lang)))],
    ]
    write = t.line if sample else t.commented
    write("people:")
    for person in people if sample else people[:1]:
        for index, (key, value) in enumerate(person):
            write(("  - " if index == 0 else "    ") + f"{key}: {value}")
    for key in ("their_interests", "our_interests"):
        t.comment(f"tpl.partner.{key}")
        items = tr(f"tpl.sample.partner.{key}", lang).split("\n") if sample else [tr(f"tpl.example.{key[:-1]}", lang)]
        write(f"{key}:")
        for item in items:
            write(f"  - {scalar(item)}")
    t.comment("tpl.partner.notes")
    t.text_field("notes", tr("tpl.sample.partner.notes", lang) if sample else None, tr("tpl.example.notes", lang))
    return t.text()


# --- offers/<id>.yaml ---------------------------------------------------------------------


@dataclass(frozen=True)
class OfferFields:
    """The values of a new offer; None leaves a field as a commented example."""

    id: str
    partner: str
    min_spend: int
    voucher: int
    redemption_rate: float
    transactions: int | None = None
    days: int | None = None
    start: date | None = None
    end: date | None = None
    title: str | None = None
    median: int | None = None
    p90: int | None = None
    mean: int | None = None
    histogram: str | None = None  # a path relative to the offer file
    sample: bool = False  # fill every field with the sample of `pln init`


def offer_yaml(fields: OfferFields, lang: str, today: date) -> str:
    t = _Lines(lang)
    sample = fields.sample
    if sample:
        t.comment("tpl.sample.head")
        t.blank()
    t.comment("tpl.offer.head", id=fields.id)
    t.blank()
    t.comment("tpl.offer.id")
    t.line(f"id: {fields.id}")
    t.comment("tpl.offer.partner")
    t.line(f"partner: {fields.partner}")
    t.comment("tpl.offer.title")
    t.text_field("title", fields.title or None, tr("tpl.example.title", lang))
    t.comment("tpl.offer.notes")
    t.commented(f"notes: {scalar(tr('tpl.example.notes', lang))}")

    t.comment("tpl.offer.period")
    t.line("period:")
    start, end = fields.start, fields.end
    length = fields.days or (90 if start is None or end is None else (end - start).days + 1)
    example_start = start or today
    t.field("start", start.isoformat() if start else None, example_start.isoformat(), 2)
    t.field("end", end.isoformat() if end else None, (example_start + timedelta(days=length - 1)).isoformat(), 2)
    t.field("days", str(fields.days) if fields.days is not None else None, str(length), 2)

    t.comment("tpl.offer.scheme")
    t.line("scheme:")
    t.comment("tpl.offer.tiers", 2)
    t.line("tiers:", 2)
    t.line(f"- {{min_spend: {money(fields.min_spend)}, voucher: {money(fields.voucher)}}}", 4)
    t.comment("tpl.offer.stacking", 2)
    t.line("stacking: highest_tier", 2)
    t.comment("tpl.offer.max_vouchers", 2)
    t.commented("max_vouchers_per_transaction: 3", 2)

    block = t.line if sample else t.commented
    t.comment("tpl.offer.voucher")
    block("voucher:")
    block(f"  product: {scalar(tr('tpl.sample.offer.product', lang))}")
    block(f"  min_order: {money(100_000)}")
    block("  valid_days: 30")
    t.comment("tpl.offer.funding")
    block("funding:")
    block("  partner_share: 0%")
    block("  billing: redeemed")
    t.comment("tpl.offer.caps")
    block("caps:")
    block("  quota: 10000")
    block(f"  budget: {money(150_000_000)}")

    t.comment("tpl.offer.assumptions", ranged=", ".join(RANGEABLE), id=fields.id)
    t.line("assumptions:")
    t.comment("tpl.offer.transactions", 2)
    t.field("transactions", str(fields.transactions) if fields.transactions is not None else None, "120000", 2)
    t.comment("tpl.offer.spend", 2)
    t.line("spend:", 2)
    if fields.histogram is not None:
        t.line(f"histogram: {scalar(fields.histogram)}", 4)
    else:
        t.line("distribution: lognormal", 4)
        t.line(f"median: {money(fields.median or 0)}", 4)
        if fields.mean is not None:
            t.line(f"mean: {money(fields.mean)}", 4)
        else:
            t.line(f"p90: {money(fields.p90 or 0)}", 4)
    t.comment("tpl.offer.redemption_rate", 2)
    t.line(f"redemption_rate: {share(fields.redemption_rate)}", 2)
    for key, value in (("new_customer_share", "60%"), ("avg_order_value", money(300_000)), ("gross_margin", "10%"), ("partner_margin", "8%")):
        t.comment(f"tpl.offer.{key}", 2)
        t.field(key, value if sample else None, value, 2)
    t.comment("tpl.offer.upsell", 2)
    block("upsell:", 2)
    block("  window: 15%", 2)
    block("  take_up: 25%", 2)
    return t.text()


# --- deals/<id>.yaml ---------------------------------------------------------------------------


def sample_deal_yaml(deal: str, partner: str, offer: str, lang: str, today: date) -> str:
    """The sample deal of `pln init`: a header and our opening round."""
    t = _Lines(lang)
    t.comment("tpl.sample.head")
    t.blank()
    t.comment("tpl.deal.head", id=deal)
    t.blank()
    t.comment("tpl.deal.deal")
    t.line(f"deal: {deal}")
    t.comment("tpl.deal.partner")
    t.line(f"partner: {partner}")
    t.comment("tpl.deal.offer")
    t.line(f"offer: {offer}")
    t.comment("tpl.deal.title")
    t.text_field("title", tr("tpl.sample.deal.title", lang), "")
    t.comment("tpl.deal.deadline")
    t.line("deadline: {rounds: 4}")
    t.comment("tpl.deal.tactic")
    t.line("tactic: linear")
    t.comment("tpl.deal.batna")
    t.text_field("batna", tr("tpl.sample.deal.batna", lang), "")
    t.comment("tpl.deal.notes")
    t.commented(f"notes: {scalar(tr('tpl.example.notes', lang))}")
    t.comment("tpl.deal.issues", keys=", ".join(ISSUES))
    t.line("issues:")
    t.line(f"min_spend: {{better: higher, target: {money(450_000)}, reservation: {money(400_000)}, their_reservation: {money(425_000)}}}", 2)
    t.line(f"voucher: {{better: lower, target: {money(25_000)}, reservation: {money(30_000)}}}", 2)
    t.line("...")
    t.line("---")
    t.comment("tpl.deal.round")
    t.line("round: 1")
    t.line(f"date: {today.isoformat()}")
    t.line("by: us")
    t.line(f"terms: {{min_spend: {money(450_000)}, voucher: {money(25_000)}}}")
    t.text_field("notes", tr("tpl.sample.deal.notes", lang), "")
    t.comment("tpl.deal.checklist", integrative=", ".join(INTEGRATIVE_ITEMS), distributive=", ".join(DISTRIBUTIVE_SIGNALS))
    t.line("checklist: {information: yes, objective_criteria: partly}")
    t.comment("tpl.deal.outcome", id=deal)
    t.line("...")
    return t.text()
