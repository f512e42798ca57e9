"""Turn an offer's `assumptions.spend` into a distribution the model can ask.

Lognormal and histogram sources are immediate.  A transactions file is
streamed once, summarised at exactly the breakpoints the schemes being
simulated need (the base and every variant), so one pass serves a whole
`--vs` comparison or `--grid`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from pln_cli.econ.dist import Distribution, Empirical, Histogram, Lognormal
from pln_cli.econ.scheme import Inputs
from pln_cli.load.data import AmountStream
from pln_cli.load.problem import Problem
from pln_cli.load.workspace import OfferEntry, display_path
from pln_cli.model.offer import Histogram as HistogramSpec
from pln_cli.model.offer import Lognormal as LognormalSpec
from pln_cli.model.offer import Transactions as TransactionsSpec

Progress = Callable[[int, int], None]


@dataclass
class Spend:
    distribution: Distribution | None
    rows: int | None = None  # row count of a transactions file
    problems: list[Problem] = field(default_factory=list)


def spend_for(entry: OfferEntry, schemes: Iterable[Inputs], progress: Progress | None = None) -> Spend:
    offer = entry.model
    assert offer is not None
    spec = offer.assumptions.spend
    if isinstance(spec, LognormalSpec):
        if spec.p90 is not None:
            return Spend(Lognormal.from_median_p90(spec.median, spec.p90))
        assert spec.mean is not None
        return Spend(Lognormal.from_median_mean(spec.median, spec.mean))
    if isinstance(spec, HistogramSpec):
        assert entry.histogram is not None, "load_offer reads the histogram"
        return Spend(Histogram.of((b.lower, b.upper, b.count) for b in entry.histogram))
    assert isinstance(spec, TransactionsSpec) and entry.data_path is not None
    points: set[float] = set()
    multiples: set[tuple[float, int | None]] = set()
    for scheme in schemes:
        points |= scheme.breakpoints()
        query = scheme.multiples_query()
        if query is not None:
            multiples.add(query)
    stream = AmountStream(entry.data_path, display_path(entry.data_path), spec.column, on_progress=progress)
    empirical = Empirical.from_values(stream, points, multiples)
    if stream.problems:
        return Spend(None, problems=stream.problems)
    return Spend(empirical, rows=empirical.n)
