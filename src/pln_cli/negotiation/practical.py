"""Offers a person would actually say, and the plan of offers ahead.

The concession formula gives exact values (Rp437.812, 27,35%).  In the
room a manager says Rp440.000 or 27%.  `practical` rounds to the steps
people use, always toward our side, so the rounding never concedes more
than the formula does:

| kind  | step                                                        |
|-------|-------------------------------------------------------------|
| money | Rp5.000 from Rp100.000 up; Rp500 below                      |
| share | one whole percent                                           |
| count | one (days, vouchers)                                        |

`schedule` previews the whole plan x_0 ... x_{J-1} of one issue, so a team
sees what a tactic means before it commits to one (boulware with three
offers: hold, hold, then everything).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from pln_cli.model.terms import ISSUES, Kind
from pln_cli.negotiation.analytics import DealAnalysis, IssueAnalysis, alpha, round_to_unit

MONEY_STEP_HIGH = 5_000
MONEY_STEP_LOW = 500
MONEY_STEP_SWITCH = 100_000


def step_of(kind: Kind, value: float) -> float:
    if kind is Kind.MONEY:
        return MONEY_STEP_HIGH if value >= MONEY_STEP_SWITCH else MONEY_STEP_LOW
    if kind is Kind.SHARE:
        return 0.01
    return 1


def practical(value: float, kind: Kind, d: int) -> int | float:
    """`value` rounded to a step people say, toward our side: up when a
    higher value is better for us (d = +1), down when lower is (d = -1)."""
    step = step_of(kind, value)
    # Steps counted in whole units of the step, so 0.27 stays 27 steps
    # whatever float noise 0.27 carries.
    units = round(value / step, 9)
    whole = math.ceil(units) if d > 0 else math.floor(units)
    if kind is Kind.SHARE:
        return round(whole * step, 10)
    return int(whole * step)


@dataclass(frozen=True)
class Step:
    j: int  # the offer's index: 0 is the opening
    exact: float
    said: int | float  # the practical offer


def schedule(first: float, reservation: float, rounds: int, beta: float, kind: Kind, d: int) -> tuple[Step, ...]:
    """x_j = first + alpha(j, J, beta) * (reservation - first) for j < J,
    each with its practical form (never past the reservation, and never
    asking more than our opening: an opening off the steps is said as is)."""
    steps = []
    for j in range(max(1, rounds)):
        exact = exact_offer(first, reservation, j, rounds, beta)
        said = practical(exact, kind, d)
        # Rounding toward our side can only move away from the reservation,
        # but keep the bound explicit: the plan never offers past it.
        if (said - reservation) * d < 0:
            said = reservation
        if (said - first) * d > 0:
            said = first
        steps.append(Step(j, exact if kind is Kind.SHARE else float(exact), said))
    return tuple(steps)


def exact_offer(first: float, reservation: float, j: int, rounds: int, beta: float) -> float:
    """x_j of the schedule, unrounded (the formula of `analyse_issue`)."""
    return first + alpha(j, rounds, beta) * (reservation - first)


def next_practical(issue: IssueAnalysis, rounds: int, beta: float) -> int | float:
    """The next offer as a person says it.

    Accepting their offer is said as they said it.  Otherwise the formula's
    x_j (unrounded: a count of 37,5 days is said 37 when fewer is better,
    not 38) goes to a step toward our side, and never past what we already
    said: not beyond our opening, and not back over our last offer when the
    formula itself does not go back (rounding must not read as backtracking).
    """
    if issue.accept and issue.theirs is not None:
        return issue.theirs
    kind = ISSUES[issue.key].kind
    d = issue.d
    exact = exact_offer(issue.o_us, issue.reservation, issue.offer_index, rounds, beta)
    said = practical(exact, kind, d)
    for bound in (issue.o_us, issue.ours):
        if bound is not None and (said - bound) * d > 0 >= (exact - bound) * d:
            said = bound
    return said


def plan(analysis: DealAnalysis) -> dict[str, tuple[Step, ...]]:
    """The whole schedule of each issue, from our opening to our reservation."""
    header = analysis.deal.header
    return {
        key: schedule(i.o_us, i.reservation, header.deadline.rounds, header.tactic.beta, ISSUES[key].kind, i.d)
        for key, i in analysis.issues.items()
    }


def plan_json(steps: dict[str, tuple[Step, ...]]) -> dict[str, list[dict[str, Any]]]:
    """`schedule` in JSON: per issue, each offer's number (1 is the opening),
    the formula's value in the issue's unit (as `next_offer`: Rupiah and
    counts whole) and the practical value."""
    return {
        key: [{"offer": s.j + 1, "exact": round_to_unit(ISSUES[key].kind, s.exact), "practical": s.said} for s in found]
        for key, found in steps.items()
    }
