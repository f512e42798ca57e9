"""Spend data files: histogram CSVs (read whole) and transaction CSVs (streamed).

A histogram is small by nature (one row per bucket of a warehouse
`GROUP BY`), so it is read and checked completely.  A transactions file
can hold millions of rows: it is never held in memory; `stream_amounts`
yields one amount at a time and collects bad rows as Problems.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pln_cli.i18n import Msg
from pln_cli.load.problem import Problem
from pln_cli.errors import InvalidValue
from pln_cli.money import parse_rupiah

HISTOGRAM_COLUMNS = ("lower", "upper", "count")
MAX_REPORTED_ROWS = 5
_BLOCK = 1 << 20


@dataclass(frozen=True)
class Bucket:
    lower: int
    upper: int
    count: int


def _field_column(line: str, index: int) -> int:
    """1-based character column of field `index` in a simple CSV line."""
    if '"' in line:
        return 1
    column = 1
    for i, part in enumerate(line.split(",")):
        if i == index:
            return column
        column += len(part) + 1
    return column


def _problem(display: str, line: int, column: int, code: str, message: Msg, hint: Msg | None, text: str | None, span: int = 1) -> Problem:
    return Problem(display, line, column, code, message, hint, source_line=text, span=span)


def _open_text(path: Path, display: str) -> tuple[str | None, list[Problem]]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None, [Problem(display, None, None, "data-missing", Msg("data.missing"), Msg("data.missing.hint"))]
    except OSError as exc:
        return None, [Problem(display, None, None, "io", Msg("io.read", {"error": exc.strerror or str(exc)}))]
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        return None, [Problem(display, None, None, "encoding", Msg("yaml.encoding"), Msg("yaml.encoding.hint"))]


def _header_index(header: list[str], wanted: tuple[str, ...], display: str, first_line: str) -> tuple[dict[str, int], list[Problem]]:
    names = [h.strip().lower() for h in header]
    missing = [w for w in wanted if w not in names]
    if missing:
        return {}, [
            _problem(
                display, 1, 1, "data-columns",
                Msg("data.columns", {"missing": ", ".join(missing), "found": ", ".join(h.strip() for h in header) or "-"}),
                Msg("data.columns.hint", {"wanted": ",".join(wanted)}),
                first_line, max(1, len(first_line)),
            )
        ]
    return {w: names.index(w) for w in wanted}, []


_HISTOGRAMS: dict[tuple, tuple[list[Bucket], list[Problem]]] = {}


def read_histogram(path: Path, display: str) -> tuple[list[Bucket], list[Problem]]:
    """Read and check a `lower,upper,count` histogram completely.

    Many offers may share one histogram: it is read once per process (keyed
    by path, size and modification time, so an edited file is read again).
    """
    try:
        stat = path.stat()
    except OSError:
        return _read_histogram(path, display)
    key = (str(path.resolve()), display, stat.st_size, stat.st_mtime_ns)
    if key not in _HISTOGRAMS:
        _HISTOGRAMS[key] = _read_histogram(path, display)
    buckets, problems = _HISTOGRAMS[key]
    return list(buckets), list(problems)


def _read_histogram(path: Path, display: str) -> tuple[list[Bucket], list[Problem]]:
    text, problems = _open_text(path, display)
    if text is None:
        return [], problems
    lines = text.splitlines()
    if not lines:
        return [], [Problem(display, None, None, "data-empty", Msg("data.empty"), Msg("data.histogram.hint"))]
    rows = csv.reader(lines)
    header = next(rows)
    index, problems = _header_index(header, HISTOGRAM_COLUMNS, display, lines[0])
    if problems:
        return [], problems
    buckets: list[tuple[Bucket, int]] = []
    for number, row in enumerate(rows, start=2):
        line = lines[number - 1]
        if not row or all(not cell.strip() for cell in row):
            continue
        values: dict[str, int] = {}
        for name in HISTOGRAM_COLUMNS:
            i = index[name]
            cell = row[i].strip() if i < len(row) else ""
            try:
                if name == "count":
                    if not cell.isdigit():
                        raise InvalidValue(Msg("data.count", {"value": f'"{cell}"'}), Msg("data.count.hint"))
                    values[name] = int(cell)
                else:
                    values[name] = parse_rupiah(cell)
            except InvalidValue as exc:
                problems.append(_problem(display, number, _field_column(line, i), "data-value", exc.message, exc.hint, line, max(1, len(cell))))
                break
        else:
            if values["upper"] <= values["lower"]:
                problems.append(
                    _problem(display, number, _field_column(line, index["upper"]), "data-bucket",
                             Msg("data.bucket_order"), Msg("data.histogram.hint"), line)
                )
            else:
                buckets.append((Bucket(values["lower"], values["upper"], values["count"]), number))
    if problems:
        return [], problems[:MAX_REPORTED_ROWS] + _more(display, len(problems))
    buckets.sort(key=lambda b: b[0].lower)
    for (previous, _), (bucket, number) in zip(buckets, buckets[1:]):
        if bucket.lower < previous.upper:
            return [], [
                _problem(display, number, _field_column(lines[number - 1], index["lower"]), "data-overlap",
                         Msg("data.overlap", {"lower": bucket.lower, "upper": previous.upper}),
                         Msg("data.histogram.hint"), lines[number - 1])
            ]
    result = [b for b, _ in buckets]
    if sum(b.count for b in result) == 0:
        return [], [Problem(display, None, None, "data-empty", Msg("data.empty"), Msg("data.histogram.hint"))]
    return result, []


def _more(display: str, total: int) -> list[Problem]:
    if total <= MAX_REPORTED_ROWS:
        return []
    return [Problem(display, None, None, "data-more", Msg("data.more", {"count": total - MAX_REPORTED_ROWS}))]


def check_transactions_header(path: Path, display: str, column: str) -> list[Problem]:
    """Cheap check for `pln check`: the file exists and has the column."""
    try:
        with path.open("r", encoding="utf-8-sig", newline="") as handle:
            first = handle.readline()
    except FileNotFoundError:
        return [Problem(display, None, None, "data-missing", Msg("data.missing"), Msg("data.missing.hint"))]
    except (OSError, UnicodeDecodeError) as exc:
        return [Problem(display, None, None, "io", Msg("io.read", {"error": str(exc)}))]
    header = next(csv.reader([first]), [])
    _, problems = _header_index(header, (column.lower(),), display, first.rstrip("\r\n"))
    return problems


@dataclass
class AmountStream:
    """Amounts of one column of a transactions CSV, one at a time.

    Iterate it once; afterwards `problems` lists the bad rows (the first few
    in detail and a count) and `rows` the number of good ones.
    """

    path: Path
    display: str
    column: str
    on_progress: Callable[[int, int], None] | None = None
    problems: list[Problem] = field(default_factory=list)
    rows: int = 0
    bad_rows: int = 0

    def __iter__(self) -> Iterator[int]:
        try:
            handle = self.path.open("rb")
        except FileNotFoundError:
            self.problems.append(Problem(self.display, None, None, "data-missing", Msg("data.missing"), Msg("data.missing.hint")))
            return
        with handle:
            total = self.path.stat().st_size
            text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
            reader = csv.reader(text)
            header = next(reader, None)
            if header is None:
                self.problems.append(Problem(self.display, None, None, "data-empty", Msg("data.empty")))
                return
            index, problems = _header_index(header, (self.column.lower(),), self.display, ",".join(header))
            if problems:
                self.problems.extend(problems)
                return
            i = index[self.column.lower()]
            progress = self.on_progress
            next_report = _BLOCK
            rows = 0
            for row in reader:
                rows += 1
                try:
                    value = int(row[i])
                    if value < 0:
                        raise ValueError
                except (ValueError, IndexError):
                    value = self._salvage(row, i, reader.line_num)
                    if value is None:
                        continue
                yield value
                if progress is not None and rows & 0x3FFF == 0:
                    position = handle.tell()
                    if position >= next_report:
                        progress(position, total)
                        next_report = position + _BLOCK
            self.rows = rows - self.bad_rows
            if progress is not None:
                progress(total, total)
        if self.bad_rows > MAX_REPORTED_ROWS:
            self.problems.append(Problem(self.display, None, None, "data-more", Msg("data.more", {"count": self.bad_rows - MAX_REPORTED_ROWS})))

    def _salvage(self, row: list[str], i: int, line: int) -> int | None:
        """A row int() refused: blank line, `125000.00`, or a real error."""
        if not row or (len(row) == 1 and not row[0].strip()):
            return None  # blank lines carry no transaction
        cell = row[i].strip() if i < len(row) else None
        if cell is not None:
            whole, dot, fraction = cell.partition(".")
            if whole.isdigit() and (not dot or (fraction and set(fraction) == {"0"})):
                return int(whole)
        self.bad_rows += 1
        if self.bad_rows <= MAX_REPORTED_ROWS:
            if cell is None:
                message, hint = Msg("data.row_missing", {"column": self.column}), Msg("data.row.hint")
            elif cell.lstrip().startswith("-"):
                message, hint = Msg("data.row_negative", {"value": f'"{cell}"'}), Msg("data.row.hint")
            else:
                message, hint = Msg("data.row_value", {"value": f'"{cell}"'}), Msg("data.row.hint")
            self.problems.append(Problem(self.display, line, None, "data-row", message, hint))
        return None
