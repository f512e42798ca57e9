"""Campaign reports: `campaign show` (the wheel inside out, channels, posts,
cadence, targets, mentions, the offer check, what to do next), the
calendar, the list, and the campaigns section of `pln report`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pln_cli.api.campaigns import CampaignCalendar, Imported, Recorded
from pln_cli.campaign.measures import PostMeasures
from pln_cli.campaign.summary import POST_COLUMNS, CampaignRow, CampaignSummary
from pln_cli.i18n import number, percent, tr
from pln_cli.model.campaign import RATE_KEYS, SPOKES
from pln_cli.render.data import to_csv, to_json
from pln_cli.render.document import Document, Section, Table
from pln_cli.render.safe import visible
from pln_cli.render.values import show

CHART_WIDTH = 30


def _na(lang: str) -> str:
    return tr("na", lang)


def _count(value: float | None, lang: str) -> str:
    return show("count", value, lang)


def _share(value: float | None, lang: str) -> str:
    return show("share", value, lang)


def _measure(key: str, value: float | None, lang: str) -> str:
    """A total or a target: rates as percentages, the rest as counts."""
    if key in RATE_KEYS:
        return _share(value, lang)
    if key == "median_reply_minutes" and value is not None and not float(value).is_integer():
        return number(float(value), lang, 1)
    return _count(value, lang)


def _product(product: str, lang: str) -> str:
    return tr(f"campaign.product.{product}", lang)


# --- show ----------------------------------------------------------------------------


def show_json(summary: CampaignSummary, lang: str) -> str:
    """`campaign show --format json`: the contract's keys (CAMPAIGNS.md), warnings in `lang`."""
    return to_json(summary.to_json(lang))


def posts_csv(summary: CampaignSummary) -> str:
    """`campaign show --format csv`: one row per post, its fields, latest counts and measures."""
    return to_csv(POST_COLUMNS, summary.post_rows())



def show_document(summary: CampaignSummary, lang: str, chart: bool = False) -> Document:
    """`campaign show` as a document; `chart`: reach and engagement per post
    as bars (for a terminal)."""
    plan = summary.campaign.plan
    subtitle = [
        tr("campaign.show.id", lang, campaign=plan.campaign, product=_product(plan.product, lang)),
        tr("campaign.show.period", lang, start=plan.start.isoformat(), end=plan.end.isoformat(), days=plan.cadence_days),
    ]
    if plan.partner or plan.offer:
        subtitle.append(tr("campaign.show.partner", lang, partner=plan.partner or "-", offer=plan.offer or "-"))
    if plan.link:
        subtitle.append(tr("campaign.show.link", lang, link=plan.link))
    subtitle.append(tr("campaign.show.today", lang, today=summary.today.isoformat()))
    sections = [
        wheel_section(summary, lang),
        channels_section(summary, lang),
        posts_section(summary, lang),
    ]
    if chart and summary.posts:
        sections.append(Section(tr("campaign.chart.title", lang), preformatted=chart_lines(summary.posts, lang)))
    sections += [
        cadence_section(summary, lang),
        targets_section(summary, lang),
        mentions_section(summary, lang),
    ]
    if summary.offer_check is not None:
        sections.append(offer_section(summary, lang))
    if summary.warnings:
        sections.append(Section(tr("campaign.show.warnings", lang), bullets=[w.render(lang) for w in summary.warnings], style="warning"))
    sections.append(Section(tr("campaign.show.next", lang), bullets=[s.render(lang) for s in summary.next_steps], numbered=True))
    return Document(plan.label(), subtitle, sections)


def _plain(value: Any, lang: str) -> str:
    """A value written in a spoke, as text: lists joined, mappings as key: value."""
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_plain(v, lang)}" for k, v in value.items() if v is not None)
    if isinstance(value, (list, tuple)):
        return ", ".join(_plain(v, lang) for v in value)
    return str(value)


def _spoke_text(spoke: Any, lang: str) -> str:
    if spoke is None:
        return "-"
    values = spoke.model_dump(exclude_none=True)
    parts = []
    for key, value in values.items():
        if key == "targets" and isinstance(value, dict):
            shown_targets = ", ".join(f"{tr(f'campaign.total.{k}', lang)} {_measure(k, v, lang)}" for k, v in value.items() if v is not None)
            parts.append(f"{tr('campaign.show.targets_word', lang)}: {shown_targets or '-'}")
        elif key == "reply_within_hours":
            parts.append(tr("campaign.show.reply_within", lang, hours=value))
        else:
            parts.append(f"{key}: {_plain(value, lang)}")
    return "; ".join(parts) or "-"


def wheel_section(summary: CampaignSummary, lang: str) -> Section:
    """Each spoke, inside out, planned (with what is planned) or missing."""
    wheel = summary.campaign.plan.wheel
    bullets = []
    for spoke in SPOKES:
        name = tr(f"campaign.spoke.{spoke}", lang)
        if summary.wheel[spoke]:
            bullets.append(tr("campaign.show.spoke_planned", lang, spoke=name, plan=_spoke_text(getattr(wheel, spoke), lang)))
        else:
            bullets.append(tr("campaign.show.spoke_missing", lang, spoke=name))
    missing = [s for s in SPOKES if not summary.wheel[s]]
    return Section(tr("campaign.show.wheel", lang), bullets=bullets, numbered=True, style="warning" if missing else "")


def channels_section(summary: CampaignSummary, lang: str) -> Section:
    status = summary.channels
    lines = [tr("campaign.show.requested", lang, channels=", ".join(status.requested))]
    approval = status.approval
    if approval is None or status.approved is None:
        lines.append(tr("campaign.show.no_approval", lang))
        return Section(tr("campaign.show.channels", lang), text=lines, style="warning")
    decided = tr("campaign.show.approved", lang, channels=", ".join(status.approved) or "-", by=approval.by, date=approval.date.isoformat())
    if approval.note:
        decided += f" ({approval.note})"
    lines.append(decided)
    if status.mismatch:
        lines.append(tr("campaign.show.mismatch", lang, channels=", ".join(status.mismatch), by=approval.by, date=approval.date.isoformat()))
    return Section(tr("campaign.show.channels", lang), text=lines, style="warning" if status.mismatch else "good")


# Short headings: nine columns fit a terminal of 100.
POST_HEADERS = ("campaign.col.post", "campaign.col.date", "campaign.col.channel", "campaign.col.as_of", "campaign.total.reach",
                "campaign.col.eng_rate", "campaign.col.ctr", "campaign.col.reply_rate", "campaign.col.redeemed")


def posts_section(summary: CampaignSummary, lang: str) -> Section:
    """Each post with the measures of its latest snapshot (of the date shown), and the totals:
    sums, and rates as ratios of sums."""
    if not summary.posts:
        return Section(tr("campaign.show.posts", lang), text=[tr("campaign.show.no_posts", lang)])
    rows = []
    for m in summary.posts:
        p = m.post
        rows.append([
            p.post, p.date.isoformat(), p.channel,
            m.snapshot.date.isoformat() if m.snapshot else "-",
            _count(m.count("reach"), lang), _share(m.engagement_rate, lang),
            _share(m.click_through, lang), _share(m.reply_rate, lang), _count(m.count("redemptions"), lang),
        ])
    t = summary.totals
    rows.append([tr("campaign.col.total", lang), "", "", "", _count(t.reach, lang), _share(t.engagement_rate, lang),
                 _share(t.click_through, lang), _share(t.reply_rate, lang), _count(t.redemptions, lang)])
    headers = [tr(k, lang) for k in POST_HEADERS]
    notes = [tr("campaign.show.posts_note", lang), tr("campaign.show.engagement_sum", lang, engagement=_count(t.engagement, lang), reach=_count(t.reach, lang))]
    if t.median_reply_minutes is not None:
        notes.append(tr("campaign.show.median_reply", lang, minutes=_measure("median_reply_minutes", t.median_reply_minutes, lang)))
    return Section(tr("campaign.show.posts", lang), table=Table(headers, rows, ["left"] * 4 + ["right"] * 5), bullets=notes)


def chart_lines(posts: Sequence[PostMeasures], lang: str, width: int = CHART_WIDTH) -> list[str]:
    """Reach (#) and engagement (=) per post, each on its own scale (engagement
    is a few percent of reach, and would not show on reach's)."""
    lines = [tr("campaign.chart.legend", lang)]
    top_reach = max((m.count("reach") or 0 for m in posts), default=0)
    top_engagement = max((m.engagement or 0 for m in posts), default=0)

    def bar(value: int | None, top: int, mark: str) -> str:
        if value is None:
            return " " * width
        filled = round(value / top * width) if top else 0
        return (mark * filled).ljust(width)

    for m in posts:
        reach, engagement = m.count("reach"), m.engagement
        rate = f"  {_share(m.engagement_rate, lang)}" if m.engagement_rate is not None else ""
        lines.append(f"{m.id:<4} {tr('campaign.chart.reach', lang):<11}{bar(reach, top_reach, '#')}  {_count(reach, lang):>9}")
        lines.append(f"{'':<4} {tr('campaign.chart.engagement', lang):<11}{bar(engagement, top_engagement, '=')}  {_count(engagement, lang):>9}{rate}")
    return lines


def cadence_section(summary: CampaignSummary, lang: str) -> Section:
    cadence = summary.cadence
    plan = summary.campaign.plan
    rows = [
        [g.start.isoformat(), g.end.isoformat(), g.post, str(g.days),
         tr("campaign.show.late_by", lang, days=g.late_days) if g.late_days else tr("campaign.show.on_time", lang)]
        for g in cadence.gaps
    ]
    headers = [tr(k, lang) for k in ("campaign.col.from", "campaign.col.to", "campaign.col.post", "campaign.col.days", "campaign.col.late")]
    if cadence.next_due is None:
        key = "campaign.show.not_running" if not plan.running(summary.today) else "campaign.show.no_next"
        status = tr(key, lang, start=plan.start.isoformat(), end=plan.end.isoformat())
    elif cadence.overdue:
        status = tr("campaign.show.overdue", lang, date=cadence.next_due.isoformat(), days=cadence.overdue_days)
    else:
        status = tr("campaign.show.next_due", lang, date=cadence.next_due.isoformat())
    late = len(cadence.late)
    text = [tr("campaign.show.cadence_rule", lang, days=cadence.cadence_days, late=late, gaps=len(cadence.gaps))]
    return Section(tr("campaign.show.cadence", lang), table=Table(headers, rows, ["left", "left", "left", "right", "left"]) if rows else None,
                   text=text, bullets=[status], style="warning" if cadence.overdue or late else "")


def targets_section(summary: CampaignSummary, lang: str) -> Section:
    if not summary.targets:
        return Section(tr("campaign.show.targets", lang), text=[tr("campaign.show.no_targets", lang)])
    rows = [
        [tr(f"campaign.total.{row.key}", lang), _measure(row.key, row.target, lang), _measure(row.key, row.actual, lang),
         percent(row.share, lang, 0) if row.share is not None else _na(lang)]
        for row in summary.targets
    ]
    headers = [tr(k, lang) for k in ("campaign.col.measure", "campaign.col.target", "campaign.col.actual", "campaign.col.reached")]
    return Section(tr("campaign.show.targets", lang), table=Table(headers, rows))


def mentions_section(summary: CampaignSummary, lang: str) -> Section:
    m = summary.mentions
    if not m.total:
        return Section(tr("campaign.show.mentions", lang), text=[tr("campaign.show.no_mentions", lang)])
    headers = [tr(k, lang) for k in ("campaign.sentiment.positive", "campaign.sentiment.neutral", "campaign.sentiment.negative",
                                     "campaign.col.replied")]
    rows = [[str(m.positive), str(m.neutral), str(m.negative), _share(m.replied_share, lang)]]
    note = [tr("campaign.show.replied_note", lang, said=m.replied + m.not_replied, total=m.total)]
    return Section(tr("campaign.show.mentions", lang), table=Table(headers, rows, ["right"] * 4), bullets=note,
                   style="warning" if m.negative_unreplied else "")


def offer_section(summary: CampaignSummary, lang: str) -> Section:
    check = summary.offer_check
    assert check is not None
    rows = [
        [tr("campaign.col.offer", lang), check.offer],
        [tr("campaign.col.as_of", lang), check.as_of.isoformat() if check.as_of else "-"],
        [tr("campaign.col.expected", lang), _count(check.expected_redemptions, lang)],
        [tr("campaign.col.tracked", lang), _count(check.tracked_redemptions, lang)],
        [tr("campaign.col.ratio", lang), percent(check.ratio, lang, 0) if check.ratio is not None else _na(lang)],
        [tr("campaign.col.assumed_rate", lang), _share(check.assumed_redemption_rate, lang)],
        [tr("campaign.col.suggested_rate", lang), _share(check.suggested_redemption_rate, lang) if check.off else "-"],
    ]
    headers = [tr("campaign.col.measure", lang), tr("campaign.col.value", lang)]
    text = [check.verdict().render(lang)]
    if check.expected_redemptions is not None and check.elapsed_days is not None and check.period_days:
        text.append(tr("campaign.show.expected_how", lang, elapsed=check.elapsed_days, period=check.period_days,
                       active=percent(check.active_fraction or 0.0, lang, 0),
                       date=check.as_of.isoformat() if check.as_of else "-"))
    return Section(tr("campaign.show.offer", lang), table=Table(headers, rows, ["left", "right"]), text=text,
                   style="warning" if check.off else "")


# --- after an event is recorded ------------------------------------------------------------


def recorded_text(done: Recorded, lang: str) -> str:
    """What `approve`, `post`, `track` and `mention` print after writing."""
    lines = [done.said.render(lang)]
    if done.link:
        lines.append(tr("campaign.done.link", lang, link=done.link))
    lines.extend(d.render(lang) for d in done.details)
    return "\n".join(visible(line) for line in lines) + "\n"


def imported_text(done: Imported, lang: str) -> str:
    """What `track --from FILE.csv` prints."""
    lines = [done.said.render(lang)]
    if done.appended and done.skipped:
        lines.append(tr("campaign.metrics.duplicates", lang, count=done.skipped))
    return "\n".join(visible(line) for line in lines) + "\n"


# --- the calendar ------------------------------------------------------------------------------


def calendar_document(found: CampaignCalendar, lang: str) -> Document:
    plan = found.campaign.plan
    rows = []
    for slot in found.slots:
        made = ", ".join(f"{p.post} {p.date.isoformat()} {p.channel}" + (f" ({p.kind})" if p.kind else "") for p in slot.posts)
        rows.append([str(slot.number), slot.date.isoformat(), made or "-"])
    headers = [tr(k, lang) for k in ("campaign.col.n", "campaign.col.planned", "campaign.col.posts_made")]
    subtitle = [tr("campaign.show.period", lang, start=plan.start.isoformat(), end=plan.end.isoformat(), days=plan.cadence_days)]
    section = Section(None, table=Table(headers, rows, ["right", "left", "left"]), text=[tr("campaign.cal.note", lang)])
    return Document(tr("campaign.cal.title", lang, title=plan.label()), subtitle, [section])


def calendar_json(found: CampaignCalendar) -> str:
    """`campaign calendar --format json`: each planned date with the posts made for it."""
    plan = found.campaign.plan
    return to_json({"campaign": plan.campaign, "cadence_days": plan.cadence_days, "start": plan.start.isoformat(),
                    "end": plan.end.isoformat(), "slots": [s.to_json() for s in found.slots]})


# --- campaigns across the workspace -------------------------------------------------------------


LIST_COLUMNS = ["campaign", "title", "product", "posts", "reach", "engagement_rate", "redemptions",
                "expected_redemptions", "mismatch", "next_due", "overdue"]


def list_json(rows: Sequence[CampaignRow]) -> str:
    """`campaign list --format json`: one object per campaign (`CampaignRow.to_json`)."""
    return to_json([r.to_json() for r in rows])


def list_csv(rows: Sequence[CampaignRow]) -> str:
    """`campaign list --format csv`: LIST_COLUMNS, the channels not approved joined by `;`."""
    records = []
    for r in rows:
        record = r.to_json()
        record["mismatch"] = ";".join(r.mismatch)
        records.append(record)
    return to_csv(LIST_COLUMNS, records)


def _next_due(row: CampaignRow, lang: str) -> str:
    if row.next_due is None:
        return "-"
    if row.overdue:
        return tr("campaign.list.overdue", lang, date=row.next_due.isoformat())
    return row.next_due.isoformat()


def campaign_section(rows: Sequence[CampaignRow], lang: str) -> Section:
    """The campaigns of the workspace as one table (`pln report`, `campaign list`):
    posts, reach, engagement rate, redemptions against those the offer
    expected, channels requested but not approved, and the next post due."""
    headers = [tr(k, lang) for k in ("campaign.col.campaign", "campaign.col.product", "campaign.col.posts", "campaign.total.reach",
                                     "campaign.total.engagement_rate", "campaign.col.redemptions_vs", "campaign.col.mismatch",
                                     "campaign.col.next_due")]
    table_rows = []
    for r in rows:
        redemptions = _count(r.redemptions, lang)
        if r.expected_redemptions is not None:
            redemptions = tr("campaign.list.vs", lang, tracked=redemptions, expected=_count(r.expected_redemptions, lang))
        table_rows.append([
            r.campaign, _product(r.product, lang), str(r.posts), _count(r.reach, lang), _share(r.engagement_rate, lang),
            redemptions, ", ".join(r.mismatch) or "-", _next_due(r, lang),
        ])
    if not table_rows:
        return Section(tr("campaign.list.title", lang), text=[tr("campaign.list.empty", lang)])
    mismatched = any(r.mismatch for r in rows)
    return Section(tr("campaign.list.title", lang),
                   table=Table(headers, table_rows, ["left", "left", "right", "right", "right", "right", "left", "left"]),
                   style="warning" if mismatched else "")


def list_document(rows: Sequence[CampaignRow], lang: str) -> Document:
    section = campaign_section(rows, lang)
    return Document(section.title or "", [], [Section(None, table=section.table, text=section.text)])
