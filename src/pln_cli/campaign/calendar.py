"""The campaign calendar: planned post dates, the posts made beside them, and an .ics file.

Planned dates are start + k * cadence_days <= end (CAMPAIGNS.md).  A post
belongs to the last planned date on or before it (a post before `start`
to the first), so a late post sits beside the date it was due on.

The iCalendar file is built with the `icalendar` package: one all-day
event (DTSTART;VALUE=DATE, DTEND the day after) per planned date, the posts
made named in its DESCRIPTION.  The bytes depend only on the input: UIDs
come from the campaign id and the date, and DTSTAMP is `today` at
midnight UTC.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from pln_cli.campaign.measures import post_link, sorted_posts
from pln_cli.i18n import Msg
from pln_cli.model.campaign import Campaign, Plan, Post

PRODID = "-//pln//campaign calendar//EN"


def planned_dates(plan: Plan) -> tuple[date, ...]:
    dates = []
    day = plan.start
    while day <= plan.end:
        dates.append(day)
        day += timedelta(days=plan.cadence_days)
    return tuple(dates)


@dataclass(frozen=True)
class Slot:
    number: int  # 1-based
    date: date
    posts: tuple[Post, ...]

    def to_json(self) -> dict[str, Any]:
        return {"planned": self.date.isoformat(), "posts": [
            {"post": p.post, "date": p.date.isoformat(), "channel": p.channel, "kind": p.kind} for p in self.posts
        ]}


def calendar_slots(campaign: Campaign) -> tuple[Slot, ...]:
    dates = planned_dates(campaign.plan)
    buckets: list[list[Post]] = [[] for _ in dates]
    for post in sorted_posts(campaign):
        index = max(0, bisect_right(dates, post.date) - 1)
        buckets[index].append(post)
    return tuple(Slot(i + 1, day, tuple(posts)) for i, (day, posts) in enumerate(zip(dates, buckets)))


def _describe(campaign: Campaign, slot: Slot, lang: str) -> str:
    lines = []
    if slot.posts:
        made = ", ".join(
            f"{p.post} {p.date.isoformat()} {p.channel}" + (f" ({p.kind})" if p.kind else "") for p in slot.posts
        )
        lines.append(Msg("campaign.ics.made", {"posts": made}).render(lang))
        for post in slot.posts:
            link = post_link(campaign.plan, post)
            if link:
                lines.append(f"{post.post}: {link}")
    else:
        lines.append(Msg("campaign.ics.none").render(lang))
    return "\n".join(lines)


def calendar_ics(campaign: Campaign, today: date, lang: str = "en") -> bytes:
    """An iCalendar file (RFC 5545) that Google Calendar and Outlook import."""
    from icalendar import (  # optional dependency: only this command needs it
        Calendar,
        Event,
    )

    plan = campaign.plan
    slots = calendar_slots(campaign)
    stamp = datetime.combine(today, time(0, 0), tzinfo=timezone.utc)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", plan.label())
    for slot in slots:
        event = Event()
        event.add("uid", f"{plan.campaign}-{slot.date.isoformat()}@pln")
        event.add("dtstamp", stamp)
        event.add("dtstart", slot.date)
        event.add("dtend", slot.date + timedelta(days=1))
        event.add("summary", Msg("campaign.ics.summary", {"n": slot.number, "total": len(slots), "title": plan.label()}).render(lang))
        event.add("description", _describe(campaign, slot, lang))
        event.add("transp", "TRANSPARENT")
        cal.add_component(event)
    return cal.to_ical()
