"""The acc: digest, approval states, every meeting status, refusals, show JSON."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest

from pln_cli.prep.approval import (
    STATUSES,
    approval_digest,
    approval_state,
    meeting_status,
    plan_bytes,
    refuse_approve,
    refuse_cancel,
    refuse_held,
    refuse_reject,
    refuse_submit,
)
from pln_cli.prep.meeting import (
    approval_message,
    evaluate_meeting,
    status_message,
    to_json,
)
from pln_cli.prep.readiness import ReadinessInputs
from tests.prep.conftest import D0, D1, event, meeting_model, partner_model

BEFORE, ON, AFTER = date(2017, 9, 10), date(2017, 9, 12), date(2017, 9, 13)

# --- the digest ------------------------------------------------------------------------


def test_digest_is_sha256_of_the_plain_concatenation():
    plan, offer, data = b"meeting: m\n...\n", b"id: o\n", b"lower,upper,count\n"
    expected = hashlib.sha256(plan + offer + data + b"deck-bytes" + b"../decks/gone.pptx missing\n").hexdigest()
    got = approval_digest(plan, offer, data, [("../decks/a.pptx", b"deck-bytes"), ("../decks/gone.pptx", None)])
    assert got == expected and len(got) == 64


def test_digest_without_offer_data_or_materials():
    assert approval_digest(b"p") == hashlib.sha256(b"p").hexdigest()
    assert approval_digest(b"p", None, None, []) == approval_digest(b"p")


def test_digest_is_stable_and_any_change_makes_it_differ():
    base = (b"plan\n...\n", b"offer", b"data", [("m", b"deck")])
    first = approval_digest(*base)
    assert first == approval_digest(*base)
    assert first != approval_digest(b"plan \n...\n", b"offer", b"data", [("m", b"deck")])
    assert first != approval_digest(b"plan\n...\n", b"offer ", b"data", [("m", b"deck")])
    assert first != approval_digest(b"plan\n...\n", b"offer", b"data ", [("m", b"deck")])
    assert first != approval_digest(b"plan\n...\n", b"offer", b"data", [("m", b"deck ")])
    assert first != approval_digest(b"plan\n...\n", b"offer", b"data", [("m", None)])


def test_plan_bytes_run_through_the_plans_closing_line():
    raw = b"# c\nmeeting: m\nnote: x...\n... # end of plan\n---\nevent: held\ndate: 2017-09-12\n...\n"
    assert plan_bytes(raw) == b"# c\nmeeting: m\nnote: x...\n... # end of plan\n"
    assert plan_bytes(b"meeting: m\r\n...\r\n---\r\n") == b"meeting: m\r\n...\r\n"
    assert plan_bytes(b"meeting: m\n...") == b"meeting: m\n..."
    assert plan_bytes(b"meeting: m\n") is None
    # appending events never changes the plan's bytes
    assert plan_bytes(raw + b"---\nevent: cancelled\ndate: 2017-09-13\n...\n") == plan_bytes(raw)


# --- approval states and statuses -----------------------------------------------------------

SUB = event("submitted", by="Andi", to="Hendra", date="2017-09-07", digest=D0)
ACC = event("approved", by="Hendra", date="2017-09-08", digest=D0)
ACC_OLD = event("approved", by="Hendra", date="2017-09-08", digest=D1)
REJ = event("changes_requested", by="Hendra", date="2017-09-08", note="Lead with the histogram")
HELD = event("held", date="2017-09-12", attended=["Budi Santoso"])
CANC = event("cancelled", date="2017-09-11", note="TOTAL postponed")

# name -> (events, today, status, approval JSON value)
STATUS_CASES = {
    "not_submitted": ((), BEFORE, "not_submitted", "none"),
    "awaiting": ((SUB,), BEFORE, "awaiting", "none"),
    "changes_requested": ((SUB, REJ), BEFORE, "changes_requested", "none"),
    "approved": ((SUB, ACC), BEFORE, "approved", "valid"),
    "approved on the day": ((SUB, ACC), ON, "approved", "valid"),
    "stale": ((SUB, ACC_OLD), BEFORE, "stale", "stale"),
    "resubmitted after an acc": ((SUB, ACC, SUB), BEFORE, "awaiting", "none"),
    "approved after changes": ((SUB, REJ, SUB, ACC), BEFORE, "approved", "valid"),
    "held": ((SUB, ACC, HELD), AFTER, "held", "valid"),
    "held with a stale acc": ((SUB, ACC_OLD, HELD), AFTER, "held", "stale"),
    "cancelled": ((SUB, CANC), BEFORE, "cancelled", "none"),
    "cancelled beats held": ((HELD, CANC), AFTER, "cancelled", "none"),
    "overdue": ((SUB, ACC), AFTER, "overdue", "valid"),
    "overdue, never submitted": ((), AFTER, "overdue", "none"),
}


@pytest.mark.parametrize("name", STATUS_CASES)
def test_every_status(name):
    events, today, status, approval = STATUS_CASES[name]
    meeting = meeting_model(*events)
    state = approval_state(meeting, D0)
    assert meeting_status(meeting, state, today) == status
    assert state.json_value == approval
    assert status in STATUSES


def test_every_status_is_said_in_both_languages():
    seen = set()
    for events, today, status, _ in STATUS_CASES.values():
        view = evaluate_meeting(meeting_model(*events), D0, today, ReadinessInputs(partner=partner_model()))
        seen.add(view.status)
        for lang in ("en", "id"):
            assert status_message(view).render(lang)
            assert approval_message(view.approval).render(lang)
    assert seen == set(STATUSES)
    stale = evaluate_meeting(meeting_model(SUB, ACC_OLD), D0, BEFORE, ReadinessInputs())
    assert "stale" in status_message(stale).render("en")
    assert "kedaluwarsa" in status_message(stale).render("id")
    overdue = evaluate_meeting(meeting_model(SUB, ACC), D0, AFTER, ReadinessInputs())
    assert status_message(overdue).render("id").startswith("lewat tanggal: tanggal meeting 2017-09-12 sudah lewat")


def test_who_decided_when():
    state = approval_state(meeting_model(SUB, REJ), D0)
    assert state.decision is REJ and state.submitted is SUB
    assert approval_message(state).render("en") == "Hendra asked for changes on 2017-09-08: Lead with the histogram; revise and submit again"
    assert approval_state(meeting_model(SUB), D0).decision is None


# --- refusals ---------------------------------------------------------------------------


def test_approval_by_the_submitter_is_refused():
    meeting = meeting_model(SUB)
    refusal = refuse_approve(meeting, " andi ", BEFORE)
    assert refusal is not None and refusal.key == "meeting.refuse.own"
    assert refuse_approve(meeting, "Hendra", BEFORE) is None


def test_approving_an_overdue_meeting_is_refused():
    refusal = refuse_approve(meeting_model(SUB), "Hendra", AFTER)
    assert refusal is not None and refusal.key == "meeting.refuse.overdue"
    assert refuse_approve(meeting_model(SUB), "Hendra", ON) is None  # on the day is not overdue


@pytest.mark.parametrize("events", [(), (SUB, ACC), (SUB, REJ)], ids=["never", "approved", "rejected"])
def test_approve_and_reject_need_a_pending_submit(events):
    meeting = meeting_model(*events)
    assert refuse_approve(meeting, "Hendra", BEFORE).key == "meeting.refuse.not_submitted"
    assert refuse_reject(meeting, "Hendra", "why").key == "meeting.refuse.not_submitted"


def test_other_refusals():
    assert refuse_reject(meeting_model(SUB), "Hendra", " ").key == "meeting.refuse.no_note"
    assert refuse_reject(meeting_model(SUB), "Hendra", "redo the deck") is None
    assert refuse_submit(meeting_model(), "").key == "meeting.refuse.no_name"
    assert refuse_submit(meeting_model(), "Andi") is None
    assert refuse_submit(meeting_model(CANC), "Andi").key == "meeting.refuse.cancelled"
    assert refuse_approve(meeting_model(SUB, HELD), "Hendra", ON).key == "meeting.refuse.held"
    assert refuse_held(meeting_model(), ON, ON) is None
    assert refuse_held(meeting_model(), AFTER, ON).key == "meeting.refuse.future"
    assert refuse_held(meeting_model(HELD), ON, ON).key == "meeting.refuse.held"
    assert refuse_cancel(meeting_model(), None).key == "meeting.refuse.no_note"
    assert refuse_cancel(meeting_model(), "postponed") is None
    assert refuse_cancel(meeting_model(CANC), "again").key == "meeting.refuse.cancelled"
    for refusal in (refuse_approve(meeting_model(SUB), "Andi", BEFORE), refuse_approve(meeting_model(SUB), "Hendra", AFTER)):
        assert refusal.render("en") != refusal.render("id")


# --- meeting show JSON ----------------------------------------------------------------------


def test_show_json_keys():
    view = evaluate_meeting(meeting_model(SUB, ACC), D0, BEFORE, ReadinessInputs(partner=partner_model(), material_exists={"../decks/total.pptx"}))
    data = to_json(view, "en")
    required = ["meeting", "partner", "date", "status", "approval", "digest", "readiness", "ready", "events"]
    assert list(data)[: len(required)] == required
    assert data["status"] == "approved" and data["approval"] == "valid" and data["digest"] == D0
    assert data["readiness"] == {k: {"level": "ready", "missing": []} for k in ("topic", "tools", "audience", "venue")}
    assert data["ready"] is True
    assert data["events"][0] == {"event": "submitted", "by": "Andi", "to": "Hendra", "date": "2017-09-07", "digest": D0}
    assert data["decision"] == {"event": "approved", "by": "Hendra", "date": "2017-09-08", "note": None}


def test_ready_needs_a_valid_acc_too():
    inputs = ReadinessInputs(partner=partner_model(), material_exists={"../decks/total.pptx"})
    assert evaluate_meeting(meeting_model(SUB, ACC), D0, BEFORE, inputs).ready
    assert not evaluate_meeting(meeting_model(SUB, ACC_OLD), D0, BEFORE, inputs).ready
    assert not evaluate_meeting(meeting_model(SUB), D0, BEFORE, inputs).ready
    missing = to_json(evaluate_meeting(meeting_model(SUB, ACC, venue=None), D0, BEFORE, inputs), "id")
    assert missing["readiness"]["venue"] == {"level": "missing", "missing": ["tempat belum ditentukan: tulis `venue: {place: ...}` pada rencana"]}
    assert missing["ready"] is False
