"""Ranges instead of guesses: P10/P50/P90 bands, a tornado and break-even values.

shared/ECONOMICS.md, "Uncertainty", followed literally so an independent
implementation gets the same numbers:

- draws: `random.Random(seed).random()`, draw by draw, and within a draw
  one uniform per ranged input in the order of `RANGEABLE` (an input fixed
  by a variant still consumes its uniform); triangular inverse CDF
  (`Range.at`); `transactions` rounded half to even, nothing else rounded;
- quantiles: nearest rank, P_q = sorted[ceil(q N) - 1] (computed in
  integers, so no float can push the rank by one);
- tornado: each ranged input at its low and its high, the others at their
  modes, through `simulate()` itself; sorted by |value_us swing|, ties in
  `RANGEABLE` order;
- break-even: bisection on [low, high] until the bracket is at most
  1e-6 (high - low) wide; the midpoint, unrounded.

Speed: none of the rangeable inputs moves a threshold, so the spend
distribution is asked its questions once (`summarise`: P(S >= T1), the
window masses, the tier masses, the upsell mass) and every draw only redoes
the scalar arithmetic of `simulate()` (`outcome`), in the same order of
operations, so a draw gives bit for bit what `simulate()` would.  A
transactions file is therefore read once for any number of draws.
"""

from __future__ import annotations

import math
import random
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

from pln_cli.econ.dist import Distribution
from pln_cli.econ.scheme import Inputs, Result, simulate
from pln_cli.econ.values import value_us
from pln_cli.i18n import Msg, Num, Pct, Rp
from pln_cli.model.ranges import KIND, RANGEABLE, Range

DEFAULT_DRAWS = 10_000
DEFAULT_SEED = 1
# The metrics with bands, in the contract's order (also the JSON order).
METRICS: tuple[str, ...] = (
    "our_net_cost",
    "value_us",
    "cac",
    "roi",
    "new_customers",
    "partner_incremental_spend",
    "value_them",
)
MONEY_METRICS = frozenset({"our_net_cost", "value_us", "cac", "partner_incremental_spend", "value_them"})
QUANTILES = (10, 50, 90)  # percent
BISECTION_TOLERANCE = 1e-6  # of (high - low)

# Where each rangeable input lives in `Inputs` (partner_margin is not an
# Inputs field: it is passed alongside).
_FIELD = {
    "transactions": "transactions",
    "redemption_rate": "redemption_rate",
    "new_customer_share": "new_customer_share",
    "avg_order_value": "avg_order_value",
    "gross_margin": "gross_margin",
    "upsell.take_up": "take_up",
}


# --- the spend summary and the per-draw arithmetic ------------------------


@dataclass(frozen=True)
class SpendSummary:
    """Everything `simulate()` asks the distribution, for one set of tiers.

    Fixed for every draw, because no rangeable input moves a threshold or
    an upsell window (the window `w` is not rangeable).
    """

    per_multiple: bool
    values: tuple[float, ...]  # V_i
    p_first: float  # P(S >= T_1)
    windows: tuple[float, ...]  # P(S in W_i)
    between: tuple[float, ...]  # P(T_i <= S < T_{i+1}) (highest_tier)
    more: float  # per_multiple: max(0, sum_{k>=2} P(S >= k T_1))
    upsell_mass: float  # sum_i (T_i P(S in W_i) - E[S; S in W_i])


def summarise(inputs: Inputs, dist: Distribution) -> SpendSummary:
    """Ask `dist` once, exactly the questions `simulate()` asks it."""
    T = [float(t) for t, _ in inputs.tiers]
    V = [float(v) for _, v in inputs.tiers]
    windows = inputs.windows()
    pw = [dist.prob_between(low, high) for low, high in windows]
    ew = [dist.partial(low, high) for low, high in windows]
    upsell_mass = sum(t * p - e for t, p, e in zip(T, pw, ew))
    per_multiple = inputs.stacking == "per_multiple"
    more = 0.0
    between: list[float] = []
    if per_multiple:
        more = max(0.0, dist.multiples(T[0], inputs.max_per_transaction) - dist.prob_ge(T[0]))
    else:
        for i in range(len(T)):
            upper = T[i + 1] if i + 1 < len(T) else math.inf
            between.append(dist.prob_between(T[i], upper))
    return SpendSummary(
        per_multiple=per_multiple,
        values=tuple(V),
        p_first=dist.prob_ge(T[0]),
        windows=tuple(pw),
        between=tuple(between),
        more=more,
        upsell_mass=upsell_mass,
    )


def _per_transaction(s: SpendSummary, u: float) -> tuple[float, float, float]:
    """E[count], E[value] and the upsell spend per transaction, at take-up u."""
    incremental = u * s.upsell_mass
    q = s.p_first + u * s.windows[0]
    if s.per_multiple:
        count = q + s.more
        return count, s.values[0] * count, incremental
    shares = []
    n = len(s.values)
    for i in range(n):
        p_next = s.windows[i + 1] if i + 1 < n else 0.0
        shares.append(s.between[i] + u * s.windows[i] - u * p_next)
    return q, sum(v * share for v, share in zip(s.values, shares)), incremental


@dataclass(frozen=True)
class Outcome:
    """One draw's metrics (the banded ones, plus lambda)."""

    our_net_cost: float
    value_us: float
    cac: float | None
    roi: float | None
    new_customers: float
    partner_incremental_spend: float
    value_them: float | None
    active_fraction: float


_OUTCOME_FIELDS = tuple(f.name for f in fields(Outcome))


def outcome(s: SpendSummary, inputs: Inputs, partner_margin: float | None = None) -> Outcome:
    """`simulate()`'s period totals from a summary: same operations, same order,
    so the same floats.  Used for every draw; tests hold it to `simulate()`."""
    return Outcome(*_outcome(
        s,
        _per_transaction(s, inputs.take_up),
        inputs.transactions,
        inputs.redemption_rate,
        inputs.new_customer_share,
        inputs.avg_order_value,
        inputs.gross_margin,
        partner_margin,
        inputs.partner_share,
        inputs.billing == "redeemed",
        inputs.quota,
        inputs.budget,
    ))


def _outcome(
    s: SpendSummary,
    per_txn: tuple[float, float, float],
    N: float,
    r: float,
    n: float,
    A: float,
    g: float,
    mp: float | None,
    p: float,
    on_redeemed: bool,
    quota: int | None,
    budget: int | None,
) -> tuple[float, float, float | None, float | None, float, float, float | None, float]:
    """The fields of `Outcome`, as a tuple (the hot loop builds 10,000 of them)."""
    count, value, incremental = per_txn
    issued0 = N * count
    face0 = N * value
    redeemed0 = r * issued0
    value_redeemed0 = r * face0
    payment0 = p * (value_redeemed0 if on_redeemed else face0)
    cost0 = value_redeemed0 - payment0
    lam = 1.0
    if quota is not None and issued0 > 0 and quota / issued0 < lam:
        lam = quota / issued0
    if budget is not None and cost0 > 0 and budget / cost0 < lam:
        lam = budget / cost0
    redeemed = lam * redeemed0
    cost = lam * cost0
    new_customers = n * redeemed
    gross_profit = g * (A * redeemed)
    if cost <= 0:
        cac: float | None = 0.0
    elif new_customers > 0:
        cac = cost / new_customers
    else:
        cac = None
    roi = (gross_profit - cost) / cost if cost > 0 else None
    incremental_spend = lam * N * incremental
    them = None if mp is None else mp * incremental_spend - lam * payment0
    return (cost, gross_profit - cost, cac, roi, new_customers, incremental_spend, them, lam)


# --- results --------------------------------------------------------------


@dataclass(frozen=True)
class Band:
    """P10/P50/P90 of one metric, unrounded; or, if the metric is null in
    some draw, only the share of draws where it is null."""

    metric: str
    p10: float | None = None
    p50: float | None = None
    p90: float | None = None
    null_share: float | None = None


@dataclass(frozen=True)
class Swing:
    """One tornado bar: `input` at its low and at its high, the others at their modes."""

    input: str
    low: int | float
    high: int | float
    value_us_low: float
    value_us_high: float
    our_net_cost_low: float
    our_net_cost_high: float
    # Extras for talking points (not in the JSON): lambda at each end.
    active_fraction_low: float = 1.0
    active_fraction_high: float = 1.0

    @property
    def swing(self) -> float:
        return abs(self.value_us_high - self.value_us_low)


@dataclass(frozen=True)
class BreakEven:
    """Where value_us crosses zero as `input` moves from low to high."""

    input: str
    value: float  # unrounded, money included
    loses_below: bool  # True: value_us < 0 below `value` (and > 0 above)


@dataclass(frozen=True)
class Uncertainty:
    inputs: Inputs  # the modes (with fixed inputs at the variant's value)
    partner_margin: float | None
    ranges: tuple[tuple[str, Range[Any]], ...]  # every ranged input, contract order
    fixed: tuple[str, ...]  # ranged inputs a variant fixes (drawn, not used)
    draws: int
    seed: int
    bands: tuple[Band, ...]  # METRICS order
    cap_binds_share: float
    loss_share: float
    tornado: tuple[Swing, ...]
    break_even: tuple[BreakEven, ...]  # contract order of the inputs

    def band(self, metric: str) -> Band:
        for b in self.bands:
            if b.metric == metric:
                return b
        raise KeyError(metric)


# --- the computation ------------------------------------------------------


def _check(ranges: Mapping[str, Range[Any]], fixed: Collection[str], draws: int) -> None:
    unknown = [name for name in list(ranges) + list(fixed) if name not in RANGEABLE]
    if unknown:
        raise ValueError(f"not a rangeable input: {', '.join(unknown)} (one of {', '.join(RANGEABLE)})")
    if draws < 1:
        raise ValueError("draws must be at least 1")


def at_values(inputs: Inputs, partner_margin: float | None, values: Mapping[str, float]) -> tuple[Inputs, float | None]:
    """`inputs` (and the partner margin) with named rangeable inputs replaced."""
    changes = {_FIELD[name]: value for name, value in values.items() if name in _FIELD}
    if "partner_margin" in values:
        partner_margin = values["partner_margin"]
    return (replace(inputs, **changes) if changes else inputs), partner_margin


def _rank(q: int, n: int) -> int:
    """Nearest rank: index ceil(q/100 * n) - 1, in integers."""
    return max(0, -(-q * n // 100) - 1)


def _band(metric: str, values: Sequence[float | None]) -> Band:
    nulls = sum(1 for v in values if v is None)
    if nulls:
        return Band(metric, null_share=nulls / len(values))
    ordered = sorted(values)  # type: ignore[type-var]
    p10, p50, p90 = (ordered[_rank(q, len(ordered))] for q in QUANTILES)
    return Band(metric, p10, p50, p90)


def bands(
    inputs: Inputs,
    dist: Distribution,
    ranges: Mapping[str, Range[Any]],
    draws: int = DEFAULT_DRAWS,
    seed: int = DEFAULT_SEED,
    *,
    partner_margin: float | None = None,
    fixed: Collection[str] = (),
) -> Uncertainty:
    """Bands, cap and loss shares, tornado and break-even values of one scheme.

    `inputs`: the scheme (its values are used for inputs that are not
    ranged, and for `fixed` ones); `ranges`: every ranged input of the
    offer file by contract name (`ranges_of(offer)`); `partner_margin`:
    m_p when not ranged (if None, `inputs.partner_margin` is used when
    Inputs has such a field); `fixed`: ranged inputs a `--vs`/`--grid`
    variant sets, which still consume their uniform in every draw but keep
    the variant's value, and have no tornado bar or break-even.

    Raises ValueError for an unknown input name or draws < 1.
    """
    _check(ranges, fixed, draws)
    if partner_margin is None:
        partner_margin = getattr(inputs, "partner_margin", None)
    order = [(name, ranges[name]) for name in RANGEABLE if name in ranges]
    fixed_set = {name for name in fixed if name in ranges}
    # Every ranged input that is not fixed sits at its mode.
    base, mp = at_values(inputs, partner_margin, {name: r.mode for name, r in order if name not in fixed_set})

    summary = summarise(base, dist)
    rows = _draw(summary, base, mp, order, fixed_set, draws, seed)
    columns = dict(zip(_OUTCOME_FIELDS, zip(*rows)))
    result_bands = tuple(_band(metric, columns[metric]) for metric in METRICS)
    cap_binds = sum(1 for lam in columns["active_fraction"] if lam < 1.0) / draws
    losses = sum(1 for v in columns["value_us"] if v < 0) / draws

    varied = [(name, r) for name, r in order if name not in fixed_set]
    swings = [_swing(base, mp, dist, name, r) for name, r in varied]
    # Stable sort: ties keep the contract's order.
    tornado = tuple(sorted(swings, key=lambda s: -s.swing))
    even = tuple(
        _break_even(base, mp, dist, swing)
        for swing in swings
        if (swing.value_us_low < 0 < swing.value_us_high) or (swing.value_us_high < 0 < swing.value_us_low)
    )
    return Uncertainty(
        inputs=base,
        partner_margin=mp,
        ranges=tuple(order),
        fixed=tuple(name for name, _ in order if name in fixed_set),
        draws=draws,
        seed=seed,
        bands=result_bands,
        cap_binds_share=cap_binds,
        loss_share=losses,
        tornado=tornado,
        break_even=even,
    )


def _draw(
    summary: SpendSummary,
    base: Inputs,
    mp: float | None,
    order: list[tuple[str, Range[Any]]],
    fixed: set[str],
    draws: int,
    seed: int,
) -> list[tuple[Any, ...]]:
    """The draws: one uniform per ranged input per draw, in contract order."""
    rng = random.Random(seed).random
    slots = {name: index for index, name in enumerate(RANGEABLE)}
    # transactions, redemption_rate, new_customer_share, avg_order_value,
    # gross_margin, partner_margin, upsell.take_up: the slots of RANGEABLE.
    start = [base.transactions, base.redemption_rate, base.new_customer_share, base.avg_order_value,
             base.gross_margin, mp, base.take_up]
    # (slot, range or None when fixed) for each uniform of a draw.
    plan = [(slots[name], None if name in fixed else r) for name, r in order]
    drawn = {slot for slot, r in plan if r is not None}
    round_transactions = slots["transactions"] in drawn
    fixed_per_txn = None if slots["upsell.take_up"] in drawn else _per_transaction(summary, base.take_up)
    p, on_redeemed = base.partner_share, base.billing == "redeemed"
    quota, budget = base.quota, base.budget
    outcomes = []
    append = outcomes.append
    for _ in range(draws):
        v = start.copy()
        for slot, r in plan:
            u = rng()
            if r is not None:
                v[slot] = r.at(u)
        N = round(v[0]) if round_transactions else v[0]  # half to even: the one rounded draw
        per_txn = fixed_per_txn if fixed_per_txn is not None else _per_transaction(summary, v[6])
        append(_outcome(summary, per_txn, N, v[1], v[2], v[3], v[4], v[5], p, on_redeemed, quota, budget))
    return outcomes


def _run(base: Inputs, mp: float | None, dist: Distribution, name: str, value: float) -> tuple[Result, float]:
    """A plain `simulate()` with one input replaced: the result and value_us."""
    inputs, _ = at_values(base, mp, {name: value})
    result = simulate(inputs, dist)
    return result, value_us(result)


def _swing(base: Inputs, mp: float | None, dist: Distribution, name: str, r: Range[Any]) -> Swing:
    low, v_low = _run(base, mp, dist, name, r.low)
    high, v_high = _run(base, mp, dist, name, r.high)
    return Swing(
        input=name,
        low=r.low,
        high=r.high,
        value_us_low=v_low,
        value_us_high=v_high,
        our_net_cost_low=low.our_net_cost,
        our_net_cost_high=high.our_net_cost,
        active_fraction_low=low.active_fraction,
        active_fraction_high=high.active_fraction,
    )


def _break_even(base: Inputs, mp: float | None, dist: Distribution, swing: Swing) -> BreakEven:
    """Bisection on [low, high] (value_us has opposite signs at the ends)."""
    low, high = float(swing.low), float(swing.high)
    tolerance = BISECTION_TOLERANCE * (high - low)
    lo, hi = low, high
    lo_negative = swing.value_us_low < 0
    while hi - lo > tolerance:
        mid = (lo + hi) / 2.0
        value = _run(base, mp, dist, swing.input, mid)[1]
        if value != 0 and (value < 0) == lo_negative:
            lo = mid  # same sign as at lo: the crossing is above mid
        else:
            hi = mid
    return BreakEven(swing.input, (lo + hi) / 2.0, loses_below=lo_negative)


# --- JSON -----------------------------------------------------------------


def _money(x: float | None) -> int | None:
    return None if x is None else round(x)


def _band_json(band: Band) -> dict[str, Any]:
    if band.null_share is not None:
        return {"null_share": band.null_share}
    shape = _money if band.metric in MONEY_METRICS else (lambda x: x)
    return {"p10": shape(band.p10), "p50": shape(band.p50), "p90": shape(band.p90)}


def to_json(u: Uncertainty) -> dict[str, Any]:
    """The contract's `uncertainty` object, exactly its keys and no others:
    money rounded to whole Rupiah except the break-even values (unrounded);
    shares, ROI and new customers as floats; range bounds as parsed."""
    return {
        "draws": u.draws,
        "seed": u.seed,
        "bands": {band.metric: _band_json(band) for band in u.bands},
        "cap_binds_share": u.cap_binds_share,
        "loss_share": u.loss_share,
        "tornado": [
            {
                "input": s.input,
                "low": s.low,
                "high": s.high,
                "value_us_low": _money(s.value_us_low),
                "value_us_high": _money(s.value_us_high),
                "our_net_cost_low": _money(s.our_net_cost_low),
                "our_net_cost_high": _money(s.our_net_cost_high),
            }
            for s in u.tornado
        ],
        "break_even": {b.input: b.value for b in u.break_even},
    }


# --- words ----------------------------------------------------------------


def shown_value(name: str, value: float) -> Num | Pct | Rp:
    """An input's value for a message: Rp for money, % for shares, a number for counts."""
    kind = KIND[name]
    if kind == "money":
        return Rp(value)
    if kind == "share":
        return Pct(value)
    return Num(value)


def break_even_messages(u: Uncertainty) -> list[Msg]:
    """'we lose money if the average order value falls below Rp212.000', one per input."""
    return [
        Msg(
            "unc.break_even.below" if b.loses_below else "unc.break_even.above",
            {"input": Msg(f"unc.input.{b.input}"), "value": shown_value(b.input, b.value)},
        )
        for b in u.break_even
    ]


def _cap_name(inputs: Inputs, binding: bool) -> Msg | None:
    """The caps as the sentence's subject: 'the budget', or with both caps
    'each cap' (lasts) / 'a cap' (runs out)."""
    if inputs.budget is not None and inputs.quota is not None:
        return Msg("unc.cap.either" if binding else "unc.cap.each")
    if inputs.budget is not None:
        return Msg("unc.cap.budget")
    if inputs.quota is not None:
        return Msg("unc.cap.quota")
    return None


def talking_points(u: Uncertainty) -> list[Msg]:
    """What the bands let a partnership manager say, in this order:
    the likely value to us; whether (how often) we lose money, and the
    break-even values; whether the caps last even at the costly end of the
    input that moves cost most; the cost of a new customer."""
    points: list[Msg] = []
    value = u.band("value_us")
    if value.null_share is None:
        points.append(Msg("unc.talk.value_band", {"p10": Rp(value.p10, short=True), "p50": Rp(value.p50, short=True), "p90": Rp(value.p90, short=True)}))
    if u.loss_share == 0:
        points.append(Msg("unc.talk.no_loss", {"draws": Num(u.draws)}))
    else:
        points.append(Msg("unc.talk.loss_share", {"share": Pct(u.loss_share)}))
    points.extend(Msg("unc.talk.break_even", {"text": m}) for m in break_even_messages(u))

    cap = _cap_name(u.inputs, binding=u.cap_binds_share > 0)
    if cap is not None:
        days = u.inputs.days
        if u.cap_binds_share > 0:
            points.append(Msg("unc.talk.cap_binds_share", {"share": Pct(u.cap_binds_share), "cap": cap, "days": days}))
        else:
            movers = [s for s in u.tornado if s.our_net_cost_high != s.our_net_cost_low]
            if movers:
                top = max(movers, key=lambda s: abs(s.our_net_cost_high - s.our_net_cost_low))  # first of equals
                high_costs_more = top.our_net_cost_high > top.our_net_cost_low
                end_lam = top.active_fraction_high if high_costs_more else top.active_fraction_low
                if end_lam >= 1.0:
                    points.append(
                        Msg(
                            "unc.talk.cap_lasts_high" if high_costs_more else "unc.talk.cap_lasts_low",
                            {
                                "input": Msg(f"unc.input.{top.input}"),
                                "value": shown_value(top.input, top.high if high_costs_more else top.low),
                                "cap": cap,
                                "days": days,
                            },
                        )
                    )
                else:
                    points.append(Msg("unc.talk.cap_lasts", {"cap": cap, "days": days}))
            else:
                points.append(Msg("unc.talk.cap_lasts", {"cap": cap, "days": days}))

    cac = u.band("cac")
    if cac.null_share is None and cac.p90 and cac.p10 != cac.p90:
        points.append(Msg("unc.talk.cac_band", {"p10": Rp(cac.p10), "p50": Rp(cac.p50), "p90": Rp(cac.p90)}))
    return points

