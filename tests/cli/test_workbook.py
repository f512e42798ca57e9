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


def test_a_simulation_to_a_workbook_keeps_numbers_numbers(runner, workspace):
    result = run(runner, "offer", "simulate", "total-spbu-2017q4", "--vs", "min_spend=400rb", "-o", "sim.xlsx")
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(workspace / "sim.xlsx")
    numbers = [c.value for ws in book.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, (int, float))]
    assert numbers and 450000 in numbers


def test_a_grid_to_a_workbook_is_a_usage_error(runner, workspace):
    result = run(runner, "offer", "simulate", "total-spbu-2017q4", "--grid", "voucher=20rb:30rb:5rb", "-o", "grid.xlsx")
    assert result.exit_code == 2 and not (workspace / "grid.xlsx").exists()
