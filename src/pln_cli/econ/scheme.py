"""The voucher-for-spend model of shared/ECONOMICS.md, formula by formula.

Money inputs are whole Rupiah; expected values over a distribution are
real numbers, so they are computed in floating point and rounded to whole
Rupiah only at the edge (`record`).  Symbols follow the contract.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Literal

from pln_cli.econ.dist import Distribution
from pln_cli.model.offer import Billing, Offer, Stacking
from pln_cli.model.ranges import mode_of

BindingCap = Literal["quota", "budget"]


@dataclass(frozen=True)
class Inputs:
    """Everything the formulas read, taken from an offer (ECONOMICS.md, Inputs)."""

    offer: str
    partner: str
    days: int  # D
    transactions: int  # N
    tiers: tuple[tuple[int, int], ...]  # (T_i, V_i)
    stacking: Stacking = "highest_tier"
    max_per_transaction: int | None = None  # K
    window: float = 0.0  # w
    take_up: float = 0.0  # u
    redemption_rate: float = 0.0  # r
    partner_share: float = 0.0  # p
    billing: Billing = "redeemed"
    quota: int | None = None  # Q
    budget: int | None = None  # B
    new_customer_share: float = 0.0  # n
    avg_order_value: int = 0  # A
    gross_margin: float = 0.0  # g
    voucher_min_order: int | None = None
    voucher_valid_days: int | None = None

    def windows(self) -> list[tuple[float, float]]:
        """W_i = [max(T_i (1 - w), T_{i-1}), T_i), T_0 = 0; per_multiple: W_1 only."""
        tiers = self.tiers[:1] if self.stacking == "per_multiple" else self.tiers
        result = []
        previous = 0.0
        for threshold, _ in tiers:
            result.append((max(threshold * (1.0 - self.window), previous), float(threshold)))
            previous = float(threshold)
        return result

    def breakpoints(self) -> set[float]:
        """The spend values whose probabilities the formulas need."""
        points = {float(t) for t, _ in self.tiers}
        for low, high in self.windows():
            points.update((low, high))
        if self.stacking == "per_multiple":
            threshold = self.tiers[0][0]
            # P(S >= k T) for k >= 2 comes from the multiples sum instead.
            points.add(float(threshold))
        return points

    def multiples_query(self) -> tuple[float, int | None] | None:
        if self.stacking != "per_multiple":
            return None
        return (float(self.tiers[0][0]), self.max_per_transaction)


def inputs_from_offer(offer: Offer, rows: int | None = None) -> Inputs:
    """The inputs at the offer's values; a ranged assumption gives its mode
    (ECONOMICS.md, "Uncertainty": everything but `--uncertainty` uses it)."""
    a = offer.assumptions
    # N may be left out only when spend is a transactions file: then it is
    # the file's row count, which the caller knows once the file is read
    # (`api.engine.with_rows`); until then, `rows` or 0.
    given = mode_of(a.transactions)
    transactions = given if given is not None else (rows or 0)
    upsell = a.upsell
    voucher = offer.voucher
    return Inputs(
        offer=offer.id,
        partner=offer.partner,
        days=offer.period.length,
        transactions=transactions,
        tiers=tuple((t.min_spend, t.voucher) for t in offer.scheme.tiers),
        stacking=offer.scheme.stacking,
        max_per_transaction=offer.scheme.max_vouchers_per_transaction,
        window=upsell.window if upsell else 0.0,
        take_up=mode_of(upsell.take_up) if upsell else 0.0,
        redemption_rate=mode_of(a.redemption_rate),
        partner_share=offer.funding.partner_share,
        billing=offer.funding.billing,
        quota=offer.caps.quota,
        budget=offer.caps.budget,
        new_customer_share=mode_of(a.new_customer_share),
        avg_order_value=mode_of(a.avg_order_value),
        gross_margin=mode_of(a.gross_margin),
        voucher_min_order=voucher.min_order if voucher else None,
        voucher_valid_days=voucher.valid_days if voucher else None,
    )


@dataclass(frozen=True)
class Result:
    """Period totals (after caps) and per-transaction shares."""

    inputs: Inputs
    reward_rates: tuple[float, ...]
    qualifying_share: float  # q
    expected_count: float  # E[count] per transaction
    expected_value: float  # E[value] per transaction
    vouchers_issued: float
    face_value_issued: float
    vouchers_redeemed: float
    value_redeemed: float
    partner_payment: float
    our_net_cost: float
    active_fraction: float  # lambda
    exhaustion_day: int | None
    binding_cap: BindingCap | None
    new_customers: float
    gmv: float
    gross_profit: float
    cac: float | None
    roi: float | None
    partner_incremental_spend: float
    # Before caps, for "raise the cap to X" advice.
    uncapped_issued: float
    uncapped_cost: float
    # For talking points.
    mean_spend: float
    avg_qualifying_spend: float | None
    tier_shares: tuple[float, ...] = field(default=())  # P_i (highest_tier) after upsell


def simulate(inputs: Inputs, dist: Distribution) -> Result:
    T = [float(t) for t, _ in inputs.tiers]
    V = [float(v) for _, v in inputs.tiers]
    u = inputs.take_up
    N = inputs.transactions
    windows = inputs.windows()
    pw = [dist.prob_between(low, high) for low, high in windows]
    ew = [dist.partial(low, high) for low, high in windows]

    # Upsell: a share u of the transactions in W_i raise their spend to T_i.
    incremental_per_txn = u * sum(t * p - e for t, p, e in zip(T, pw, ew))

    q = dist.prob_ge(T[0]) + u * pw[0]
    if inputs.stacking == "per_multiple":
        more = dist.multiples(T[0], inputs.max_per_transaction) - dist.prob_ge(T[0])
        expected_count = q + max(0.0, more)
        expected_value = V[0] * expected_count
        tier_shares: tuple[float, ...] = (q,)
    else:
        shares = []
        for i in range(len(T)):
            upper = T[i + 1] if i + 1 < len(T) else math.inf
            p_next = pw[i + 1] if i + 1 < len(pw) else 0.0
            shares.append(dist.prob_between(T[i], upper) + u * pw[i] - u * p_next)
        expected_count = q
        expected_value = sum(v * s for v, s in zip(V, shares))
        tier_shares = tuple(shares)

    # 1-3: before caps.
    issued0 = N * expected_count
    face0 = N * expected_value
    redeemed0 = inputs.redemption_rate * issued0
    value_redeemed0 = inputs.redemption_rate * face0
    base = value_redeemed0 if inputs.billing == "redeemed" else face0
    payment0 = inputs.partner_share * base
    cost0 = value_redeemed0 - payment0

    # 4: caps.  A missing cap, or a budget when the scheme costs us nothing,
    # imposes nothing.
    lam, binding = 1.0, None
    if inputs.quota is not None and issued0 > 0 and inputs.quota / issued0 < lam:
        lam, binding = inputs.quota / issued0, "quota"
    if inputs.budget is not None and cost0 > 0 and inputs.budget / cost0 < lam:
        lam, binding = inputs.budget / cost0, "budget"
    exhaustion = math.ceil(lam * inputs.days - 1e-9) if lam < 1.0 else None

    redeemed = lam * redeemed0
    cost = lam * cost0
    new_customers = inputs.new_customer_share * redeemed
    gmv = inputs.avg_order_value * redeemed
    gross_profit = inputs.gross_margin * gmv
    if cost <= 0:
        cac: float | None = 0.0
    elif new_customers > 0:
        cac = cost / new_customers
    else:
        cac = None
    roi = (gross_profit - cost) / cost if cost > 0 else None

    # Spend of the qualifying transactions, upsell of every tier included:
    # those raised into tier 1 now spend T_1; those raised from W_i (i > 1,
    # already qualifying) add T_i - S.
    q_mass = dist.partial(T[0], math.inf) + u * T[0] * pw[0]
    if inputs.stacking != "per_multiple":
        q_mass += u * sum(t * p - e for t, p, e in zip(T[1:], pw[1:], ew[1:]))
    avg_qualifying = q_mass / q if q > 0 else None

    return Result(
        inputs=inputs,
        reward_rates=tuple(v / t for t, v in zip(T, V)),
        qualifying_share=q,
        expected_count=expected_count,
        expected_value=expected_value,
        vouchers_issued=lam * issued0,
        face_value_issued=lam * face0,
        vouchers_redeemed=redeemed,
        value_redeemed=lam * value_redeemed0,
        partner_payment=lam * payment0,
        our_net_cost=cost,
        active_fraction=lam,
        exhaustion_day=exhaustion,
        binding_cap=binding,
        new_customers=new_customers,
        gmv=gmv,
        gross_profit=gross_profit,
        cac=cac,
        roi=roi,
        partner_incremental_spend=lam * N * incremental_per_txn,
        uncapped_issued=issued0,
        uncapped_cost=cost0,
        mean_spend=dist.mean(),
        avg_qualifying_spend=avg_qualifying,
        tier_shares=tier_shares,
    )


def _money(x: float | None) -> int | None:
    return None if x is None else int(round(x))


def record(result: Result) -> dict[str, Any]:
    """The JSON object of the contract (money in whole Rupiah), plus extras."""
    i = result.inputs
    return {
        "offer": i.offer,
        "partner": i.partner,
        "period_days": i.days,
        "transactions": i.transactions,
        "tiers": [
            {"min_spend": t, "voucher": v, "reward_rate": rate}
            for (t, v), rate in zip(i.tiers, result.reward_rates)
        ],
        "qualifying_share": result.qualifying_share,
        "vouchers_issued": result.vouchers_issued,
        "face_value_issued": _money(result.face_value_issued),
        "vouchers_redeemed": result.vouchers_redeemed,
        "value_redeemed": _money(result.value_redeemed),
        "partner_payment": _money(result.partner_payment),
        "our_net_cost": _money(result.our_net_cost),
        "active_fraction": result.active_fraction,
        "exhaustion_day": result.exhaustion_day,
        "new_customers": result.new_customers,
        "gmv": _money(result.gmv),
        "gross_profit": _money(result.gross_profit),
        "cac": _money(result.cac),
        "roi": result.roi,
        "partner_incremental_spend": _money(result.partner_incremental_spend),
        # Extras (the contract welcomes them).
        "reward_rate": result.reward_rates[0],
        "stacking": i.stacking,
        "billing": i.billing,
        "binding_cap": result.binding_cap,
        "qualifying_transactions": i.transactions * result.qualifying_share,
        "avg_qualifying_spend": _money(result.avg_qualifying_spend),
        "mean_spend": _money(result.mean_spend),
        "our_net_cost_per_day": _money(result.our_net_cost / i.days) if i.days else None,
    }
