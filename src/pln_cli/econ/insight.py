"""Warnings and talking points computed from a simulation.

Talking points are what a partnership manager says in the meeting to
explain the numbers with objective criteria (the TOTAL SPBU objection in
DOMAIN.md was answered exactly this way).  They are messages, rendered in
the reader's language later.
"""

from __future__ import annotations

from dataclasses import dataclass

from pln_cli.econ.scheme import Result
from pln_cli.i18n import Msg, Num, Pct, Rp

FEW_QUALIFY = 0.02


@dataclass(frozen=True)
class Warning:
    code: str
    message: Msg


def warnings(result: Result) -> list[Warning]:
    i = result.inputs
    found: list[Warning] = []
    if result.binding_cap is not None and result.exhaustion_day is not None:
        needed = result.uncapped_issued if result.binding_cap == "quota" else result.uncapped_cost
        shown = Num(needed) if result.binding_cap == "quota" else Rp(needed)
        found.append(
            Warning(
                f"{result.binding_cap}-binds",
                Msg(
                    f"warn.{result.binding_cap}_binds",
                    {"day": result.exhaustion_day, "days": i.days, "share": Pct(result.active_fraction), "needed": shown},
                ),
            )
        )
    if i.voucher_min_order is not None and i.avg_order_value > 0 and i.voucher_min_order > i.avg_order_value:
        found.append(
            Warning("min-order-above-aov", Msg("warn.min_order", {"min_order": Rp(i.voucher_min_order), "aov": Rp(i.avg_order_value)}))
        )
    if result.qualifying_share < FEW_QUALIFY:
        found.append(Warning("few-qualify", Msg("warn.few_qualify", {"share": Pct(result.qualifying_share)})))
    if i.voucher_min_order is not None and i.tiers[0][1] >= i.voucher_min_order:
        found.append(
            Warning("voucher-above-min-order", Msg("warn.voucher_min_order", {"voucher": Rp(i.tiers[0][1]), "min_order": Rp(i.voucher_min_order)}))
        )
    if result.vouchers_redeemed > 0 and i.avg_order_value == 0:
        found.append(Warning("no-aov", Msg("warn.no_aov")))
    if result.our_net_cost > 0 and i.new_customer_share == 0:
        found.append(Warning("no-new-customers", Msg("warn.no_new_customers")))
    if i.stacking != "per_multiple":
        for n, ((_, low), (_, high)) in enumerate(zip(i.tiers, i.tiers[1:]), start=1):
            if low > high:
                found.append(
                    Warning(
                        "tier-voucher-order",
                        Msg("warn.tier_voucher_order", {"tier": n, "voucher": Rp(low), "next": n + 1, "next_voucher": Rp(high)}),
                    )
                )
    if result.roi is not None and result.roi < 0:
        found.append(Warning("negative-roi", Msg("warn.negative_roi", {"roi": Pct(result.roi), "cost": Rp(result.our_net_cost)})))
    if result.our_net_cost < 0:
        found.append(Warning("partner-overpays", Msg("warn.partner_overpays", {"amount": Rp(-result.our_net_cost)})))
    return found


MOST_QUALIFY = 0.5  # from here on, the threshold selects little
MANY_QUALIFY = 0.3  # from here on, "the larger purchases" is no longer true


def effective_reward_rate(result: Result) -> float | None:
    """Value issued over the spend of the qualifying transactions, all tiers
    (and, for per_multiple, every voucher of a transaction)."""
    if not result.avg_qualifying_spend or result.qualifying_share <= 0:
        return None
    return result.expected_value / (result.avg_qualifying_spend * result.qualifying_share)


def talking_points(result: Result, partner_name: str) -> list[Msg]:
    """What to say in the room: a point is made only when it is true of
    these numbers and worth saying, in words that fit any sector."""
    i = result.inputs
    points: list[Msg] = []
    q = result.qualifying_share
    threshold, voucher = i.tiers[0]
    tiered = len(i.tiers) > 1 and i.stacking != "per_multiple"

    # 1. Who qualifies.
    if q <= 0:
        points.append(Msg("talk.nobody", {"threshold": Rp(threshold)}))
    elif q >= MOST_QUALIFY:
        points.append(Msg("talk.qualify_most", {"share": Pct(q), "threshold": Rp(threshold)}))
    elif q >= MANY_QUALIFY:
        points.append(Msg("talk.qualify_many", {"share": Pct(q), "threshold": Rp(threshold)}))
    elif q >= FEW_QUALIFY:
        points.append(Msg("talk.qualify", {"one_in": Num(max(2, round(1 / q))), "share": Pct(q), "threshold": Rp(threshold)}))
    # Below FEW_QUALIFY the few-qualify warning speaks; it is not a point to make.

    # 2. The reward rate measured against what qualifying transactions spend.
    rate_eff = effective_reward_rate(result)
    if rate_eff is not None and result.avg_qualifying_spend:
        if tiered:
            top_threshold, top_voucher = i.tiers[-1]
            top_share = result.tier_shares[-1] if result.tier_shares else 0.0
            points.append(
                Msg(
                    "talk.reward_rate_tiers",
                    {
                        "tiers": Num(len(i.tiers)),
                        "rate_avg": Pct(rate_eff),
                        "avg": Rp(result.avg_qualifying_spend),
                        "top_voucher": Rp(top_voucher),
                        "top_threshold": Rp(top_threshold),
                        "top_share": Pct(top_share),
                    },
                )
            )
        else:
            points.append(
                Msg(
                    "talk.reward_rate",
                    {
                        "voucher": Rp(voucher),
                        "rate": Pct(voucher / threshold),
                        "threshold": Rp(threshold),
                        "rate_avg": Pct(rate_eff),
                        "avg": Rp(result.avg_qualifying_spend),
                    },
                )
            )

    # 3. Whether the money lasts.
    if result.binding_cap == "budget":
        points.append(Msg("talk.budget_runs_out", {"day": result.exhaustion_day, "days": i.days, "needed": Rp(result.uncapped_cost, short=True)}))
    elif result.binding_cap == "quota":
        points.append(Msg("talk.quota_runs_out", {"day": result.exhaustion_day, "days": i.days, "needed": Num(result.uncapped_issued)}))
    elif i.budget is not None and i.budget > 0 and result.our_net_cost > 0:
        points.append(
            Msg("talk.budget_lasts", {"budget": Rp(i.budget, short=True), "cost": Rp(result.our_net_cost, short=True), "share": Pct(result.our_net_cost / i.budget)})
        )
    elif result.our_net_cost > 0:
        points.append(Msg("talk.cost", {"cost": Rp(result.our_net_cost, short=True), "per_day": Rp(result.our_net_cost / i.days, short=True)}))

    # 4. The partner's side: what (if anything) they pay, and the extra spend.
    upsell = result.partner_incremental_spend if round(result.partner_incremental_spend) > 0 else 0.0
    if result.partner_payment > 0:
        key = "talk.partner_pays_upsell" if upsell > 0 else "talk.partner_pays"
        points.append(Msg(key, {"partner": partner_name, "amount": Rp(result.partner_payment, short=True), "share": Pct(i.partner_share), "upsell": Rp(upsell, short=True)}))
    elif result.face_value_issued > 0:
        key = "talk.partner_free_upsell" if upsell > 0 else "talk.partner_free"
        points.append(Msg(key, {"partner": partner_name, "upsell": Rp(upsell, short=True)}))

    # 5. Our side: what a new customer costs, and what their orders bring.
    # A return is a point only when it is positive; a loss is a warning.
    if result.cac and result.new_customers >= 1:
        if result.roi is not None and result.roi > 0 and result.gmv > 0:
            points.append(Msg("talk.cac_gmv", {"cac": Rp(result.cac), "customers": Num(result.new_customers), "gmv": Rp(result.gmv, short=True), "roi": Pct(result.roi)}))
        else:
            points.append(Msg("talk.cac", {"cac": Rp(result.cac), "customers": Num(result.new_customers)}))
    return points[:5]
