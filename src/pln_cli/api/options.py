"""Options for mutual gain: `pln deal options DEAL` as one use case.

    from pln_cli.api.options import deal_options
    found = deal_options("deals/total-spbu-2017.yaml", steps=5, partner_margin=0.04)
    found.options.nash, found.options.meso, found.options.pareto

The deal's negotiable issues are stepped from our target to our
reservation (`negotiation.options.plan`), every package is simulated on
the deal's offer through the one pipeline (`api.engine.evaluate`: the
spend is read once for all packages, and N is decided there), valued for
both sides, and the Pareto frontier, the Nash package and the MESO set are
chosen (`negotiation.options.choose`).

Errors: bad data (no partner margin anywhere, too many packages, no issue
to trade, an offer that cannot be simulated) raise ProblemsFound, each
with a file, a line and a hint (exit 1); a bad value of --steps, --meso or
--partner-margin raises InvalidValue (exit 2).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pln_cli.api.deals import DealContext, deal_context
from pln_cli.api.engine import evaluate
from pln_cli.api.offers import margin_problem, partner_margin_of
from pln_cli.catalog import Msg
from pln_cli.econ.scheme import inputs_from_offer
from pln_cli.econ.values import TYPICAL_MARGIN, MarginMissing, resolve_margin
from pln_cli.errors import InvalidValue, ProblemsFound
from pln_cli.i18n import Pct
from pln_cli.load.deals import DealEntry
from pln_cli.load.problem import Problem
from pln_cli.load.spend import Progress
from pln_cli.load.workspace import OfferEntry, find_root, yaml_files
from pln_cli.model.terms import ISSUES
from pln_cli.negotiation.options import (
    DEFAULT_MESO,
    DEFAULT_STEPS,
    Options,
    OptionsError,
    Plan,
    check_meso,
    choose,
    plan,
)

MarginSource = Literal["flag", "offer"]


@dataclass(frozen=True)
class DealOptions:
    """The packages of a deal, valued and chosen, with the deal around them."""

    context: DealContext
    options: Options
    margin_source: MarginSource  # where the partner's margin came from

    @property
    def title(self) -> str:
        header = self.context.deal.header
        return header.title or header.deal


def parse_margin(text: str | float | None) -> float | None:
    """--partner-margin as a person writes a share: 4%, 0.04, 0,04."""
    if text is None:
        return None
    try:
        return float(ISSUES["partner_share"].parse(text))
    except InvalidValue as exc:
        raise InvalidValue(Msg("options.partner_margin_bad", {"error": exc.message}), exc.hint) from None


def deal_options(path: str | Path, steps: int = DEFAULT_STEPS, meso: int = DEFAULT_MESO,
                 partner_margin: float | str | None = None, progress: Progress | None = None,
                 context: DealContext | None = None) -> DealOptions:
    """Enumerate, simulate and value the deal's packages; choose Pareto, Nash, MESO.

    `partner_margin` (the flag) beats the offer's `assumptions.partner_margin`;
    without either, ProblemsFound says where to put it.  Nothing is
    simulated before every check has passed.
    """
    check_values(steps, meso)
    margin_flag = parse_margin(partner_margin)
    context = context or deal_context(path, simulate_rounds=False)
    offer = usable_offer(context)
    assert offer.model is not None
    try:
        margin = resolve_margin(margin_flag, partner_margin_of(offer.model))
    except MarginMissing as missing:
        raise ProblemsFound([margin_problem(offer, missing)]) from None
    base = inputs_from_offer(offer.model, rows=0)
    try:
        p = plan(context.deal, base, steps, order=issue_order(context.entry))
    except OptionsError as exc:
        raise ProblemsFound([_deal_problem(context.entry, exc)]) from None
    options = _simulate(p, offer, margin, meso, progress)
    return DealOptions(context, options, "flag" if margin_flag is not None else "offer")


def check_values(steps: int, meso: int) -> None:
    """--steps and --meso, before anything is read."""
    if steps < 2:
        raise InvalidValue(Msg("options.steps_low", {"steps": steps}), Msg("options.steps.hint"))
    try:
        check_meso(meso)
    except OptionsError as exc:
        raise InvalidValue(exc.message, exc.hint) from None


def _simulate(p: Plan, offer: OfferEntry, margin: float, meso: int, progress: Progress | None) -> Options:
    """Every package and both positions through the engine: one pass over the spend."""
    assert offer.model is not None
    positions = list(p.positions)
    term_sets: list[dict[str, Any]] = [p.terms(i) for i in range(len(p.schemes))]
    term_sets += [dict(x.terms) for x in positions]
    evaluation = evaluate(offer.model, offer.spend_data, term_sets, progress, strict=False)
    results = evaluation.results
    count = len(p.schemes)
    package_results = (r for r in results[:count] if r is not None)
    at = {x.side: r for x, r in zip(positions, results[count:])}
    return choose(p, package_results, at, margin, meso)


def usable_offer(context: DealContext) -> OfferEntry:
    """The deal's offer, loaded and free of errors; else its Problems."""
    offer = context.offer
    if offer is None:
        raise ProblemsFound([_unknown_offer(context.entry)])
    if not offer.usable or offer.model is None:
        raise ProblemsFound(offer.problems)
    return offer


def issue_order(entry: DealEntry) -> list[str]:
    """The issues in the order the header writes them (the enumeration order)."""
    if not entry.docs:
        return []
    data = entry.docs[0].data
    issues = data.get("issues") if isinstance(data, dict) else None
    return [str(k) for k in issues] if isinstance(issues, dict) else []


def _deal_problem(entry: DealEntry, exc: OptionsError) -> Problem:
    """Too many packages, or no issue to trade: a Problem at the header's issues."""
    code = {"too_many": "too-many-packages", "no_issues": "no-issues"}.get(exc.code, "options")
    if entry.source is not None and entry.docs:
        return entry.source.problem(entry.docs[0].mark(("issues",), key=True), code, exc.message, exc.hint)
    return Problem(entry.display, None, None, code, exc.message, exc.hint)


def _unknown_offer(entry: DealEntry) -> Problem:
    deal = entry.deal
    ref = deal.header.offer if deal is not None else "-"
    known = ", ".join(p.stem for p in yaml_files(find_root(entry.path) / "offers")) or "-"
    message, hint = Msg("ref.offer", {"ref": ref}), Msg("ref.offer.hint", {"known": known})
    if entry.source is not None and entry.docs:
        return entry.source.problem(entry.docs[0].mark(("offer",)), "unknown-offer", message, hint)
    return Problem(entry.display, None, None, "unknown-offer", message, hint)


# --- the meeting brief ------------------------------------------------------------


@dataclass(frozen=True)
class BriefPackages:
    """What the brief shows of the options: the MESO set and Nash, or why not."""

    found: DealOptions | None
    why: Msg | None = None  # why there are no packages: a sentence
    todo: Msg | None = None  # what to do about it: a sentence


def brief_packages(context: DealContext, steps: int = DEFAULT_STEPS, meso: int = DEFAULT_MESO) -> BriefPackages:
    """`deal show -o brief.md`: the packages to put on the table, or why there
    are none.  Never raises for bad data: the brief is written anyway."""
    if context.deal.status != "open":
        return BriefPackages(None, Msg("brief.options.closed", {"status": Msg(f"deal.status.{context.deal.status}")}))
    offer = context.offer
    if offer is not None and offer.usable and offer.model is not None and partner_margin_of(offer.model) is None:
        low, high = (Pct(x, 0) for x in TYPICAL_MARGIN)
        todo = Msg("brief.options.no_margin.hint", {"deal": context.deal.id, "low": low, "high": high})
        return BriefPackages(None, Msg("brief.options.why", {"why": MarginMissing().message}), todo)
    try:
        return BriefPackages(deal_options(context.entry.path, steps, meso, context=context))
    except ProblemsFound as exc:
        errors = [p for p in exc.problems if p.severity == "error"] or list(exc.problems)
        if not errors:
            return BriefPackages(None, Msg("brief.options.unavailable"))
        first = errors[0]
        todo = Msg("brief.options.todo", {"hint": first.hint}) if first.hint is not None else None
        return BriefPackages(None, Msg("brief.options.why", {"why": first.message}), todo)
