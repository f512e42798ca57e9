"""The meeting file: a plan, then events (shared/PREP.md).

`meetings/<id>.yaml` is a YAML stream like a deal log: the first document
is the plan (Purwanto's four preparations: topic, tools, audience, venue),
each later document one event appended by a command (`submitted`,
`approved`, `changes_requested`, `held`, `cancelled`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import BeforeValidator, Field

from pln_cli.i18n import Msg
from pln_cli.model.types import Day, Frozen, Slug, Text, choice, fail, shown

PREP_ITEMS = ("topic", "tools", "audience", "venue")
ANSWERS = ("yes", "partly", "no")
EVENTS = ("submitted", "approved", "changes_requested", "held", "cancelled")
APPROVAL_EVENTS = ("submitted", "approved", "changes_requested")
VENUE_CHECKS = ("projector", "power", "quiet")  # what `checked` must hold for a ready venue

_TIME = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]$", re.ASCII)
_DIGEST = re.compile(r"^[0-9a-f]{64}$", re.ASCII)


def _answer(value: Any) -> str:
    """yes | partly | no; YAML's true/false are taken as yes/no."""
    if value is True:
        return "yes"
    if value is False:
        return "no"
    if isinstance(value, str) and value in ANSWERS:
        return value
    raise fail("choice", Msg("choice.invalid", {"value": shown(value)}), Msg("choice.hint", {"options": ", ".join(ANSWERS)}))


def _time(value: Any) -> str:
    if isinstance(value, str) and _TIME.match(value.strip()):
        return value.strip()
    raise fail("time", Msg("meeting.time.invalid", {"value": shown(value)}), Msg("meeting.time.hint"))


def _digest(value: Any) -> str:
    if isinstance(value, str) and _DIGEST.match(value):
        return value
    raise fail("digest", Msg("meeting.digest.invalid", {"value": shown(value)}), Msg("meeting.digest.hint"))


Answer = Annotated[str, BeforeValidator(_answer)]
Time = Annotated[str, BeforeValidator(_time)]
Digest = Annotated[str, BeforeValidator(_digest)]


class Material(Frozen):
    """A material file, relative to the meeting file (decks, data, one-pagers)."""

    title: Text | None = None
    file: Text


class Aid(Frozen):
    """A presentation tool; `tested` left out means not tested."""

    name: Text
    tested: Answer | None = None


class Venue(Frozen):
    place: Text | None = None
    address: Text | None = None
    room: Text | None = None
    checked: list[Text] = Field(default_factory=list)

    def has_checked(self, item: str) -> bool:
        return any(c.strip().casefold() == item for c in self.checked)


class PrepAnswer(Frozen):
    """The team's own answer for one preparation: it can only lower readiness."""

    answer: Answer
    note: Text | None = None


class Prep(Frozen):
    topic: PrepAnswer | None = None
    tools: PrepAnswer | None = None
    audience: PrepAnswer | None = None
    venue: PrepAnswer | None = None


class Plan(Frozen):
    """The first document of a meeting file."""

    meeting: Slug
    partner: Slug
    deal: Slug | None = None
    offer: Text | None = None  # an offer id or a path relative to the meeting file
    date: Day
    time: Time | None = None
    objective: Text | None = None
    presenters: list[Text] = Field(default_factory=list)
    audience: list[Text] = Field(default_factory=list)
    materials: list[Material] = Field(default_factory=list)
    aids: list[Aid] = Field(default_factory=list)
    venue: Venue | None = None
    prep: Prep | None = None


class Submitted(Frozen):
    event: Annotated[str, choice("submitted")]
    by: Text
    to: Text | None = None
    date: Day
    digest: Digest
    note: Text | None = None


class Approved(Frozen):
    """The head's "acc", bound to the digest of what was approved."""

    event: Annotated[str, choice("approved")]
    by: Text
    date: Day
    digest: Digest
    note: Text | None = None


class ChangesRequested(Frozen):
    event: Annotated[str, choice("changes_requested")]
    by: Text
    date: Day
    note: Text | None = None


class Held(Frozen):
    event: Annotated[str, choice("held")]
    date: Day
    note: Text | None = None
    attended: list[Text] = Field(default_factory=list)


class Cancelled(Frozen):
    event: Annotated[str, choice("cancelled")]
    date: Day
    note: Text | None = None


Event = Submitted | Approved | ChangesRequested | Held | Cancelled

EVENT_MODELS: dict[str, type[Frozen]] = {
    "submitted": Submitted,
    "approved": Approved,
    "changes_requested": ChangesRequested,
    "held": Held,
    "cancelled": Cancelled,
}


@dataclass(frozen=True)
class Meeting:
    """A whole meeting file after loading: the plan and its events in file order."""

    plan: Plan
    events: tuple[Event, ...] = ()

    @property
    def id(self) -> str:
        return self.plan.meeting

    @property
    def date(self):  # -> datetime.date
        return self.plan.date

    def last(self, *kinds: str) -> Event | None:
        """The latest event (file order) of one of `kinds`."""
        for event in reversed(self.events):
            if event.event in kinds:
                return event
        return None

    @property
    def held(self) -> Held | None:
        return self.last("held")  # type: ignore[return-value]

    @property
    def cancelled(self) -> Cancelled | None:
        return self.last("cancelled")  # type: ignore[return-value]
