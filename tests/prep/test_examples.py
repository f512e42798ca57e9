"""The example workspace: the kick-off's acc is valid, the launch's is stale,
the lobby story holds, and `due` on a fixed day gives the reviewed list.

This wires the pieces the way `pln meeting show` and `pln due` will: load
the workspace, the meeting and lobby files, check references, compute the
digest, evaluate.  A change to the example offer, its data or the plans
makes the kick-off's acc stale: append a fresh submit and acc to
examples/meetings/total-spbu-kickoff.yaml, as a team would.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pln_cli.i18n import Msg
from pln_cli.load.lobby import check_lobby_refs, load_lobby
from pln_cli.load.meetings import (
    check_meeting_refs,
    load_meeting,
    materials_present,
    meeting_digest,
)
from pln_cli.load.workspace import load_workspace
from pln_cli.prep.approval import approval_digest
from pln_cli.prep.due import due_items, to_json
from pln_cli.prep.lobby import lobby_map
from pln_cli.prep.meeting import evaluate_meeting
from pln_cli.prep.readiness import ReadinessInputs

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def workspace():
    return load_workspace(EXAMPLES)


def evaluate(workspace, meeting_id: str, today: date):
    entry = load_meeting(EXAMPLES / "meetings" / f"{meeting_id}.yaml")
    partners = {k: e.model for k, e in workspace.partners.items()}
    check_meeting_refs(entry, partners, workspace.deals, workspace.offer_at)
    offer_path = entry.offer_path(workspace.deals)
    offer = workspace.offer_at(offer_path)
    digest = meeting_digest(entry, offer_path, offer.data_path if offer else None)
    plan = entry.meeting.plan
    inputs = ReadinessInputs(
        partner=partners.get(plan.partner),
        deal=workspace.deals[plan.deal].deal if plan.deal in workspace.deals else None,
        offer_error=None if offer is not None and offer.usable else Msg("ref.offer", {"ref": str(offer_path)}),
        material_exists=materials_present(entry),
    )
    return entry, evaluate_meeting(entry.meeting, digest, today, inputs)


def test_the_kickoff_acc_is_valid_and_the_meeting_held(workspace):
    entry, view = evaluate(workspace, "total-spbu-kickoff", date(2017, 10, 9))
    assert entry.problems == []
    assert view.approval.state == "approved" and view.approval.json_value == "valid"
    assert view.status == "held"
    assert [i.level for i in view.readiness.items()] == ["ready"] * 4
    assert view.ready


def test_the_launch_acc_is_stale_because_the_offer_changed(workspace):
    entry, view = evaluate(workspace, "total-spbu-launch", date(2017, 10, 9))
    assert entry.problems == []
    assert view.status == "stale" and view.approval.json_value == "stale"
    assert [i.level for i in view.readiness.items()] == ["ready", "partly", "ready", "partly"]
    # The acc was given for the offer as it was before finance cut the budget.
    offer = (EXAMPLES / "offers" / "total-spbu-2017q4.yaml").read_bytes()
    data = (EXAMPLES / "data" / "total-spbu-spend-2017q3.csv").read_bytes()
    before = offer.replace(b"budget: 150jt", b"budget: 200jt")
    materials = [(m.file, data) for m in entry.meeting.plan.materials]
    assert approval_digest(entry.plan_bytes(), before, data, materials) == view.approval.latest.digest
    assert approval_digest(entry.plan_bytes(), offer, data, materials) == view.approval.digest


def test_the_lobby_story(workspace):
    entry = load_lobby(EXAMPLES / "lobby" / "total-spbu.yaml")
    partner = workspace.partners["total-spbu"].model
    check_lobby_refs(entry, {"total-spbu": partner})
    assert entry.problems == []
    lmap = lobby_map(partner, entry.log.contacts)
    budi = next(p for p in lmap.people if p.role == "Head of Retail Operations")
    assert (budi.stance_start, budi.stance) == ("skeptical", "neutral")
    # he moved after the histogram was shared (20 September), on the call that followed
    shared = next(c for c in entry.log.contacts if c.person == budi.name and "histogram" in (c.note or "") and c.step == "inform")
    moved = next(d for d, s in budi.history if s == "neutral")
    assert shared.date < moved
    assert [(p.name, p.next_step) for p in lmap.priority] == [("Budi Santoso", "self"), ("Dewi Lestari", "inform")]
    assert (lmap.coverage.key_people, lmap.coverage.on_side) == (3, 1)


def test_due_on_the_examples(workspace):
    today = date(2017, 10, 9)
    views = [evaluate(workspace, m, today)[1] for m in ("total-spbu-kickoff", "total-spbu-launch")]
    lobby = [load_lobby(EXAMPLES / "lobby" / "total-spbu.yaml").log]
    deals = [e.deal for e in workspace.deals.values() if e.deal is not None]
    assert to_json(due_items(today, 7, meetings=views, lobby=lobby, deals=deals), "en") == [
        {"date": "2017-10-10", "kind": "lobby", "ref": "total-spbu/Dewi Lestari",
         "what": "next lobby step: Send the billing schedule for redeemed vouchers", "overdue": False},
        {"date": "2017-10-11", "kind": "lobby", "ref": "total-spbu/Rina Hartono",
         "what": "next lobby step: Confirm the banner proofs with her team", "overdue": False},
        {"date": "2017-10-12", "kind": "meeting", "ref": "total-spbu-launch",
         "what": "tools partly: tablet with the voucher redemption demo is not tested (tested: partly): "
                 "try it out, then write `tested: yes`; venue partly: the venue is not checked for projector, quiet: "
                 "check on site and add them to `venue.checked`, the team answered \"partly\": "
                 "The office is next to the forecourt; ask for the quiet room upstairs; approval: stale acc",
         "overdue": False},
        {"date": "2017-10-13", "kind": "lobby", "ref": "total-spbu/Budi Santoso",
         "what": "next lobby step: Visit two stations with him to check the banner before launch", "overdue": False},
    ]
    # a week later the launch is overdue and the actions of the 10th..13th are late
    later = date(2017, 10, 16)
    views = [evaluate(workspace, m, later)[1] for m in ("total-spbu-kickoff", "total-spbu-launch")]
    items = due_items(later, 7, meetings=views, lobby=lobby, deals=deals)
    assert [(i.date.isoformat(), i.ref, i.overdue) for i in items] == [
        ("2017-10-10", "total-spbu/Dewi Lestari", True),
        ("2017-10-11", "total-spbu/Rina Hartono", True),
        ("2017-10-12", "total-spbu-launch", True),
        ("2017-10-13", "total-spbu/Budi Santoso", True),
    ]
