"""Spend data files: histogram CSVs (read whole) and transaction CSVs (streamed).

A histogram is small by nature (one row per bucket of a warehouse
`GROUP BY`), so it is read and checked completely.  A transactions file
can hold millions of rows: it is never held in memory; `stream_amounts`
yields one amount at a time and collects bad rows as Problems.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Callable, Iterator
from typing import BinaryIO
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
# Bytes read at a time.  A block's text, its split fields and its amounts
# then stay in the CPU's cache: 128 KiB read a million rows faster than
# 1 MiB did (0.4-0.7 s against 0.85 s) and in 17 MiB instead of 40.
# Measured again after the reader lost a pass: 32, 64 and 128 KiB alike
# (0.28 s CPU), 256 KiB 0.34 s, 1 MiB 0.67 s.
_BLOCK = 1 << 17


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


def is_parquet(path: Path) -> bool:
    """A transactions file in parquet (a warehouse export) rather than CSV."""
    return path.suffix.lower() == ".parquet"


def check_transactions_header(path: Path, display: str, column: str) -> list[Problem]:
    """Cheap check for `pln check`: the file exists and has the column
    (for parquet: the column and its type, from the file's schema)."""
    if is_parquet(path):
        arrow = _arrow(display)
        if isinstance(arrow, Problem):
            return [arrow] if path.is_file() else [Problem(display, None, None, "data-missing", Msg("data.missing"), Msg("data.missing.hint"))]
        return arrow.parquet_header_problems(path, display, column)
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


def _arrow(display: str):  # -> module pln_cli.load.arrow | Problem
    """The pyarrow reader, or the Problem saying which extra installs it."""
    try:
        from pln_cli.load import arrow
    except ImportError:
        return Problem(display, None, None, "data-extra", Msg("data.parquet_needs_extra"), Msg("data.parquet_needs_extra.hint"))
    return arrow


# Below this size the stdlib reader finishes before pyarrow would be imported
# (importing pyarrow costs about as much as reading 4 MiB of plain CSV).
ARROW_FROM_BYTES = 4 << 20


def _arrow_for_csv(size: int):  # -> module pln_cli.load.arrow | None
    if size < ARROW_FROM_BYTES or os.environ.get("PLN_NO_PYARROW"):
        return None
    try:
        from pln_cli.load import arrow
    except ImportError:  # the data extra is not installed: the stdlib reads it
        return None
    return arrow


def _whole_amounts(body: bytes, i: int, width: int) -> list[int] | None:
    """The amounts in column `i` of `body` (complete lines of a plain CSV,
    one per newline), or None when anything in it needs a closer look.

    No Python code runs per row.  Each newline becomes "\n," so that
    splitting at commas leaves it at the end of each line's last field
    (and the growth of the text is the number of lines, which saves a
    counting pass); the line count equals the newlines found in every
    `width`-th field exactly when each line has `width` fields.  The
    column must then be ASCII digits only (the money rule), and JSON reads
    the joined column in one C call; it refuses an empty cell and a
    leading zero, which the closer look then judges.
    """
    spread = body.replace(b"\n", b"\n,")
    lines = len(spread) - len(body)
    fields = spread.split(b",")
    fields.pop()  # the empty piece after the last newline
    if len(fields) != lines * width:
        return None
    column = b",".join(fields[i::width])
    ends = column if i == width - 1 else b"".join(fields[width - 1::width])
    if ends.count(b"\n") != lines:
        return None
    # Deleting every allowed byte leaves nothing: one pass, where
    # deleting the separators and asking isdigit() took two.
    if column.translate(None, b"0123456789,\n"):
        return None
    try:
        values = json.loads(b"[" + column + b"]")
    except ValueError:  # an empty cell, a leading zero
        return None
    if len(values) != lines:  # one line with an empty cell reads as []
        return None
    # Amounts are never negative, so a block whose total is within the
    # limit has every amount within it; sum() costs a third of max().
    if sum(values) > MAX_AMOUNT and max(values) > MAX_AMOUNT:
        return None
    return values


def _skip(chunks: Iterator[list[int]], count: int) -> Iterator[list[int]]:
    """`chunks` without their first `count` values."""
    for chunk in chunks:
        if count >= len(chunk):
            count -= len(chunk)
            continue
        yield chunk[count:] if count else chunk
        count = 0


@dataclass
class AmountStream:
    """Amounts of one column of a transactions file, streamed in chunks.

    `chunks()` yields sequences of amounts (lists, or arrays read by
    pyarrow: see `econ.dist.Empirical.from_chunks`), a block of the file
    at a time; iterating the stream yields the amounts one by one.
    Afterwards `problems` lists the bad rows (the first few in detail, and
    a count); when there are any, the amounts already handed out must not
    be used.

    A CSV is read by pyarrow when the data extra is installed and the file
    is big enough to repay importing it; otherwise by the standard library,
    in 128 KiB blocks (`_whole_amounts`, no Python code per row).  Anything
    unusual sends the reading to the exact path: a block with a bad value
    or a blank line is read line by line, naming each bad row; a quote
    hands the rest of the file to the `csv` module; and pyarrow hands the
    file to the standard library, which skips the amounts already handed
    out, so every Problem is reported with its line, exactly as without
    pyarrow.  A `.parquet` file needs pyarrow (`load/arrow.py`).
    """

    path: Path
    display: str
    column: str
    on_progress: Callable[[int, int], None] | None = None
    problems: list[Problem] = field(default_factory=list)
    rows: int = 0
    bad_rows: int = 0

    def __iter__(self) -> Iterator[int]:
        for chunk in self.chunks():
            yield from chunk

    def chunks(self) -> Iterator:
        if is_parquet(self.path):
            if not self.path.is_file():
                self.problems.append(Problem(self.display, None, None, "data-missing", Msg("data.missing"), Msg("data.missing.hint")))
                return
            arrow = _arrow(self.display)
            if isinstance(arrow, Problem):
                self.problems.append(arrow)
                return
            yield from arrow.parquet_chunks(self)
            self._finish()
            return
        try:
            handle = self.path.open("rb")
        except FileNotFoundError:
            self.problems.append(Problem(self.display, None, None, "data-missing", Msg("data.missing"), Msg("data.missing.hint")))
            return
        with handle:
            total = os.fstat(handle.fileno()).st_size
            first = handle.readline(MAX_FIELD_BYTES)
            header_text = first.decode("utf-8-sig", errors="replace").rstrip("\r\n")
            if not header_text.strip():
                self.problems.append(Problem(self.display, None, None, "data-empty", Msg("data.empty")))
                return
            if '"' in header_text:
                handle.seek(0)
                yield from self._exact(handle, 0, None)
                return
            header = header_text.split(",")
            index, problems = _header_index(header, (self.column.lower(),), self.display, header_text)
            if problems:
                self.problems.extend(problems)
                return
            i, width = index[self.column.lower()], len(header)
            handed = 0
            arrow = _arrow_for_csv(total) if first.endswith(b"\n") else None
            if arrow is not None:
                complete, handed = yield from arrow.csv_chunks(self.path, i, width, self.on_progress)
                if complete:
                    self.rows = handed
                    return
                # Something unusual: the stdlib reads the file again to
                # report it exactly, skipping what pyarrow handed out.
                handle.seek(len(first))
            yield from _skip(self._plain(handle, total, i, width), handed)
        self._finish()

    def _plain(self, handle: BinaryIO, total: int, i: int, width: int) -> Iterator[list[int]]:
        """The stdlib reading of the rows after the header, a block at a time."""
        line = 1  # lines read so far
        rest = b""
        while True:
            block = handle.read(_BLOCK)
            if not block:
                break
            data = rest + block
            cut = data.rfind(b"\n")
            if cut < 0:
                if len(data) > MAX_FIELD_BYTES:
                    self.problems.append(Problem(self.display, line + 1, None, "data-csv", Msg("data.csv", {"detail": "line too long"}), Msg("data.row.hint")))
                    return
                rest = data
                continue
            body, rest = data[: cut + 1], data[cut + 1:]
            if b'"' in body:
                # Quoting from here on: the csv module reads the rest exactly.
                handle.seek(handle.tell() - len(rest) - len(body))
                yield from self._exact(handle, line, i, finish=False)
                return
            values, count = self._block(body, i, width, line)
            yield values
            line += count
            if self.on_progress is not None:
                self.on_progress(handle.tell() - len(rest), total)
        if rest.strip():
            if b'"' in rest:
                handle.seek(total - len(rest))
                yield from self._exact(handle, line, i, finish=False)
                return
            yield self._block(rest + b"\n", i, width, line)[0]
        if self.on_progress is not None:
            self.on_progress(total, total)

    def _block(self, body: bytes, i: int, width: int, first_line: int) -> tuple[list[int], int]:
        """The amounts of the complete lines in `body` and how many lines
        they were; first_line is the number before them."""
        if b"\r" in body:
            body = body.replace(b"\r\n", b"\n")
        values = None if b"\r" in body else _whole_amounts(body, i, width)
        if values is not None:
            self.rows += len(values)
            return values, len(values)
        lines = body.split(b"\n")
        lines.pop()  # the empty piece after the last newline
        return self._chunk(lines, i, first_line), len(lines)

    def _chunk(self, lines: list[bytes], i: int, first_line: int) -> list[int]:
        """Line by line, naming each bad row; first_line is the number before them."""
        values = []
        for offset, ln in enumerate(lines, start=1):
            ln = ln.rstrip(b"\r")
            if not ln.strip():
                continue  # a blank line carries no transaction
            if ln.count(b",") < i:
                self._bad(Msg("data.row_missing", {"column": self.column}), first_line + offset)
                continue
            cell = ln.split(b",", i + 1)[i]  # field i, as the csv module takes it
            text = cell.decode("utf-8", errors="replace")
            amount = csv_amount(text.strip())
            if amount is None or amount > MAX_AMOUNT:
                self._refused(text, first_line + offset)
                continue
            values.append(amount)
        self.rows += len(values)
        return values

    def _exact(self, handle: BinaryIO, lines_before: int, index: int | None, finish: bool = True) -> Iterator[list[int]]:
        """The csv module's reading of the rest of the file, from `handle`'s
        position (`index` None: the header is still to be read)."""
        text = io.TextIOWrapper(handle, encoding="utf-8-sig" if index is None else "utf-8", errors="replace", newline="")
        reader = csv.reader(text)
        if index is None:
            try:
                header = next(reader, None)
            except csv.Error as exc:
                self.problems.append(Problem(self.display, 1, None, "data-csv", Msg("data.csv", {"detail": str(exc)}), Msg("data.row.hint")))
                return
            if header is None:
                self.problems.append(Problem(self.display, None, None, "data-empty", Msg("data.empty")))
                return
            found, problems = _header_index(header, (self.column.lower(),), self.display, ",".join(header))
            if problems:
                self.problems.extend(problems)
                return
            index, lines_before = found[self.column.lower()], 0
        values: list[int] = []
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                # A field over the size limit, a NUL byte: the rest of the
                # file cannot be read reliably, so stop with the reason.
                self.problems.append(Problem(self.display, lines_before + reader.line_num, None, "data-csv", Msg("data.csv", {"detail": str(exc)}), Msg("data.row.hint")))
                return
            line = lines_before + reader.line_num
            if not row or (len(row) == 1 and not row[0].strip()):
                continue
            if index >= len(row):
                self._bad(Msg("data.row_missing", {"column": self.column}), line)
                continue
            amount = csv_amount(row[index].strip())
            if amount is None or amount > MAX_AMOUNT:
                self._refused(row[index], line)
                continue
            values.append(amount)
            if len(values) >= 65536:
                self.rows += len(values)
                yield values
                values = []
        self.rows += len(values)
        yield values
        if finish:
            self._finish()

    def _refused(self, cell: str, line: int) -> None:
        shown = f'"{cell.strip()[:40]}"'
        key = "data.row_negative" if cell.lstrip().startswith(("-", "\u2212")) else "data.row_value"
        self._bad(Msg(key, {"value": shown}), line)

    def _finish(self) -> None:
        if self.bad_rows > MAX_REPORTED_ROWS:
            self.problems.append(Problem(self.display, None, None, "data-more", Msg("data.more", {"count": self.bad_rows - MAX_REPORTED_ROWS})))

    def _bad(self, message: Msg, line: int | None, hint: Msg | None = None) -> None:
        self.bad_rows += 1
        if self.bad_rows <= MAX_REPORTED_ROWS:
            self.problems.append(Problem(self.display, line, None, "data-row", message, hint or Msg("data.row.hint")))
