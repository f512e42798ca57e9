"""Transactions files read by pyarrow: the `data` extra.

Imported only when a transactions file is read and pyarrow is installed
(`pip install "pln-cli[data]"`); importing this module without pyarrow
raises ImportError, which `load/data.py` turns into the stdlib reader (a
CSV) or a Problem naming the extra (a `.parquet` file).

A CSV is read here only for speed: any batch holding something the stdlib
reader might judge differently (an empty or quoted-with-spaces cell, a
fraction, a sign, a short row) stops this reader, and `AmountStream` has the
stdlib read the file again, so that every Problem keeps its line.  A
parquet file has no lines: its bad rows are named by row number.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
# The kernels are called by name: the `pyarrow.compute` module would build
# a Python wrapper, with its docstring, for each of its ~400 functions
# first, which costs more (0.15 s) than reading a million rows.
try:
    from pyarrow._compute import CastOptions, call_function
except ImportError:  # a release that moved its private module: the public one, slower to import
    from pyarrow.compute import CastOptions, call_function

from pln_cli.i18n import Msg, Num
from pln_cli.load.problem import Problem
from pln_cli.money import MAX_RUPIAH

# The `AmountStream` (load/data.py) that reports bad rows; not imported,
# because load/data.py imports this module.
AmountStream = Any

# Bytes of CSV per batch.  pyarrow reads about 32 blocks ahead of us, so
# a small block keeps that read-ahead (and peak memory) small.
_BLOCK = 1 << 18
_BATCH_ROWS = 65_536  # rows of parquet per batch
_INT64_MAX = (1 << 63) - 1
# Every buffer comes from the C library's allocator: pyarrow's default
# (mimalloc) keeps about 25 MiB of freed blocks, a third of a read's peak.
_POOL = pa.system_memory_pool()


def _c(name: str, *args: object, options: object = None):
    return call_function(name, list(args), options, _POOL)
# The stdlib's money rule: at most 16 digits (csv_amount), at most MAX_RUPIAH.
_MAX_DIGITS = 16


class Amounts:
    """One batch of whole-Rupiah amounts (an int64 array).

    `econ.dist.Empirical.from_chunks` asks it to `summarise` itself; the
    arithmetic runs in pyarrow's C++ kernels, and the answer is exactly
    what `econ.dist.summarise` gives for the same values as a list
    (tests/load/test_data_arrow.py holds the two together).
    """

    __slots__ = ("values",)

    def __init__(self, values: pa.Array) -> None:
        self.values = values

    def __len__(self) -> int:
        return len(self.values)

    def __iter__(self) -> Iterator[int]:
        return iter(self.values.to_pylist())

    def summarise(self, cuts: list[int], multiples: list[tuple[float, int | None]]) -> tuple[list[int], list[int], list[int]]:
        from pln_cli.econ.dist import summarise

        values = self.values
        n = len(values)
        largest = _c("max", values).as_py() or 0
        if largest * n > _INT64_MAX:
            # int64 sums could overflow: Python's integers cannot.
            return summarise(values.to_pylist(), cuts, multiples)
        counts, sums = [], []
        rest, rest_n, rest_sum = values, n, _sum(values)
        for cut in cuts:
            rest = _c("filter", rest, _c("greater_equal", rest, pa.scalar(cut, pa.int64())))
            above_n, above_sum = len(rest), _sum(rest)
            counts.append(rest_n - above_n)
            sums.append(rest_sum - above_sum)
            rest_n, rest_sum = above_n, above_sum
        counts.append(rest_n)
        sums.append(rest_sum)
        found = []
        for threshold, cap in multiples:
            if not float(threshold).is_integer():
                # Python's float floor division has its own rounding: use it.
                found.append(summarise(values.to_pylist(), [], [(threshold, cap)])[2][0])
                continue
            # Integer division truncates, which for amounts >= 0 is floor.
            steps = _c("divide", values, pa.scalar(int(threshold), pa.int64()))
            if cap is not None:
                steps = _c("min_element_wise", steps, pa.scalar(cap, pa.int64()))
            found.append(_sum(steps))
        return counts, sums, found


def _sum(values: pa.Array) -> int:
    return _c("sum", values).as_py() or 0  # the sum of nothing is null


# --- CSV ------------------------------------------------------------------


def csv_chunks(path: Path, index: int, width: int, progress: Callable[[int, int], None] | None) -> Generator[Amounts, None, tuple[bool, int]]:
    """Batches of column `index` of a CSV with a plain `width`-column header.

    Returns (complete, amounts handed out): complete is False as soon as a
    batch holds anything unusual, and the caller then reads the file with
    the stdlib to judge it exactly.
    """
    import pyarrow.csv as pcsv

    names = [f"c{k}" for k in range(width)]
    handed = 0
    try:
        # The file's own buffers from the same pool: by default they come
        # from mimalloc, whose first use alone keeps about 4 MiB.
        source = pa.OSFile(str(path), memory_pool=_POOL)
        total = source.size()
        reader = pcsv.open_csv(
            source,
            read_options=pcsv.ReadOptions(skip_rows=1, column_names=names, block_size=_BLOCK),
            parse_options=pcsv.ParseOptions(newlines_in_values=True),
            # Text, not int64: pyarrow's integers take "-0", "0x10" and " 5",
            # which the money rule does not; the digits are checked first.
            convert_options=pcsv.ConvertOptions(include_columns=[names[index]], column_types={names[index]: pa.string()}),
            memory_pool=_POOL,
        )
    except (pa.ArrowException, OSError):
        return False, handed
    with source:
        while True:
            try:
                batch = reader.read_next_batch()
            except StopIteration:
                break
            except (pa.ArrowException, OSError):
                return False, handed
            values = _plain_amounts(batch.column(0))
            if values is None:
                return False, handed
            handed += len(values)
            yield Amounts(values)
            if progress is not None:
                progress(min(source.tell(), total), total)
    if progress is not None:
        progress(total, total)
    return True, handed


def _plain_amounts(cells: pa.Array) -> pa.Array | None:
    """The cells as int64 when every one is plain digits within the money
    rule (the stdlib's fast path accepts exactly these); None otherwise."""
    if len(cells) == 0:
        return pa.array([], pa.int64())
    if cells.null_count or not _c("all", _c("ascii_is_decimal", cells)).as_py():
        return None
    if _c("max", _c("binary_length", cells)).as_py() > _MAX_DIGITS:
        return None
    values = _c("cast", cells, options=CastOptions.safe(pa.int64()))
    if _c("max", values).as_py() > MAX_RUPIAH:
        return None
    return values


# --- parquet --------------------------------------------------------------


def _kind(kind: pa.DataType) -> str | None:
    """How a column's amounts are checked: None for a type that holds none."""
    if pa.types.is_integer(kind):
        return "integer"
    if pa.types.is_decimal(kind):
        return "decimal"
    if pa.types.is_floating(kind):
        return "float"
    return None


def _parquet_file(path: Path, display: str):  # -> (ParquetFile | None, list[Problem])
    import pyarrow.parquet as pq

    try:
        return pq.ParquetFile(path, buffer_size=_BLOCK), []
    except FileNotFoundError:
        return None, [Problem(display, None, None, "data-missing", Msg("data.missing"), Msg("data.missing.hint"))]
    except (pa.ArrowException, OSError) as exc:
        return None, [Problem(display, None, None, "data-parquet", Msg("data.parquet_unreadable", {"detail": str(exc)[:200]}), Msg("data.parquet_unreadable.hint"))]


def _parquet_column(schema: pa.Schema, display: str, column: str) -> tuple[str | None, list[Problem]]:
    """The file's name for `column` (matched as a CSV header is: trimmed,
    any case), after checking there is exactly one and its type."""
    wanted = column.strip().lower()
    found = [name for name in schema.names if name.strip().lower() == wanted]
    if len(found) > 1:
        return None, [Problem(display, None, None, "data-columns", Msg("data.columns_twice", {"columns": column}), Msg("data.columns_twice.hint"))]
    if not found:
        return None, [Problem(display, None, None, "data-columns",
                              Msg("data.columns", {"missing": column, "found": ", ".join(schema.names) or "-"}),
                              Msg("data.parquet_columns.hint", {"wanted": column}))]
    kind = schema.field(found[0]).type
    if _kind(kind) is None:
        return None, [Problem(display, None, None, "data-type", Msg("data.parquet_type", {"column": found[0], "type": str(kind)}),
                              Msg("data.parquet_type.hint", {"column": found[0]}))]
    return found[0], []


def parquet_header_problems(path: Path, display: str, column: str) -> list[Problem]:
    """For `pln check` and loading: the file is parquet, with the column, of a type holding amounts."""
    file, problems = _parquet_file(path, display)
    if file is None:
        return problems
    return _parquet_column(file.schema_arrow, display, column)[1]


def parquet_chunks(stream: AmountStream) -> Iterator[Amounts]:
    """The column's amounts in batches; bad rows go to `stream.problems`."""
    file, problems = _parquet_file(stream.path, stream.display)
    if file is None:
        stream.problems.extend(problems)
        return
    name, problems = _parquet_column(file.schema_arrow, stream.display, stream.column)
    if name is None:
        stream.problems.extend(problems)
        return
    kind = _kind(file.schema_arrow.field(name).type)
    total = file.metadata.num_rows
    row = 0  # rows before this batch
    try:
        for batch in file.iter_batches(batch_size=_BATCH_ROWS, columns=[name], use_threads=False):
            values = _checked(batch.column(0), kind, row, stream)
            row += batch.num_rows
            stream.rows += len(values)
            yield Amounts(values)
            if stream.on_progress is not None:
                stream.on_progress(row, total)
    except (pa.ArrowException, OSError) as exc:
        stream.problems.append(Problem(stream.display, None, None, "data-parquet", Msg("data.parquet_unreadable", {"detail": str(exc)[:200]}), Msg("data.parquet_unreadable.hint")))


def _checked(column: pa.Array, kind: str, before: int, stream: AmountStream) -> pa.Array:
    """The good amounts of one batch as int64; each bad row is reported
    (by its 1-based row number) and left out."""
    if kind == "float":
        whole = _c("and", _c("is_finite", column), _c("equal", column, _c("floor", column)))
    elif kind == "decimal":
        whole = _c("equal", column, _c("floor", column))
    else:
        whole = pa.array([True] * len(column)) if column.null_count == 0 else _c("is_valid", column)
    ok = _c("and", _c("coalesce", whole, False), _c("and", _c("greater_equal", column, 0), _c("less_equal", column, MAX_RUPIAH)))
    ok = _c("coalesce", ok, False)
    if _c("all", ok).as_py():
        return _as_int64(column, kind)
    for i in _c("indices_nonzero", _c("invert", ok)).to_pylist():
        _report(column[i].as_py(), before + i + 1, stream)
    return _as_int64(_c("filter", column, ok), kind)


def _as_int64(column: pa.Array, kind: str) -> pa.Array:
    if kind == "integer":
        return _c("cast", column, options=CastOptions.safe(pa.int64()))  # every value is within 0..MAX_RUPIAH
    # Whole values only by now: a float up to 10^15 is exact, and a decimal
    # with a zero fraction rescales without loss.
    if kind == "decimal":
        return _c("cast", _c("cast", column, options=CastOptions.safe(pa.decimal128(38, 0))), options=CastOptions.safe(pa.int64()))
    return _c("cast", column, options=CastOptions.safe(pa.int64()))


def _report(value: object, row: int, stream: AmountStream) -> None:
    hint = Msg("data.parquet_row.hint")
    if value is None:
        stream._bad(Msg("data.parquet_row_missing", {"row": Num(row), "column": stream.column}), None, hint)
    elif isinstance(value, float) and not math.isfinite(value):
        stream._bad(Msg("data.parquet_row_value", {"row": Num(row), "value": f'"{value}"'}), None, hint)
    elif value < 0:
        stream._bad(Msg("data.parquet_row_negative", {"row": Num(row), "value": f'"{value}"'}), None, hint)
    elif value > MAX_RUPIAH:
        stream._bad(Msg("data.parquet_row_large", {"row": Num(row), "value": f'"{value}"', "max": Num(MAX_RUPIAH)}), None, hint)
    else:
        stream._bad(Msg("data.parquet_row_value", {"row": Num(row), "value": f'"{value}"'}), None, hint)
