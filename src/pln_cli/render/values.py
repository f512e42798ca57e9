"""The one formatter for values shown to a person, in their language.

Money is Rp450.000 in both languages (the team's notation); shares and
ratios take the language's decimal mark (12.5% / 12,5%); counts and days
are whole numbers.  What pln writes into files is a different thing, the
same in every language: `Term.write` in `model/terms.py`.
"""

from __future__ import annotations

from typing import Any, Literal

from pln_cli.catalog import catalog
from pln_cli.i18n import number, percent, tr
from pln_cli.model.terms import ISSUES, Kind
from pln_cli.money import format_rupiah

# What a shown value is: the three kinds of term, plus a ratio (ROI) and a day.
ValueKind = Literal["money", "share", "count", "ratio", "day"]


def show(kind: ValueKind | Kind, value: Any, lang: str) -> str:
    """A metric's value as a table cell: "n/a" when there is none."""
    if value is None:
        return tr("na", lang)
    kind = kind.value if isinstance(kind, Kind) else kind
    if kind == "money":
        return format_rupiah(int(round(value)))
    if kind in ("share", "ratio"):
        return percent(float(value), lang)
    if kind == "count":
        return number(float(value), lang, 0)
    return str(int(value))


def show_term(key: str, value: int | float | None, lang: str) -> str:
    """A negotiated term as a person reads it: Rp450.000, 12,5% (id), 30.

    Shares keep every digit that matters (up to four decimals of a
    percent), so a term reads as precisely as it was agreed.
    """
    if value is None:
        return "-"
    kind = ISSUES[key].kind if key in ISSUES else Kind.COUNT
    if kind is Kind.MONEY:
        return format_rupiah(int(value))
    if kind is Kind.SHARE:
        text = f"{float(value) * 100:.4f}".rstrip("0").rstrip(".")
        return (text.replace(".", ",") if lang == "id" else text) + "%"
    return str(int(value))


def issue_label(key: str, lang: str) -> str:
    """An issue as a person reads it: the key itself in English (the word
    they type after --set and --vs), a label in Indonesian (`min_spend` is
    no Indonesian word); a key the registry does not know stays as it is."""
    return tr(f"issue.{key}", lang) if key in ISSUES else key


def _pair(key: str, value: Any, lang: str, template: str) -> str:
    # An issue may have a template of its own in the catalogue: days read
    # with their unit in Indonesian ("masa berlaku voucher 45 hari").
    own = f"{template}.{key}"
    return tr(own if own in catalog() else template, lang, label=issue_label(key, lang), value=show_term(key, value, lang))


def show_terms(terms: dict[str, Any], lang: str) -> str:
    """`min_spend Rp400.000, voucher Rp30.000` (English), `min. belanja di
    mitra Rp400.000, nilai voucher Rp30.000` (Indonesian), or "-" for none."""
    return ", ".join(_pair(k, v, lang, "term.pair") for k, v in terms.items()) or "-"


def variant_name(terms: dict[str, Any], lang: str) -> str:
    """`min_spend=Rp400.000, voucher=Rp30.000`: a counter-offer as the data
    formats name it (JSON and CSV `variant`, the same keys as --vs)."""
    return ", ".join(f"{k}={show_term(k, v, lang)}" for k, v in terms.items())


def variant_label(terms: dict[str, Any], lang: str) -> str:
    """A counter-offer as a column heading or a title: `min_spend=Rp400.000`
    in English (as typed after --vs), labels in Indonesian."""
    return ", ".join(_pair(k, v, lang, "term.assign") for k, v in terms.items())
