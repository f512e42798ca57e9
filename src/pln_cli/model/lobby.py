"""The lobby log: one document per contact with one of a partner's people (shared/PREP.md)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from pln_cli.model.partner import STANCES
from pln_cli.model.types import Day, Frozen, Text, choice

# Panuju (2010), DOMAIN.md: the five lobby steps, in order.
STEPS = ("know", "inform", "self", "deliver", "impress")
CHANNELS = ("meeting", "call", "message", "email", "event", "other")
# The stance axis of the lobby grid, left to right.
STANCE_AXIS = ("opposed", "skeptical", "neutral", "supportive", "champion")
assert set(STANCE_AXIS) == set(STANCES)


class NextAction(Frozen):
    date: Day
    action: Text


class Contact(Frozen):
    person: Text
    date: Day
    step: Annotated[str, choice(*STEPS)]
    channel: Annotated[str, choice(*CHANNELS)] | None = None
    stance: Annotated[str, choice(*STANCES)] | None = None  # observed after this contact
    note: Text | None = None
    next: NextAction | None = None


@dataclass(frozen=True)
class LobbyLog:
    """A whole lobby log: the partner (the file's name) and its contacts in file order."""

    partner: str
    contacts: tuple[Contact, ...] = ()
