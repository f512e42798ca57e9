"""The partner file: who the partner is and who to lobby there."""

from __future__ import annotations

from typing import Annotated

from pydantic import BeforeValidator, Field

from pln_cli.i18n import Msg
from pln_cli.model.types import Flag, Frozen, Slug, Text, choice, fail, shown

# Tarmudji (1993), DOMAIN.md: the five classes of people to lobby.
LOBBY_CLASSES = ("cosmopolitan", "key_contact", "public_figure", "journalist", "high_official")
STANCES = ("champion", "supportive", "neutral", "skeptical", "opposed")
SIZES = ("smaller", "similar", "larger")


def _influence(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 5:
        return value
    raise fail("influence", Msg("influence.invalid", {"value": shown(value)}), Msg("influence.hint"))


class Person(Frozen):
    name: Text
    role: Text | None = None
    lobby_class: Annotated[str, choice(*LOBBY_CLASSES)] | None = None
    influence: Annotated[int, BeforeValidator(_influence)] | None = None
    stance: Annotated[str, choice(*STANCES)] | None = None
    notes: Text | None = None


class Partner(Frozen):
    id: Slug
    name: Text
    sector: Text | None = None
    size: Annotated[str, choice(*SIZES)] | None = None
    background: Text | None = None
    people: list[Person] = Field(default_factory=list)
    their_interests: list[Text] = Field(default_factory=list)
    our_interests: list[Text] = Field(default_factory=list)
    notes: Text | None = None
    fictional: Flag = False
