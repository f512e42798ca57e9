"""The Excel workbooks, read back with openpyxl: one sheet per section,
numbers that stay numbers with Rupiah and percent formats, frozen headers,
fitted columns, and no formula ever built from data."""

from __future__ import annotations

import io
import re
import zipfile

import openpyxl

from pln_cli.api.offers import offer_report
from pln_cli.api.report import portfolio
from pln_cli.api.workspace import load_workspace
from pln_cli.render.xlsx import PERCENT_FORMAT, RUPIAH_FORMAT, portfolio_workbook, simulation_workbook

TOTAL_OFFER = "offers/total-spbu-2017q4.yaml"


def read(data: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(data))


def column(sheet, header: str) -> list:
    headers = [c.value for c in sheet[1]]
    index = headers.index(header)
    return [row[index] for row in sheet.iter_rows(min_row=2)]


def no_formulas(data: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert not re.search(rb"<f[ >]", archive.read(name)), name


def test_portfolio_has_one_sheet_per_section(workspace):
    data = portfolio_workbook(portfolio(load_workspace(workspace)), "en")
    book = read(data)
    assert book.sheetnames == ["Deals", "Latest terms", "Money per month", "Totals by status", "Warnings by deal", "Partners without deals", "Offers without deals"]
    deals = book["Deals"]
    assert [c.value for c in deals[1]][:4] == ["Deal", "Partner", "Partner id", "Status"]
    assert "total-spbu-2017" in [c.value for c in column(deals, "Deal")]
    assert {c.data_type for c in column(deals, "Rounds")} == {"n"}
    assert all(c.is_date and c.number_format == "yyyy-mm-dd" for c in column(deals, "First meeting"))
    for sheet in book.worksheets:
        assert sheet.freeze_panes in ("A2", "B2"), sheet.title
        widths = [sheet.column_dimensions[letter].width for letter in "ABC"[: sheet.max_column]]
        assert all(w and w >= 8 for w in widths), sheet.title
    assert deals.freeze_panes == "B2" and deals.auto_filter.ref
    no_formulas(data)


def test_portfolio_money_stays_numbers_with_the_rupiah_format(workspace):
    book = read(portfolio_workbook(portfolio(load_workspace(workspace)), "en"))
    money = book["Money per month"]
    # one line per deal: its first cells are our terms' figures
    first = {r[0].value: r for r in money.iter_rows(min_row=2)}
    headers = [c.value for c in money[1]]
    happy = first["happy-fresh-2018"][headers.index("Ours: Net cost / month")]
    assert happy.data_type == "n" and isinstance(happy.value, int) and happy.number_format == RUPIAH_FORMAT
    # Happy Fresh's quota runs out on day 16 of the 90-day period (lambda * D = 15,04 days)
    running = first["happy-fresh-2018"][headers.index("Ours: Days running")]
    assert running.data_type == "n" and abs(running.value - 15.04) < 0.01 and running.number_format == "#,##0.0"
    period = first["happy-fresh-2018"][headers.index("Ours: Net cost, period")]
    assert period.number_format == RUPIAH_FORMAT and period.value == round(happy.value * running.value / 30)
    shares = column(money, "Ours: Qualify")
    assert all(c.number_format == PERCENT_FORMAT and 0 <= c.value <= 1 for c in shares if c.data_type == "n")
    terms = book["Latest terms"]
    agreed = {r[0].value: r for r in terms.iter_rows(min_row=2)}["total-spbu-2017"]
    headers = [c.value for c in terms[1]]
    min_spend = agreed[headers.index("Agreed: min_spend")]
    assert (min_spend.value, min_spend.number_format) == (450000, RUPIAH_FORMAT)
    totals = book["Totals by status"]
    assert totals.cell(2, 3).number_format == RUPIAH_FORMAT and totals.cell(2, 3).data_type == "n"


def test_portfolio_in_indonesian(workspace):
    book = read(portfolio_workbook(portfolio(load_workspace(workspace)), "id"))
    assert book.sheetnames[:3] == ["Kesepakatan", "Ketentuan terakhir", "Uang per bulan"]
    assert [c.value for c in book["Kesepakatan"][1]][:2] == ["Kesepakatan", "Mitra"]
    assert "berjalan" in [c.value for c in column(book["Kesepakatan"], "Status")]


def test_a_formula_for_a_name_stays_text(workspace):
    path = workspace / "partners" / "happy-fresh.yaml"
    path.write_text(path.read_text().replace("name: Happy Fresh", "name: '=HYPERLINK(\"x\")'"))
    data = portfolio_workbook(portfolio(load_workspace(workspace)), "en")
    deals = read(data)["Deals"]
    row = next(r for r in deals.iter_rows(min_row=2) if r[0].value == "happy-fresh-2018")
    assert row[1].data_type == "s" and row[1].value == "'=HYPERLINK(\"x\")"
    no_formulas(data)


def test_control_characters_are_written_out(workspace):
    path = workspace / "partners" / "happy-fresh.yaml"
    path.write_text(path.read_text().replace("name: Happy Fresh", 'name: "Happy\\x1b[2J Fresh"'))
    deals = read(portfolio_workbook(portfolio(load_workspace(workspace)), "en"))["Deals"]
    row = next(r for r in deals.iter_rows(min_row=2) if r[0].value == "happy-fresh-2018")
    assert row[1].value == "Happy\\x1b[2J Fresh"


def test_the_same_input_gives_the_same_bytes(workspace):
    found = portfolio(load_workspace(workspace))
    assert portfolio_workbook(found, "en") == portfolio_workbook(found, "en")
    report = offer_report(workspace / TOTAL_OFFER)
    assert simulation_workbook(report, "id") == simulation_workbook(report, "id")


def test_an_empty_portfolio_still_has_its_sheets(tmp_path):
    (tmp_path / "deals").mkdir()
    book = read(portfolio_workbook(portfolio(load_workspace(tmp_path)), "en"))
    assert len(book.sheetnames) == 6 and book["Deals"].max_row == 1  # no warnings sheet when nothing warns


def test_simulation_sheets_numbers_and_formats(workspace):
    data = simulation_workbook(offer_report(workspace / TOTAL_OFFER), "en")
    book = read(data)
    assert book.sheetnames == ["Scheme", "Partner side", "Our side", "Values", "Assumptions", "Warnings", "Talking points"]
    scheme = book["Scheme"]
    assert [c.value for c in scheme[2]][:3] == [1, 450000, 25000]
    assert scheme.cell(2, 2).number_format == RUPIAH_FORMAT and scheme.cell(2, 4).number_format == PERCENT_FORMAT
    assert abs(scheme.cell(2, 4).value - 25000 / 450000) < 1e-12
    ours = {r[0].value: r[1] for r in book["Our side"].iter_rows(min_row=2)}
    assert ours["Our net cost"].data_type == "n" and ours["Our net cost"].number_format == RUPIAH_FORMAT
    assert ours["Vouchers issued"].number_format == "#,##0"
    assumptions = {r[0].value: r[1] for r in book["Assumptions"].iter_rows(min_row=2) if r[0].value}
    assert (assumptions["Redemption rate"].value, assumptions["Redemption rate"].number_format) == (0.35, PERCENT_FORMAT)
    assert assumptions["Budget"].value == 150_000_000 and assumptions["Budget"].number_format == RUPIAH_FORMAT
    points = book["Talking points"]
    assert points.max_row > 2 and isinstance(points.cell(2, 2).value, str) and points.cell(2, 2).alignment.wrap_text
    assert all(sheet.freeze_panes in ("A2", "B2") for sheet in book.worksheets)
    no_formulas(data)


def test_counter_offers_get_a_comparison_sheet(workspace):
    report = offer_report(workspace / TOTAL_OFFER, [{"min_spend": 400_000}, {"voucher": 30_000}])
    book = read(simulation_workbook(report, "id"))
    assert book.sheetnames[0] == "Penawaran balik"
    comparison = book["Penawaran balik"]
    assert [c.value for c in comparison[1]] == ["Indikator", "penawaran dasar", "ambang belanja Rp400.000", "nilai voucher Rp30.000"]
    assert [c.value for c in comparison[2]] == ["Ambang belanja", 450000, 400000, 450000]
    assert comparison.freeze_panes == "B2"
    cost = next(r for r in comparison.iter_rows(min_row=2) if r[0].value == "Biaya bersih kami")
    assert all(c.data_type == "n" and c.number_format == RUPIAH_FORMAT for c in cost[1:])


def test_sheet_names_follow_excel_rules():
    from pln_cli.render.xlsx import _sheet_name

    used: set[str] = set()
    names = [_sheet_name(n, used) for n in ("a/b:c*d?e[f]g\\h", "x" * 40, "x" * 40, "Deals", "deals")]
    assert names[0] == "a-b-c-d-e-f-g-h" and all(len(n) <= 31 for n in names)
    assert len({n.lower() for n in names}) == len(names)
