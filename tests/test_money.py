"""Rupiah parsing and formatting: every accepted and refused spelling."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pln_cli.errors import InvalidValue
from pln_cli.money import MAX_RUPIAH, format_rupiah, format_rupiah_short, parse_rupiah

ACCEPTED = [
    (450000, 450000),
    (0, 0),
    ("450000", 450000),
    ("Rp450.000", 450000),
    ("Rp 450.000", 450000),
    ("Rp. 450.000", 450000),
    ("Rp450.000,-", 450000),
    ("Rp450.000,00", 450000),
    ("IDR 450,000", 450000),
    ("IDR 1,250,000.00", 1250000),
    ("450.000", 450000),
    ("1.250.000", 1250000),
    ("rp25.000", 25000),
    ("450rb", 450000),
    ("450 ribu", 450000),
    ("25k", 25000),
    ("25K", 25000),
    ("1,5jt", 1500000),
    ("1.5jt", 1500000),
    ("0.45 juta", 450000),
    ("2,5 miliar", 2500000000),
    ("3 milyar", 3000000000),
    ("1 triliun", 10**12),
    ("1,25jt", 1250000),
    ("Rp1,5jt", 1500000),
    ("Rp25,00", 25),
    ("  Rp\u00a0450.000  ", 450000),
    ("1000 triliun", 10**15),
]


@pytest.mark.parametrize("raw, expected", ACCEPTED)
def test_accepted_spellings(raw, expected):
    assert parse_rupiah(raw) == expected


REFUSED = [
    ("2M", "money.ambiguous_suffix"),
    ("2 T", "money.ambiguous_suffix"),
    ("1.500jt", "money.grouped_suffix"),
    ("1,500,000rb", "money.grouped_suffix"),
    ("Rp25.000,50", "money.sen"),
    ("450.5", "money.decimal"),
    ("25.00", "money.decimal"),
    ("-450000", "money.negative"),
    ("Rp-1.000", "money.negative"),
    (-5, "money.negative"),
    (True, "money.bool"),
    (False, "money.bool"),
    ("empat ratus ribu", "money.invalid"),
    ("", "money.invalid"),
    ("rb", "money.invalid"),
    ("1.000,000", "money.groups"),
    ("1.2345", "money.groups"),
    ("450.000.00", "money.groups"),
    ("1,2345jt", "money.invalid"),
    ("1001 triliun", "money.too_large"),
    (10**15 + 1, "money.too_large"),
    (450.0, "money.decimal"),
    (None, "money.invalid"),
    ("٤٥٠", "money.invalid"),
]


@pytest.mark.parametrize("raw, key", REFUSED)
def test_refused_spellings_carry_a_reason_and_hint(raw, key):
    with pytest.raises(InvalidValue) as caught:
        parse_rupiah(raw)
    assert caught.value.message.key == key
    hint = caught.value.hint
    assert hint is not None and hint.key.startswith("money.")
    assert hint.render("en") != hint.render("id")  # a translation, in both languages


def test_sen_hint_suggests_the_rounded_amount():
    with pytest.raises(InvalidValue) as caught:
        parse_rupiah("Rp25.000,50")
    assert caught.value.hint.render("en") == "round to whole Rupiah, e.g. Rp25.001"


def test_bare_m_hint_explains_the_ambiguity():
    with pytest.raises(InvalidValue) as caught:
        parse_rupiah("2M")
    assert "miliar" in caught.value.message.render("en")
    assert "jt" in caught.value.hint.render("en")


@pytest.mark.parametrize(
    "amount, text",
    [(450000, "Rp450.000"), (0, "Rp0"), (999, "Rp999"), (1000, "Rp1.000"), (-1000, "-Rp1.000"), (10**15, "Rp1.000.000.000.000.000")],
)
def test_format(amount, text):
    assert format_rupiah(amount) == text


@pytest.mark.parametrize(
    "amount, text",
    [(450000, "Rp450rb"), (1500000, "Rp1,5jt"), (25000, "Rp25rb"), (2_300_000_000, "Rp2,3 miliar"), (950, "Rp950"), (150_000_000, "Rp150jt")],
)
def test_format_short(amount, text):
    assert format_rupiah_short(amount) == text


@given(st.integers(min_value=0, max_value=MAX_RUPIAH))
def test_format_then_parse_is_identity(amount):
    assert parse_rupiah(format_rupiah(amount)) == amount


@given(st.integers(min_value=0, max_value=MAX_RUPIAH))
def test_plain_digits_and_ints_round_trip(amount):
    assert parse_rupiah(str(amount)) == amount
    assert parse_rupiah(amount) == amount


@given(st.integers(min_value=0, max_value=999_999), st.sampled_from([("rb", 10**3), ("jt", 10**6), ("juta", 10**6)]))
def test_suffix_with_two_decimals_is_exact(hundredths, suffix):
    word, size = suffix
    whole, frac = divmod(hundredths, 100)
    text = f"{whole},{frac:02d}{word}"
    assert parse_rupiah(text) == hundredths * size // 100


@given(st.text(max_size=30))
def test_any_text_is_parsed_or_refused_cleanly(text):
    try:
        value = parse_rupiah(text)
    except InvalidValue as exc:
        assert exc.message.key.startswith("money.") and str(exc).startswith(exc.message.render("en"))
    else:
        assert isinstance(value, int) and 0 <= value <= MAX_RUPIAH
