"""Metric snapshots from CSV: the contract's columns, or Meta's insights export.

`pln campaign track C --from FILE.csv` reads one snapshot per row.  Two
layouts are understood, told apart by the header:

**The contract's layout** (CAMPAIGNS.md): columns `post,date` and any of
`reach, views, likes, comments, shares, saves, clicks, answered,
reply_minutes, redemptions`.  An empty cell is not given; an empty `date`
is the command's date (`--date`, else `--today`).  A post id the campaign
does not know is an error at its line:column.

**Meta's insights export** (Meta Business Suite > Insights > Content >
Export, for a Facebook Page or an Instagram account), recognised by a
`Post ID`, `Publish time` or `Permalink` column.  Column mapping
(header names compared without regard to case):

| pln count | Meta column (first one present)      |
|-----------|--------------------------------------|
| reach     | Reach                                |
| views     | Views, else Impressions              |
| likes     | Reactions (Facebook), Likes (Instagram) |
| comments  | Comments                             |
| shares    | Shares                               |
| saves     | Saves                                |
| clicks    | Link clicks, else Total clicks       |

The channel is Instagram when the export has `Account username`,
`Account name` or `Account ID`, Facebook when it has `Page ID` or
`Page name`.  A row is matched to a post, in this order, by:
1. a `post` column (p1, p2...) added by hand;
2. a UTM-tagged link in any cell whose `utm_campaign` is this campaign:
   its `utm_content` names the post;
3. a post's `code` appearing as a word in the row's text;
4. the date of `Publish time` (Meta writes MM/DD/YYYY HH:MM) and the
   channel: the one post of that channel on that day, else on the day
   before or after (Meta may write times in another time zone).
A row matching no post (an export lists every post of the page) or
several is a warning Problem at its line:column and is skipped; an export
of which no row matches is an error.  The snapshot's date is the row's
`Date` when it is a date (Meta often writes "Lifetime"), else the
command's date.  Meta does not know `answered`, `reply_minutes` or
`redemptions`: they are carried over from the post's latest snapshot, so
that the new snapshot, which counts whole, does not lose them.

Both layouts: columns pln does not use are ignored with a note; a cell
that a spreadsheet would have run as a formula is only ever read as a
count, a date or a post id (a leading `'` that pln's own CSV output adds
before such a cell is dropped).  Snapshots are cumulative, so importing
the same file twice counts nothing twice; `campaign.measures.new_snapshots`
drops the rows already recorded before anything is appended.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from pln_cli.i18n import Msg
from pln_cli.load.paths import display_path
from pln_cli.load.problem import Problem
from pln_cli.model.campaign import COUNTS, Campaign, Snapshot

MAX_BYTES = 20 * 1024 * 1024
MAX_REPORTED = 20

META_COLUMNS: dict[str, tuple[str, ...]] = {
    "reach": ("reach",),
    "views": ("views", "impressions"),
    "likes": ("reactions", "likes"),
    "comments": ("comments",),
    "shares": ("shares",),
    "saves": ("saves",),
    "clicks": ("link clicks", "total clicks"),
}
META_SIGNATURE = ("post id", "publish time", "permalink")
# Columns a Meta row is matched by (used, so not reported as ignored).
META_MATCH_COLUMNS = ("post", "post id", "publish time", "permalink", "description", "title", "date",
                      "page id", "page name", "account id", "account username", "account name")
INSTAGRAM_MARKERS = ("account username", "account name", "account id")
FACEBOOK_MARKERS = ("page id", "page name")
CARRIED = ("answered", "reply_minutes", "redemptions")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_COUNT_GROUPED = re.compile(r"^[0-9]{1,3}(?:([.,])[0-9]{3})(?:\1[0-9]{3})*$", re.ASCII)
_URL = re.compile(r"https?://[^\s\"'<>]+")
_DATE_FORMATS = ("%Y-%m-%d", "%m/%d/%Y %H:%M", "%m/%d/%Y %H:%M:%S", "%m/%d/%Y", "%Y-%m-%d %H:%M:%S",
                 "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%S%z")


@dataclass
class MetricsImport:
    """What a CSV holds for a campaign: snapshots in file order, problems, notes."""

    snapshots: list[Snapshot] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    notes: list[Msg] = field(default_factory=list)
    layout: str = "pln"  # "pln" (the contract's columns) | "meta"
    channel: str | None = None  # Meta: the export's channel, when it tells
    rows: int = 0  # data rows read (blank lines not counted)

    @property
    def ok(self) -> bool:
        return not any(p.severity == "error" for p in self.problems)


@dataclass
class _Row:
    line: int  # physical line where the record starts
    raw: str  # the record's text (several lines when a quoted cell spans lines)
    cells: list[str]
    starts: list[tuple[int, int]]  # per cell: (line offset within the record, column)


def read_metrics_csv(path: Path, campaign: Campaign, default_date: date) -> MetricsImport:
    display = display_path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return MetricsImport(problems=[Problem(display, None, None, "size", Msg("campaign.metrics.too_large", {"size": size}))])
        raw = path.read_bytes()
    except FileNotFoundError:
        return MetricsImport(problems=[Problem(display, None, None, "data-missing", Msg("data.missing"))])
    except OSError as exc:
        return MetricsImport(problems=[Problem(display, None, None, "io", Msg("io.read", {"error": exc.strerror or str(exc)}))])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return MetricsImport(problems=[Problem(display, None, None, "encoding", Msg("yaml.encoding"), Msg("yaml.encoding.hint"))])
    return parse_metrics_csv(text, display, campaign, default_date)


def _cell_starts(raw: str, delimiter: str) -> list[tuple[int, int]]:
    """Where each cell of one CSV record starts: (line offset, 1-based column)."""
    starts = [(0, 1)]
    line, column = 0, 1
    in_quotes = False
    at_start = True
    i, n = 0, len(raw)
    while i < n:
        ch = raw[i]
        if in_quotes:
            if ch == '"':
                if i + 1 < n and raw[i + 1] == '"':
                    i += 2
                    column += 2
                    continue
                in_quotes = False
        elif ch == '"' and at_start:
            in_quotes = True
        elif ch == delimiter:
            starts.append((line, column + 1))
            at_start = True
            i += 1
            column += 1
            continue
        elif ch in "\r\n":
            break
        at_start = False
        if ch == "\n" or (ch == "\r" and not (i + 1 < n and raw[i + 1] == "\n")):
            line, column = line + 1, 0
        column += 1
        i += 1
    return starts


def _records(text: str, delimiter: str, skip: int) -> list[_Row]:
    lines = io.StringIO(text, newline="").readlines()
    reader = csv.reader(iter(lines[skip:]), delimiter=delimiter)
    rows = []
    previous = 0
    for cells in reader:
        start, end = previous + 1, reader.line_num
        previous = end
        raw = "".join(lines[skip + start - 1: skip + end])
        rows.append(_Row(skip + start, raw, cells, _cell_starts(raw, delimiter)))
    return rows


def _delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _problem(display: str, row: _Row, index: int | None, code: str, message: Msg, hint: Msg | None = None,
             severity: str = "error") -> Problem:
    offset, column = row.starts[index] if index is not None and index < len(row.starts) else (0, 1)
    physical = row.raw.splitlines()
    source_line = physical[offset] if offset < len(physical) else None
    span = len(row.cells[index]) if index is not None and index < len(row.cells) else 1
    return Problem(display, row.line + offset, column, code, message, hint, severity=severity,
                   source_line=source_line, span=max(1, span))


def _cell(row: _Row, index: int | None) -> str:
    if index is None or index >= len(row.cells):
        return ""
    value = row.cells[index].strip()
    if value.startswith("'") and value[1:2] and value[1:2] in _FORMULA_START:
        value = value[1:]  # pln's own CSV output neutralises formulas this way
    return value


def _count(text: str) -> int | None:
    if text.isascii() and text.isdigit():
        return int(text)
    match = _COUNT_GROUPED.match(text)
    if match:
        return int(text.replace(match.group(1), ""))
    return None


def _date(text: str) -> date | None:
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _iso_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text) else None
    except ValueError:
        return None


def parse_metrics_csv(text: str, display: str, campaign: Campaign, default_date: date) -> MetricsImport:
    """Snapshots from CSV text; see the module's docstring for the layouts."""
    result = MetricsImport()
    text = text.removeprefix("\ufeff")
    lines = io.StringIO(text, newline="").readlines()
    skip = 0
    delimiter = None
    if lines and lines[0].strip().lower().startswith("sep=") and len(lines[0].strip()) == 5:
        delimiter = lines[0].strip()[4]  # Excel's separator hint
        skip = 1
    while skip < len(lines) and not lines[skip].strip():
        skip += 1
    if skip >= len(lines):
        result.problems.append(Problem(display, None, None, "metrics-empty", Msg("campaign.metrics.empty")))
        return result
    delimiter = delimiter or _delimiter(lines[skip])
    records = _records(text, delimiter, skip)
    header, rows = records[0], records[1:]
    names = [h.strip().lower() for h in header.cells]
    index = {}
    for i, name in enumerate(names):
        index.setdefault(name, i)
    if any(name in index for name in META_SIGNATURE):
        _parse_meta(result, display, campaign, default_date, header, rows, names, index)
    else:
        _parse_pln(result, display, campaign, default_date, header, rows, names, index)
    errors = [p for p in result.problems if p.severity == "error"]
    if len(errors) > MAX_REPORTED:
        kept = errors[:MAX_REPORTED] + [p for p in result.problems if p.severity != "error"]
        result.problems = kept + [Problem(display, None, None, "data-more", Msg("data.more", {"count": len(errors) - MAX_REPORTED}))]
    return result


def _ignored(result: MetricsImport, header: _Row, used: set[int]) -> None:
    ignored = [header.cells[i].strip() for i in range(len(header.cells)) if i not in used and header.cells[i].strip()]
    if ignored:
        result.notes.append(Msg("campaign.metrics.ignored", {"columns": ", ".join(ignored)}))


def _blank(row: _Row) -> bool:
    return all(not cell.strip() for cell in row.cells)


def _counts(result: MetricsImport, display: str, row: _Row, columns: dict[str, int], header: _Row) -> dict[str, int] | None:
    """The counts a row gives; None when one of them is bad (a Problem is recorded)."""
    counts: dict[str, int] = {}
    ok = True
    for key, i in columns.items():
        cell = _cell(row, i)
        if not cell:
            continue
        value = _count(cell)
        if value is None:
            result.problems.append(_problem(display, row, i, "metrics-count",
                                            Msg("campaign.metrics.count", {"value": f'"{cell}"', "column": header.cells[i].strip()}),
                                            Msg("campaign.metrics.count.hint")))
            ok = False
        else:
            counts[key] = value
    return counts if ok else None


def _parse_pln(result: MetricsImport, display: str, campaign: Campaign, default_date: date,
               header: _Row, rows: list[_Row], names: list[str], index: dict[str, int]) -> None:
    result.layout = "pln"
    missing = [name for name in ("post", "date") if name not in index]
    if missing:
        first = header.raw.splitlines()[0] if header.raw else ""
        result.problems.append(Problem(
            display, header.line, 1, "metrics-columns",
            Msg("campaign.metrics.columns", {"missing": ", ".join(missing), "found": ", ".join(c.strip() for c in header.cells) or "-"}),
            Msg("campaign.metrics.columns.hint", {"counts": ", ".join(COUNTS)}), source_line=first, span=max(1, len(first)),
        ))
        return
    columns = {key: index[key] for key in COUNTS if key in index}
    _ignored(result, header, {index["post"], index["date"], *columns.values()})
    known = [p.post for p in campaign.posts]
    for row in rows:
        if _blank(row):
            continue
        result.rows += 1
        post = _cell(row, index["post"])
        ok = True
        if post not in known:
            result.problems.append(_problem(display, row, index["post"], "metrics-post",
                                            Msg("campaign.metrics.unknown_post", {"post": f'"{post}"'}),
                                            Msg("campaign.unknown_post.hint", {"known": ", ".join(known) or "-"})))
            ok = False
        text = _cell(row, index["date"])
        day = _iso_date(text) if text else default_date
        if day is None:
            result.problems.append(_problem(display, row, index["date"], "metrics-date",
                                            Msg("campaign.metrics.date", {"value": f'"{text}"'}), Msg("campaign.metrics.date.hint")))
            ok = False
        counts = _counts(result, display, row, columns, header)
        if not ok or counts is None or day is None:
            continue
        if not counts:
            result.problems.append(_problem(display, row, index["post"], "metrics-no-counts",
                                            Msg("campaign.metrics.no_counts"), severity="warning"))
            continue
        result.snapshots.append(Snapshot(post=post, date=day, **counts))


def _match(campaign: Campaign, row: _Row, index: dict[str, int], channel: str | None) -> tuple[list[str], int | None]:
    """Candidate posts for a Meta row, by the documented rules; and the cell to blame."""
    posts = campaign.posts
    known = {p.post for p in posts}
    if "post" in index and _cell(row, index["post"]):
        value = _cell(row, index["post"])
        return ([value] if value in known else []), index["post"]
    text = " ".join(row.cells)
    by_link = []
    for url in _URL.findall(text):
        query = parse_qs(urlsplit(url).query)
        if query.get("utm_campaign", [None])[0] == campaign.id:
            content = query.get("utm_content", [None])[0]
            if content in known and content not in by_link:
                by_link.append(content)
    if by_link:
        return by_link, None
    by_code = [p.post for p in posts if p.code and re.search(
        r"(?<![A-Za-z0-9])" + re.escape(p.code) + r"(?![A-Za-z0-9])", text, re.IGNORECASE)]
    if by_code:
        return by_code, None
    blame = index.get("publish time")
    published = _date(_cell(row, blame)) if blame is not None else None
    if published is None:
        return [], blame
    same_channel = [p for p in posts if channel is None or p.channel == channel]
    exact = [p.post for p in same_channel if p.date == published]
    if exact:
        return exact, blame
    near = [p.post for p in same_channel if abs((p.date - published).days) == 1]
    return near, blame


def _parse_meta(result: MetricsImport, display: str, campaign: Campaign, default_date: date,
                header: _Row, rows: list[_Row], names: list[str], index: dict[str, int]) -> None:
    from pln_cli.campaign.measures import latest_snapshots

    result.layout = "meta"
    if any(m in index for m in INSTAGRAM_MARKERS):
        result.channel = "instagram"
    elif any(m in index for m in FACEBOOK_MARKERS):
        result.channel = "facebook"
    columns: dict[str, int] = {}
    for key, candidates in META_COLUMNS.items():
        for name in candidates:
            if name in index:
                columns[key] = index[name]
                break
    used = set(columns.values()) | {index[name] for name in META_MATCH_COLUMNS if name in index}
    mapped = ", ".join(f"{header.cells[i].strip()} -> {key}" for key, i in columns.items()) or "-"
    result.notes.append(Msg("campaign.metrics.meta", {"channel": result.channel or "?", "mapped": mapped}))
    _ignored(result, header, used)
    latest = latest_snapshots(campaign)
    carried_any = False
    for row in rows:
        if _blank(row):
            continue
        result.rows += 1
        candidates, blame = _match(campaign, row, index, result.channel)
        if len(candidates) != 1:
            blame = blame if blame is not None else index.get("post id", 0)
            if candidates:
                message = Msg("campaign.metrics.ambiguous", {"posts": ", ".join(candidates)})
            else:
                message = Msg("campaign.metrics.unmatched", {"campaign": campaign.id})
            result.problems.append(_problem(display, row, blame, "metrics-unmatched", message,
                                            Msg("campaign.metrics.match.hint"), severity="warning"))
            continue
        post = candidates[0]
        counts = _counts(result, display, row, columns, header)
        if counts is None:
            continue
        if not counts:
            result.problems.append(_problem(display, row, blame, "metrics-no-counts", Msg("campaign.metrics.no_counts"), severity="warning"))
            continue
        day = default_date
        if "date" in index:
            day = _date(_cell(row, index["date"])) or default_date
        previous = latest.get(post)
        if previous is not None:
            for key in CARRIED:
                value = getattr(previous, key)
                if value is not None and key not in counts:
                    counts[key] = value
                    carried_any = True
        result.snapshots.append(Snapshot(post=post, date=day, **counts))
    if carried_any:
        result.notes.append(Msg("campaign.metrics.carried", {"counts": ", ".join(CARRIED)}))
    if result.rows and not result.snapshots and result.ok:
        result.problems.append(Problem(display, None, None, "metrics-unmatched",
                                       Msg("campaign.metrics.none_matched", {"campaign": campaign.id}),
                                       Msg("campaign.metrics.match.hint")))
