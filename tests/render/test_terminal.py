"""Rich tables at 80 and 100 columns: numbers are never broken; FORCE_COLOR and NO_COLOR."""

from __future__ import annotations

import io
import re

import pytest

from pln_cli.render.document import Document, Section, Table, color_forced, is_numeric_column, make_console, to_rich

AMOUNTS = ["Rp1.234.567.890", "-Rp12.345.678", "12,5%", "123,456,789"]
LONG = "a long explanation of what this row means, with enough words to need wrapping at a narrow width " * 2


def _document() -> Document:
    rows = [[f"row {i}: {LONG}", *AMOUNTS, "2026-12-03"] for i in range(3)]
    headers = ["What", "Ours", "Change", "Share", "Count", "Date"]
    return Document("Numbers", [], [Section("Table", table=Table(headers, rows, ["left", "right", "right", "right", "right", "left"]))])


def _draw(document: Document, width: int) -> str:
    buffer = io.StringIO()
    to_rich(document, make_console(buffer, width=width))
    return buffer.getvalue()


@pytest.mark.parametrize("width", [80, 100])
def test_numbers_never_wrap_mid_number(width):
    out = _draw(_document(), width)
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= width
    for amount in [*AMOUNTS, "2026-12-03"]:
        assert sum(line.count(amount) for line in lines) == 3, (amount, out)
    # the text column folded instead: its words are all there
    assert sum(line.count("row") for line in lines) >= 3


@pytest.mark.parametrize("width", [80, 100])
def test_a_left_aligned_column_of_numbers_is_kept_whole(width):
    rows = [[LONG, "Rp1.234.567.890"], [LONG, "Rp2.000.000.000"]]
    out = _draw(Document("T", [], [Section("S", table=Table(["Text", "Amount"], rows, ["left", "left"]))]), width)
    assert "Rp1.234.567.890" in out and "Rp2.000.000.000" in out


def test_numeric_columns_are_recognised():
    assert is_numeric_column(["Rp450.000", "12,5%", "-3", "n/a", "2026-01-31", "1.5x"])
    assert not is_numeric_column(["Rp450.000", "min_spend"])
    assert not is_numeric_column(["", "-"])


def test_no_color_and_force_color(monkeypatch):
    document = Document("Title", [], [Section("Warn", style="warning", bullets=["careful"])])
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert color_forced()
    buffer = io.StringIO()  # not a terminal: FORCE_COLOR draws with colour all the same
    to_rich(document, make_console(buffer))
    assert re.search(r"\x1b\[[0-9;]*33", buffer.getvalue())  # yellow
    monkeypatch.setenv("NO_COLOR", "1")
    buffer = io.StringIO()
    to_rich(document, make_console(buffer))
    assert "\x1b[" in buffer.getvalue() and not re.search(r"\x1b\[[0-9;]*33", buffer.getvalue())  # bold, never colour
    monkeypatch.setenv("FORCE_COLOR", "")
    assert not color_forced()
    buffer = io.StringIO()
    to_rich(document, make_console(buffer))
    assert "\x1b[" not in buffer.getvalue()


def test_force_color_draws_rich_through_a_pipe(monkeypatch, workspace):
    from typer.testing import CliRunner

    from pln_cli.cli.app import app

    plain = CliRunner().invoke(app, ["deal", "show", "total-spbu-2017"], env={"COLUMNS": "100", "NO_COLOR": "1"})
    forced = CliRunner().invoke(app, ["deal", "show", "total-spbu-2017"], env={"COLUMNS": "100", "FORCE_COLOR": "1", "NO_COLOR": None})
    assert plain.exit_code == forced.exit_code == 0, forced.output
    assert "\x1b[" not in plain.output
    assert "\x1b[" in forced.output


@pytest.mark.parametrize("width", ["80", "100"])
def test_real_tables_keep_every_column_and_number(workspace, width):
    from typer.testing import CliRunner

    from pln_cli.cli.app import app

    env = {"COLUMNS": width, "FORCE_COLOR": "1", "NO_COLOR": "1"}
    out = re.sub(r"\x1b\[[0-9;]*m", "", CliRunner().invoke(app, ["deal", "show", "total-spbu-2017"], env=env).output)
    assert "Rp71.782.812" in out and "Rp105.000.000" in out and "Reward" in out and "Qualify" in out
    args = ["offer", "simulate", "total-spbu-2017q4", "--vs", "min_spend=400rb,voucher=30rb", "--vs", "budget=100jt"]
    out = re.sub(r"\x1b\[[0-9;]*m", "", CliRunner().invoke(app, args, env=env).output)
    assert "budget=Rp100.000.000" in out and "min_spend=Rp400.000," in out
    assert "Rp205.093.750" in out and "Rp1.050.000.000" in out
    assert max(len(line) for line in out.splitlines()) <= int(width)


# --- numbers inside text cells, and tables wider than the terminal -------------------

from collections import Counter  # noqa: E402

from pln_cli.render.document import allocate, column_groups, wrap_cell  # noqa: E402

# Independent of the renderer's own pattern: a date, or digits with their
# group separators, Rp and % (a date split at "-" or an amount split at "."
# loses its token).
TOKEN = re.compile(r"\d{4}-\d{2}-\d{2}|(?:Rp)?\d+(?:[.,]\d+)*%?")


def _tokens(text: str) -> Counter:
    return Counter(TOKEN.findall(text))


def test_wrap_cell_breaks_at_spaces_and_never_inside_a_number():
    assert wrap_cell("min_spend=Rp450.000, voucher=Rp25.000", 20) == ["min_spend=Rp450.000,", "voucher=Rp25.000"]
    # a word longer than the column folds, but before the number, not inside it
    assert wrap_cell("budget=Rp100.000.000", 14) == ["budget=", "Rp100.000.000"]
    assert wrap_cell("min_spend=Rp450.000,voucher=Rp30.000", 12) == ["min_spend=", "Rp450.000,", "voucher=", "Rp30.000"]
    assert wrap_cell("a verylongidentifierwithoutnumbers", 10) == ["a", "verylongid", "entifierwi", "thoutnumbe", "rs"]
    assert wrap_cell("2017-09-12 to 2017-10-03", 12) == ["2017-09-12", "to", "2017-10-03"]
    assert wrap_cell("two\nlines", 20) == ["two", "lines"]


def test_a_number_wider_than_its_column_is_cut_only_then():
    assert wrap_cell("Rp100.000.000", 5) == ["Rp100", ".000.", "000"]


def test_allocate_gives_way_from_the_widest_text_column():
    assert allocate([5, 16], [5, 40], 60) == [5, 40]  # fits as it is
    assert allocate([5, 16, 16], [5, 40, 20], 50) == [5, 25, 20]
    assert allocate([5, 16, 16], [5, 40, 30], 40) == [5, 17, 18]  # 40 gives 10, then turn about: 13 and 12
    assert allocate([20, 30], [20, 40], 49) is None  # even the minimums do not fit


def test_column_groups_repeat_the_first_column():
    # (minimum, natural, numeric): an id, a long text and six amounts of 13
    limits = [(16, 16, False), (16, 60, False)] + [(13, 13, True)] * 6
    groups = column_groups(limits, 80)
    assert [indices[0] for indices, _ in groups] == [0] * len(groups)
    assert sorted({i for indices, _ in groups for i in indices}) == list(range(8))
    for indices, widths in groups:
        assert sum(widths) + 3 * (len(indices) - 1) <= 80
        assert all(w >= limits[i][0] for i, w in zip(indices, widths))
    assert len(column_groups(limits, 300)) == 1


@pytest.mark.parametrize("width", [40, 80, 100])
def test_amounts_in_a_text_column_are_never_split(width):
    terms = "min_spend=Rp450.000,voucher=Rp25.000,budget=Rp100.000.000 and then some words, voucher_valid_days 45"
    rows = [[f"r{i}", terms, "Rp71.782.812", "Rp41.667", "6.8%", "5.6%", "Rp105.000.000"] for i in range(3)]
    headers = ["Round", "Terms", "Our net cost", "CAC", "Qualify", "Reward rate", "Budget"]
    document = Document("T", [], [Section("S", table=Table(headers, rows))])
    out = _draw(document, width)
    assert max(len(line) for line in out.splitlines()) <= width
    for amount in ["Rp450.000", "Rp25.000", "Rp100.000.000", "Rp71.782.812", "Rp41.667", "Rp105.000.000"]:
        assert out.count(amount) >= 3, (amount, out)
    assert _tokens(out) >= _tokens(" ".join(" ".join(row) for row in rows))


def test_numbers_in_bullets_are_never_split():
    bullet = "Offer next: " + ",".join(["min_spend=Rp450.000", "voucher=Rp25.000", "budget=Rp100.000.000"] * 2)
    out = _draw(Document("T", [], [Section("S", bullets=[bullet])]), 40)
    assert out.count("Rp100.000.000") == 2 and out.count("Rp450.000") == 2


def _command_outputs(args, lang, width):
    from typer.testing import CliRunner

    from pln_cli.cli.app import app

    args = [*args, "--lang", lang]
    plain = CliRunner().invoke(app, args, env={"COLUMNS": width, "NO_COLOR": "1", "FORCE_COLOR": None})
    rich = CliRunner().invoke(app, args, env={"COLUMNS": width, "NO_COLOR": "1", "FORCE_COLOR": "1"})
    assert plain.exit_code == rich.exit_code == 0, rich.output
    return plain.output, re.sub(r"\x1b\[[0-9;]*m", "", rich.output)


COMMANDS = {
    "deal show": ["deal", "show", "total-spbu-2017"],
    "deal show open": ["deal", "show", "hias-hauz-lebaran-2018"],
    "report": ["report", "--today", "2018-01-01"],
    "offer simulate": ["offer", "simulate", "total-spbu-2017q4", "--vs", "min_spend=400rb,voucher=30rb", "--vs", "budget=100jt"],
}


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize("width", ["80", "100"])
@pytest.mark.parametrize("name", list(COMMANDS))
def test_real_commands_keep_every_number_whole(workspace, name, width, lang):
    plain, rich = _command_outputs(COMMANDS[name], lang, width)
    # Only a chart's lines, kept verbatim in both looks, may be wider than the terminal.
    verbatim = set(plain.splitlines())
    assert all(len(line) <= int(width) or line.rstrip() in verbatim for line in rich.splitlines())
    missing = _tokens(plain) - _tokens(rich)
    assert not missing, (dict(missing), rich)
    assert "Rp450.000" in rich or name != "deal show"
