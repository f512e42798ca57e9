"""`pln due`: one list of what needs doing soon, soonest first, overdue marked."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from pln_cli.api.due import DueList
from pln_cli.i18n import tr
from pln_cli.prep.due import to_json
from pln_cli.render.document import Document, Section, Table

COLUMNS = ["date", "kind", "ref", "what", "overdue"]


def records(found: DueList, lang: str) -> list[dict[str, Any]]:
    """PREP.md's `{date, kind, ref, what, overdue}`, `what` in `lang`."""
    return to_json(found.items, lang)


def due_document(found: DueList, lang: str) -> Document:
    horizon = (found.today + timedelta(days=found.within)).isoformat()
    title = tr("due.title", lang, until=horizon)
    subtitle = [tr("due.subtitle", lang, today=found.today.isoformat(), days=found.within)]
    if not found.items:
        return Document(title, subtitle, [Section(None, text=[tr("due.empty", lang, days=found.within)], style="good")])
    rows = [
        [i.date.isoformat(), tr("due.overdue", lang) if i.overdue else "", tr(f"due.kind.{i.kind}", lang), i.ref, i.what.render(lang)]
        for i in found.items
    ]
    headers = [tr(k, lang) for k in ("deal.date", "due.when", "due.kind", "due.ref", "due.what")]
    overdue = sum(1 for i in found.items if i.overdue)
    text = [tr("due.count", lang, count=len(found.items), overdue=overdue)]
    return Document(title, subtitle, [Section(None, table=Table(headers, rows, ["left"] * 5), text=text)])
