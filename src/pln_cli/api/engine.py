"""The one pipeline from an offer and sets of terms to simulated results.

offer -> base inputs -> each term set applied -> the spend read once for
all of them -> N decided -> simulate.  Every use case that simulates
(`simulate_offer`, a deal's rounds, the portfolio, options, ranges) goes
through `evaluate`, so a rule such as "N is the row count of the
transactions file when the offer gives none" is decided here, once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from pln_cli.econ.dist import Distribution
from pln_cli.econ.scheme import Inputs, Result, inputs_from_offer, simulate
from pln_cli.econ.variants import apply_terms
from pln_cli.errors import InvalidValue, ProblemsFound
from pln_cli.load.spend import Progress, SpendData, spend_for
from pln_cli.model.offer import Offer

Terms = dict[str, Any]


@dataclass(frozen=True)
class Evaluation:
    """The base scheme and each term set's scheme and result, in order.

    A term set that cannot be applied (a tier threshold pushed past the
    next tier's, say) has None for its scheme and result, and its error.
    """

    base: Inputs
    distribution: Distribution
    rows: int | None  # rows of a transactions file, when spend is one
    schemes: tuple[Inputs | None, ...]
    results: tuple[Result | None, ...]
    errors: tuple[InvalidValue | None, ...]

    @property
    def base_result(self) -> Result:
        return simulate(self.base, self.distribution)


def with_rows(scheme: Inputs, offer: Offer, rows: int | None) -> Inputs:
    """N from the offer, or (when it gives none) the transactions file's rows."""
    if offer.assumptions.transactions is None:
        return replace(scheme, transactions=rows or 0)
    return scheme


def evaluate(offer: Offer, data: SpendData, term_sets: Sequence[Terms] = (), progress: Progress | None = None, *, strict: bool = True) -> Evaluation:
    """Simulate the offer under each set of terms, reading the spend once.

    With `strict`, the first term set that cannot be applied raises its
    InvalidValue (what a person asked for on the command line); otherwise it
    is recorded and the rest go on (what a log or a portfolio holds).
    Spend that cannot be read raises ProblemsFound.
    """
    base = inputs_from_offer(offer, rows=0)
    schemes: list[Inputs | None] = []
    errors: list[InvalidValue | None] = []
    for terms in term_sets:
        try:
            schemes.append(apply_terms(base, terms))
            errors.append(None)
        except InvalidValue as exc:
            if strict:
                raise
            schemes.append(None)
            errors.append(exc)
    spend = spend_for(offer, data, [base] + [s for s in schemes if s is not None], progress)
    if spend.problems or spend.distribution is None:
        raise ProblemsFound(spend.problems)
    dist = spend.distribution
    base = with_rows(base, offer, spend.rows)
    final = tuple(None if s is None else with_rows(s, offer, spend.rows) for s in schemes)
    results = tuple(None if s is None else simulate(s, dist) for s in final)
    return Evaluation(base, dist, spend.rows, final, results, tuple(errors))
