"""Readiness of Purwanto's four preparations, from what the files show (shared/PREP.md).

Each item is `ready`, `partly` or `missing`, with the messages saying what
is missing and how to fix it.  The team's own `prep.<item>.answer` can only
lower an item (`no`: missing; `partly`: at most partly).

Pure: whatever needs the file system or the simulator comes in through
`ReadinessInputs` (whether each material file exists; why the linked offer
does not simulate, if it does not).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from pln_cli.i18n import Msg
from pln_cli.model.deal import Deal
from pln_cli.model.meeting import PREP_ITEMS, VENUE_CHECKS, Meeting, Plan
from pln_cli.model.partner import Partner
from pln_cli.prep.lobby import find_person, unknown_person

LEVELS = ("ready", "partly", "missing")
PERSON_FIELDS = ("role", "lobby_class", "influence", "stance")


@dataclass(frozen=True)
class ItemReadiness:
    item: str  # topic | tools | audience | venue
    level: str  # ready | partly | missing
    missing: tuple[Msg, ...] = ()

    @property
    def ready(self) -> bool:
        return self.level == "ready"


@dataclass(frozen=True)
class Readiness:
    topic: ItemReadiness
    tools: ItemReadiness
    audience: ItemReadiness
    venue: ItemReadiness

    def items(self) -> tuple[ItemReadiness, ...]:
        return (self.topic, self.tools, self.audience, self.venue)

    @property
    def all_ready(self) -> bool:
        return all(item.ready for item in self.items())


@dataclass(frozen=True)
class ReadinessInputs:
    """What readiness needs from outside the meeting file.

    - `partner`: the plan's partner, None when unknown or invalid;
    - `deal`: the plan's deal, None when none is linked or it cannot be loaded;
    - `offer_error`: why the linked offer does not simulate (a missing or
      invalid offer file, a simulation error), None when it simulates;
    - `material_exists`: which material files exist, keyed by `file` as
      written in the plan: a set of those that exist, or a callable.
    """

    partner: Partner | None = None
    deal: Deal | None = None
    offer_error: Msg | None = None
    material_exists: Collection[str] | Callable[[str], bool] = field(default_factory=frozenset)

    def exists(self, written: str) -> bool:
        probe = self.material_exists
        return bool(probe(written)) if callable(probe) else written in probe


def linked_offer(plan: Plan, deal: Deal | None) -> str | None:
    """The plan's `offer:`, else the linked deal's (as written there)."""
    if plan.offer:
        return plan.offer
    if plan.deal and deal is not None:
        return deal.header.offer
    return None


def _level(problems: list[Msg]) -> str:
    return "ready" if not problems else "partly"


def topic_readiness(plan: Plan, inputs: ReadinessInputs) -> ItemReadiness:
    offer = linked_offer(plan, inputs.deal)
    if offer is None:
        if plan.deal and inputs.deal is None:
            return ItemReadiness("topic", "missing", (Msg("meeting.topic.deal_unknown", {"deal": plan.deal}), Msg("meeting.topic.no_offer")))
        return ItemReadiness("topic", "missing", (Msg("meeting.topic.no_offer"),))
    if inputs.offer_error is not None:
        return ItemReadiness("topic", "missing", (Msg("meeting.topic.offer_error", {"offer": offer, "error": inputs.offer_error}),))
    if plan.deal:
        if inputs.deal is None:
            return ItemReadiness("topic", "partly", (Msg("meeting.topic.deal_unknown", {"deal": plan.deal}),))
        if not (inputs.deal.header.batna or "").strip():
            return ItemReadiness("topic", "partly", (Msg("meeting.topic.no_batna", {"deal": plan.deal}),))
    return ItemReadiness("topic", "ready")


def tools_readiness(plan: Plan, inputs: ReadinessInputs) -> ItemReadiness:
    if not plan.aids and not plan.materials:
        return ItemReadiness("tools", "missing", (Msg("meeting.tools.nothing"),))
    problems: list[Msg] = []
    if not plan.aids:
        problems.append(Msg("meeting.tools.no_aid"))
    for aid in plan.aids:
        if aid.tested != "yes":
            problems.append(Msg("meeting.tools.untested", {"aid": aid.name, "tested": aid.tested or "-"}))
    for material in plan.materials:
        if not inputs.exists(material.file):
            problems.append(Msg("meeting.tools.material_missing", {"file": material.file}))
    return ItemReadiness("tools", _level(problems), tuple(problems))


def audience_readiness(plan: Plan, inputs: ReadinessInputs) -> ItemReadiness:
    if not plan.audience:
        return ItemReadiness("audience", "missing", (Msg("meeting.audience.none"),))
    partner = inputs.partner
    if partner is None:
        return ItemReadiness("audience", "partly", (Msg("meeting.audience.partner_unknown", {"partner": plan.partner}),))
    problems: list[Msg] = []
    if not (partner.background or "").strip():
        problems.append(Msg("meeting.audience.no_background", {"partner": partner.id}))
    if not partner.their_interests:
        problems.append(Msg("meeting.audience.no_interests", {"partner": partner.id}))
    for name in plan.audience:
        person = find_person(partner, name)
        if person is None:
            problems.append(unknown_person(partner, name))
            continue
        lacking = [f for f in PERSON_FIELDS if getattr(person, f) is None]
        if lacking:
            problems.append(Msg("meeting.audience.incomplete", {"name": person.name, "fields": ", ".join(lacking), "partner": partner.id}))
    return ItemReadiness("audience", _level(problems), tuple(problems))


def venue_readiness(plan: Plan) -> ItemReadiness:
    venue = plan.venue
    if venue is None or not (venue.place or "").strip():
        return ItemReadiness("venue", "missing", (Msg("meeting.venue.no_place"),))
    lacking = [item for item in VENUE_CHECKS if not venue.has_checked(item)]
    if lacking:
        return ItemReadiness("venue", "partly", (Msg("meeting.venue.unchecked", {"items": ", ".join(lacking)}),))
    return ItemReadiness("venue", "ready")


def _cap(result: ItemReadiness, plan: Plan) -> ItemReadiness:
    """The team's own answer can only lower the level."""
    answer = getattr(plan.prep, result.item, None) if plan.prep is not None else None
    if answer is None or answer.answer == "yes":
        return result
    note = answer.note or "-"
    if answer.answer == "no":
        return ItemReadiness(result.item, "missing", result.missing + (Msg("meeting.prep.answer_no", {"note": note}),))
    if result.level == "missing":  # "partly" cannot raise it, nor add anything useful
        return result
    return ItemReadiness(result.item, "partly", result.missing + (Msg("meeting.prep.answer_partly", {"note": note}),))


def readiness(meeting: Meeting | Plan, inputs: ReadinessInputs) -> Readiness:
    plan = meeting.plan if isinstance(meeting, Meeting) else meeting
    items = {
        "topic": topic_readiness(plan, inputs),
        "tools": tools_readiness(plan, inputs),
        "audience": audience_readiness(plan, inputs),
        "venue": venue_readiness(plan),
    }
    assert tuple(items) == PREP_ITEMS
    return Readiness(**{key: _cap(value, plan) for key, value in items.items()})
