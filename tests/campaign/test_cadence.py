"""Cadence: gaps, late posts, the next post due, and `pln due`."""

from __future__ import annotations

from datetime import date

import pytest

from pln_cli.campaign.measures import cadence
from pln_cli.campaign.summary import due_items
from tests.campaign.conftest import approval, build, post


def test_the_example_gaps_and_its_one_late_post(example):
    c = cadence(example, date(2018, 4, 20))
    assert [(g.start.isoformat(), g.end.isoformat(), g.days, g.late_days) for g in c.gaps] == [
        ("2018-02-01", "2018-02-01", 0, 0),
        ("2018-02-01", "2018-02-15", 14, 0),
        ("2018-02-15", "2018-03-01", 14, 0),
        ("2018-03-01", "2018-03-22", 21, 7),
        ("2018-03-22", "2018-04-05", 14, 0),
    ]
    assert [g.post for g in c.late] == ["p4"]
    assert (c.next_due, c.overdue) == (None, False)  # the campaign ended on 2018-04-11


def test_posts_are_sorted_by_date_for_the_gaps():
    c = cadence(build([post(1, "2018-03-20"), post(2, "2018-03-05")]), date(2018, 3, 21))
    assert [(g.post, g.days) for g in c.gaps] == [("p2", 4), ("p1", 15)]
    assert c.gaps[1].late_days == 1


@pytest.mark.parametrize(
    "today,next_due,overdue",
    [
        ("2018-02-28", None, False),  # before start
        ("2018-03-01", "2018-03-29", False),  # start is part of the run
        ("2018-03-29", "2018-03-29", False),  # due today is not overdue
        ("2018-03-30", "2018-03-29", True),
        ("2018-04-26", "2018-03-29", True),  # end is part of the run
        ("2018-04-27", None, False),  # after end
    ],
)
def test_next_due_while_the_campaign_runs(today, next_due, overdue):
    c = cadence(build([post(1, "2018-03-15")]), date.fromisoformat(today))
    assert (c.next_due.isoformat() if c.next_due else None, c.overdue) == (next_due, overdue)


def test_without_posts_the_first_is_due_a_cadence_after_start():
    c = cadence(build([]), date(2018, 3, 20))
    assert c.gaps == () and c.next_due == date(2018, 3, 15) and c.overdue and c.overdue_days == 5


def test_no_next_due_when_it_falls_after_end():
    c = cadence(build([post(1, "2018-04-20")]), date(2018, 4, 21))
    assert (c.next_due, c.overdue) == (None, False)


def test_due_items_for_pln_due():
    c = build([approval("2018-02-25", "facebook"), post(1, "2018-03-01")])
    (item,) = due_items(c, date(2018, 3, 20))
    assert (item.date, item.kind, item.ref, item.overdue) == (date(2018, 3, 15), "campaign", "demo", True)
    assert item.what.render("en") == "Demo campaign: post overdue since 2018-03-15, 5 day(s) (facebook)"
    assert item.what.render("id") == "Demo campaign: posting terlambat sejak 2018-03-15, 5 hari (facebook)"
    (item,) = due_items(c, date(2018, 3, 10))
    assert not item.overdue and item.what.render("en") == "Demo campaign: next post due on 2018-03-15 (facebook)"
    assert due_items(c, date(2018, 5, 1)) == ()
