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
