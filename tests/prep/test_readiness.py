"""Purwanto's four preparations: hand-checked ready / partly / missing (PREP.md)."""

from __future__ import annotations

import pytest

from pln_cli.i18n import Msg
from pln_cli.prep.readiness import ReadinessInputs, readiness
from tests.prep.conftest import deal_model, partner_model, plan_model

PRESENT = frozenset({"../decks/total.pptx"})


def inputs(**changes) -> ReadinessInputs:
    base = {"partner": partner_model(), "deal": None, "offer_error": None, "material_exists": PRESENT}
    return ReadinessInputs(**{**base, **changes})


def level(item: str, plan_changes: dict, input_changes: dict | None = None) -> tuple[str, list[str]]:
    result = getattr(readiness(plan_model(**plan_changes), inputs(**(input_changes or {}))), item)
    return result.level, [m.key for m in result.missing]


# (item, plan changes, input changes, expected level, expected message keys)
CASES = {
    # 1. topic
    "topic ready: offer simulates, no deal": ("topic", {}, {}, "ready", []),
    "topic ready: offer from the deal, deal has a BATNA": ("topic", {"offer": None, "deal": "total-spbu-2017"}, {"deal": deal_model()}, "ready", []),
    "topic partly: deal without BATNA": ("topic", {"deal": "total-spbu-2017"}, {"deal": deal_model(batna=None)}, "partly", ["meeting.topic.no_batna"]),
    "topic partly: deal not found": ("topic", {"deal": "nope"}, {"deal": None}, "partly", ["meeting.topic.deal_unknown"]),
    "topic missing: no offer": ("topic", {"offer": None}, {}, "missing", ["meeting.topic.no_offer"]),
    "topic missing: offer does not simulate": ("topic", {}, {"offer_error": Msg("ref.offer", {"ref": "x"})}, "missing", ["meeting.topic.offer_error"]),
    "topic missing: unknown deal gives no offer": ("topic", {"offer": None, "deal": "nope"}, {}, "missing", ["meeting.topic.deal_unknown", "meeting.topic.no_offer"]),
    # 2. tools
    "tools ready": ("tools", {}, {}, "ready", []),
    "tools ready: aids only": ("tools", {"materials": []}, {}, "ready", []),
    "tools partly: aid tested partly": ("tools", {"aids": [{"name": "laptop", "tested": "partly"}]}, {}, "partly", ["meeting.tools.untested"]),
    "tools partly: aid not said to be tested": ("tools", {"aids": [{"name": "laptop"}]}, {}, "partly", ["meeting.tools.untested"]),
    "tools partly: material file missing": ("tools", {}, {"material_exists": frozenset()}, "partly", ["meeting.tools.material_missing"]),
    "tools partly: material but no aid": ("tools", {"aids": []}, {}, "partly", ["meeting.tools.no_aid"]),
    "tools missing: nothing listed": ("tools", {"aids": [], "materials": []}, {}, "missing", ["meeting.tools.nothing"]),
    # 3. audience
    "audience ready": ("audience", {}, {}, "ready", []),
    "audience ready: names match ignoring case and spacing": ("audience", {"audience": ["rina  hartono"]}, {}, "ready", []),
    "audience partly: unknown name, with a suggestion": ("audience", {"audience": ["Budi Santosa"]}, {}, "partly", ["lobby.person.unknown_suggest"]),
    "audience partly: person lacks lobby fields": ("audience", {"audience": ["Joko Susilo"]}, {}, "partly", ["meeting.audience.incomplete"]),
    "audience partly: no background": ("audience", {}, {"partner": partner_model(background=None)}, "partly", ["meeting.audience.no_background"]),
    "audience partly: no interests": ("audience", {}, {"partner": partner_model(their_interests=[])}, "partly", ["meeting.audience.no_interests"]),
    "audience partly: partner unknown": ("audience", {}, {"partner": None}, "partly", ["meeting.audience.partner_unknown"]),
    "audience missing: no one named": ("audience", {"audience": []}, {}, "missing", ["meeting.audience.none"]),
    # 4. venue
    "venue ready": ("venue", {}, {}, "ready", []),
    "venue ready: checks in any case": ("venue", {"venue": {"place": "x", "checked": ["Projector", "POWER", "quiet", "wifi"]}}, {}, "ready", []),
    "venue partly: quiet not checked": ("venue", {"venue": {"place": "x", "checked": ["projector", "power"]}}, {}, "partly", ["meeting.venue.unchecked"]),
    "venue missing: no place, whatever was checked": ("venue", {"venue": {"checked": ["projector", "power", "quiet"]}}, {}, "missing", ["meeting.venue.no_place"]),
    "venue missing: no venue": ("venue", {"venue": None}, {}, "missing", ["meeting.venue.no_place"]),
    # the team's own answer only lowers
    "answer no makes it missing": ("venue", {"prep": {"venue": {"answer": "no", "note": "not visited"}}}, {}, "missing", ["meeting.prep.answer_no"]),
    "answer partly caps at partly": ("topic", {"prep": {"topic": {"answer": "partly"}}}, {}, "partly", ["meeting.prep.answer_partly"]),
    "answer yes raises nothing": ("tools", {"aids": [], "materials": [], "prep": {"tools": {"answer": "yes"}}}, {}, "missing", ["meeting.tools.nothing"]),
    "answer partly does not raise missing": ("tools", {"aids": [], "materials": [], "prep": {"tools": {"answer": "partly"}}}, {}, "missing", ["meeting.tools.nothing"]),
    "answer partly on partly adds the note": ("venue", {"venue": {"place": "x"}, "prep": {"venue": {"answer": "partly", "note": "n"}}}, {}, "partly", ["meeting.venue.unchecked", "meeting.prep.answer_partly"]),
    "yaml true is yes": ("tools", {"aids": [{"name": "projector", "tested": True}]}, {}, "ready", []),
}


@pytest.mark.parametrize("name", CASES)
def test_readiness_levels(name):
    item, plan_changes, input_changes, expected, keys = CASES[name]
    assert level(item, plan_changes, input_changes) == (expected, keys)


def test_material_presence_can_be_a_callable():
    seen = []

    def exists(written: str) -> bool:
        seen.append(written)
        return True

    result = readiness(plan_model(), inputs(material_exists=exists))
    assert result.tools.level == "ready" and seen == ["../decks/total.pptx"]


def test_all_ready_and_messages_render_in_both_languages():
    result = readiness(plan_model(), inputs())
    assert result.all_ready
    worst = readiness(
        plan_model(offer=None, deal="nope", aids=[{"name": "laptop", "tested": "no"}], audience=["Budi Santosa", "Joko Susilo", "Nobody At All"],
                   venue={"place": "x"}, prep={"venue": {"answer": "no"}}),
        inputs(partner=partner_model(background=None, their_interests=[]), material_exists=frozenset()),
    )
    assert [i.level for i in worst.items()] == ["missing", "partly", "partly", "missing"]
    for item in worst.items():
        for message in item.missing:
            assert message.render("en") and message.render("id")
    texts = [m.render("id") for m in worst.audience.missing]
    assert 'maksud Anda "Budi Santoso"?' in texts[2]
    assert "Joko Susilo belum punya lobby_class, influence, stance" in texts[3]
