"""Starting out: a new workspace, a new partner, a new offer.

Each use case writes commented files (`api/templates.py`) that pass `pln
check` as they are: every text is parsed and validated by the loaders
before anything is written, and nothing that exists is ever replaced
(`create_exclusive`, O_EXCL).  `init_workspace` checks every file it would
write first, and removes what it wrote if writing fails half-way, so a
folder is either a complete new workspace or left as it was.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from pln_cli.api.templates import SAMPLE_HISTOGRAM, OfferFields, PartnerFields, offer_yaml, partner_yaml, sample_deal_yaml, settings_yaml
from pln_cli.catalog import Msg
from pln_cli.errors import InvalidValue, ProblemsFound, UsageError
from pln_cli.i18n import normalize_lang, tr
from pln_cli.load.append import create_exclusive
from pln_cli.load.deals import parse_deal_bytes
from pln_cli.load.paths import KIND_FOLDERS, display_path
from pln_cli.load.problem import Problem
from pln_cli.load.validate import validate
from pln_cli.load.workspace import SETTINGS_FILE, read_spend_data
from pln_cli.load.yamlsafe import load_mapping, source_from_bytes
from pln_cli.model.offer import Offer
from pln_cli.model.partner import SIZES, Partner
from pln_cli.model.settings import Settings
from pln_cli.model.types import SLUG_RE
from pln_cli.prep.text import Join

T = TypeVar("T")

# Every folder of a new workspace (DESIGN.md, "The workspace").
WORKSPACE_FOLDERS = ("partners", "offers", "deals", "meetings", "lobby", "campaigns", "data", "decks")
# Folders that start empty get this file, so that git keeps them.
KEEP_FILE = ".gitkeep"
# What a value typed on the command line may not hold: it would be refused
# by the loader, or make a line read differently from what it holds.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


@dataclass(frozen=True)
class InitResult:
    """A new workspace: where, in which language, every file written (in
    order), and the ids of the sample partner, offer and deal."""

    root: Path
    language: str
    files: tuple[Path, ...]
    partner: str
    offer: str
    deal: str


def init_workspace(folder: str | Path, language: str = "en", name: str | None = None, *, today: date | None = None) -> InitResult:
    """Create a workspace in `folder` (made if missing): pln.yaml, the
    folders, and a commented sample partner, offer (with its spend
    histogram in data/) and deal, in `language` (en or id).

    Refused (UsageError, nothing written) when the folder is a workspace
    already or any file it would write exists.
    """
    lang = normalize_lang(language)
    if lang is None:
        raise UsageError(Msg("usage.lang", {"value": language}))
    root = Path(folder)
    if os.path.lexists(root) and not root.is_dir():
        raise UsageError(Msg("start.init.not_folder", {"path": str(root)}))
    for marker in (SETTINGS_FILE, *KIND_FOLDERS):
        if os.path.lexists(root / marker):
            raise UsageError(Msg("start.init.exists", {"root": str(root), "found": marker}))
    if name is not None:
        _plain("--name", name)
    today = today or date.today()
    partner, offer, deal = (tr(f"tpl.sample.{kind}.id", lang) for kind in ("partner", "offer", "deal"))
    data = tr("tpl.sample.data", lang)
    files: dict[Path, str] = {
        root / "data" / data: SAMPLE_HISTOGRAM,
        root / "partners" / f"{partner}.yaml": partner_yaml(PartnerFields(partner, tr("tpl.sample.partner.name", lang), sample=True), lang),
        root / "offers" / f"{offer}.yaml": offer_yaml(
            OfferFields(offer, partner, 450_000, 25_000, 0.35, transactions=120_000, days=90, title=tr("tpl.sample.offer.title", lang),
                        histogram=f"../data/{data}", sample=True),
            lang, today),
        root / "deals" / f"{deal}.yaml": sample_deal_yaml(deal, partner, offer, lang, today),
    }
    for kind in WORKSPACE_FOLDERS:
        if not any(path.parent == root / kind for path in files):
            files[root / kind / KEEP_FILE] = ""
    files[root / SETTINGS_FILE] = settings_yaml(lang, name)  # last: a workspace only once complete

    for kind in WORKSPACE_FOLDERS:
        if os.path.lexists(root / kind) and not (root / kind).is_dir():
            raise UsageError(Msg("start.init.blocked", {"path": str(root / kind)}))
    for path in files:
        if os.path.lexists(path):
            raise UsageError(Msg("start.init.blocked", {"path": str(path)}))
    problems = _problems_of_texts(files, lang)
    if problems:
        raise ProblemsFound(problems)
    _write_all(root, files)
    return InitResult(root, lang, tuple(files), partner, offer, deal)


def _problems_of_texts(files: dict[Path, str], lang: str) -> list[Problem]:
    """Every file as `pln check` reads it, before any is written."""
    problems: list[Problem] = []
    for path, text in files.items():
        display = tr("start.not_written", lang, file=display_path(path))
        if path.name == SETTINGS_FILE:
            problems += _validated(Settings, text, display)[1]
        elif path.parent.name == "partners":
            problems += _validated(Partner, text, display)[1]
        elif path.parent.name == "offers":
            problems += _validated(Offer, text, display)[1]
        elif path.parent.name == "deals":
            problems += parse_deal_bytes(path, text.encode("utf-8")).problems
    return problems


def _write_all(root: Path, files: dict[Path, str]) -> None:
    """Write every file, never replacing one; on any failure remove what
    was written (files, then the folders made), and re-raise."""
    made: list[Path] = []
    try:
        missing = [p for p in (root, *root.parents) if not os.path.lexists(p)]
        for folder in reversed(missing):
            folder.mkdir()
            made.append(folder)
        for kind in WORKSPACE_FOLDERS:
            if not os.path.lexists(root / kind):
                (root / kind).mkdir()
                made.append(root / kind)
        for path, text in files.items():
            create_exclusive(path, text)
            made.append(path)
    except BaseException as exc:
        for path in reversed(made):
            try:
                path.rmdir() if path.is_dir() and not path.is_symlink() else path.unlink()
            except OSError:
                pass
        if isinstance(exc, FileExistsError):
            raise UsageError(Msg("start.init.blocked", {"path": str(exc.filename or root)})) from None
        raise


# --- a new partner -------------------------------------------------------------------


def new_partner(root: str | Path, id: str, name: str | None = None, *, sector: str | None = None, size: str | None = None,
                language: str = "en") -> Path:
    """Write `partners/<id>.yaml`: a commented template with the name (and
    sector and size, when given); never overwrites a file."""
    root = Path(root)
    path = _new_path(root, "partners", id)
    if not name or not name.strip():
        raise UsageError(Msg("start.partner.name_required"))
    _plain("--name", name)
    if sector is not None:
        _plain("--sector", sector)
    if size is not None and size not in SIZES:
        raise UsageError(Msg("start.partner.size", {"value": size, "sizes": ", ".join(SIZES)}))
    lang = _lang(language)
    text = partner_yaml(PartnerFields(id, name.strip(), sector.strip() if sector and sector.strip() else None, size), lang)
    problems = _validated(Partner, text, tr("start.not_written", lang, file=display_path(path)))[1]
    if problems:
        raise ProblemsFound(problems)
    _create(path, text)
    return path


# --- a new offer --------------------------------------------------------------------------


Raw = str | int | float | None


def new_offer(
    root: str | Path,
    id: str,
    partner: str | None = None,
    *,
    min_spend: Raw = None,
    voucher: Raw = None,
    days: Raw = None,
    start: str | date | None = None,
    end: str | date | None = None,
    transactions: Raw = None,
    redemption_rate: Raw = None,
    median: Raw = None,
    p90: Raw = None,
    mean: Raw = None,
    histogram: str | Path | None = None,
    title: str | None = None,
    language: str = "en",
    today: date | None = None,
) -> Path:
    """Write `offers/<id>.yaml`: a commented voucher-for-spend scheme from
    these values, written as a person types them (450rb, 35%, 120.000).

    The spend is a lognormal (`median` with `p90` or `mean`) or a
    `histogram` CSV (a path from the current folder, inside the
    workspace).  The partner must exist; a missing value is a UsageError
    naming every option still needed; nothing that exists is replaced.
    """
    from pln_cli.model.terms import term
    from pln_cli.model.types import parse_count, parse_date, parse_share, positive_int
    from pln_cli.money import parse_rupiah

    root = Path(root)
    path = _new_path(root, "offers", id)
    lang = _lang(language)
    if partner is not None and (not SLUG_RE.match(partner) or not (root / "partners" / f"{partner}.yaml").is_file()):
        raise UsageError(Msg("usage.no_partner", {"partner": partner, "folder": str(root / "partners")}))
    if title is not None:
        _plain("--title", title)
    values = OfferValues(
        min_spend=_parsed("--min-spend", min_spend, term("min_spend").parse),
        voucher=_parsed("--voucher", voucher, term("voucher").parse),
        days=_parsed("--days", days, positive_int),
        start=_parsed("--start", start, parse_date),
        end=_parsed("--end", end, parse_date),
        transactions=_parsed("--transactions", transactions, parse_count),
        redemption_rate=_parsed("--redemption-rate", redemption_rate, parse_share),
        median=_parsed("--median", median, parse_rupiah),
        p90=_parsed("--p90", p90, parse_rupiah),
        mean=_parsed("--mean", mean, parse_rupiah),
    )
    if histogram is not None and any(v is not None for v in (values.median, values.p90, values.mean)):
        raise UsageError(Msg("start.offer.spend_both"))
    missing = offer_missing(partner, values, histogram is not None)
    if missing:
        raise UsageError(Msg("start.offer.missing", {"missing": Join(tuple(missing), ", ")}))
    relative = None
    if histogram is not None:
        if not Path(histogram).is_file():
            raise UsageError(Msg("start.offer.histogram_missing", {"file": str(histogram)}))
        relative = os.path.relpath(os.path.abspath(histogram), os.path.abspath(root / "offers")).replace(os.sep, "/")
    assert partner is not None and values.min_spend is not None and values.voucher is not None and values.redemption_rate is not None
    fields = OfferFields(
        id, partner, values.min_spend, values.voucher, values.redemption_rate, transactions=values.transactions,
        days=values.days, start=values.start, end=values.end, title=title, median=values.median, p90=values.p90,
        mean=values.mean, histogram=relative,
    )
    text = offer_yaml(fields, lang, today or date.today())
    model, problems = _validated(Offer, text, tr("start.not_written", lang, file=display_path(path)))
    if model is not None and not problems:
        problems = read_spend_data(model, root / "offers", root=root)[1]
    if any(p.severity == "error" for p in problems):
        raise ProblemsFound(problems)
    _create(path, text)
    return path


@dataclass(frozen=True)
class OfferValues:
    """The values of a new offer, parsed; None where not given."""

    min_spend: int | None = None
    voucher: int | None = None
    days: int | None = None
    start: date | None = None
    end: date | None = None
    transactions: int | None = None
    redemption_rate: float | None = None
    median: int | None = None
    p90: int | None = None
    mean: int | None = None


def offer_missing(partner: str | None, values: OfferValues, histogram: bool) -> list[str | Msg]:
    """The options a new offer still needs (what a terminal asks for)."""
    missing: list[str | Msg] = []
    if partner is None:
        missing.append("--partner")
    if values.min_spend is None:
        missing.append("--min-spend")
    if values.voucher is None:
        missing.append("--voucher")
    if values.days is None and (values.start is None or values.end is None):
        missing.append(Msg("start.option_or_pair", {"option": "--days", "first": "--start", "second": "--end"}))
    if values.transactions is None:
        missing.append("--transactions")
    if values.redemption_rate is None:
        missing.append("--redemption-rate")
    if not histogram and values.median is None:
        missing.append("--median")
    if not histogram and values.p90 is None and values.mean is None:
        missing.append(Msg("start.option_or", {"option": "--p90", "other": "--mean"}))
    return missing


# --- shared -----------------------------------------------------------------------------


def _lang(language: str) -> str:
    found = normalize_lang(language)
    if found is None:
        raise UsageError(Msg("usage.lang", {"value": language}))
    return found


def _new_path(root: Path, kind: str, id: str) -> Path:
    if not SLUG_RE.match(id):
        raise UsageError(Msg("usage.slug", {"value": id}))
    path = root / kind / f"{id}.yaml"
    if os.path.lexists(path) or os.path.lexists(root / kind / f"{id}.yml"):
        raise UsageError(Msg("start.exists", {"path": str(path)}))
    return path


def _create(path: Path, text: str) -> None:
    try:
        create_exclusive(path, text)
    except FileExistsError:
        raise UsageError(Msg("start.exists", {"path": str(path)})) from None


def _plain(option: str, text: str) -> None:
    if _CONTROL.search(text):
        raise UsageError(Msg("start.control", {"option": option}))


def _parsed(option: str, raw: Any, parse: Callable[[Any], T]) -> T | None:
    """A value as typed, parsed by the model's own rule; a bad one names its option."""
    from pydantic_core import PydanticCustomError

    if raw is None:
        return None
    if isinstance(raw, str):
        raw = raw.strip()
    try:
        return parse(raw)
    except InvalidValue as exc:
        raise InvalidValue(Msg("start.option", {"option": option, "message": exc.message}), exc.hint) from None
    except PydanticCustomError as exc:
        context = exc.context or {}
        message = context.get("pln_msg") or Msg("model.invalid", {"detail": str(exc)})
        raise InvalidValue(Msg("start.option", {"option": option, "message": message}), context.get("pln_hint")) from None


def _validated(model: type[T], text: str, display: str) -> tuple[T | None, list[Problem]]:
    """The text as the loader reads a file of this kind."""
    source, problems = source_from_bytes(text.encode("utf-8"), display)
    if source is None:
        return None, problems
    doc, problems = load_mapping(source)
    if doc is None:
        return None, problems
    return validate(model, doc, source)  # type: ignore[arg-type, return-value]
