"""What is due, with a fixed today."""

from __future__ import annotations

from datetime import date

from pln_cli.i18n import Msg
from pln_cli.model.deal import Outcome
from pln_cli.model.lobby import Contact, LobbyLog
from pln_cli.prep.due import DueItem, due_items, to_json
from pln_cli.prep.meeting import evaluate_meeting
from pln_cli.prep.readiness import ReadinessInputs
from tests.prep.conftest import D0, deal_model, event, meeting_model, partner_model

TODAY = date(2017, 10, 9)
READY = ReadinessInputs(partner=partner_model(), material_exists={"../decks/total.pptx"})
SUB = event("submitted", by="Andi", date="2017-10-01", digest=D0)
ACC = event("approved", by="Hendra", date="2017-10-02", digest=D0)


def view(*events, **plan):
    return evaluate_meeting(meeting_model(*events, **plan), D0, TODAY, READY)


def contact(person, day, step="know", action_on=None, action="Call"):
    data = {"person": person, "date": day, "step": step}
    if action_on:
        data["next"] = {"date": action_on, "action": action}
    return Contact.model_validate(data)


def test_due_across_the_workspace():
    lobby = LobbyLog("total-spbu", (
        contact("Budi Santoso", "2017-09-05", action_on="2017-09-10", action="superseded by the next contact"),
        contact("Budi Santoso", "2017-09-20", "inform", action_on="2017-10-13", action="Visit two stations"),
        contact("Dewi Lestari", "2017-09-14", action_on="2017-10-06", action="Send the billing schedule"),
        contact("Rina Hartono", "2017-10-04", action_on="2017-10-17", action="beyond the horizon"),
        contact("Rina Hartono", "2017-10-08", "inform"),  # no next: nothing due for Rina
    ))
    meetings = [
        view(SUB, ACC, meeting="ready-one", date="2017-10-10"),  # ready and approved: not due
        view(SUB, meeting="awaiting-one", date="2017-10-12"),  # approval not valid
        view(SUB, ACC, meeting="unready-one", date="2017-10-16", venue={"place": "x"}),  # venue partly
        view(meeting="too-far", date="2017-10-17"),
        view(SUB, ACC, meeting="late-one", date="2017-10-01"),  # overdue
        view(SUB, ACC, event("held", date="2017-10-01"), meeting="held-one", date="2017-10-01"),
        view(event("cancelled", date="2017-10-01"), meeting="cancelled-one", date="2017-10-12"),
    ]
    deals = [
        deal_model(rounds=("2017-09-01", "2017-09-10"), deal="quiet-deal"),  # 29 days: due since 2017-10-01
        deal_model(rounds=("2017-09-18",), deal="exactly-21"),  # 21 days: not yet
        deal_model(rounds=("2017-08-01",), deal="closed", outcome=Outcome.model_validate({"outcome": "paused"})),
        deal_model(rounds=(), deal="no-rounds"),
    ]
    campaign = DueItem(date(2017, 10, 11), "campaign", "jd-flight-fanfest", Msg("due.lobby", {"action": "post #2"}))
    late_campaign = DueItem(date(2017, 10, 30), "campaign", "later", Msg("due.lobby", {"action": "x"}))
    items = due_items(TODAY, 7, meetings=meetings, lobby=[lobby], deals=deals, extra=[campaign, late_campaign, campaign])
    assert [(i.date.isoformat(), i.kind, i.ref, i.overdue) for i in items] == [
        ("2017-10-01", "meeting", "late-one", True),
        ("2017-10-01", "deal", "quiet-deal", True),
        ("2017-10-06", "lobby", "total-spbu/Dewi Lestari", True),
        ("2017-10-11", "campaign", "jd-flight-fanfest", False),
        ("2017-10-12", "meeting", "awaiting-one", False),
        ("2017-10-13", "lobby", "total-spbu/Budi Santoso", False),
        ("2017-10-16", "meeting", "unready-one", False),
    ]
    data = to_json(items, "en")
    assert all(list(row) == ["date", "kind", "ref", "what", "overdue"] for row in data)
    by_ref = {row["ref"]: row["what"] for row in data}
    assert by_ref["awaiting-one"] == "approval: awaiting the acc"
    assert by_ref["unready-one"] == "venue partly: the venue is not checked for projector, power, quiet: check on site and add them to `venue.checked`"
    assert by_ref["quiet-deal"] == "no round for 29 days (last on 2017-09-10): log the next round or close the deal"
    assert by_ref["total-spbu/Budi Santoso"] == "next lobby step: Visit two stations"
    assert to_json(items, "id")[4]["what"] == "acc: menunggu acc"


def test_within_widens_the_window():
    meetings = [view(meeting="too-far", date="2017-10-17")]
    assert due_items(TODAY, 7, meetings=meetings) == ()
    assert [i.ref for i in due_items(TODAY, 8, meetings=meetings)] == ["too-far"]
    assert due_items(TODAY, 0, meetings=[view(meeting="today", date="2017-10-09")])[0].overdue is False
