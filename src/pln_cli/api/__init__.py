"""The use cases of pln, one function each: what every command calls, and
what a notebook imports.

    from pln_cli import simulate_offer, load_workspace

Functions take paths or models and return dataclasses; they never print,
never read the terminal, and report bad input by raising
`pln_cli.errors.ProblemsFound` (bad data: file, line, column, hint),
`UsageError` (a request that cannot be carried out) or `InvalidValue`
(one value that cannot be used).
"""

from __future__ import annotations

from pln_cli.api.deals import (
    Appended,
    DealContext,
    IssueInput,
    NewDeal,
    RoundEconomics,
    RoundInput,
    close_deal,
    deal_context,
    log_round,
    new_deal,
)
from pln_cli.api.engine import Evaluation, evaluate
from pln_cli.api.offers import Batch, Grid, OfferReport, Simulation, offer_report, simulate_grid, simulate_offer, simulate_offers
from pln_cli.api.report import Filters, Portfolio, portfolio
from pln_cli.api.workspace import CheckResult, Workspace, check, load_workspace

__all__ = [
    "Appended",
    "Batch",
    "CheckResult",
    "DealContext",
    "Evaluation",
    "Filters",
    "Grid",
    "IssueInput",
    "NewDeal",
    "OfferReport",
    "Portfolio",
    "RoundEconomics",
    "RoundInput",
    "Simulation",
    "Workspace",
    "check",
    "close_deal",
    "deal_context",
    "evaluate",
    "load_workspace",
    "log_round",
    "new_deal",
    "offer_report",
    "portfolio",
    "simulate_grid",
    "simulate_offer",
    "simulate_offers",
]
