"""Use cases of offers: simulate one (with counter-offers or a grid), or many."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pln_cli.api.engine import Evaluation, Terms, evaluate
from pln_cli.catalog import Msg
from pln_cli.econ.insight import Warning, talking_points, warnings
from pln_cli.econ.scheme import Result, record
from pln_cli.econ.values import TYPICAL_MARGIN, VALUE_KEYS, MarginMissing, Values, value_fields, values
from pln_cli.i18n import Pct
from pln_cli.errors import ProblemsFound, UsageError
from pln_cli.load.paths import display_path
from pln_cli.load.problem import Problem
from pln_cli.load.spend import Progress, SpendData
from pln_cli.load.workspace import OfferEntry, find_root, load_offer, partner_at, read_spend_data
from pln_cli.model.offer import Histogram, Lognormal, Offer
from pln_cli.model.ranges import mode_of

SpendKind = Literal["lognormal", "histogram", "transactions"]


@dataclass(frozen=True)
class Simulation:
    """One scheme simulated: the base offer, or the base with `terms` in place.

    The figures are the `Result`'s (`sim.our_net_cost`, `sim.cac`, ...);
    `record()` gives the JSON object of the contract.
    """

    terms: Terms
    result: Result
    warnings: tuple[Warning, ...] = ()
    talking_points: tuple[Msg, ...] = ()
    partner_margin: float | None = None  # the partner's gross margin, when the offer gives it

    def __getattr__(self, name: str) -> Any:
        # Only called for names the dataclass does not have: the figures.
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.result, name)

    @property
    def values(self) -> Values:
        """value_us and value_them (None, with a note, when the margin is unknown)."""
        return values(self.result, self.partner_margin)

    def record(self) -> dict[str, Any]:
        """The contract's object, with `value_us`, `value_them` and `partner_margin`."""
        return {**record(self.result), **value_fields(self.result, self.partner_margin)}


def partner_margin_of(offer: Offer) -> float | None:
    """`assumptions.partner_margin` of an offer (a range gives its mode), or None."""
    margin = mode_of(getattr(offer.assumptions, "partner_margin", None))
    return None if margin is None else float(margin)


def margin_problem(entry: OfferEntry | None, missing: MarginMissing | None = None, *, flag: bool = True) -> Problem:
    """Where the partner's margin goes: a Problem at the offer's `assumptions:`,
    whose hint names the file field (and --partner-margin, where there is one)."""
    missing = missing or MarginMissing()
    hint = missing.hint
    if not flag:
        low, high = (Pct(x, 0) for x in TYPICAL_MARGIN)
        hint = Msg("values.margin_missing.file_hint", {"low": low, "high": high})
    if entry is not None and entry.source is not None and entry.doc is not None:
        return entry.source.problem(entry.doc.mark(("assumptions",), key=True), "partner-margin", missing.message, hint)
    where = display_path(entry.path) if entry is not None else "-"
    return Problem(where, None, None, "partner-margin", missing.message, hint)


@dataclass(frozen=True)
class SpendFacts:
    """Where the spend distribution came from, for the assumptions table."""

    kind: SpendKind
    median: int | None = None
    p90: int | None = None
    mean: int | None = None
    buckets: int = 0
    histogram_count: int = 0
    rows: int | None = None
    column: str | None = None
    data_file: str | None = None  # as shown to a person
    n_from_data: bool = False  # N is the row count of the data file


@dataclass(frozen=True)
class OfferReport:
    """An offer simulated, with what a report needs around the numbers."""

    offer: Offer
    partner_name: str
    spend: SpendFacts
    simulations: tuple[Simulation, ...]  # the base first, then each variant

    @property
    def base(self) -> Simulation:
        return self.simulations[0]

    @property
    def variants(self) -> tuple[Simulation, ...]:
        return self.simulations[1:]


def simulate_offer(offer: Offer | str | Path, variants: Sequence[Terms] = (), progress: Progress | None = None, *, data_folder: str | Path | None = None) -> list[Simulation]:
    """Simulate an offer: the base scheme, then each set of terms in `variants`.

    `offer` is an `Offer` model (built in Python or loaded) or the path of
    an offer file.  A histogram or transactions file named by an in-memory
    offer is looked up relative to `data_folder` (default: the current
    folder).  `progress(done, total)` is called while a big transactions
    file is read.  Raises `InvalidValue` for terms that cannot be applied,
    and `ProblemsFound` for data that cannot be used.
    """
    return list(offer_report(offer, variants, progress, data_folder=data_folder).simulations)


def offer_report(offer: Offer | str | Path, variants: Sequence[Terms] = (), progress: Progress | None = None, *, data_folder: str | Path | None = None, partner_name: str | None = None) -> OfferReport:
    """`simulate_offer` with the facts a report shows (partner, spend source)."""
    if isinstance(offer, Offer):
        data, problems = read_spend_data(offer, Path(data_folder) if data_folder else Path.cwd())
        if any(p.severity == "error" for p in problems):
            raise ProblemsFound(problems)
        return _report(offer, data, partner_name or offer.partner, variants, progress)
    entry = load_offer(Path(offer))
    return report_of_entry(entry, variants, progress)


def report_of_entry(entry: OfferEntry, variants: Sequence[Terms] = (), progress: Progress | None = None) -> OfferReport:
    """Simulate a loaded offer file; its Problems are raised when it has errors."""
    if not entry.usable or entry.model is None:
        raise ProblemsFound(entry.problems)
    partner = partner_at(find_root(entry.path), entry.model.partner)
    return _report(entry.model, entry.spend_data, partner.name if partner else entry.model.partner, variants, progress)


def _report(offer: Offer, data: SpendData, partner_name: str, variants: Sequence[Terms], progress: Progress | None) -> OfferReport:
    return report_of_evaluation(offer, data, partner_name, variants, evaluate(offer, data, variants, progress))


def report_of_evaluation(offer: Offer, data: SpendData, partner_name: str, variants: Sequence[Terms], evaluation: Evaluation) -> OfferReport:
    """The report of an evaluation already made (the data is not read again)."""
    results = [evaluation.base_result] + [r for r in evaluation.results if r is not None]
    margin = partner_margin_of(offer)
    simulations = tuple(
        Simulation(dict(terms), result, tuple(warnings(result)), tuple(talking_points(result, partner_name)), margin)
        for terms, result in zip([{}, *variants], results)
    )
    return OfferReport(offer, partner_name, _spend_facts(offer, data, evaluation.rows), simulations)


def _spend_facts(offer: Offer, data: SpendData, rows: int | None) -> SpendFacts:
    spec = offer.assumptions.spend
    if isinstance(spec, Lognormal):
        return SpendFacts("lognormal", median=spec.median, p90=spec.p90, mean=spec.mean)
    shown = display_path(data.data_path) if data.data_path else None
    if isinstance(spec, Histogram):
        buckets = data.histogram or ()
        return SpendFacts("histogram", buckets=len(buckets), histogram_count=sum(b.count for b in buckets), data_file=shown)
    return SpendFacts("transactions", rows=rows or 0, column=spec.column, data_file=shown, n_from_data=offer.assumptions.transactions is None)


# --- grids -------------------------------------------------------------------

MAX_GRID_AXES = 2


@dataclass(frozen=True)
class Grid:
    """A one- or two-way sensitivity table of `metric` over issue values."""

    report: OfferReport  # the base, then one simulation per point, row-major
    axes: tuple[tuple[str, tuple[int | float, ...]], ...]
    metric: str

    def table(self) -> list[list[Any]]:
        """Values of the metric: one per row (one axis), or rows x columns."""
        values = [s.record().get(self.metric) for s in self.report.variants]
        if len(self.axes) == 1:
            return [[v] for v in values]
        width = len(self.axes[1][1])
        return [values[row * width:(row + 1) * width] for row in range(len(self.axes[0][1]))]

    def points(self) -> list[Terms]:
        return [s.terms for s in self.report.variants]


# Metrics a grid can show: every numeric key of a simulation's record, and
# the values of both sides.
def grid_metrics(sample: Result | Simulation) -> list[str]:
    data = sample.record() if isinstance(sample, Simulation) else record(sample)
    numeric = {k for k, v in data.items() if isinstance(v, (int, float)) and not isinstance(v, bool)}
    return sorted(numeric | {"reward_rate", "cac", "roi", "exhaustion_day", *VALUE_KEYS} - {"partner_margin"})


def grid_points(axes: Sequence[tuple[str, Sequence[int | float]]]) -> list[Terms]:
    if len(axes) == 1:
        key, values = axes[0]
        return [{key: v} for v in values]
    (key_a, values_a), (key_b, values_b) = axes
    return [{key_a: a, key_b: b} for a in values_a for b in values_b]


def simulate_grid(entry: OfferEntry, axes: Sequence[tuple[str, Sequence[int | float]]], metric: str = "our_net_cost", progress: Progress | None = None) -> Grid:
    """The offer over every point of one or two issue axes (one data pass)."""
    if not 1 <= len(axes) <= MAX_GRID_AXES:
        raise UsageError(Msg("usage.grid_count"))
    if len(axes) == 2 and axes[0][0] == axes[1][0]:
        raise UsageError(Msg("usage.grid_same_axis"))
    if metric == "value_them" and entry.model is not None and partner_margin_of(entry.model) is None:
        raise ProblemsFound([margin_problem(entry, flag=False)])  # a table of nulls would tell nothing
    report = report_of_entry(entry, grid_points(axes), progress)
    known = grid_metrics(report.base)
    if metric not in known:
        raise UsageError(Msg("usage.metric", {"metric": metric, "known": ", ".join(known)}))
    return Grid(report, tuple((k, tuple(v)) for k, v in axes), metric)


# --- many offers -------------------------------------------------------------


@dataclass(frozen=True)
class Batch:
    """Many offers, one base simulation each; files with errors are left out
    and their Problems listed (the policy for every many-file listing)."""

    reports: tuple[OfferReport, ...]
    problems: tuple[Problem, ...] = field(default=())


def simulate_offers(paths: Iterable[Path]) -> Batch:
    reports, problems = [], []
    for path in paths:
        entry = load_offer(path)
        try:
            reports.append(report_of_entry(entry))
        except ProblemsFound as exc:
            problems.extend(exc.problems)
    return Batch(tuple(reports), tuple(problems))
