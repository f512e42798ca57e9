"""The stdlib transactions reader: the no-Python-per-row path gives exactly
what the line-by-line path gives, Problems included."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pln_cli.econ.dist import Empirical, summarise
from pln_cli.load import data
from pln_cli.load.data import AmountStream, _whole_amounts


@pytest.fixture(autouse=True)
def _stdlib_only(monkeypatch):
    # These tests are about the stdlib reader, whether or not pyarrow is installed.
    monkeypatch.setenv("PLN_NO_PYARROW", "1")


def read(path: Path, column: str = "amount") -> tuple[list[int], list[str]]:
    stream = AmountStream(path, "tx.csv", column)
    values = list(stream)
    return values, [p.render() .splitlines()[0] for p in stream.problems]


def test_plain_block_is_read_in_one_pass():
    body = b"1,7,100\n2,8,450000\n3,9,0\n"
    assert _whole_amounts(body, 2, 3) == [100, 450000, 0]
    assert _whole_amounts(b"1,100,x\n2,250,y\n", 1, 3) == [100, 250]
    assert _whole_amounts(b"5\n6\n", 0, 1) == [5, 6]


@pytest.mark.parametrize("body", [
    b"1,2\n3,4,5,6\n",      # a short and a long row: the comma count alone balances
    b"1,2,3\n\n4,5,6\n",    # a blank line
    b"1,2,03\n",            # a leading zero (JSON refuses it; the money rule takes it)
    b"1,2,\n",              # an empty cell
    b"1,2,\n1,2,\n",        # only empty cells: nothing is left once the separators go
    b"1,2, 5\n",            # a space
    b"1,2,-5\n",            # a sign
    b"1,2,1e5\n",
    b"1,2,1.0\n",
    b"1,2,1000000000000001\n",  # over MAX_RUPIAH
    b"1,2,\xd9\xa4\n",      # an Arabic-Indic digit
])
def test_anything_unusual_gets_the_closer_look(body):
    assert _whole_amounts(body, 2, 3) is None


def test_an_empty_cell_alone_in_its_block_is_not_read_as_no_rows():
    # JSON reads the lone empty cell as "[]": an empty list, not an error.
    assert _whole_amounts(b"1,,2\n", 1, 3) is None
    assert _whole_amounts(b"\n", 0, 1) is None
    assert _whole_amounts(b"1,,2\n", 2, 3) == [2]


def test_one_huge_amount_among_small_ones_is_caught():
    # The block's total is checked first and max() only when the total is
    # over the limit: an amount over it makes the total over it too.
    body = b"".join(b"%d,7,%d\n" % (k, 10**15 + 1 if k == 500 else 100) for k in range(1000))
    assert _whole_amounts(body, 2, 3) is None
    assert _whole_amounts(body.replace(b"1000000000000001", b"1000000000000000"), 2, 3) == [100] * 500 + [10**15] + [100] * 499
    # Many amounts at the limit: a total far over it, every amount within it.
    assert _whole_amounts(b"1,2,1000000000000000\n" * 3, 2, 3) == [10**15] * 3


def test_a_short_row_balanced_by_a_long_one_is_still_named(tmp_path):
    path = tmp_path / "tx.csv"
    path.write_bytes(b"id,station,amount\n1,2\n3,4,5,6\n7,8,9\n")
    # The csv module's reading: row 3 has extra fields, its third is 5.
    assert read(path) == ([5, 9], ['tx.csv:2: error[data-row]: the row has no "amount" value'])


def test_crlf_and_no_final_newline(tmp_path):
    path = tmp_path / "tx.csv"
    path.write_bytes(b"id,amount\r\n1,100\r\n2,250")
    assert read(path) == ([100, 250], [])


def test_bad_rows_keep_their_lines_among_a_million_bytes(tmp_path):
    good = "".join(f"{i},{i % 900 + 100}\n" for i in range(120_000))  # about 1.4 MB: many blocks
    path = tmp_path / "tx.csv"
    path.write_text("id,amount\n" + good + "x,12,5\n" + "y,-3\n" + good)
    values, problems = read(path)
    assert len(values) == 240_001 and values[120_000] == 12
    assert problems == ['tx.csv:120003: error[data-row]: "-3" is a negative amount']


cell = st.one_of(
    st.integers(0, 10**15).map(str),
    st.sampled_from(["", " 7", "-1", "0012", "1.00", "1.5", "abc", "1e3", "10000000000000000", "²"]),
)
row = st.tuples(st.text("abc ", max_size=3), cell, st.sampled_from(["", ",x", ",x,y"]))


@settings(max_examples=150, deadline=None)
@given(st.lists(row, max_size=40), st.booleans())
def test_fast_and_line_by_line_agree(tmp_path_factory, rows, crlf):
    end = "\r\n" if crlf else "\n"
    text = "name,amount" + end + "".join(f"{a},{b}{c}{end}" for a, b, c in rows)
    path = tmp_path_factory.mktemp("tx") / "tx.csv"
    path.write_text(text, encoding="utf-8")
    fast = read(path)
    original = data._whole_amounts
    data._whole_amounts = lambda *args: None
    try:
        slow = read(path)
    finally:
        data._whole_amounts = original
    assert fast == slow


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 3_000_000), max_size=300), st.lists(st.integers(0, 3_000_000), max_size=6))
def test_summarise_cuts_like_bisect(values, cuts):
    cuts = sorted({c for c in cuts if c > 0})  # as from_chunks passes them
    one = Empirical.from_values(iter(values), cuts)
    counts, sums, _ = summarise(list(values), cuts, [])
    assert (counts, sums) == (one.counts, one.sums)


def test_summarise_by_hand():
    # 100 | 300, 450 | 900 (cuts at 300 and 500: a value equal to a cut goes above)
    assert summarise([450, 100, 900, 300], [300, 500], [(300.0, None), (300.0, 2)]) == ([1, 2, 1], [100, 750, 900], [0 + 1 + 3 + 1, 0 + 1 + 2 + 1])
