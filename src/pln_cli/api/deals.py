"""Use cases of deal logs: start one, log a round, close it, see where it stands."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from pln_cli.api.engine import evaluate
from pln_cli.catalog import Msg
from pln_cli.errors import InvalidValue, ProblemsFound, UsageError
from pln_cli.load.append import DEAL_LOG, AppendRefused, append_document, create_exclusive
from pln_cli.load.paths import inside, root_of
from pln_cli.load.problem import Problem
from pln_cli.load.deals import DealEntry, load_deal, parse_deal_bytes, resolve_offer_ref
from pln_cli.load.validate import validate
from pln_cli.load.workspace import OfferEntry, find_root, load_offer, partner_at
from pln_cli.load.writer import header_document, outcome_document, round_document
from pln_cli.load.yamlsafe import load_mapping, source_from_bytes
from pln_cli.model.deal import ANSWERS, CHECKLIST_KEYS, OUTCOMES, PARTIES, TACTICS, Deal, Round
from pln_cli.model.partner import Partner
from pln_cli.model.terms import term
from pln_cli.model.types import SLUG_RE
from pln_cli.negotiation.analytics import DealAnalysis, analyse, positions
from pln_cli.negotiation.reading import Estimate, read_partner
from pln_cli.portfolio import TermsWarning, deal_warnings, warning_terms

Value = int | float


@dataclass(frozen=True)
class RoundEconomics:
    """The offer simulation of one round's position (None when it could not run)."""

    our_net_cost: float | None = None
    cac: float | None = None
    qualifying_share: float | None = None
    reward_rate: float | None = None
    exhaustion_day: int | None = None  # the day a cap binds; None when none does
    partner_payment: float | None = None


@dataclass(frozen=True)
class DealContext:
    """A deal with everything around it that a report shows."""

    entry: DealEntry
    deal: Deal
    analysis: DealAnalysis
    partner: Partner | None
    offer_label: str
    economics: tuple[RoundEconomics, ...] = ()  # one per round, when the offer can be simulated
    offer: OfferEntry | None = None  # the deal's offer file, when there is one
    estimates: Mapping[str, Estimate] = field(default_factory=dict)  # their reservation, read from their offers
    # Cap and ROI warnings on the agreed terms, or on each side's latest proposal.
    warnings: tuple[TermsWarning, ...] = ()

    @property
    def partner_name(self) -> str:
        return self.partner.name if self.partner else self.deal.header.partner

    @property
    def their_interests(self) -> list[str]:
        return list(self.partner.their_interests) if self.partner else []


def deal_context(path: str | Path, simulate_rounds: bool = True, warn: bool | None = None) -> DealContext:
    """Load a deal log and analyse it; each round's position is simulated on
    the deal's offer when it is usable, and with `warn` (by default, when
    the rounds are) the terms the team decides on are checked for a cap
    that binds early and a negative value for us.  A torn tail keeps the
    complete rounds (its Problem is in `entry.problems`); a log with no
    usable deal raises ProblemsFound.  An offer outside the workspace is
    not used, and an offer whose data cannot be read leaves the economics
    out: both are named in `entry.problems`, so the reader learns why."""
    path = Path(path)
    entry = load_deal(path)
    if entry.deal is None:
        raise ProblemsFound(entry.problems)
    deal = entry.deal
    analysis = analyse(deal)
    root = find_root(path)
    partner = partner_at(root, deal.header.partner)
    offer_path = resolve_offer_ref(path, deal.header.offer)
    offer_label, economics = deal.header.offer, ()
    warnings: tuple[TermsWarning, ...] = ()
    offer = None
    if offer_path.is_file() and not inside(offer_path, root_of(path)):
        entry.problems.append(Problem(entry.display, None, None, "offer-outside", Msg("ref.offer_outside", {"ref": deal.header.offer}), Msg("ref.offer_outside.hint")))
    elif offer_path.is_file():
        offer = load_offer(offer_path)
        if offer.usable and offer.model is not None:
            offer_label = offer.model.label()
            warn = simulate_rounds if warn is None else warn
            if (simulate_rounds or warn) and deal.rounds:
                economics, warnings = _simulate(offer, deal, analysis, simulate_rounds, warn, entry.problems)
        else:
            entry.problems.extend(p for p in offer.problems if p.severity == "error")
    return DealContext(entry, deal, analysis, partner, offer_label, economics, offer, read_partner(deal), warnings)


def _economics(r: Any) -> RoundEconomics:
    if r is None:
        return RoundEconomics()
    return RoundEconomics(r.our_net_cost, r.cac, r.qualifying_share, r.reward_rates[0], r.exhaustion_day, r.partner_payment)


def _simulate(offer: OfferEntry, deal: Deal, analysis: DealAnalysis, rounds: bool, warn: bool,
              problems: list[Problem]) -> tuple[tuple[RoundEconomics, ...], tuple[TermsWarning, ...]]:
    """Each round's position and the warned terms, in one pass over the spend data."""
    sets = list(positions(deal)) if rounds else []
    named = warning_terms(deal, analysis) if warn else []
    try:
        evaluation = evaluate(offer.model, offer.spend_data, sets + [terms for _, terms in named], strict=False)
    except ProblemsFound as exc:
        problems.extend(exc.problems)
        return (tuple(RoundEconomics() for _ in deal.rounds) if rounds else ()), ()
    results = evaluation.results
    economics = tuple(_economics(r) for r in results[: len(sets)])
    by_name = {name: r for (name, _), r in zip(named, results[len(sets):])}
    start = offer.model.period.start if offer.model is not None else None
    return economics, deal_warnings(deal, analysis, by_name, start) if warn else ()


def round_economics(offer: Any, deal: Deal, problems: list[Problem] | None = None) -> tuple[RoundEconomics, ...]:
    """Simulate each round's position: the base offer with that party's terms.
    When the offer's data cannot be read, the economics are left out and its
    Problems added to `problems` (a bad transaction row is not kept quiet)."""
    economics, _ = _simulate(offer, deal, analyse(deal), True, False, problems if problems is not None else [])
    return economics


def rounds_detail(context: DealContext) -> list[dict[str, Any]]:
    """Each round with the economics of its party's position (an extra JSON key)."""
    detail = []
    for index, r in enumerate(context.deal.rounds):
        econ = context.economics[index] if index < len(context.economics) else None
        detail.append({
            "round": r.round,
            "date": r.date.isoformat(),
            "by": r.by,
            "terms": r.terms.named(),
            "notes": r.notes,
            "our_net_cost": None if econ is None or econ.our_net_cost is None else int(round(econ.our_net_cost)),
            "cac": None if econ is None or econ.cac is None else int(round(econ.cac)),
            "qualifying_share": None if econ is None else econ.qualifying_share,
            "reward_rate": None if econ is None else econ.reward_rate,
            "exhaustion_day": None if econ is None else econ.exhaustion_day,
            "partner_payment": None if econ is None or econ.partner_payment is None else int(round(econ.partner_payment)),
        })
    return detail


def show_json(context: DealContext, lang: str = "en") -> dict[str, Any]:
    """`deal show --format json`: the contract's object; per issue, their
    estimated reservation (`their_reservation_estimate`, `zopa_estimated`)
    and the practical next offer (`next_offer_practical`, beside the exact
    `next_offer`); each round's economics (`rounds_detail`); our whole
    schedule per issue (`schedule`); and the cap and ROI `warnings`."""
    from pln_cli.negotiation.analytics import to_json
    from pln_cli.negotiation.practical import plan, plan_json
    from pln_cli.negotiation.reading import to_json as estimates_json

    data = to_json(context.analysis)
    for key, extra in estimates_json(context.estimates, lang).items():
        data["issues"].setdefault(key, {}).update(extra)
    for key, value in next_offers_practical(context.analysis).items():
        data["issues"][key]["next_offer_practical"] = value
    data["rounds_detail"] = rounds_detail(context)
    data["schedule"] = plan_json(plan(context.analysis))
    data["warnings"] = [w.to_json(lang) for w in context.warnings]
    return data


def next_offers_practical(analysis: DealAnalysis) -> dict[str, Value | None]:
    """Per issue, the next offer as a person says it (None for a closed deal)."""
    from pln_cli.negotiation.practical import next_practical

    header = analysis.deal.header
    if analysis.deal.status != "open":
        return {key: None for key in analysis.issues}
    return {key: next_practical(i, header.deadline.rounds, header.tactic.beta) for key, i in analysis.issues.items()}


# --- parsing what a person typed ------------------------------------------------


def parse_terms(values: list[str]) -> dict[str, Value]:
    """`--set` values: KEY=VALUE, repeatable or comma-separated; a key once."""
    from pln_cli.econ.variants import parse_assignments

    terms: dict[str, Value] = {}
    for text in values:
        for key, value in parse_assignments(text).items():
            if key in terms:
                raise InvalidValue(Msg("terms.repeated", {"key": key}), Msg("terms.syntax.hint"))
            terms[key] = value
    return terms


def parse_checks(values: list[str]) -> dict[str, str]:
    """`--check ITEM=yes|partly|no`, repeatable or comma-separated."""
    checks: dict[str, str] = {}
    for text in values:
        for part in text.split(","):
            key, sep, answer = part.partition("=")
            key, answer = key.strip(), answer.strip().lower()
            if not sep or key not in CHECKLIST_KEYS:
                raise UsageError(Msg("usage.check_item", {"text": part, "items": ", ".join(CHECKLIST_KEYS)}))
            if answer not in ANSWERS:
                raise UsageError(Msg("usage.check_answer", {"text": part, "answers": ", ".join(ANSWERS)}))
            checks[key] = answer
    return checks


# --- appending -----------------------------------------------------------------


@dataclass(frozen=True)
class Appended:
    """What an append did: the deal before it, the text written, and any
    warning the person can still act on (a date out of order)."""

    before: DealEntry
    text: str
    warnings: tuple[Msg, ...] = ()


@dataclass(frozen=True)
class RoundInput:
    by: str
    terms: Mapping[str, Value] = field(default_factory=dict)
    notes: str | None = None
    day: date | None = None  # default: today
    checklist: Mapping[str, str] = field(default_factory=dict)


def _append(path: Path, render: Callable[[DealEntry], str], on_wait: Callable[[], None] | None) -> tuple[DealEntry, str]:
    root = root_of(path)
    if not inside(path, root):
        # A link out of the workspace: the round would land elsewhere.
        raise ProblemsFound([Problem(str(path), None, None, "outside", Msg("ref.outside", {"file": str(path), "root": str(root)}), Msg("ref.outside.hint"))])
    try:
        return append_document(path, DEAL_LOG, render, on_wait)
    except AppendRefused as exc:
        raise ProblemsFound(exc.problems) from None


# The output says kami and mitra in Indonesian: both words are accepted for the parties.
PARTY_ALIASES = {"kami": "us", "mitra": "them"}


def party(text: str | None) -> str:
    """us or them, from us, them, kami or mitra (any case); a UsageError otherwise."""
    word = (text or "").strip().lower()
    found = PARTY_ALIASES.get(word, word)
    if found not in PARTIES:
        raise UsageError(Msg("usage.by", {"parties": ", ".join([*PARTIES, *PARTY_ALIASES])}))
    return found


def log_round(path: str | Path, round_: RoundInput, today: date | None = None, on_wait: Callable[[], None] | None = None) -> Appended:
    """Append one round, numbered under the lock; refused (nothing written)
    when the round is invalid in context, the log is torn, or it is closed."""
    round_ = replace(round_, by=party(round_.by))
    day = round_.day or today or date.today()
    warning = None

    def render(entry: DealEntry) -> str:
        nonlocal warning
        deal = entry.deal
        number = len(deal.rounds) + 1 if deal else 1
        if deal and deal.rounds and day < deal.rounds[-1].date:
            warning = Msg("deal.warn.date_order", {"date": day.isoformat(), "previous": deal.rounds[-1].date.isoformat()})
        return round_document(number, day, round_.by, dict(round_.terms), round_.notes, dict(round_.checklist))

    before, text = _append(Path(path), render, on_wait)
    return Appended(before, text, (warning,) if warning else ())


def round_from_yaml(raw: bytes, display: str, today: date | None = None) -> RoundInput:
    """A round written as YAML (`--from`); its `round:` number is assigned by pln."""
    source, problems = source_from_bytes(raw, display)
    if source is None:
        raise ProblemsFound(problems)
    doc, problems = load_mapping(source)
    if doc is None:
        raise ProblemsFound(problems)
    data = dict(doc.data)
    if isinstance(data.get("by"), str) and data["by"].strip().lower() in PARTY_ALIASES:
        data["by"] = PARTY_ALIASES[data["by"].strip().lower()]
    data.setdefault("round", 1)
    data.setdefault("date", (today or date.today()).isoformat())
    doc.data = data
    model, problems = validate(Round, doc, source)
    if model is None:
        raise ProblemsFound(problems)
    checklist = model.checklist.answered() if model.checklist else {}
    return RoundInput(model.by, model.terms.named(), model.notes, model.date, checklist)


def close_deal(path: str | Path, outcome: str, terms: Mapping[str, Value] | None = None, notes: str | None = None,
               day: date | None = None, on_wait: Callable[[], None] | None = None) -> Appended:
    """Append the outcome: agreed (with the final terms, or the met offers),
    walked_away or paused."""
    if outcome not in OUTCOMES:
        raise UsageError(Msg("usage.outcome", {"outcome": outcome, "outcomes": ", ".join(OUTCOMES)}))
    day = day or date.today()
    warning = None

    def render(entry: DealEntry) -> str:
        nonlocal warning
        final = dict(terms or {})
        deal = entry.deal
        if deal is not None and deal.rounds and day < deal.rounds[-1].date:
            warning = Msg("deal.warn.date_order", {"date": day.isoformat(), "previous": deal.rounds[-1].date.isoformat()})
        if outcome == "agreed" and not final and deal is not None:
            analysis = analyse(deal)
            met = {k: i.theirs for k, i in analysis.issues.items() if i.gap == 0 and not i.crossed and i.theirs is not None}
            if len(met) != len(analysis.issues):
                raise UsageError(Msg("usage.not_met"))
            final = met
        return outcome_document(outcome, day, final, notes)

    before, text = _append(Path(path), render, on_wait)
    return Appended(before, text, (warning,) if warning else ())


# --- a new deal ----------------------------------------------------------------


@dataclass(frozen=True)
class IssueInput:
    key: str
    target: Value
    reservation: Value
    their_reservation: Value | None = None


def parse_issue(text: str) -> IssueInput:
    """`KEY=TARGET:RESERVATION[:THEIR_RESERVATION]`; no field may be empty
    except a trailing third one."""
    key, sep, rest = text.partition("=")
    key = key.strip()
    parts = [p.strip() for p in rest.split(":")]
    if not sep or len(parts) not in (2, 3) or not parts[0] or not parts[1]:
        raise UsageError(Msg("usage.issue_syntax", {"text": text}))
    entry = term(key)
    values = [entry.parse(p) for p in parts if p]
    return IssueInput(key, values[0], values[1], values[2] if len(values) > 2 else None)


def parse_tactic(value: str) -> str | float:
    """boulware, linear, conceder, or a finite beta above zero."""
    import math

    if value in TACTICS:
        return value
    try:
        beta = float(value)
    except ValueError:
        raise UsageError(Msg("usage.tactic", {"value": value})) from None
    if not math.isfinite(beta) or beta <= 0:
        raise UsageError(Msg("usage.tactic", {"value": value}))
    return beta


@dataclass(frozen=True)
class NewDeal:
    deal: str
    partner: str
    offer: str  # an offer id of the workspace
    issues: tuple[IssueInput, ...]
    deadline: int = 4
    tactic: str | float = "linear"
    batna: str | None = None
    title: str | None = None


def new_deal(root: Path, spec: NewDeal) -> Path:
    """Create `deals/<id>.yaml` with its header; never overwrites a file.

    The header is checked as `pln check` would check it (the partner and
    the offer exist, the offer is that partner's) before anything is written.
    """
    if not SLUG_RE.match(spec.deal):
        raise UsageError(Msg("usage.slug", {"value": spec.deal}))
    if not spec.issues:
        raise UsageError(Msg("usage.new_deal_required"))
    if spec.deadline < 1:
        raise UsageError(Msg("usage.deadline"))
    path = root / "deals" / f"{spec.deal}.yaml"
    if os.path.lexists(path):
        raise UsageError(Msg("usage.deal_exists", {"path": str(path), "deal": spec.deal}))
    if not SLUG_RE.match(spec.partner) or not (root / "partners" / f"{spec.partner}.yaml").is_file():
        raise UsageError(Msg("usage.no_partner", {"partner": spec.partner, "folder": str(root / "partners")}))
    if not SLUG_RE.match(spec.offer) or not (root / "offers" / f"{spec.offer}.yaml").is_file():
        raise UsageError(Msg("usage.no_offer", {"offer": spec.offer, "folder": str(root / "offers")}))
    offer = load_offer(root / "offers" / f"{spec.offer}.yaml", check_data=False)
    if offer.model is not None and offer.model.partner != spec.partner:
        raise UsageError(Msg("usage.offer_partner", {"offer": spec.offer, "theirs": offer.model.partner, "partner": spec.partner}))
    issues = {i.key: {"target": i.target, "reservation": i.reservation, "their_reservation": i.their_reservation} for i in spec.issues}
    text = header_document(spec.deal, spec.partner, f"../offers/{spec.offer}.yaml", issues, spec.deadline, spec.tactic, spec.batna, spec.title)
    checked = parse_deal_bytes(path, text.encode("utf-8"))
    if checked.problems:
        # The file does not exist: name the header being made, not a path.
        raise ProblemsFound([replace(p, path="(new deal)") for p in checked.problems])
    try:
        create_exclusive(path, text)
    except FileExistsError:
        raise UsageError(Msg("usage.deal_exists", {"path": str(path), "deal": spec.deal})) from None
    return path


def direction_warnings(issues: tuple[IssueInput, ...]) -> tuple[Msg, ...]:
    """An issue whose target and reservation point against its usual
    direction (a lower min_spend "better for us"): allowed, since a deal
    may want exactly that, but worth a second look for swapped values."""
    from pln_cli.model.terms import ISSUES, Better

    found = []
    for i in issues:
        if i.target == i.reservation:
            continue  # no direction given: the usual one is taken
        implied = Better.HIGHER if i.target > i.reservation else Better.LOWER
        usual = ISSUES[i.key].better
        if implied is not usual:
            entry = ISSUES[i.key]
            found.append(Msg("advice.new.direction", {
                "issue": Msg(f"issue.{i.key}"), "target": entry.write(i.target), "reservation": entry.write(i.reservation),
                "implied": Msg(f"advice.better.{implied.value}"), "usual": Msg(f"advice.better.{usual.value}"),
            }))
    return tuple(found)


def offer_values(root: Path, offer: str) -> dict[str, Value]:
    """The offer file's current value of each negotiable term it sets (the
    defaults offered when `deal new` asks for targets); {} when unreadable."""
    from pln_cli.model.terms import ISSUES

    if not SLUG_RE.match(offer):
        return {}
    path = root / "offers" / f"{offer}.yaml"
    if not path.is_file():
        return {}
    entry = load_offer(path, check_data=False)
    if entry.model is None:
        return {}
    found: dict[str, Value] = {}
    for key, t in ISSUES.items():
        value: Any = entry.model
        for step in t.field:
            if isinstance(step, int):
                value = value[step] if isinstance(value, (list, tuple)) and step < len(value) else None
            else:
                value = getattr(value, step, None)
        # A ranged assumption ({low, mode, high}) is no single value to offer.
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            found[key] = value
    return found
