"""Meeting files: a stream of the plan, then events (shared/PREP.md).

Parsed like deal logs: the first document is the plan, every later one an
event; a torn last document is an error (and blocks appends) while the
complete documents before it still load.  Cross references are checked by
`check_meeting_refs`, which takes its lookups as parameters.  This module
also gathers the bytes the approval digest binds, and writes the YAML of
the documents `pln meeting` commands append.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from pln_cli.i18n import Msg
from pln_cli.load.deals import DealEntry, resolve_offer_ref
from pln_cli.load.paths import display_path
from pln_cli.load.problem import Problem
from pln_cli.load.stream import StreamKind, open_stream, where
from pln_cli.load.validate import validate
from pln_cli.load.yamlsafe import MAX_BYTES, Document, Source, source_from_bytes
from pln_cli.model.meeting import EVENT_MODELS, EVENTS, Held, Meeting, Plan
from pln_cli.model.offer import Histogram, Offer, Transactions
from pln_cli.model.partner import Partner
from pln_cli.prep.approval import approval_digest, plan_bytes
from pln_cli.prep.lobby import find_person, unknown_person
from pln_cli.prep.text import name_key

@dataclass
class MeetingEntry:
    id: str
    path: Path
    source: Source | None
    raw: bytes = b""  # the file's bytes as read: the digest binds bytes, not text
    docs: list[Document] = field(default_factory=list)
    plan: Plan | None = None  # set whenever the plan is valid, even if an event is not
    meeting: Meeting | None = None  # set when the plan and every complete event are valid
    problems: list[Problem] = field(default_factory=list)
    torn: bool = False  # the tail was cut short; complete documents still load

    @property
    def display(self) -> str:
        return self.source.display if self.source else display_path(self.path)

    @property
    def model(self) -> Meeting | None:
        return self.meeting

    def plan_bytes(self) -> bytes | None:
        return plan_bytes(self.raw)

    def material_path(self, written: str) -> Path:
        """A material file as written in the plan, relative to the meeting file."""
        return Path(os.path.normpath(os.path.abspath(self.path.parent / written)))

    def offer_path(self, deals: Mapping[str, DealEntry] | None = None) -> Path | None:
        """The linked offer's file: the plan's `offer:` (an id or a path
        relative to this file), else the linked deal's offer."""
        plan = self.plan
        if plan is None:
            return None
        if plan.offer:
            return resolve_offer_ref(self.path, plan.offer)
        if plan.deal and deals is not None and plan.deal in deals:
            return deals[plan.deal].offer_path()
        return None


# --- reading ----------------------------------------------------------------------


def load_meeting(path: Path) -> MeetingEntry:
    raw, problem = read_bytes(path, display_path(path))
    if raw is None:
        return MeetingEntry(path.stem, path, None, problems=[problem] if problem else [])
    return parse_meeting_bytes(path, raw)


def read_bytes(path: Path, display: str) -> tuple[bytes | None, Problem | None]:
    """A file's bytes, refusing huge files (like `read_source`, but keeping the bytes)."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return None, Problem(display, None, None, "size", Msg("yaml.too_large", {"size": size}), Msg("yaml.too_large.hint"))
        return path.read_bytes(), None
    except OSError as exc:
        return None, Problem(display, None, None, "io", Msg("io.read", {"error": exc.strerror or str(exc)}))


MEETING_STREAM = StreamKind("meeting", "meeting-plan", "meeting.plan", "stream.torn.meeting", Plan)


def parse_meeting_bytes(path: Path, raw: bytes) -> MeetingEntry:
    """The meeting file at `path` as it would be with these bytes (the appender
    re-checks a file as it would be after an append with this)."""
    source, problems = source_from_bytes(raw, display_path(path))
    entry = MeetingEntry(path.stem, path, source, raw=raw, problems=list(problems))
    if source is None:
        return entry
    opened = open_stream(path, source, MEETING_STREAM, entry.problems)
    entry.docs, entry.torn = opened.docs, opened.torn
    plan = opened.header
    if plan is None:
        return entry
    entry.plan = plan
    docs = opened.docs
    events = []
    ok = True
    previous: date | None = None
    for doc in docs[1:]:
        data = doc.data
        kind = data.get("event") if isinstance(data, dict) else None
        if not isinstance(kind, str) or kind not in EVENT_MODELS:
            at = doc.mark(("event",)) if isinstance(data, dict) and "event" in data else where(doc)
            entry.problems.append(source.problem(at, "meeting-event", Msg("meeting.event"), Msg("meeting.event.hint", {"events": ", ".join(EVENTS)})))
            ok = False
            continue
        model, problems = validate(EVENT_MODELS[kind], doc, source)
        entry.problems.extend(problems)
        if model is None:
            ok = False
            continue
        day = model.date  # type: ignore[attr-defined]
        if previous is not None and day < previous:
            entry.problems.append(
                source.problem(doc.mark(("date",)), "event-date",
                               Msg("meeting.event_date", {"date": day, "previous": previous}),
                               Msg("deal.round_date.hint"), severity="warning")
            )
        previous = day
        events.append(model)
    if ok:
        entry.meeting = Meeting(plan=plan, events=tuple(events))  # type: ignore[arg-type]
    return entry


# --- cross references ---------------------------------------------------------------


def check_meeting_refs(
    entry: MeetingEntry,
    partners: Mapping[str, Partner | None],
    deals: Mapping[str, DealEntry],
    offer_at: Callable[[Path | None], Any],
    file_exists: Callable[[Path], bool] = os.path.isfile,
) -> None:
    """Unknown partner, deal or offer (errors); a deal or offer of another
    partner (errors); unknown audience or attendee names and missing
    material files (warnings: readiness shows them as partly).

    `partners`: partner id -> model (None when its file is invalid);
    `deals`: deal id -> DealEntry; `offer_at(path)`: the offer entry loaded
    from that path, or None (`Workspace.offer_at`); `file_exists(path)`.
    """
    plan, source = entry.plan, entry.source
    if plan is None or source is None or not entry.docs:
        return
    doc = entry.docs[0]
    if plan.partner not in partners:
        entry.problems.append(_unknown(source, doc, ("partner",), "unknown-partner", Msg("ref.partner", {"id": plan.partner}), plan.partner, partners))
    if plan.deal:
        deal_entry = deals.get(plan.deal)
        if deal_entry is None:
            entry.problems.append(_unknown(source, doc, ("deal",), "unknown-deal", Msg("meeting.ref.deal", {"id": plan.deal}), plan.deal, deals))
        elif deal_entry.deal is not None and deal_entry.deal.header.partner != plan.partner:
            entry.problems.append(
                source.problem(doc.mark(("deal",)), "deal-partner",
                               Msg("meeting.ref.deal_partner", {"deal": plan.deal, "theirs": deal_entry.deal.header.partner, "ours": plan.partner}),
                               Msg("meeting.ref.partner.hint"))
            )
    if plan.offer:
        offer = offer_at(entry.offer_path(deals))
        if offer is None:
            entry.problems.append(
                source.problem(doc.mark(("offer",)), "unknown-offer", Msg("ref.offer", {"ref": plan.offer}), Msg("meeting.ref.offer.hint"))
            )
        else:
            theirs = getattr(getattr(offer, "model", None), "partner", None)
            if theirs is not None and theirs in partners and theirs != plan.partner:
                entry.problems.append(
                    source.problem(doc.mark(("offer",)), "offer-partner",
                                   Msg("meeting.ref.offer_partner", {"offer": plan.offer, "theirs": theirs, "ours": plan.partner}),
                                   Msg("meeting.ref.partner.hint"))
                )
    partner = partners.get(plan.partner)
    if partner is not None:
        for index, name in enumerate(plan.audience):
            if find_person(partner, name) is None:
                entry.problems.append(
                    source.problem(doc.mark(("audience", index)), "unknown-person", unknown_person(partner, name),
                                   Msg("meeting.audience.hint", {"partner": partner.id}), severity="warning")
                )
        if entry.meeting is not None:
            ours = {name_key(p) for p in plan.presenters}
            for event_doc, event in zip(entry.docs[1:], entry.meeting.events):
                if isinstance(event, Held):
                    for index, name in enumerate(event.attended):
                        if name_key(name) not in ours and find_person(partner, name) is None:
                            entry.problems.append(
                                source.problem(event_doc.mark(("attended", index)), "unknown-person", unknown_person(partner, name),
                                               Msg("meeting.audience.hint", {"partner": partner.id}), severity="warning")
                            )
    for index, material in enumerate(plan.materials):
        if not file_exists(entry.material_path(material.file)):
            entry.problems.append(
                source.problem(doc.mark(("materials", index, "file")), "material-missing",
                               Msg("meeting.material_missing", {"file": material.file}), Msg("meeting.material_missing.hint"),
                               severity="warning")
            )


def _unknown(source: Source, doc: Document, at: tuple, code: str, message: Msg, value: str, known: Collection[str]) -> Problem:
    import difflib

    names = sorted(known)
    close = difflib.get_close_matches(value, names, n=1)
    hint = Msg("model.extra.did_you_mean", {"suggestion": close[0]}) if close else Msg("meeting.ref.known", {"known": ", ".join(names) or "-"})
    return source.problem(doc.mark(at), code, message, hint)


def materials_present(entry: MeetingEntry, file_exists: Callable[[Path], bool] = os.path.isfile) -> frozenset[str]:
    """The plan's material files (as written) that exist: for `ReadinessInputs.material_exists`."""
    if entry.plan is None:
        return frozenset()
    return frozenset(m.file for m in entry.plan.materials if file_exists(entry.material_path(m.file)))


# --- the approval digest ------------------------------------------------------------------


def _read_or_none(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def spend_data_path(offer_path: Path, offer: Offer) -> Path | None:
    """The data file the offer's spend refers to (histogram or transactions),
    relative to the offer file; None for a lognormal spend.  A workspace's
    `OfferEntry.data_path` is the same file."""
    spend = offer.assumptions.spend
    written = spend.histogram if isinstance(spend, Histogram) else spend.transactions if isinstance(spend, Transactions) else None
    return None if written is None else Path(os.path.normpath(os.path.abspath(offer_path.parent / written)))


def meeting_digest(
    entry: MeetingEntry,
    offer_path: Path | None,
    data_path: Path | None,
    read: Callable[[Path], bytes | None] = _read_or_none,
) -> str | None:
    """The current approval digest (see `prep.approval.approval_digest` for
    the canonical form), or None when the plan is not complete.

    `offer_path`: `entry.offer_path(deals)`; `data_path`: the offer's spend
    file (`OfferEntry.data_path` or `spend_data_path(offer_path, offer)`).  An
    unreadable offer or data file contributes nothing; a missing material
    contributes `<file as written> missing\\n`.
    """
    head = entry.plan_bytes()
    if head is None or entry.plan is None:
        return None
    offer = read(offer_path) if offer_path is not None else None
    data = read(data_path) if data_path is not None else None
    materials = [(m.file, read(entry.material_path(m.file))) for m in entry.plan.materials]
    return approval_digest(head, offer, data, materials)


# --- appending -------------------------------------------------------------------------


def refuse_append(entry: MeetingEntry) -> list[Problem]:
    """Appending after a torn or invalid document would bury the damage: refuse."""
    errors = [p for p in entry.problems if p.severity == "error"]
    if errors:
        return errors
    if entry.meeting is None:
        return [Problem(entry.display, None, None, "meeting-plan", Msg("meeting.plan"), Msg("meeting.plan.hint"))]
    return []


def check_appended(entry: MeetingEntry, text: str) -> list[Problem]:
    """Parse the file as it would be after appending `text`; any new error refuses it.
    Problems point into the new text ("(new event)"), not into a file that does not exist."""
    raw = entry.raw
    joined = raw + (b"" if not raw or raw.endswith(b"\n") else b"\n") + text.encode("utf-8")
    after = parse_meeting_bytes(entry.path, joined)
    before = {(p.line, p.column, p.code) for p in entry.problems}
    new = [p for p in after.problems if p.severity == "error" and (p.line, p.column, p.code) not in before]
    if not new:
        return []
    offset = joined.count(b"\n", 0, len(joined) - len(text.encode("utf-8")))
    source = Source("(new event)", text)
    return [source.problem(((p.line or offset + 1) - offset, p.column or 1, p.span), p.code, p.message, p.hint) for p in new]


_PLAIN = re.compile(r"^[A-Za-z0-9(][^:#\[\]{},\n\r\t\"]*$")
_NOT_TEXT = re.compile(r"^(?:true|false|null|~|[-+]?(?:0|[1-9][0-9]*))$")


def scalar(value: Any) -> str:
    """A value as YAML that pln's loader reads back unchanged: plain when that
    is safe, else double-quoted (JSON string syntax is valid YAML)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, date)):
        return value.isoformat() if isinstance(value, date) else str(value)
    text = str(value)
    if _PLAIN.match(text) and not _NOT_TEXT.match(text) and text == text.strip() and ": " not in text and " #" not in text:
        return text
    return json.dumps(text, ensure_ascii=False)


def _flow_list(values: Iterable[Any]) -> str:
    return "[" + ", ".join(scalar(v) for v in values) + "]"


def _flow_map(values: Mapping[str, Any]) -> str:
    return "{" + ", ".join(f"{k}: {scalar(v)}" for k, v in values.items() if v is not None) + "}"


def event_document(
    event: str,
    day: date,
    *,
    by: str | None = None,
    to: str | None = None,
    digest: str | None = None,
    note: str | None = None,
    attended: Sequence[str] = (),
) -> str:
    """One event document, fields in PREP.md's order, opened by `---` and closed by `...`."""
    if event not in EVENT_MODELS:
        raise ValueError(f"unknown event {event!r}")
    fields: list[tuple[str, Any]] = [("by", by), ("to", to), ("date", day), ("digest", digest), ("note", note)]
    lines = ["---", f"event: {event}"]
    lines += [f"{key}: {scalar(value)}" for key, value in fields if value is not None]
    if attended:
        lines.append(f"attended: {_flow_list(attended)}")
    return "\n".join(lines) + "\n...\n"


def plan_document(
    meeting: str,
    partner: str,
    day: date,
    *,
    deal: str | None = None,
    offer: str | None = None,
    time: str | None = None,
    objective: str | None = None,
    presenters: Sequence[str] = (),
    audience: Sequence[str] = (),
    materials: Sequence[Mapping[str, str]] = (),
    aids: Sequence[Mapping[str, str]] = (),
    venue: Mapping[str, Any] | None = None,
    prep: Mapping[str, Mapping[str, str]] | None = None,
) -> str:
    """The plan `pln meeting new` writes (the first document of a new file)."""
    lines = [f"# Meeting plan. Events are appended by `pln meeting submit|approve|held ... {meeting}`.",
             f"meeting: {meeting}", f"partner: {partner}"]
    if deal:
        lines.append(f"deal: {deal}")
    if offer:
        lines.append(f"offer: {scalar(offer)}")
    lines.append(f"date: {day.isoformat()}")
    if time:
        lines.append(f'time: "{time}"')
    if objective:
        lines.append(f"objective: {scalar(objective)}")
    if presenters:
        lines.append(f"presenters: {_flow_list(presenters)}")
    if audience:
        lines.append(f"audience: {_flow_list(audience)}")
    for key, items in (("materials", materials), ("aids", aids)):
        if items:
            lines.append(f"{key}:")
            lines += [f"  - {_flow_map(item)}" for item in items]
    if venue:
        lines.append("venue:")
        for key in ("place", "address", "room"):
            if venue.get(key):
                lines.append(f"  {key}: {scalar(venue[key])}")
        if venue.get("checked"):
            lines.append(f"  checked: {_flow_list(venue['checked'])}")
    if prep:
        lines.append("prep:")
        lines += [f"  {item}: {_flow_map(answer)}" for item, answer in prep.items()]
    return "\n".join(lines) + "\n...\n"
