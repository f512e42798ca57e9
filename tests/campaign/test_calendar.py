"""The campaign calendar and its iCalendar file, parsed back."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from pln_cli.campaign.calendar import calendar_ics, calendar_slots, planned_dates
from tests.campaign.conftest import build, post

icalendar = pytest.importorskip("icalendar")


def test_planned_dates_are_start_plus_k_cadences_up_to_end(example):
    assert [d.isoformat() for d in planned_dates(example.plan)] == ["2018-02-01", "2018-02-15", "2018-03-01", "2018-03-15", "2018-03-29"]
    assert planned_dates(build([], start="2018-03-01", end="2018-03-01").plan) == (date(2018, 3, 1),)


def test_a_late_post_sits_beside_the_date_it_was_due_on(example):
    slots = calendar_slots(example)
    assert [[p.post for p in s.posts] for s in slots] == [["p1"], ["p2"], ["p3"], ["p4"], ["p5"]]
    c = build([post(1, "2018-02-20"), post(2, "2018-03-02"), post(3, "2018-03-05")])
    assert [[p.post for p in s.posts] for s in calendar_slots(c)] == [["p1", "p2", "p3"], [], [], [], []]


def test_the_ics_file_parses_back_with_one_all_day_event_per_planned_date(example):
    raw = calendar_ics(example, date(2018, 4, 20), "en")
    assert b"DTSTART;VALUE=DATE:20180315\r\n" in raw
    cal = icalendar.Calendar.from_ical(raw)
    events = list(cal.walk("VEVENT"))
    assert [e.decoded("dtstart") for e in events] == list(planned_dates(example.plan))
    assert all(e.decoded("dtend") == e.decoded("dtstart") + timedelta(days=1) for e in events)
    fourth = events[3]
    assert str(fourth["summary"]) == "Post 4 of 5: JD Voucher x JD Flight - win YouTube FanFest tickets"
    assert str(fourth["description"]).startswith("Posted: p4 2018-03-22 facebook (image)\np4: https://www.jd.id/promo/fanfest?")
    assert len({str(e["uid"]) for e in events}) == 5
    assert str(cal["version"]) == "2.0" and "pln" in str(cal["prodid"])


def test_the_bytes_are_deterministic_and_speak_the_readers_language(example):
    today = date(2018, 4, 20)
    assert calendar_ics(example, today, "id") == calendar_ics(example, today, "id")
    cal = icalendar.Calendar.from_ical(calendar_ics(build([]), today, "id"))
    first = next(iter(cal.walk("VEVENT")))
    assert str(first["summary"]).startswith("Posting 1 dari 5:") and str(first["description"]) == "Belum ada posting"
