"""The strict YAML loader: meaning kept, positions kept, hostile input refused."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pln_cli.load.yamlsafe import MAX_BYTES, Source, load_mapping, load_stream, parse_documents, source_from_bytes


def parse(text: str):
    docs, problems = parse_documents(Source("f.yaml", text))
    return docs, problems


def test_plain_scalars_keep_the_writers_meaning():
    docs, problems = parse(
        "a: 450.000\nb: no\nc: 2017-10-01\nd: 010\ne: true\nf: false\ng: 0x1F\nh: 1:30\n"
        "i: '7'\nj: 42\nk: -3\nl: ~\nm:\nn: 1e3\no: .inf\np: Yes\n"
    )
    assert problems == []
    assert docs[0].data == {
        "a": "450.000", "b": "no", "c": "2017-10-01", "d": "010", "e": True, "f": False,
        "g": "0x1F", "h": "1:30", "i": "7", "j": 42, "k": -3, "l": None, "m": None,
        "n": "1e3", "o": ".inf", "p": "Yes",
    }


def test_every_value_and_key_has_a_line_and_column():
    docs, _ = parse("scheme:\n  tiers:\n    - {min_spend: 450rb, voucher: 25rb}\n")
    doc = docs[0]
    assert doc.marks[("scheme", "tiers", 0, "min_spend")] == (3, 19, 5)
    assert doc.marks[("scheme", "tiers", 0, "voucher")] == (3, 35, 4)
    assert doc.key_marks[("scheme", "tiers")] == (2, 3, 5)


@pytest.mark.parametrize(
    "text, code, line, column",
    [
        ("a: 1\nb: 2\na: 3\n", "duplicate-key", 3, 1),
        ("a: &x 1\nb: *x\n", "yaml-alias", 1, 4),
        ("a: !!python/object:os.system 1\n", "yaml-tag", 1, 4),
        ("a: !custom 1\n", "yaml-tag", 1, 4),
        ("? [1, 2]\n: x\n", "yaml-key", 1, 3),
        ("a: [1\n", "yaml", 2, 1),
        ("a:\n  b: 1\n c: 2\n", "yaml", 3, 2),
    ],
)
def test_refused_constructs_point_at_the_culprit(text, code, line, column):
    docs, problems = parse(text)
    assert docs == []
    assert (problems[0].code, problems[0].line, problems[0].column) == (code, line, column)


def test_quoted_str_tag_is_allowed():
    docs, problems = parse("a: !!str 450.000\n")
    assert problems == [] and docs[0].data == {"a": "450.000"}


def test_alias_bomb_is_refused_at_once():
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 12):
        prev = chr(ord("a") + i - 1)
        cur = chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    started = time.perf_counter()
    docs, problems = parse("\n".join(lines) + "\n")
    assert time.perf_counter() - started < 1.0  # generous: it stops at the first anchor
    assert problems[0].code == "yaml-alias" and problems[0].line == 1


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b", "\x7f", "\x9b"])
def test_control_characters_are_reported_with_line_and_column(char):
    source, problems = source_from_bytes(f"id: x\nname: ab{char}c\n".encode(), "p.yaml")
    assert source is None
    assert (problems[0].code, problems[0].line, problems[0].column) == ("control-char", 2, 9)


def test_invalid_utf8_is_reported_with_line_and_column():
    source, problems = source_from_bytes(b"id: x\nname: caf\xe9\n", "p.yaml")
    assert source is None
    assert (problems[0].code, problems[0].line, problems[0].column) == ("encoding", 2, 10)


def test_files_over_two_megabytes_are_refused():
    source, problems = source_from_bytes(b"a: 1\n" + b"#" * MAX_BYTES, "big.yaml")
    assert source is None and problems[0].code == "size"


def test_byte_order_mark_is_accepted():
    source, problems = source_from_bytes("\ufeffid: x\n".encode(), "p.yaml")
    assert problems == [] and load_mapping(source)[0].data == {"id": "x"}


@pytest.mark.parametrize(
    "text, code",
    [("", "yaml-root"), ("- a\n- b\n", "yaml-root"), ("just text\n", "yaml-root"), ("a: 1\n---\nb: 2\n", "yaml-multi")],
)
def test_single_document_files_need_one_mapping(text, code):
    doc, problems = load_mapping(Source("f.yaml", text))
    assert doc is None and problems[0].code == code


def test_stream_with_every_document_terminated_loads_completely():
    docs, problems = load_stream(Source("d.yaml", "deal: x\n...\n---\nround: 1\n...\n---\nround: 2\n...\n"))
    assert problems == []
    assert [d.data for d in docs] == [{"deal": "x"}, {"round": 1}, {"round": 2}]


def test_earlier_documents_may_omit_the_end_marker():
    docs, problems = load_stream(Source("d.yaml", "deal: x\n---\nround: 1\n...\n"))
    assert problems == [] and len(docs) == 2


def test_unterminated_last_document_is_a_possibly_torn_write():
    docs, problems = load_stream(Source("d.yaml", "deal: x\n...\n---\nround: 1\nterms: {min_spend: 12\n"))
    assert [d.data for d in docs] == [{"deal": "x"}]
    assert problems[0].code == "torn-write"


def test_torn_tail_that_still_parses_is_not_used():
    docs, problems = load_stream(Source("d.yaml", "deal: x\n...\n---\nround: 1\nmin_spend: 12\n"))
    assert [d.data for d in docs] == [{"deal": "x"}]
    assert (problems[0].code, problems[0].line) == ("torn-write", 3)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_any_text_loads_or_gives_problems_never_raises(text):
    source, problems = source_from_bytes(text.encode("utf-8"), "f.yaml")
    if source is None:
        assert problems
        return
    docs, problems = load_stream(source)
    for problem in problems:
        # Rendered from the catalogue in each language (an unknown key
        # raises), and never the bare key.
        en, id_ = problem.message.render("en"), problem.message.render("id")
        assert en and id_ and problem.message.key not in (en, id_)


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(st.text(alphabet="abcdefgh_", min_size=1, max_size=8), st.integers(-10**9, 10**9) | st.booleans() | st.text(alphabet="abc xyz.,", max_size=10), max_size=8))
def test_dumped_mappings_load_back_as_written(mapping):
    import yaml

    text = yaml.safe_dump(mapping, allow_unicode=True)
    doc, problems = load_mapping(Source("f.yaml", text))
    assert problems == []
    assert doc.data == mapping


@settings(max_examples=150, deadline=None)
@given(st.recursive(
    st.integers(-10**6, 10**6) | st.booleans() | st.none() | st.text(alphabet="abc xyz.,:-%", max_size=8),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(alphabet="abcxyz_", min_size=1, max_size=5), children, max_size=3),
    max_leaves=12,
))
def test_fast_and_exact_paths_agree(value):
    import yaml

    from pln_cli.load.yamlsafe import _fast, _parse

    text = yaml.safe_dump({"root": value}, allow_unicode=True) + "...\n"
    source = Source("f.yaml", text)
    fast = _fast(source, stream=True)
    exact = _parse(text, source)
    assert fast is not None
    assert [d.data for d in fast] == [d.data for d in exact]
    assert fast[0].marks == exact[0].marks and fast[0].key_marks == exact[0].key_marks


@pytest.mark.parametrize("text", ["a: &x 1\n", "a: !!python/object 1\n", "a: 1\na: 2\n", "? [1]\n: 2\n", "a: [" * 300 + "]" * 300 + "\n"])
def test_fast_path_declines_what_the_exact_path_must_judge(text):
    from pln_cli.load.yamlsafe import _fast

    assert _fast(Source("f.yaml", text), stream=False) is None
