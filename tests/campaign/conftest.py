"""Builders for the campaign tests: campaigns in memory, and the example campaign."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from pln_cli.model.campaign import EVENT_MODELS, Campaign, Plan

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
EXAMPLE_CAMPAIGN = EXAMPLES / "campaigns" / "voucher-flight-fanfest.yaml"
EXAMPLE_OFFER = EXAMPLES / "offers" / "happy-fresh-2018q1.yaml"

PLAN: dict[str, Any] = {
    "campaign": "demo",
    "title": "Demo campaign",
    "product": "jd_voucher",
    "start": "2018-03-01",
    "end": "2018-04-26",
    "cadence_days": 14,
    "channels": ["instagram", "facebook"],
    "link": "https://www.jd.id/promo/fanfest",
}


def build(events: list[dict[str, Any]] = (), **plan: Any) -> Campaign:
    """A campaign from plain dicts, validated by the same models as the loader."""
    model = Plan.model_validate({**PLAN, **plan})
    return Campaign(plan=model, events=tuple(EVENT_MODELS[e["event"]].model_validate(e) for e in events))


def post(n: int, day: str, channel: str = "facebook", **fields: Any) -> dict[str, Any]:
    return {"event": "post", "post": f"p{n}", "date": day, "channel": channel, **fields}


def metrics(post_id: str, day: str, **counts: Any) -> dict[str, Any]:
    return {"event": "metrics", "post": post_id, "date": day, **counts}


def approval(day: str, *channels: str, by: str = "Rina", note: str | None = None) -> dict[str, Any]:
    event = {"event": "approval", "by": by, "date": day, "channels": list(channels)}
    if note:
        event["note"] = note
    return event


def mention(day: str, sentiment: str, replied: str | None = None, where: str = "Instagram") -> dict[str, Any]:
    event = {"event": "mention", "date": day, "where": where, "sentiment": sentiment}
    if replied is not None:
        event["replied"] = replied
    return event


@pytest.fixture(scope="session")
def example() -> Campaign:
    from pln_cli.load.campaigns import load_campaign

    entry = load_campaign(EXAMPLE_CAMPAIGN)
    assert [p for p in entry.problems if p.severity == "error"] == []
    assert entry.campaign is not None
    return entry.campaign


@pytest.fixture(scope="session")
def happy_fresh():
    """The example offer and its simulation (quota 5000 binds: 2250 vouchers redeemed)."""
    from pln_cli.api.engine import evaluate
    from pln_cli.load.workspace import load_offer

    entry = load_offer(EXAMPLE_OFFER)
    return entry.model, evaluate(entry.model, entry.spend_data).base_result


TODAY = date(2018, 4, 20)
