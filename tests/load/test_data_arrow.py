"""The data extra's CSV reader gives exactly the stdlib's results and Problems.

pyarrow is part of the `test` extra, so these run wherever the tests run;
the path without it is tested by hiding the module.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pln_cli.econ.dist import Empirical, summarise
from pln_cli.load import data
from pln_cli.load.arrow import Amounts
from pln_cli.load.data import AmountStream

POINTS = [300_000, 450_000.5, 1_000_000]


@pytest.fixture
def arrow_always(monkeypatch):
    """pyarrow for every CSV, however small (normally from 4 MiB)."""
    monkeypatch.delenv("PLN_NO_PYARROW", raising=False)
    monkeypatch.setattr(data, "ARROW_FROM_BYTES", 0)


def summary(path: Path, monkeypatch=None, stdlib: bool = False, multiples=((300_000.0, 2),)):
    if stdlib:
        monkeypatch.setenv("PLN_NO_PYARROW", "1")
    stream = AmountStream(path, "tx.csv", "amount")
    chunks = []

    def seen(chunks_in):
        for chunk in chunks_in:
            chunks.append(type(chunk).__name__)
            yield chunk

    found = Empirical.from_chunks(seen(stream.chunks()), POINTS, multiples)
    if stdlib:
        monkeypatch.delenv("PLN_NO_PYARROW")
    problems = [p.render() for p in stream.problems]
    return (found.n, found.counts, found.sums, found.multiple_sums, stream.rows, problems), chunks


def big(tmp_path: Path, middle: str, rows: int = 60_000) -> Path:
    """A CSV of several pyarrow batches with `middle` after the first `rows` rows."""
    good = "".join(f"{i},st{i % 7},{(i * 7919) % 1_500_000}\n" for i in range(rows))
    path = tmp_path / "tx.csv"
    path.write_text("id,station,amount\n" + good + middle + good)
    return path


def test_a_plain_file_is_read_by_pyarrow_with_the_stdlibs_result(tmp_path, monkeypatch, arrow_always):
    path = big(tmp_path, "")
    with_arrow, kinds = summary(path)
    assert set(kinds) == {"Amounts"} and len(kinds) > 1
    without, kinds = summary(path, monkeypatch, stdlib=True)
    assert set(kinds) == {"list"}
    assert with_arrow == without and with_arrow[0] == 120_000


@pytest.mark.parametrize("middle, handed_over", [
    ("x,y,450000.00\n", True),   # the money rule takes a zero fraction; pyarrow's digits check does not
    ("x,y, 450000 \n", True),    # spaces around an amount
    ("x,y,450000,extra\n", True),  # an extra field (the csv module takes field 3)
    ('"x,\n1",y,"450000"\n', False),  # quoting, a newline inside quotes: both read it alike
])
def test_pyarrow_hands_over_midway_and_nothing_is_counted_twice(tmp_path, monkeypatch, arrow_always, middle, handed_over):
    path = big(tmp_path, middle)
    with_arrow, kinds = summary(path)
    assert kinds[0] == "Amounts" and (kinds[-1] == "list") == handed_over  # pyarrow first, then maybe the stdlib
    without, _ = summary(path, monkeypatch, stdlib=True)
    assert with_arrow == without
    assert with_arrow[0] == 120_001 and with_arrow[-1] == []


def test_bad_rows_are_reported_with_their_lines(tmp_path, monkeypatch, arrow_always):
    path = big(tmp_path, "x,y,-0\nx,y,0x10\nx,y,\nx,y\n")
    with_arrow, _ = summary(path)
    without, _ = summary(path, monkeypatch, stdlib=True)
    assert with_arrow == without
    assert [p.splitlines()[0] for p in with_arrow[-1]] == [
        'tx.csv:60002: error[data-row]: "-0" is a negative amount',
        'tx.csv:60003: error[data-row]: "0x10" is not a whole Rupiah amount',
        'tx.csv:60004: error[data-row]: "" is not a whole Rupiah amount',
        'tx.csv:60005: error[data-row]: the row has no "amount" value',
    ]


def test_small_files_do_not_import_pyarrow(tmp_path):
    path = tmp_path / "tx.csv"
    path.write_text("id,amount\n1,100\n")
    code = (
        "import sys; from pathlib import Path; from pln_cli.load.data import AmountStream;"
        f"print(list(AmountStream(Path({str(path)!r}), 'tx.csv', 'amount')), 'pyarrow' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout == "[100] False\n"


def test_without_pyarrow_a_big_csv_is_read_by_the_stdlib(tmp_path):
    path = big(tmp_path, "")
    code = (
        "import sys; sys.modules['pyarrow'] = None; from pathlib import Path; from pln_cli.load import data;"
        "data.ARROW_FROM_BYTES = 0; s = data.AmountStream(Path(sys.argv[1]), 'tx.csv', 'amount');"
        "print(sum(map(len, s.chunks())), s.problems)"
    )
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
    assert done.stdout == "120000 []\n"


def test_every_buffer_comes_from_the_system_allocator(tmp_path):
    # mimalloc, pyarrow's default pool, keeps megabytes of freed blocks
    # once used at all; the file's read buffers once came from it.
    path = big(tmp_path, "")
    code = (
        "import sys; from pathlib import Path; from pln_cli.load import data; import pyarrow as pa;"
        "data.ARROW_FROM_BYTES = 0; s = data.AmountStream(Path(sys.argv[1]), 'tx.csv', 'amount');"
        "print(sum(map(len, s.chunks())), s.problems, pa.default_memory_pool().max_memory())"
    )
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
    assert done.stdout == "120000 [] 0\n"


values = st.lists(st.integers(0, 10**15), max_size=200)


@settings(max_examples=150, deadline=None)
@given(values, st.lists(st.integers(1, 3_000_000), max_size=5), st.integers(1, 2_000_000), st.one_of(st.none(), st.integers(1, 5)))
def test_an_arrow_batch_summarises_as_a_list_does(amounts, cuts, threshold, cap):
    cuts = sorted(set(cuts))
    multiples = [(float(threshold), cap), (threshold + 0.5, None)]
    assert Amounts(pa.array(amounts, pa.int64())).summarise(cuts, multiples) == summarise(list(amounts), cuts, multiples)


def test_int64_overflow_falls_back_to_python_integers():
    amounts = [10**15] * 10_000  # the sum, 10^19, is past int64
    assert Amounts(pa.array(amounts, pa.int64())).summarise([5], []) == ([0, 10_000], [0, 10**19], [])
