"""`-o FILE.xlsx`: a real workbook, by extension, never onto a terminal."""

from __future__ import annotations

import io

import openpyxl

from tests.conftest import run


def test_report_to_a_workbook(runner, workspace):
    result = run(runner, "report", "-o", "portfolio.xlsx")
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(workspace / "portfolio.xlsx")
    assert book.sheetnames[0] == "Deals" and book["Deals"].freeze_panes == "B2"
    deals = [row[0] for row in book["Deals"].iter_rows(min_row=2, values_only=True)]
    assert "total-spbu-2017" in deals


def test_a_workbook_on_stdout_is_fine_in_a_pipe(runner, workspace):
    result = run(runner, "report", "-f", "xlsx")
    assert result.exit_code == 0
    assert openpyxl.load_workbook(io.BytesIO(result.stdout_bytes)).sheetnames[0] == "Deals"
