"""Turn an offer's `assumptions.spend` into a distribution the model can ask.

Lognormal and histogram sources are immediate.  A transactions file is
streamed once, summarised at exactly the breakpoints the schemes being
simulated need (the base and every variant), so one pass serves a whole
`--vs` comparison, a `--grid` or every package of `deal options`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pln_cli.catalog import Msg
from pln_cli.load.data import AmountStream, Bucket
from pln_cli.load.paths import display_path
from pln_cli.load.problem import Problem

if TYPE_CHECKING:  # the loader imports SpendData: it need not pay for these
    from pln_cli.econ.dist import Distribution
    from pln_cli.econ.scheme import Inputs
    from pln_cli.model.offer import Offer

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class SpendData:
    """What an offer's spend source needs from disk, read by the loader."""

    data_path: Path | None = None  # the histogram or transactions CSV
    histogram: tuple[Bucket, ...] | None = None  # its buckets, for a histogram


@dataclass
class Spend:
    distribution: Distribution | None
    rows: int | None = None  # row count of a transactions file
    problems: list[Problem] = field(default_factory=list)


def spend_for(offer: Offer, data: SpendData, schemes: Iterable[Inputs], progress: Progress | None = None) -> Spend:
    from pln_cli.econ.dist import Empirical, Histogram, Lognormal
    from pln_cli.model.offer import Histogram as HistogramSpec
    from pln_cli.model.offer import Lognormal as LognormalSpec

    spec = offer.assumptions.spend
    if isinstance(spec, LognormalSpec):
        if spec.p90 is not None:
            return Spend(Lognormal.from_median_p90(spec.median, spec.p90))
        if spec.mean is not None:
            return Spend(Lognormal.from_median_mean(spec.median, spec.mean))
        return _unreadable(offer, "spend.lognormal_one_of")
    if isinstance(spec, HistogramSpec):
        if not data.histogram:
            return _unreadable(offer, "data.missing")
        return Spend(Histogram.of((b.lower, b.upper, b.count) for b in data.histogram))
    if data.data_path is None:
        return _unreadable(offer, "data.missing")
    points: set[float] = set()
    multiples: set[tuple[float, int | None]] = set()
    for scheme in schemes:
        points |= scheme.breakpoints()
        query = scheme.multiples_query()
        if query is not None:
            multiples.add(query)
    stream = AmountStream(data.data_path, display_path(data.data_path), spec.column, on_progress=progress)
    empirical = Empirical.from_chunks(stream.chunks(), points, multiples)
    if stream.problems:
        return Spend(None, problems=stream.problems)
    return Spend(empirical, rows=empirical.n)


def _unreadable(offer: Offer, key: str) -> Spend:
    # The loader validates these cases first; an offer built in Python may not
    # have been, so say what is missing instead of failing an assertion.
    return Spend(None, problems=[Problem(offer.id, None, None, "spend", Msg(key), Msg("data.missing.hint"))])
