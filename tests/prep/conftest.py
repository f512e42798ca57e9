"""Builders for the prep tests: a partner, deals, plans and meetings in memory."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from pln_cli.model.deal import Deal, Header, Round
from pln_cli.model.meeting import EVENT_MODELS, Meeting, Plan
from pln_cli.model.partner import Partner

PARTNER = {
    "id": "total-spbu",
    "name": "TOTAL SPBU Indonesia",
    "background": "Fuel-station chain.",
    "people": [
        {"name": "Rina Hartono", "role": "Marketing Manager", "lobby_class": "cosmopolitan", "influence": 4, "stance": "supportive"},
        {"name": "Budi Santoso", "role": "Head of Retail Operations", "lobby_class": "key_contact", "influence": 5, "stance": "skeptical"},
        {"name": "Dewi Lestari", "role": "Finance Controller", "lobby_class": "cosmopolitan", "influence": 3, "stance": "neutral"},
        {"name": "Joko Susilo", "role": "Station Manager"},  # no lobby class, influence or stance
    ],
    "their_interests": ["More full tanks"],
}

PLAN: dict[str, Any] = {
    "meeting": "kickoff",
    "partner": "total-spbu",
    "offer": "total-spbu-2017q4",
    "date": "2017-09-12",
    "audience": ["Rina Hartono", "Budi Santoso"],
    "materials": [{"title": "Deck", "file": "../decks/total.pptx"}],
    "aids": [{"name": "projector", "tested": "yes"}],
    "venue": {"place": "TOTAL head office", "checked": ["projector", "power", "quiet"]},
}


def partner_model(**changes: Any) -> Partner:
    return Partner.model_validate({**PARTNER, **changes})


def plan_model(**changes: Any) -> Plan:
    data = {**PLAN, **changes}
    return Plan.model_validate({k: v for k, v in data.items() if v is not None})


def event(kind: str, **fields: Any):
    return EVENT_MODELS[kind].model_validate({"event": kind, **fields})


def meeting_model(*events: Any, **plan: Any) -> Meeting:
    return Meeting(plan_model(**plan), tuple(events))


def deal_model(batna: str | None = "Another fuel chain", rounds: tuple[str, ...] = (), outcome: Any = None, deal: str = "total-spbu-2017") -> Deal:
    header = Header.model_validate({
        "deal": deal, "partner": "total-spbu", "offer": "total-spbu-2017q4", "batna": batna,
        "issues": {"min_spend": {"target": 450000, "reservation": 400000}},
    })
    made = tuple(Round.model_validate({"round": i + 1, "date": d, "by": "us" if i % 2 == 0 else "them"}) for i, d in enumerate(rounds))
    return Deal(header=header, rounds=made, outcome=outcome)


D0 = "0" * 63 + "a"
D1 = "b" * 64
TODAY = date(2017, 9, 10)


@pytest.fixture
def partner() -> Partner:
    return partner_model()
