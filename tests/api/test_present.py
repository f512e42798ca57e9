"""The partner view and the internal brief as data (api/present.py)."""

from __future__ import annotations

import dataclasses
import typing
from datetime import date

import pytest

from pln_cli.api.present import (
    PARTNER_VIEW_TYPES,
    PartnerView,
    effective_reward_rate,
    meeting_brief,
    meeting_partner_view,
    offer_partner_view,
    view_values,
)
from tests.conftest import EXAMPLES

# Names a partner view must never have a field for (PREP.md): ours and
# their reservations, targets, BATNA, our cost, CAC, ROI, estimates,
# stances, influence, notes, lobby.
FORBIDDEN = ("reservation", "target", "batna", "net_cost", "cost", "cac", "roi", "estimate", "stance", "influence",
             "note", "lobby", "margin", "budget", "gross_profit", "value_us", "value_them", "zopa", "internal")


def forbidden_fields(types: typing.Iterable[type]) -> list[str]:
    """`Type.field` for each field whose name holds a forbidden word, in these
    types and every dataclass their fields are made of."""
    found, seen, todo = [], set(), list(types)
    while todo:
        kind = todo.pop()
        if kind in seen or not dataclasses.is_dataclass(kind):
            continue
        seen.add(kind)
        hints = typing.get_type_hints(kind)
        for f in dataclasses.fields(kind):
            if any(word in f.name.lower() for word in FORBIDDEN):
                found.append(f"{kind.__name__}.{f.name}")
            todo.extend(_dataclasses_in(hints.get(f.name)))
    return sorted(found)


def _dataclasses_in(hint: object) -> list[type]:
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return [hint]
    return [t for arg in typing.get_args(hint) for t in _dataclasses_in(arg)]


KICKOFF = EXAMPLES / "meetings" / "total-spbu-kickoff.yaml"
LAUNCH = EXAMPLES / "meetings" / "total-spbu-launch.yaml"


def test_the_partner_view_has_no_field_for_what_the_partner_must_not_see():
    assert forbidden_fields(PARTNER_VIEW_TYPES) == []
    # The walk reaches every type the view is made of.
    walked = {t for t in PARTNER_VIEW_TYPES}
    assert forbidden_fields([PartnerView]) == [] and len(walked) >= 8


def test_the_check_fails_on_a_view_given_a_forbidden_field():
    """The structural check can fail: a view type that carries a BATNA is caught."""
    leaky = dataclasses.make_dataclass("LeakyView", [("batna", str, dataclasses.field(default=""))], bases=(PartnerView,), frozen=True)
    assert forbidden_fields([leaky]) == ["LeakyView.batna"]
    nested = dataclasses.make_dataclass("Inner", [("their_reservation", int)], frozen=True)
    outer = dataclasses.make_dataclass("Outer", [("inner", tuple[nested, ...])], frozen=True)
    assert forbidden_fields([outer]) == ["Inner.their_reservation"]


def test_every_value_of_the_view_is_plain_data():
    """Whitelisted values are copied, never a model or a result object that could carry more."""
    view = meeting_partner_view(KICKOFF)
    for value in view_values(view):
        assert value is None or isinstance(value, (str, int, float, bool, date)), type(value)


def test_kickoff_view_of_the_total_example():
    view = meeting_partner_view(KICKOFF)
    assert view.partner_name == "TOTAL SPBU Indonesia"
    assert view.our_name == "JD.ID"
    assert view.day == date(2017, 9, 12)
    assert view.presenters == ("Andi Wijaya", "Sari Wulandari")
    assert view.their_interests[0] == "More car drivers filling up fully at TOTAL"
    tier = view.scheme.tiers[0]
    assert (tier.min_spend, tier.voucher) == (450_000, 25_000)
    assert tier.reward_rate == pytest.approx(25_000 / 450_000)
    # The kickoff was before the deal was agreed: the offer as it was, 30 days.
    assert view.scheme.voucher.valid_days == 30 and not view.agreed
    assert view.scheme.quota == 10_000
    # The histogram as given (buckets of examples/data), the threshold on an edge.
    chart = view.criteria
    assert chart.source == "histogram" and chart.observed == 120_000
    assert [b.low for b in chart.bars][:3] == [0, 50_000, 100_000]
    assert sum(b.share for b in chart.bars) == pytest.approx(1.0)
    assert chart.reach_share == pytest.approx(6_800 / 120_000)
    assert [b.qualifying for b in chart.bars] == [b.low >= 450_000 for b in chart.bars]
    # Hand-checked: window [382.500, 450.000) holds 1.715 + 3.900 transactions of
    # 120.000, a quarter of them top up.
    assert view.gains.qualifying_share == pytest.approx((6_800 + 0.25 * 5_615) / 120_000)
    assert view.gains.payment == 0
    assert [s.key for s in view.next_steps] == ["agree", "sign", "prepare", "launch", "review"]


def test_launch_view_shows_the_agreed_terms():
    view = meeting_partner_view(LAUNCH)
    assert view.agreed
    assert view.scheme.voucher.valid_days == 45
    assert [s.key for s in view.next_steps] == ["prepare", "launch", "review"]


def test_effective_reward_rate_is_value_over_qualifying_spend():
    # One tier: Rp25.000 on an average qualifying transaction of Rp500.000.
    assert effective_reward_rate(25_000 * 0.1, 0.1, 500_000) == pytest.approx(0.05)
    assert effective_reward_rate(0.0, 0.0, None) is None
    view = meeting_partner_view(KICKOFF)
    assert view.scheme.effective_reward_rate < view.scheme.tiers[0].reward_rate


@pytest.mark.parametrize("offer", sorted(p.name for p in (EXAMPLES / "offers").glob("*.yaml")))
def test_every_example_offer_has_a_view(offer):
    view = offer_partner_view(EXAMPLES / "offers" / offer, day=date(2018, 1, 5))
    chart = view.criteria
    assert 2 <= len(chart.bars) <= 16
    assert sum(b.share for b in chart.bars) == pytest.approx(1.0, abs=1e-6)
    assert all(b.qualifying == (b.low >= chart.thresholds[0]) for b in chart.bars)
    assert view.day == date(2018, 1, 5)


def test_a_transactions_file_gives_evenly_spaced_bars(tmp_path):
    import shutil

    root = tmp_path / "ws"
    shutil.copytree(EXAMPLES, root)
    amounts = [50_000 + (k * 7919) % 900_000 for k in range(3_000)]
    (root / "data" / "tx.csv").write_text("amount\n" + "\n".join(map(str, amounts)) + "\n")
    offer = (root / "offers" / "total-spbu-2017q4.yaml").read_text()
    offer = offer.replace("spend: {histogram: ../data/total-spbu-spend-2017q3.csv}", "spend: {transactions: ../data/tx.csv}")
    (root / "offers" / "total-spbu-2017q4.yaml").write_text(offer)
    view = offer_partner_view(root / "offers" / "total-spbu-2017q4.yaml")
    chart = view.criteria
    assert chart.source == "transactions" and chart.observed == 3_000
    assert chart.reach_share == pytest.approx(sum(a >= 450_000 for a in amounts) / 3_000)
    assert chart.bars[-1].high is None  # the open tail


def test_brief_holds_everything_internal():
    brief = meeting_brief(KICKOFF, date(2017, 9, 10))
    assert brief.meeting.view.approval.state == "approved"
    assert [a.name for a in brief.meeting.audience] == ["Rina Hartono", "Budi Santoso"]
    assert brief.lobby is not None and brief.lobby.priority
    assert brief.offer is not None and brief.view is not None
    assert brief.batna and "fuel chain" in brief.batna
    assert [t.key for t in brief.tracks] == ["min_spend", "voucher", "voucher_valid_days"]
    track = brief.tracks[0]
    assert track.us == (450_000,) * 4 and track.them == (None, 350_000, 350_000, 450_000)
    assert track.reservation == 400_000
    assert brief.deal is not None and len(brief.deal.economics) == 4
    # The deal is agreed: no packages, and a sentence that says why.
    assert brief.packages is not None and brief.packages.found is None and brief.packages.why is not None
