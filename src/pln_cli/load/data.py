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

from pln_cli.i18n import Msg, Num
from pln_cli.load.problem import Problem
from pln_cli.errors import InvalidValue
from pln_cli.money import MAX_RUPIAH, parse_rupiah

MAX_AMOUNT = MAX_RUPIAH

HISTOGRAM_COLUMNS = ("lower", "upper", "count")
MAX_REPORTED_ROWS = 5
# Limits (README, "Limits"): a histogram is a GROUP BY, not raw data; a
# count beyond a trillion transactions or a CSV field beyond 1 MB is a
# mistake, and each would otherwise cost memory or overflow the model.
MAX_BUCKETS = 100_000
MAX_COUNT = 10**12
MAX_FIELD_BYTES = 1 << 20
csv.field_size_limit(MAX_FIELD_BYTES)


def plain_digits(cell: str) -> bool:
    """ASCII 0-9 only: `str.isdigit()` alone also takes "²", "٤٥٠" and
    full-width digits, and `int()` takes "450_000", "+5" and " 5"; money in
    a CSV follows the same digit rules as money in YAML."""
    return cell.isascii() and cell.isdigit()


def csv_amount(cell: str) -> int | None:
    """A CSV amount: plain digits, optionally with a zero fraction
    (`125000.00`, as spreadsheets export); None for anything else."""
    whole, dot, fraction = cell.partition(".")
    if plain_digits(whole) and (not dot or (plain_digits(fraction) and set(fraction) == {"0"})):
        return int(whole) if len(whole) <= 16 else None
    return None
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
    twice = sorted({w for w in wanted if names.count(w) > 1})
    if twice:
        return {}, [
            _problem(display, 1, 1, "data-columns", Msg("data.columns_twice", {"columns": ", ".join(twice)}),
                     Msg("data.columns_twice.hint"), first_line, max(1, len(first_line)))
        ]
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
    if len(lines) > MAX_BUCKETS + 1:
        return [], [Problem(display, None, None, "data-size", Msg("data.too_many_buckets", {"rows": len(lines) - 1, "max": MAX_BUCKETS}), Msg("data.too_many_buckets.hint"))]
    rows = csv.reader(lines)
    try:
        header = next(rows)
    except csv.Error as exc:
        return [], [_problem(display, 1, 1, "data-csv", Msg("data.csv", {"detail": str(exc)}), Msg("data.histogram.hint"), lines[0])]
    index, problems = _header_index(header, HISTOGRAM_COLUMNS, display, lines[0])
    if problems:
        return [], problems
    buckets: list[tuple[Bucket, int]] = []
    numbered = enumerate(rows, start=2)
    while True:
        try:
            number, row = next(numbered)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(Problem(display, None, None, "data-csv", Msg("data.csv", {"detail": str(exc)}), Msg("data.histogram.hint")))
            break
        line = lines[number - 1]
        if not row or all(not cell.strip() for cell in row):
            continue
        values: dict[str, int] = {}
        for name in HISTOGRAM_COLUMNS:
            i = index[name]
            cell = row[i].strip() if i < len(row) else ""
            try:
                if name == "count":
                    if not plain_digits(cell):
                        raise InvalidValue(Msg("data.count", {"value": f'"{cell}"'}), Msg("data.count.hint"))
                    if len(cell) > 13 or int(cell) > MAX_COUNT:
                        raise InvalidValue(Msg("data.count_too_large", {"value": f'"{cell[:20]}"', "max": Num(MAX_COUNT)}), Msg("data.count.hint"))
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
            try:
                header = next(reader, None)
            except csv.Error as exc:
                self.problems.append(Problem(self.display, 1, None, "data-csv", Msg("data.csv", {"detail": str(exc)}), Msg("data.row.hint")))
                return
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
            while True:
                try:
                    row = next(reader)
                except StopIteration:
                    break
                except csv.Error as exc:
                    # A field over the size limit, a NUL byte: the rest of the
                    # file cannot be read reliably, so stop with the reason.
                    self.problems.append(Problem(self.display, reader.line_num, None, "data-csv", Msg("data.csv", {"detail": str(exc)}), Msg("data.row.hint")))
                    return
                rows += 1
                cell = row[i] if i < len(row) else ""
                if cell.isdigit() and cell.isascii() and len(cell) <= 16:
                    value = int(cell)
                else:
                    value = self._salvage(row, i, reader.line_num)
                    if value is None:
                        continue
                if value > MAX_AMOUNT:
                    self._bad(Msg("data.row_value", {"value": f'"{cell}"'}), reader.line_num)
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
            amount = csv_amount(cell)
            if amount is not None:
                return amount
        if cell is None:
            message = Msg("data.row_missing", {"column": self.column})
        elif cell.lstrip().startswith("-"):
            message = Msg("data.row_negative", {"value": f'"{cell[:40]}"'})
        else:
            message = Msg("data.row_value", {"value": f'"{cell[:40]}"'})
        self._bad(message, line)
        return None

    def _bad(self, message: Msg, line: int) -> None:
        self.bad_rows += 1
        if self.bad_rows <= MAX_REPORTED_ROWS:
            self.problems.append(Problem(self.display, line, None, "data-row", message, Msg("data.row.hint")))
        return None
