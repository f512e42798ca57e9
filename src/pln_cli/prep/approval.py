"""The head's "acc": the approval digest, approval state, meeting status and refusals.

Everything here is pure: bytes in, hex out; models in, states and `Msg`
refusals out.  `load.meetings` gathers the bytes the digest binds.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from pln_cli.i18n import Msg
from pln_cli.model.meeting import (
    APPROVAL_EVENTS,
    Approved,
    ChangesRequested,
    Event,
    Meeting,
    Submitted,
)
from pln_cli.prep.text import name_key

APPROVAL_STATES = ("not_submitted", "awaiting", "changes_requested", "approved", "stale")
STATUSES = ("not_submitted", "awaiting", "changes_requested", "approved", "stale", "held", "cancelled", "overdue")

# A line that closes a YAML document: `...`, optionally followed by blanks and a comment.
_DOC_END = re.compile(rb"^\.\.\.[ \t]*(?:#[^\r\n]*)?\r?$", re.MULTILINE)


def plan_bytes(raw: bytes) -> bytes | None:
    """The meeting file's bytes from its very start (a BOM, comments and all)
    through the line holding the plan's closing `...`, that line's newline
    included.  None when the plan has no closing `...` yet.

    The plan's closing `...` is the first line of the file that is a
    document end marker: YAML allows no such line at column 0 inside a
    document, so the first one ends the plan.
    """
    match = _DOC_END.search(raw)
    if match is None:
        return None
    end = match.end()
    if raw[end : end + 1] == b"\n":
        end += 1
    return raw[:end]


def approval_digest(
    plan: bytes,
    offer: bytes | None = None,
    data: bytes | None = None,
    materials: Sequence[tuple[str, bytes | None]] = (),
) -> str:
    """SHA-256 (lowercase hex, 64 characters) of exactly what an approval binds.

    Canonical form: the plain concatenation, with no separators, of
      1. `plan`: `plan_bytes(meeting file)`;
      2. `offer`: the linked offer file's bytes (the plan's `offer:`, else the
         deal's), when there is an offer and its file can be read; nothing
         otherwise;
      3. `data`: the bytes of the data file the offer's spend refers to
         (`assumptions.spend.histogram` or `.transactions`), when there is
         one and it can be read; nothing otherwise;
      4. each material in plan order: its file's bytes, or, when the file is
         missing, the UTF-8 bytes of `<file as written in the plan> missing\n`
         (`materials` holds `(file as written, bytes or None)` pairs).
    Files are taken byte for byte (no newline or encoding normalisation), so
    any edit after the acc, even a comment, makes the approval stale.
    """
    digest = hashlib.sha256()
    digest.update(plan)
    if offer is not None:
        digest.update(offer)
    if data is not None:
        digest.update(data)
    for written, content in materials:
        digest.update(content if content is not None else f"{written} missing\n".encode())
    return digest.hexdigest()


@dataclass(frozen=True)
class Approval:
    """Where the acc stands, decided by the latest approval-related event."""

    state: str  # one of APPROVAL_STATES
    digest: str  # the current digest
    latest: Event | None = None  # the latest submitted / approved / changes_requested
    submitted: Submitted | None = None  # the latest submit (whoever decided after it)

    @property
    def valid(self) -> bool:
        return self.state == "approved"

    @property
    def json_value(self) -> str:
        """PREP.md's JSON `approval`: valid | stale | none."""
        return "valid" if self.state == "approved" else "stale" if self.state == "stale" else "none"

    @property
    def changed_since_submit(self) -> bool:
        """The plan, offer or material changed after the latest submit (the
        head would approve something other than what was submitted)."""
        return self.submitted is not None and self.submitted.digest != self.digest

    @property
    def decision(self) -> Approved | ChangesRequested | None:
        """Who decided, when (and the note): the latest event when it is a decision."""
        return self.latest if isinstance(self.latest, (Approved, ChangesRequested)) else None


def approval_state(meeting: Meeting, digest: str) -> Approval:
    latest = meeting.last(*APPROVAL_EVENTS)
    submitted = meeting.last("submitted")
    if latest is None:
        state = "not_submitted"
    elif isinstance(latest, Approved):
        state = "approved" if latest.digest == digest else "stale"
    elif isinstance(latest, ChangesRequested):
        state = "changes_requested"
    else:
        state = "awaiting"
    return Approval(state, digest, latest, submitted)  # type: ignore[arg-type]


def is_overdue(meeting: Meeting, today: date) -> bool:
    """The meeting date has passed and it is neither held nor cancelled."""
    return meeting.held is None and meeting.cancelled is None and today > meeting.plan.date


def meeting_status(meeting: Meeting, approval: Approval, today: date) -> str:
    """The first that applies of cancelled, held, overdue, then the approval state."""
    if meeting.cancelled is not None:
        return "cancelled"
    if meeting.held is not None:
        return "held"
    if is_overdue(meeting, today):
        return "overdue"
    return approval.state


# --- refusals: each returns the reason (a Msg) or None, before any file is touched ---


def _closed(meeting: Meeting) -> Msg | None:
    if meeting.cancelled is not None:
        return Msg("meeting.refuse.cancelled", {"meeting": meeting.id, "date": meeting.cancelled.date})
    if meeting.held is not None:
        return Msg("meeting.refuse.held", {"meeting": meeting.id, "date": meeting.held.date})
    return None


def _blank(text: str | None) -> bool:
    return text is None or not text.strip()


def refuse_submit(meeting: Meeting, by: str) -> Msg | None:
    if _blank(by):
        return Msg("meeting.refuse.no_name")
    return _closed(meeting)


def refuse_approve(meeting: Meeting, by: str, today: date) -> Msg | None:
    """An approval is refused for a held or cancelled meeting, an overdue one,
    one not awaiting a decision, and by the person who submitted it."""
    if _blank(by):
        return Msg("meeting.refuse.no_name")
    closed = _closed(meeting)
    if closed is not None:
        return closed
    if is_overdue(meeting, today):
        return Msg("meeting.refuse.overdue", {"meeting": meeting.id, "date": meeting.plan.date})
    latest = meeting.last(*APPROVAL_EVENTS)
    if not isinstance(latest, Submitted):
        return Msg("meeting.refuse.not_submitted", {"meeting": meeting.id})
    if name_key(latest.by) == name_key(by):
        return Msg("meeting.refuse.own", {"name": latest.by})
    return None


def refuse_reject(meeting: Meeting, by: str, note: str | None) -> Msg | None:
    if _blank(by):
        return Msg("meeting.refuse.no_name")
    if _blank(note):
        return Msg("meeting.refuse.no_note")
    closed = _closed(meeting)
    if closed is not None:
        return closed
    if not isinstance(meeting.last(*APPROVAL_EVENTS), Submitted):
        return Msg("meeting.refuse.not_submitted", {"meeting": meeting.id})
    return None


def refuse_held(meeting: Meeting, held_on: date, today: date) -> Msg | None:
    closed = _closed(meeting)
    if closed is not None:
        return closed
    if held_on > today:
        return Msg("meeting.refuse.future", {"date": held_on, "today": today})
    return None


def refuse_cancel(meeting: Meeting, note: str | None) -> Msg | None:
    if _blank(note):
        return Msg("meeting.refuse.no_note")
    return _closed(meeting)
