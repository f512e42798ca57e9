"""Use cases of meetings (shared/PREP.md): plan one, submit it for the acc,
decide on it, record it as held or cancelled; see where one stands, or all.

Every event is appended under the meeting file's lock by
`load.append.append_document`: each refusal, and the approval digest, are
decided inside `render(entry)` from the file as it is under that lock, so
two people deciding at once cannot both win, and a refusal leaves the file
byte for byte as it was.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pln_cli.api.deals import DealContext, deal_context
from pln_cli.api.engine import evaluate
from pln_cli.catalog import Msg
from pln_cli.errors import InvalidValue, ProblemsFound, UsageError
from pln_cli.load import workspace as ws
from pln_cli.load.append import (
    AppendRefused,
    LogKind,
    append_document,
    create_exclusive,
)
from pln_cli.load.meetings import (
    MeetingEntry,
    check_meeting_refs,
    event_document,
    load_meeting,
    materials_present,
    meeting_digest,
    parse_meeting_bytes,
    plan_document,
    refuse_append,
    spend_data_path,
)
from pln_cli.load.problem import Problem
from pln_cli.load.workspace import OfferEntry, Workspace
from pln_cli.model.meeting import ANSWERS, Meeting, Submitted
from pln_cli.model.partner import Partner
from pln_cli.model.types import SLUG_RE
from pln_cli.prep.approval import (
    refuse_approve,
    refuse_cancel,
    refuse_held,
    refuse_reject,
    refuse_submit,
)
from pln_cli.prep.lobby import LobbyMap, lobby_map
from pln_cli.prep.meeting import (
    AudienceRow,
    MeetingView,
    audience_rows,
    evaluate_meeting,
)
from pln_cli.prep.readiness import ReadinessInputs, linked_offer

_TIME = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]$", re.ASCII)
MEETING_LOG: LogKind[MeetingEntry] = LogKind(parse_meeting_bytes, refuse_append, "(new event)")


# --- finding the files ---------------------------------------------------------------


def meeting_file(name: str, folder: str | Path | None = None) -> Path:
    """The meeting a command names: a bare id is always the workspace's
    `meetings/<id>.yaml`; anything else is a path."""
    from pln_cli.api.workspace import is_bare_id, require_workspace, workspace_root

    if is_bare_id(name):
        root = require_workspace(workspace_root(folder))
        path = root / "meetings" / f"{name}.yaml"
        if not path.is_file():
            known = ", ".join(p.stem for p in ws.yaml_files(root / "meetings")) or "-"
            raise UsageError(Msg("usage.no_such.meetings", {"name": name, "path": str(path), "known": known}))
        return path
    path = Path(name)
    if not path.is_file():
        raise UsageError(Msg("usage.no_such_file", {"name": name}))
    return path


def partner_people(root: Path, partner: str) -> list[str]:
    """The names of a partner's people (for prompts), or none."""
    model = ws.partner_at(root, partner) if SLUG_RE.match(partner) else None
    return [p.name for p in model.people] if model is not None else []


# --- evaluating a meeting --------------------------------------------------------------


class OfferCheck:
    """Why a linked offer does not simulate (or None), each offer tried once per use case."""

    def __init__(self) -> None:
        self._seen: dict[Path, Msg | None] = {}

    def error(self, written: str, path: Path | None, offer: OfferEntry | None) -> Msg | None:
        if path is None:
            return None
        if path not in self._seen:
            self._seen[path] = _offer_error(written, offer)
        return self._seen[path]


def _offer_error(written: str, offer: OfferEntry | None) -> Msg | None:
    if offer is None or offer.model is None:
        if offer is not None:
            errors = [p for p in offer.problems if p.severity == "error"]
            if errors:
                return _problem_msg(errors[0])
        return Msg("ref.offer", {"ref": written})
    errors = [p for p in offer.problems if p.severity == "error"]
    if errors:
        return _problem_msg(errors[0])
    try:
        evaluate(offer.model, offer.spend_data)
    except ProblemsFound as exc:
        return _problem_msg(exc.problems[0]) if exc.problems else Msg("meeting.offer.no_simulation")
    except InvalidValue as exc:
        return exc.message
    return None


def _problem_msg(problem: Problem) -> Msg:
    return Msg("meeting.offer.problem", {"where": problem.location(), "message": problem.message})


def _data_path(offer_path: Path | None, offer: OfferEntry | None) -> Path | None:
    """The spend data file of the linked offer: the workspace's entry knows
    it; an offer outside the workspace is read for it."""
    if offer is not None:
        return offer.data_path
    if offer_path is None or not offer_path.is_file():
        return None
    model = ws.load_offer(offer_path, check_data=False).model
    return spend_data_path(offer_path, model) if model is not None else None


def current_digest(entry: MeetingEntry, workspace: Workspace) -> str:
    """The approval digest of the meeting as its files are now."""
    offer_path = entry.offer_path(workspace.deals)
    offer = workspace.offer_at(offer_path)
    digest = meeting_digest(entry, offer_path, _data_path(offer_path, offer))
    if digest is None:  # no complete plan: the loader has said why
        raise ProblemsFound([p for p in entry.problems if p.severity == "error"] or [_no_plan(entry)])
    return digest


def _no_plan(entry: MeetingEntry) -> Problem:
    return Problem(entry.display, None, None, "meeting-plan", Msg("meeting.plan"), Msg("meeting.plan.hint"))


def evaluate_entry(workspace: Workspace, entry: MeetingEntry, today: date, offers: OfferCheck | None = None) -> MeetingView | None:
    """A meeting evaluated on `today`, or None when its file has no usable meeting."""
    if entry.meeting is None:
        return None
    meeting = entry.meeting
    plan = meeting.plan
    offer_path = entry.offer_path(workspace.deals)
    offer = workspace.offer_at(offer_path)
    digest = meeting_digest(entry, offer_path, _data_path(offer_path, offer))
    if digest is None:
        return None
    partner_entry = workspace.partners.get(plan.partner)
    deal_entry = workspace.deals.get(plan.deal) if plan.deal else None
    deal = deal_entry.deal if deal_entry is not None else None
    written = linked_offer(plan, deal) or ""
    inputs = ReadinessInputs(
        partner=partner_entry.model if partner_entry is not None else None,
        deal=deal,
        offer_error=(offers or OfferCheck()).error(written, offer_path, offer),
        material_exists=materials_present(entry),
    )
    return evaluate_meeting(meeting, digest, today, inputs)


def lobby_of(workspace: Workspace, partner: Partner | None) -> LobbyMap | None:
    """The partner's lobby map, from its lobby log when there is a usable one."""
    if partner is None:
        return None
    log = workspace.lobby.get(partner.id)
    contacts = log.log.contacts if log is not None and log.log is not None else ()
    return lobby_map(partner, contacts)


# --- show and list ---------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingReport:
    """Everything `meeting show` says about one meeting."""

    entry: MeetingEntry
    view: MeetingView
    partner: Partner | None
    audience: tuple[AudienceRow, ...]
    deal: DealContext | None = None
    problems: tuple[Problem, ...] = ()  # errors around the meeting (a torn tail, an unknown partner)

    @property
    def partner_name(self) -> str:
        return self.partner.name if self.partner else self.view.meeting.plan.partner


def _workspace_for(path: Path) -> Workspace:
    return ws.load_workspace(ws.find_root(path))


def _entry_in(workspace: Workspace, path: Path) -> MeetingEntry:
    """The workspace's own entry for this file, or the file loaded and checked against it."""
    found = workspace.meetings.get(path.stem)
    if found is not None and os.path.samefile(found.path, path):
        return found
    entry = load_meeting(path)
    partners = {key: e.model for key, e in workspace.partners.items()}
    check_meeting_refs(entry, partners, workspace.deals, workspace.offer_at)
    return entry


def show_meeting(path: str | Path, today: date | None = None) -> MeetingReport:
    """Readiness, approval, audience and the deal's position of one meeting.
    A file with no usable meeting raises ProblemsFound; a torn tail keeps
    the complete events (its Problem is in `problems`)."""
    path = Path(path)
    workspace = _workspace_for(path)
    entry = _entry_in(workspace, path)
    view = evaluate_entry(workspace, entry, today or date.today())
    if view is None:
        raise ProblemsFound([p for p in entry.problems if p.severity == "error"] or [_no_plan(entry)])
    plan = view.meeting.plan
    partner_entry = workspace.partners.get(plan.partner)
    partner = partner_entry.model if partner_entry is not None else None
    deal = None
    deal_entry = workspace.deals.get(plan.deal) if plan.deal else None
    if deal_entry is not None and deal_entry.deal is not None:
        deal = deal_context(deal_entry.path, simulate_rounds=False)
    audience = audience_rows(view.meeting, partner, lobby_of(workspace, partner))
    errors = tuple(p for p in entry.problems if p.severity == "error")
    return MeetingReport(entry, view, partner, audience, deal, errors)


@dataclass(frozen=True)
class MeetingList:
    views: tuple[MeetingView, ...]  # by date, then id
    partner_names: Mapping[str, str]
    problems: tuple[Problem, ...] = ()


def list_meetings(workspace: Workspace, today: date | None = None, partners: Sequence[str] = ()) -> MeetingList:
    """Every usable meeting of the workspace (of `partners` when given),
    by date; the Problems of the files left out come beside them."""
    day = today or date.today()
    offers = OfferCheck()
    views = []
    for entry in workspace.meetings.values():
        view = evaluate_entry(workspace, entry, day, offers)
        if view is not None and (not partners or view.meeting.plan.partner in partners):
            views.append(view)
    views.sort(key=lambda v: (v.meeting.plan.date, v.meeting.plan.time or "", v.id))
    names = {key: e.model.name for key, e in workspace.partners.items() if e.model is not None}
    problems = tuple(p for e in workspace.meetings.values() for p in e.problems if p.severity == "error")
    return MeetingList(tuple(views), names, problems)


# --- events ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Recorded:
    """What an event command did: the meeting before it, the text written,
    and any warning the person can still act on."""

    before: Meeting
    text: str
    warnings: tuple[Msg, ...] = ()


def _refused(entry: MeetingEntry, message: Msg) -> AppendRefused:
    return AppendRefused([Problem(entry.display, None, None, "refused", message)])


def _record(path: Path, decide: Callable[[MeetingEntry, Meeting], str], on_wait: Callable[[], None] | None) -> Recorded:
    def render(entry: MeetingEntry) -> str:
        assert entry.meeting is not None  # refuse_append refused a file without one
        return decide(entry, entry.meeting)

    try:
        entry, text = append_document(path, MEETING_LOG, render, on_wait)
    except AppendRefused as exc:
        raise ProblemsFound(exc.problems) from None
    assert entry.meeting is not None
    return Recorded(entry.meeting, text)


@dataclass(frozen=True)
class EventInput:
    """Who, when and why, as the commands take them."""

    by: str | None = None
    note: str | None = None
    day: date | None = None  # --date
    today: date | None = None  # --today


def _day(event: EventInput) -> date:
    return event.day or event.today or date.today()


def _clean(text: str | None) -> str | None:
    return text.strip() if text is not None and text.strip() else None


def submit_meeting(path: str | Path, event: EventInput, to: str | None = None, on_wait: Callable[[], None] | None = None) -> Recorded:
    """Submit the meeting for the acc: binds the current digest."""
    path = Path(path)
    workspace = _workspace_for(path)
    day = _day(event)

    def decide(entry: MeetingEntry, meeting: Meeting) -> str:
        refusal = refuse_submit(meeting, event.by or "")
        if refusal is not None:
            raise _refused(entry, refusal)
        digest = current_digest(entry, workspace)
        return event_document("submitted", day, by=_clean(event.by), to=_clean(to), digest=digest, note=_clean(event.note))

    return _record(path, decide, on_wait)


def approve_meeting(path: str | Path, event: EventInput, on_wait: Callable[[], None] | None = None) -> Recorded:
    """The head's acc, bound to the digest of the meeting as it is now.

    Refused (nothing written) for a meeting not awaiting a decision, held,
    cancelled or overdue on `today`, and when the approver submitted it."""
    path = Path(path)
    workspace = _workspace_for(path)
    today = event.today or date.today()
    day = _day(event)
    warnings: list[Msg] = []

    def decide(entry: MeetingEntry, meeting: Meeting) -> str:
        refusal = refuse_approve(meeting, event.by or "", today)
        if refusal is not None:
            raise _refused(entry, refusal)
        digest = current_digest(entry, workspace)
        submitted = meeting.last("submitted")
        if isinstance(submitted, Submitted) and submitted.digest != digest:
            warnings.append(Msg("meeting.warn.changed_since_submit", {"by": submitted.by, "date": submitted.date}))
        return event_document("approved", day, by=_clean(event.by), digest=digest, note=_clean(event.note))

    done = _record(path, decide, on_wait)
    return Recorded(done.before, done.text, tuple(warnings))


def reject_meeting(path: str | Path, event: EventInput, on_wait: Callable[[], None] | None = None) -> Recorded:
    """Ask for changes (with a note saying which); the submitter revises and submits again."""
    path = Path(path)
    day = _day(event)

    def decide(entry: MeetingEntry, meeting: Meeting) -> str:
        refusal = refuse_reject(meeting, event.by or "", event.note)
        if refusal is not None:
            raise _refused(entry, refusal)
        return event_document("changes_requested", day, by=_clean(event.by), note=_clean(event.note))

    return _record(path, decide, on_wait)


def record_held(path: str | Path, event: EventInput, attended: Sequence[str] = (), on_wait: Callable[[], None] | None = None) -> Recorded:
    """Record that the meeting took place (never on a day after today)."""
    path = Path(path)
    today = event.today or date.today()
    day = _day(event)
    names = [name.strip() for name in attended if name.strip()]

    def decide(entry: MeetingEntry, meeting: Meeting) -> str:
        refusal = refuse_held(meeting, day, today)
        if refusal is not None:
            raise _refused(entry, refusal)
        return event_document("held", day, note=_clean(event.note), attended=names)

    return _record(path, decide, on_wait)


def cancel_meeting(path: str | Path, event: EventInput, on_wait: Callable[[], None] | None = None) -> Recorded:
    """Record that the meeting will not take place, and why."""
    path = Path(path)
    day = _day(event)

    def decide(entry: MeetingEntry, meeting: Meeting) -> str:
        refusal = refuse_cancel(meeting, event.note)
        if refusal is not None:
            raise _refused(entry, refusal)
        return event_document("cancelled", day, note=_clean(event.note))

    return _record(path, decide, on_wait)


# --- a new meeting ---------------------------------------------------------------------


@dataclass(frozen=True)
class NewMeeting:
    meeting: str
    partner: str
    day: date
    deal: str | None = None
    offer: str | None = None  # an offer id of the workspace
    time: str | None = None
    objective: str | None = None
    presenters: tuple[str, ...] = ()
    audience: tuple[str, ...] = ()
    materials: tuple[tuple[str | None, str], ...] = ()  # (title, file relative to the meeting file)
    aids: tuple[tuple[str, str | None], ...] = ()  # (name, tested)
    place: str | None = None
    room: str | None = None
    address: str | None = None
    checked: tuple[str, ...] = ()


def parse_material(text: str) -> tuple[str | None, str]:
    """`FILE` or `TITLE=FILE`."""
    title, sep, file = text.rpartition("=")
    if not sep:
        return None, text.strip()
    if not file.strip():
        raise UsageError(Msg("usage.material", {"text": text}))
    return title.strip() or None, file.strip()


def parse_aid(text: str) -> tuple[str, str | None]:
    """`NAME` or `NAME=yes|partly|no` (was it tested)."""
    name, sep, tested = text.rpartition("=")
    if not sep:
        return text.strip(), None
    tested = tested.strip().lower()
    if tested not in ANSWERS or not name.strip():
        raise UsageError(Msg("usage.aid", {"text": text, "answers": ", ".join(ANSWERS)}))
    return name.strip(), tested


@dataclass(frozen=True)
class Created:
    path: Path
    problems: tuple[Problem, ...] = ()  # warnings: unknown audience names, missing material files
    warnings: tuple[Msg, ...] = ()  # a date already past


def new_meeting(root: Path, spec: NewMeeting, today: date | None = None) -> Created:
    """Create `meetings/<id>.yaml` with its plan; never overwrites a file.

    The plan is checked as `pln check` would check it before anything is
    written: errors refuse it, warnings (an audience name that is not one
    of the partner's people, a material file not there yet) come back.
    """
    if not SLUG_RE.match(spec.meeting):
        raise UsageError(Msg("usage.slug", {"value": spec.meeting}))
    path = root / "meetings" / f"{spec.meeting}.yaml"
    if os.path.lexists(path):
        raise UsageError(Msg("usage.meeting_exists", {"path": str(path), "meeting": spec.meeting}))
    if not SLUG_RE.match(spec.partner) or not (root / "partners" / f"{spec.partner}.yaml").is_file():
        raise UsageError(Msg("usage.no_partner", {"partner": spec.partner, "folder": str(root / "partners")}))
    if spec.time is not None and not _TIME.match(spec.time):
        raise UsageError(Msg("usage.time", {"text": spec.time}))
    workspace = ws.load_workspace(root)
    if spec.deal is not None:
        entry = workspace.deals.get(spec.deal)
        if entry is None:
            raise UsageError(Msg("usage.no_deal", {"deal": spec.deal, "folder": str(root / "deals")}))
        if entry.deal is not None and entry.deal.header.partner != spec.partner:
            raise UsageError(Msg("usage.deal_partner", {"deal": spec.deal, "theirs": entry.deal.header.partner, "partner": spec.partner}))
    if spec.offer is not None:
        offer = workspace.offers.get(spec.offer) if SLUG_RE.match(spec.offer) else None
        if offer is None:
            raise UsageError(Msg("usage.no_offer", {"offer": spec.offer, "folder": str(root / "offers")}))
        if offer.model is not None and offer.model.partner != spec.partner:
            raise UsageError(Msg("usage.offer_partner", {"offer": spec.offer, "theirs": offer.model.partner, "partner": spec.partner}))
    venue: dict[str, object] | None = None
    if spec.place or spec.room or spec.address or spec.checked:
        venue = {"place": spec.place, "address": spec.address, "room": spec.room, "checked": list(spec.checked)}
    text = plan_document(
        spec.meeting, spec.partner, spec.day, deal=spec.deal, offer=spec.offer, time=spec.time, objective=spec.objective,
        presenters=spec.presenters, audience=spec.audience,
        materials=[{"title": title, "file": file} if title else {"file": file} for title, file in spec.materials],
        aids=[{"name": name, "tested": tested} if tested else {"name": name} for name, tested in spec.aids],
        venue=venue,
    )
    checked = parse_meeting_bytes(path, text.encode("utf-8"))
    partners = {key: e.model for key, e in workspace.partners.items()}
    check_meeting_refs(checked, partners, workspace.deals, workspace.offer_at)
    if any(p.severity == "error" for p in checked.problems):
        raise ProblemsFound([p for p in checked.problems if p.severity == "error"])
    try:
        create_exclusive(path, text)
    except FileExistsError:
        raise UsageError(Msg("usage.meeting_exists", {"path": str(path), "meeting": spec.meeting})) from None
    day = today or date.today()
    past = (Msg("meeting.warn.past", {"date": spec.day, "today": day}),) if spec.day < day else ()
    return Created(path, tuple(checked.problems), past)
