"""`pln help [TOPIC]`: the topics in both languages, the tables built from the code, exit 2 for an unknown one."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from pln_cli.catalog import catalog, tr
from pln_cli.catalog.help import TOPICS
from pln_cli.cli.app import app

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _run(*args: str, env: dict | None = None):
    return CliRunner().invoke(app, ["help", *args], env={"COLUMNS": "100", "NO_COLOR": "1", **(env or {})})


@pytest.fixture(autouse=True)
def _no_workspace(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no pln.yaml decides the language here


def test_the_brief_s_topics_are_there():
    for name in ("offer", "deal", "partner", "meeting", "campaign", "transactions", "money", "terms", "exit-codes"):
        assert name in TOPICS


@pytest.mark.parametrize("lang", ["en", "id"])
def test_help_lists_every_topic(lang):
    result = _run("--lang", lang)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == tr("help.topics.title", lang)
    for name in TOPICS:
        assert any(line.startswith(name + " ") and tr(f"help.topic.{name}.summary", lang) in line for line in lines), name
    assert "\x1b[" not in result.output  # a pipe gets plain text


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize("name", TOPICS)
def test_every_topic_reads_in_both_languages(name, lang):
    result = _run(name, "--lang", lang)
    assert result.exit_code == 0, result.output
    title = tr(f"help.topic.{name}.title", lang)
    assert result.output.splitlines()[:2] == [title, "=" * len(title)]
    other = tr(f"help.topic.{name}.title", "id" if lang == "en" else "en")
    assert other != title and other not in result.output
    assert "TABLE" not in result.output and "REFUSED" not in result.output  # every placeholder filled
    assert "{{" not in result.output and "}}" not in result.output


def test_every_topic_has_its_entries_in_both_languages():
    for name in TOPICS:
        for part in ("title", "summary", "body"):
            en, id_ = catalog()[f"help.topic.{name}.{part}"]
            assert en.strip() and id_.strip() and en != id_, (name, part)


def test_an_unknown_topic_is_a_usage_error_that_lists_the_topics():
    result = _run("nosuch")
    assert result.exit_code == 2
    assert 'pln: error: there is no help topic "nosuch"; the topics are: workspace, partner, offer,' in result.output
    assert "exit-codes" in result.output
    result = _run("nosuch", "--lang", "id")
    assert result.exit_code == 2
    assert 'tidak ada topik bantuan "nosuch"; topik yang ada: workspace, partner, offer,' in result.output


def test_a_topic_is_found_whatever_its_case_or_separator():
    assert _run("Money").output == _run("money").output
    assert _run("exit_codes").exit_code == 0


def test_money_shows_what_the_parser_reads_and_refuses():
    out = _run("money").output
    rows = {line.split()[0]: line.split()[-1] for line in out.splitlines() if line.strip()}
    # hand-checked: these are the amounts a person means
    assert rows["1,5jt"] == "Rp1.500.000" and rows["1.5jt"] == "Rp1.500.000"
    assert rows["25k"] == "Rp25.000" and rows["450rb"] == "Rp450.000" and rows["450.000"] == "Rp450.000"
    assert re.search(r"^1 miliar +Rp1\.000\.000\.000$", out, re.M) and re.search(r"^Rp 450\.000,- +Rp450\.000$", out, re.M)
    assert re.search(r'^2M +"M" is ambiguous: miliar \(billion\) in Indonesian, million in English$', out, re.M)
    assert re.search(r'^-450rb +"-450rb" is negative', out, re.M)
    out_id = _run("money", "--lang", "id").output
    assert re.search(r'^2M +"M" bermakna ganda: miliar dalam bahasa Indonesia, juta dalam bahasa Inggris$', out_id, re.M)
    assert "Rp1.500.000" in out_id  # amounts read the same in both languages


def test_terms_lists_every_issue_key_with_unit_and_direction():
    from pln_cli.model.terms import ISSUES

    out = _run("terms").output
    rows = {line.split()[0]: line for line in out.splitlines() if line.split() and line.split()[0] in ISSUES}
    assert set(rows) == set(ISSUES)
    assert re.search(r"spend in one transaction that earns the voucher \(tier 1\) +Rupiah \(450rb\) +higher +scheme\.tiers\[0\]\.min_spend", rows["min_spend"])
    assert re.search(r"share \(35%\) +higher +funding\.partner_share$", rows["partner_share"])
    assert re.search(r"whole number +lower +voucher\.valid_days$", rows["voucher_valid_days"])
    out_id = _run("terms", "--lang", "id").output
    assert re.search(r"^voucher_min_order +belanja minimal agar voucher bisa dipakai +Rupiah \(450rb\) +lebih tinggi +voucher\.min_order$", out_id, re.M)


def test_a_new_issue_key_shows_in_terms_by_its_offer_field(monkeypatch):
    from pln_cli.model import terms

    fake = terms.Term("voucher_cap", terms.Kind.COUNT, ("caps", "per_customer"), terms.Better.LOWER, "quota")
    monkeypatch.setitem(terms.ISSUES, "voucher_cap", fake)
    line = next(line for line in _run("terms").output.splitlines() if line.startswith("voucher_cap "))
    assert re.search(r"^voucher_cap +caps\.per_customer +whole number +lower +caps\.per_customer$", line)


def test_exit_codes_match_the_code():
    from pln_cli.cli.common import EXIT_DATA, EXIT_INTERNAL, EXIT_USAGE

    assert (EXIT_DATA, EXIT_USAGE, EXIT_INTERNAL) == (1, 2, 70)
    out = _run("exit-codes").output
    for code, start in [(0, "done as asked"), (1, "a file has an error"), (2, "the command line is wrong"), (70, "a bug in pln"), (130, "interrupted")]:
        assert re.search(rf"^ *{code}  {start}", out, re.M), code


def test_rich_on_a_terminal_plain_on_a_pipe():
    plain = _run("deal").output
    forced = _run("deal", env={"FORCE_COLOR": "1", "NO_COLOR": None})
    assert forced.exit_code == 0
    assert "\x1b[" in forced.output and "\x1b[" not in plain
    text = ANSI.sub("", forced.output)
    assert "Deal logs (deals/<id>.yaml)" in text and "    deal: total-spbu-2017" not in text and "deal: total-spbu-2017" in text


def test_pln_yaml_chooses_the_language(workspace):
    settings = workspace / "pln.yaml"
    settings.write_text(settings.read_text(encoding="utf-8").replace("language: en", "language: id"), encoding="utf-8")
    result = CliRunner().invoke(app, ["help", "offer"], env={"COLUMNS": "100", "NO_COLOR": "1"})
    assert result.output.startswith("Berkas penawaran (offers/<id>.yaml)\n")


def test_the_help_command_has_help_in_both_languages():
    english = CliRunner().invoke(app, ["help", "--help"], env={"COLUMNS": "200", "NO_COLOR": "1"}).output
    indonesian = CliRunner().invoke(app, ["help", "--help", "--lang", "id"], env={"COLUMNS": "200", "NO_COLOR": "1"}).output
    assert "Example: pln help money" in english and "The topic; leave it out for the list." in english
    assert "Contoh: pln help money" in indonesian and "Topiknya; kosongkan untuk melihat daftar topik." in indonesian


def test_sections_follow_the_text_in_order():
    from pln_cli.cli.help import sections_of
    from pln_cli.render.document import Table

    table = Table(["A"], [["1"]])
    sections = sections_of("Intro one\nstill intro.\n\n    code: 1\n## Part\n- a bullet\nAfter the bullet.\nTABLE\n", {"TABLE": table})
    assert [s.title for s in sections] == [None, None, "Part", None, None]
    assert sections[0].text == ["Intro one still intro."]
    assert sections[1].preformatted == ["code: 1"]
    assert sections[2].bullets == ["a bullet"]
    assert sections[3].text == ["After the bullet."]  # text after a bullet starts a new section: it is drawn first
    assert sections[4].table is table
