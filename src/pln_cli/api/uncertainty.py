"""Ranges instead of guesses: the use case behind `pln offer simulate --uncertainty`.

offer file -> `evaluate` once (the spend read once, N decided once) -> the
usual report at the modes, and for the base and each counter-offer or grid
cell, `econ.uncertainty.bands` over the same distribution.  No draw reads
the data again: the spend distribution is not uncertain, so the one pass of
`evaluate` serves every draw of every scheme (shared/ECONOMICS.md,
"Uncertainty").

    from pln_cli.api.uncertainty import offer_uncertainty
    u = offer_uncertainty("offers/axa-mandiri-health-2018.yaml", draws=10_000, seed=1)
    u.base.band("value_us").p50

Cost: one set of `draws` per scheme, so `--vs` with k counter-offers costs
k + 1 sets and a grid of c cells c + 1 (the base is banded too).  Each set
is the draw loop (a few microseconds a draw) plus two plain simulations
per ranged input for the tornado and a bisection per break-even value.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pln_cli.api.engine import Terms, evaluate
from pln_cli.api.offers import (
    MAX_GRID_AXES,
    OfferReport,
    Simulation,
    report_of_evaluation,
    grid_points,
    margin_problem,
    partner_margin_of,
)
from pln_cli.catalog import Msg
from pln_cli.econ.uncertainty import (
    DEFAULT_DRAWS,
    DEFAULT_SEED,
    METRICS,
    Uncertainty,
    bands,
)
from pln_cli.errors import ProblemsFound, UsageError
from pln_cli.load.spend import Progress, SpendData
from pln_cli.load.workspace import (
    OfferEntry,
    find_root,
    load_offer,
    partner_at,
    read_spend_data,
)
from pln_cli.model.offer import Offer
from pln_cli.model.ranges import RANGEABLE, Range, ranges_of

# --draws: at least one (the contract); at most a million, which keeps one
# set of draws within about ten seconds and a few hundred MB on a laptop.
MIN_DRAWS, MAX_DRAWS = 1, 1_000_000
# --seed: any whole number random.Random takes the same way (a negative
# seed would draw what its absolute value draws), and that JSON readers in
# any language keep exact (2^53 - 1).
MIN_SEED, MAX_SEED = 0, 2**53 - 1


@dataclass(frozen=True)
class UncertaintyReport:
    """The usual report at the modes, and one `Uncertainty` per simulation.

    `uncertainties[i]` belongs to `report.simulations[i]`: the base first,
    then each counter-offer or grid cell.  For a grid, `axes` and `metric`
    say what the cells are.
    """

    report: OfferReport
    uncertainties: tuple[Uncertainty, ...]
    ranges: tuple[tuple[str, Range[Any]], ...]  # the offer's ranged inputs, contract order
    axes: tuple[tuple[str, tuple[int | float, ...]], ...] = ()
    metric: str | None = None

    @property
    def base(self) -> Uncertainty:
        return self.uncertainties[0]

    @property
    def ranged(self) -> bool:
        """False when the offer has no range: every draw gives the same numbers."""
        return bool(self.ranges)

    @property
    def draws(self) -> int:
        return self.base.draws

    @property
    def seed(self) -> int:
        return self.base.seed

    def pairs(self) -> list[tuple[Simulation, Uncertainty]]:
        return list(zip(self.report.simulations, self.uncertainties))


def check_draws(draws: int) -> int:
    if isinstance(draws, bool) or not isinstance(draws, int) or not MIN_DRAWS <= draws <= MAX_DRAWS:
        raise UsageError(Msg("usage.draws", {"value": str(draws)}))
    return draws


def check_seed(seed: int) -> int:
    if isinstance(seed, bool) or not isinstance(seed, int) or not MIN_SEED <= seed <= MAX_SEED:
        raise UsageError(Msg("usage.seed", {"value": str(seed)}))
    return seed


def offer_uncertainty(
    offer: Offer | str | Path,
    variants: Sequence[Terms] = (),
    progress: Progress | None = None,
    *,
    draws: int = DEFAULT_DRAWS,
    seed: int = DEFAULT_SEED,
    data_folder: str | Path | None = None,
    partner_name: str | None = None,
) -> UncertaintyReport:
    """Bands, tornado and break-even values of an offer (a model or a file),
    and of each set of terms in `variants`, all from one seed.

    Raises `UsageError` for draws or a seed out of bounds, `InvalidValue`
    for terms that cannot be applied, `ProblemsFound` for bad data.
    """
    if isinstance(offer, Offer):
        data, problems = read_spend_data(offer, Path(data_folder) if data_folder else Path.cwd())
        if any(p.severity == "error" for p in problems):
            raise ProblemsFound(problems)
        return _uncertainty(offer, data, partner_name or offer.partner, variants, draws, seed, progress)
    return uncertainty_of_entry(load_offer(Path(offer)), variants, progress, draws=draws, seed=seed)


def uncertainty_of_entry(
    entry: OfferEntry,
    variants: Sequence[Terms] = (),
    progress: Progress | None = None,
    *,
    draws: int = DEFAULT_DRAWS,
    seed: int = DEFAULT_SEED,
) -> UncertaintyReport:
    """`offer_uncertainty` of a loaded offer file (its Problems raised when it has errors)."""
    offer, partner_name = _usable(entry)
    return _uncertainty(offer, entry.spend_data, partner_name, variants, draws, seed, progress)


def uncertainty_grid(
    entry: OfferEntry,
    axes: Sequence[tuple[str, Sequence[int | float]]],
    metric: str = "our_net_cost",
    progress: Progress | None = None,
    *,
    draws: int = DEFAULT_DRAWS,
    seed: int = DEFAULT_SEED,
) -> UncertaintyReport:
    """A grid of one or two issue axes, each cell with its own bands of
    `metric` (one of the banded metrics) from the same seed; one data pass."""
    if not 1 <= len(axes) <= MAX_GRID_AXES:
        raise UsageError(Msg("usage.grid_count"))
    if len(axes) == 2 and axes[0][0] == axes[1][0]:
        raise UsageError(Msg("usage.grid_same_axis"))
    if metric not in METRICS:
        raise UsageError(Msg("usage.unc_metric", {"metric": metric, "known": ", ".join(METRICS)}))
    offer, partner_name = _usable(entry)
    if metric == "value_them" and offer.assumptions.partner_margin is None:
        raise ProblemsFound([margin_problem(entry)])  # every cell would be unknown
    result = _uncertainty(offer, entry.spend_data, partner_name, grid_points(axes), draws, seed, progress)
    return UncertaintyReport(
        result.report,
        result.uncertainties,
        result.ranges,
        axes=tuple((key, tuple(values)) for key, values in axes),
        metric=metric,
    )


def _usable(entry: OfferEntry) -> tuple[Offer, str]:
    if not entry.usable or entry.model is None:
        raise ProblemsFound(entry.problems)
    partner = partner_at(find_root(entry.path), entry.model.partner)
    return entry.model, partner.name if partner else entry.model.partner


def _uncertainty(
    offer: Offer,
    data: SpendData,
    partner_name: str,
    variants: Sequence[Terms],
    draws: int,
    seed: int,
    progress: Progress | None,
) -> UncertaintyReport:
    check_draws(draws)
    check_seed(seed)
    evaluation = evaluate(offer, data, variants, progress)
    report = report_of_evaluation(offer, data, partner_name, variants, evaluation)
    ranges = ranges_of(offer)
    margin = partner_margin_of(offer)  # the mode when ranged; drawn by bands() then
    dist = evaluation.distribution
    found = [bands(evaluation.base, dist, ranges, draws, seed, partner_margin=margin)]
    for terms, scheme in zip(variants, evaluation.schemes):
        assert scheme is not None  # evaluate() is strict: a bad term set raised
        # A counter-offer that sets a ranged input keeps its value, but the
        # input still consumes its uniform in every draw (the contract).
        fixed = [name for name in RANGEABLE if name in terms]
        found.append(bands(scheme, dist, ranges, draws, seed, partner_margin=margin, fixed=fixed))
    return UncertaintyReport(report, tuple(found), tuple(ranges.items()))
