"""Reading the partner (NEGOTIATION.md): their reservation, read from the
way they concede.

Their offers on an issue are y_0 .. y_{m-1}: the value in each of their
rounds, from the first that names the issue on (a round that does not name
it keeps their previous value).  With J = deadline.rounds their k-th offer
is at t_k = min(1, k / (J - 1)), and the model is our own polynomial
tactic, y_k = y_0 + (rho - y_0) * t_k^(1/beta).  For each beta of the grid
the best rho is a one-parameter least-squares fit:

    a_k = t_k^(1/beta),  delta = sum a_k (y_k - y_0) / sum a_k^2,
    SSE = sum (y_k - y_0 - delta a_k)^2

The beta with the least SSE wins (a tie goes to the smaller beta), the
estimate is y_0 + delta, held no worse for us than their latest offer.

Pure: takes a loaded `Deal`, returns frozen results; sentences are `Msg`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pln_cli.i18n import Msg, Num, Pct, Rp
from pln_cli.model.deal import Deal, direction
from pln_cli.model.terms import ISSUES

Value = float  # int for money and counts, float for shares

BETAS: tuple[float, ...] = (0.1, 0.15, 0.2, 0.3, 0.5, 0.7, 1.0, 1.5, 2.0, 3.0, 5.0, 7.0, 10.0)
MIN_OFFERS = 3
# Trust: by the number of offers read, one level down when the curve fits
# loosely (rmse above this share of how far they have moved).
TRUST_LEVELS = ("rough", "fair", "good")
LOOSE_FIT = 0.15


@dataclass(frozen=True)
class Fit:
    """The best curve through their offers: beta, delta and its error."""

    beta: float
    delta: float
    sse: float
    offers: int  # m

    @property
    def rmse(self) -> float:
        return math.sqrt(self.sse / self.offers)

    @property
    def tactic(self) -> str:
        return tactic_of(self.beta)


@dataclass(frozen=True)
class Estimate:
    """Their estimated reservation on one issue, or why there is none."""

    key: str
    kind: str  # "money" | "share" | "count"
    d: int  # +1 when higher is better for us
    offers: tuple[Value, ...]  # y_0 .. y_{m-1}
    value: Value | None  # rho-hat in the issue's unit (money and counts whole), clamped
    beta: float | None
    tactic: str | None  # "boulware" | "linear" | "conceder"
    rmse: float | None  # in the issue's unit
    fitted: Value | None  # y_0 + delta before the clamp, same rounding as value
    clamped: bool  # held at their latest offer
    reason: str | None  # "no_offers" | "few_offers" | "one_round" | "no_movement"
    why: Msg | None  # the reason as a sentence
    trust: str | None  # "rough" | "fair" | "good"
    header_reservation: Value | None  # the header's their_reservation, when given
    our_reservation: Value
    zopa_estimated: tuple[Value, Value] | None
    zopa_estimated_status: str  # "overlap" | "none" | "unknown" (no estimate) | "given" (header has one)

    @property
    def m(self) -> int:
        return len(self.offers)

    @property
    def label(self) -> Msg | str:
        """The issue as a sentence names it: its catalogue label (the key in
        English, a word in Indonesian)."""
        return Msg(f"issue.{self.key}") if self.key in ISSUES else self.key

    def trust_text(self) -> Msg | None:
        """"from 3 offers: rough"."""
        if self.trust is None:
            return None
        return Msg("reading.trust", {"offers": self.m, "level": Msg(f"reading.trust.{self.trust}")})

    def summary(self) -> Msg:
        """One line for `deal show`: the estimate, tactic, error and trust; or why not."""
        if self.value is None:
            assert self.why is not None
            return Msg("reading.none", {"issue": self.label, "why": self.why})
        params = {
            "issue": self.label,
            "value": shown(self.kind, self.value),
            "tactic": Msg(f"reading.tactic.{self.tactic}"),
            "beta": Num(self.beta or 0.0, _digits(self.beta or 0.0)),
            "rmse": shown_error(self.kind, self.rmse or 0.0),
            "trust": self.trust_text(),
        }
        return Msg("reading.estimate", params)

    def notes(self) -> tuple[Msg, ...]:
        """Extra sentences: the clamp, a loose fit, the ZOPA with the estimate."""
        out: list[Msg] = []
        if self.value is None:
            return ()
        if self.clamped:
            out.append(Msg("reading.clamped", {"value": shown(self.kind, self.value), "fitted": shown(self.kind, self.fitted)}))
        if self.loose:
            out.append(Msg("reading.loose"))
        if self.zopa_estimated_status == "overlap" and self.zopa_estimated is not None:
            low, high = self.zopa_estimated
            out.append(Msg("reading.zopa", {"issue": self.label, "low": shown(self.kind, low), "high": shown(self.kind, high)}))
        elif self.zopa_estimated_status == "none":
            out.append(Msg("reading.zopa.none", {
                "issue": self.label,
                "ours": shown(self.kind, self.our_reservation),
                "theirs": shown(self.kind, self.value),
            }))
        return tuple(out)

    @property
    def loose(self) -> bool:
        span = max((abs(y - self.offers[0]) for y in self.offers), default=0.0)
        return self.rmse is not None and span > 0 and self.rmse > LOOSE_FIT * span


def tactic_of(beta: float) -> str:
    if beta < 1:
        return "boulware"
    if beta == 1:
        return "linear"
    return "conceder"


def times(m: int, rounds: int) -> list[float]:
    """t_k = min(1, k / (J - 1)) for k = 0 .. m-1 (J >= 2)."""
    return [min(1.0, k / (rounds - 1)) for k in range(m)]


def fit_curve(offers: Sequence[float], rounds: int, betas: Sequence[float] = BETAS) -> Fit:
    """The contract's grid fit.  Needs m >= 2 and J >= 2 (so that some a_k > 0)."""
    m = len(offers)
    if m < 2 or rounds < 2:
        raise ValueError("fit_curve needs two offers or more and a deadline of two rounds or more")
    y0 = float(offers[0])
    moves = [float(y) - y0 for y in offers]
    ts = times(m, rounds)
    best: Fit | None = None
    for beta in betas:
        a = [t ** (1.0 / beta) for t in ts]
        denominator = sum(x * x for x in a)
        delta = sum(x * y for x, y in zip(a, moves)) / denominator
        sse = sum((y - delta * x) ** 2 for x, y in zip(a, moves))
        if best is None or sse < best.sse:  # strict: a tie keeps the smaller beta
            best = Fit(beta=float(beta), delta=delta, sse=sse, offers=m)
    assert best is not None
    return best


def their_offers(deal: Deal, key: str) -> tuple[Value, ...]:
    """y_0 .. y_{m-1}: their value of `key` in each of their rounds, from their
    first value on (a round that does not name it keeps the previous one)."""
    current: Value | None = None
    out: list[Value] = []
    for r in deal.rounds:
        if r.by != "them":
            continue
        named = r.terms.named()
        if key in named:
            current = named[key]
        if current is not None:
            out.append(current)
    return tuple(out)


def _unit(kind: str, value: float) -> Value:
    """Money and counts whole (half to even); shares cleaned of float noise."""
    return round(value) if kind in ("money", "count") else round(float(value), 10)


def _zopa(d: int, ours: Value, theirs: Value) -> tuple[tuple[Value, Value] | None, str]:
    if d > 0 and ours <= theirs:
        return (ours, theirs), "overlap"
    if d < 0 and theirs <= ours:
        return (theirs, ours), "overlap"
    return None, "none"


def trust_level(m: int, loose: bool) -> str:
    """3 offers: rough; 4-5: fair; 6 or more: good; a loose fit costs one level."""
    level = 0 if m <= 3 else 1 if m <= 5 else 2
    if loose:
        level = max(0, level - 1)
    return TRUST_LEVELS[level]


def estimate(key: str, kind: str, d: int, offers: Sequence[Value], rounds: int,
             our_reservation: Value, header_reservation: Value | None = None) -> Estimate:
    """The estimate for one issue from their offers (pure numbers, no Deal)."""
    ys = tuple(offers)
    m = len(ys)
    common: dict[str, Any] = {
        "key": key, "kind": kind, "d": d, "offers": ys,
        "header_reservation": header_reservation, "our_reservation": our_reservation,
    }
    reason: str | None = None
    why: Msg | None = None
    if m == 0:
        reason, why = "no_offers", Msg("reading.reason.no_offers")
    elif m < MIN_OFFERS:
        reason = "few_offers"
        why = Msg("reading.reason.one_offer" if m == 1 else "reading.reason.few_offers", {"offers": m, "needed": MIN_OFFERS})
    elif rounds <= 1:
        reason, why = "one_round", Msg("reading.reason.one_round")
    elif all(y == ys[0] for y in ys):
        reason, why = "no_movement", Msg("reading.reason.no_movement", {"offers": m, "value": shown(kind, ys[0])})
    if reason is not None:
        return Estimate(**common, value=None, beta=None, tactic=None, rmse=None, fitted=None, clamped=False,
                        reason=reason, why=why, trust=None, zopa_estimated=None,
                        zopa_estimated_status="given" if header_reservation is not None else "unknown")

    fit = fit_curve([float(y) for y in ys], rounds)
    raw = float(ys[0]) + fit.delta
    latest = float(ys[-1])
    held = max(raw, latest) if d > 0 else min(raw, latest)
    value = _unit(kind, held)
    fitted = _unit(kind, raw)
    clamped = held != raw
    if header_reservation is None:
        zopa, status = _zopa(d, our_reservation, value)
    else:
        zopa, status = None, "given"
    span = max(abs(float(y) - float(ys[0])) for y in ys)
    loose = fit.rmse > LOOSE_FIT * span
    return Estimate(**common, value=value, beta=fit.beta, tactic=fit.tactic, rmse=fit.rmse, fitted=fitted,
                    clamped=clamped, reason=None, why=None, trust=trust_level(m, loose),
                    zopa_estimated=zopa, zopa_estimated_status=status)


def estimate_issue(deal: Deal, key: str) -> Estimate:
    spec = deal.header.issues.declared()[key]
    return estimate(
        key=key,
        kind=str(getattr(ISSUES[key].kind, "value", ISSUES[key].kind)),
        d=direction(key, spec),
        offers=their_offers(deal, key),
        rounds=deal.header.deadline.rounds,
        our_reservation=spec.reservation,
        header_reservation=spec.their_reservation,
    )


def read_partner(deal: Deal) -> dict[str, Estimate]:
    """Per declared issue, in the order of `deal.header.issues.declared()`."""
    return {key: estimate_issue(deal, key) for key in deal.header.issues.declared()}


def estimate_json(e: Estimate, lang: str = "en") -> dict[str, Any]:
    """`their_reservation_estimate`: {value, beta, tactic, rmse, offers} or {value: null, reason}."""
    if e.value is None:
        assert e.why is not None
        return {"value": None, "reason": e.reason, "reason_text": e.why.render(lang), "offers": e.m}
    return {
        "value": e.value,
        "beta": e.beta,
        "tactic": e.tactic,
        "rmse": e.rmse,
        "offers": e.m,
        # extras
        "fitted": e.fitted,
        "clamped": e.clamped,
        "trust": e.trust,
        "trust_text": e.trust_text().render(lang),  # type: ignore[union-attr]
    }


def to_json(estimates: Mapping[str, Estimate], lang: str = "en") -> dict[str, dict[str, Any]]:
    """Per issue, the keys `deal show --format json` adds to `issues[key]`:
    `their_reservation_estimate` and `zopa_estimated` (null when the header
    gives their_reservation or there is no estimate), plus an extra
    `zopa_estimated_status`."""
    return {
        key: {
            "their_reservation_estimate": estimate_json(e, lang),
            "zopa_estimated": list(e.zopa_estimated) if e.zopa_estimated is not None else None,
            "zopa_estimated_status": e.zopa_estimated_status,
        }
        for key, e in estimates.items()
    }


def shown(kind: str, value: Value | None) -> Any:
    """A value in a message: Rp450.000, 12.5% / 12,5%, 45."""
    if value is None:
        return "-"
    if kind == "money":
        return Rp(value)
    if kind == "share":
        return Pct(float(value), _digits(float(value) * 100))
    return Num(value, 0)


def _digits(x: float, most: int = 2) -> int:
    """The fewest decimals (up to `most`) that write x exactly: 10, 0.5, 0.15."""
    for digits in range(most):
        if abs(round(x, digits) - x) < 1e-9:
            return digits
    return most


def shown_error(kind: str, value: float) -> Any:
    """An error in the issue's unit: money whole, counts with one decimal."""
    if kind == "money":
        return Rp(value)
    if kind == "share":
        return Pct(value, 2)
    return Num(value, 1)
