"""Summarising in chunks gives exactly what summarising row by row gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pln_cli.econ.dist import Empirical

values = st.lists(st.integers(0, 3_000_000), max_size=300)


@settings(max_examples=200, deadline=None)
@given(st.lists(values, max_size=5), st.lists(st.integers(1, 2_000_000), max_size=6), st.integers(1, 1_000_000), st.one_of(st.none(), st.integers(1, 5)))
def test_chunks_agree_with_rows(chunks, points, threshold, cap):
    flat = [v for chunk in chunks for v in chunk]
    one = Empirical.from_values(iter(flat), points, [(float(threshold), cap), (threshold + 0.5, None)])
    many = Empirical.from_chunks([list(c) for c in chunks], points, [(float(threshold), cap), (threshold + 0.5, None)])
    assert (many.n, many.counts, many.sums, many.multiple_sums) == (one.n, one.counts, one.sums, one.multiple_sums)
