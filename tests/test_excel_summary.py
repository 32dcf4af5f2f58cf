"""Summary workbook: written for every demo unit and read back with openpyxl (values, formats,
fonts, freeze panes, print set-up, dropdowns, chart); text that looks like a formula stays text."""
from __future__ import annotations

import zipfile

import openpyxl
import pytest

from app.excel import labels as L
from app.excel.datasheet import read_data_sheet
from app.excel.styles import FONT_NAME
from app.excel.summary import SHEET_PROGRESS, write_summary
from app.errors import InputError
from app.services.units import score_sheet
from tests.excel_fixtures import INJECTIONS, add_unit, demo_unit_years, unit_doc


def _all_cells(wb):
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None:
                    yield ws, cell


def test_every_demo_unit_exports_and_reads_back(demo_db, tmp_path):
    with demo_db.session() as session:
        pairs = demo_unit_years(session)
        assert len(pairs) >= 5
        for name, year in pairs:
            path = write_summary(session, name, year, tmp_path / f"{year}.xlsx")
            wb = openpyxl.load_workbook(path)
            data = read_data_sheet(wb)
            assert data["unit.name"] == name and data["fiscal_year"] == year
            unit = next(u for u in session.scalars(__import__("sqlalchemy").select(
                __import__("app.store.models", fromlist=["Unit"]).Unit)) if u.name == name)
            if any(a.fiscal_year == year for a in unit.assessments):
                sheet = score_sheet(session, name, year)
                assert data["overall"] == pytest.approx(sheet.overall.effective)
                ind = {i.number: i.value.effective for i in sheet.indicators}
                for n in range(1, 11):
                    assert data[f"indicator.{n}"] == pytest.approx(ind[n]) if ind[n] is not None else data[f"indicator.{n}"] is None
                # The scores sheet shows the same numbers in the year's column.
                ws = wb[L.SHEET_SCORES]
                col = 4 + [a.fiscal_year for a in unit.assessments].index(year)
                for r in range(4, 14):
                    n = ws.cell(row=r, column=2).value
                    assert ws.cell(row=r, column=col).value == (pytest.approx(ind[n]) if ind[n] is not None else None)
            measures = sum(len(p.measures) for p in unit.plans if p.fiscal_year == data["plan_year"])
            assert data["measures"] == measures
            ws = wb[SHEET_PROGRESS]
            numbers = [ws.cell(row=r, column=1).value for r in range(data["progress.first_row"],
                                                                     data["progress.last_row"] + 1)]
            assert sum(isinstance(v, int) for v in numbers) == measures


def test_formats_fonts_panes_and_print_setup(demo_db, tmp_path):
    name = "องค์การบริหารส่วนตำบลเขาสมอคอน"
    with demo_db.session() as session:
        path = write_summary(session, name, 2568, tmp_path / "khao.xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[:2] == [L.SHEET_SCORES, L.SHEET_CHART]
    assert wb[L.SHEET_DATA].sheet_state == "hidden"

    ws = wb[L.SHEET_SCORES]
    assert ws.freeze_panes == "D4"
    assert ws.print_title_rows == "$3:$3"
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9  # A4
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert "เขาสมอคอน" in ws.oddHeader.center.text
    assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text
    score = ws["D4"]
    assert isinstance(score.value, float)
    assert score.number_format == "[$-D00041E]0.00"  # Thai digits, value stays a number
    assert score.font.name == FONT_NAME and score.font.sz == 16
    assert ws["D3"].value == "๒๕๖๗" and ws["C3"].alignment.wrap_text

    plan = wb[L.SHEET_MEASURES]
    assert plan.freeze_panes == "C3" and plan.print_title_rows == "$2:$2"

    progress = wb[SHEET_PROGRESS]
    assert progress.print_title_rows == "$3:$4"
    validations = progress.data_validations.dataValidation
    assert len(validations) == 1
    dv = validations[0]
    assert dv.type == "list"
    for label in ("อยู่ระหว่างดำเนินการ", "ดำเนินการแล้ว", "ยังไม่ดำเนินการ"):
        assert label in dv.formula1
    ranges = {str(r) for r in dv.sqref.ranges}
    assert any(r.startswith("D") for r in ranges) and any(r.startswith("G") for r in ranges)
    statuses = [progress.cell(row=r, column=7).value for r in range(5, progress.max_row + 1)]
    assert statuses.count("ดำเนินการแล้ว") == 9  # the demo unit's nine measures, all done at 12 months

    counts = wb[L.SHEET_STATUS]
    assert counts["B4"].data_type == "f" and counts["B4"].value.startswith("=COUNTIFS(")
    with zipfile.ZipFile(path) as zf:
        assert any(n.startswith("xl/charts/chart") for n in zf.namelist())
        chart_xml = zf.read(next(n for n in zf.namelist() if n.startswith("xl/charts/chart"))).decode()
    assert "barChart" in chart_xml and L.SHEET_SCORES in chart_xml


def test_injection_text_stays_text(db, tmp_path):
    name = add_unit(db, unit_doc("เทศบาลตำบลทดสอบสูตร", texts=INJECTIONS, statuses=[("done", "done")] * 7,
                                 departments=["@กองคลัง", "=สำนักปลัด", "-กองช่าง"]))
    with db.session() as session:
        path = write_summary(session, name, 2568, tmp_path / "inj.xlsx")
    wb = openpyxl.load_workbook(path)
    found = set()
    for ws, cell in _all_cells(wb):
        if cell.data_type == "f":
            # Only the program's own count formulas, on the counts sheet.
            assert ws.title == L.SHEET_STATUS
            assert cell.value.startswith(("=COUNTIFS(", "=COUNT(")) or "-SUM(" in cell.value
            continue
        if isinstance(cell.value, str) and cell.value in INJECTIONS:
            found.add(cell.value)
            assert cell.data_type == "s"
            assert cell.quotePrefix
    assert found == set(INJECTIONS)
    # The departments starting with = @ - are text in the measures sheet too.
    plan = wb[L.SHEET_MEASURES]
    resp = {plan.cell(row=r, column=8).value for r in range(3, plan.max_row + 1)}
    assert any(v and v.startswith("=สำนักปลัด") for v in resp)


def test_ten_years_and_missing_year(db, tmp_path):
    years = {2559 + i: (f"ITA-{2566 + (i % 4)}", 80.0 + i) for i in range(10)}
    name = add_unit(db, unit_doc("อบต.สิบปี", years=years, plan_year=2568))
    with db.session() as session:
        path = write_summary(session, name, 2568, tmp_path / "ten.xlsx")
        with pytest.raises(InputError, match="ไม่มีทั้งผลการประเมินและมาตรการ"):
            write_summary(session, name, 2540, tmp_path / "none.xlsx")
    assert not (tmp_path / "none.xlsx").exists()
    wb = openpyxl.load_workbook(path)
    plan = wb[L.SHEET_MEASURES]
    dated = [c for row in plan.iter_rows(min_row=3, min_col=6, max_col=7) for c in row
             if getattr(c, "is_date", False)]
    assert len(dated) == 8  # four measures, start and end
    assert {c.value.date().isoformat() for c in dated} == {"2024-10-01", "2025-09-30"}
    assert all(c.number_format == "[$-D07041E]d mmm yyyy" for c in dated)  # Buddhist era, Thai digits
    ws = wb[L.SHEET_SCORES]
    assert [ws.cell(row=3, column=c).value for c in range(4, 14)] == [
        "๒๕๕๙", "๒๕๖๐", "๒๕๖๑", "๒๕๖๒", "๒๕๖๓", "๒๕๖๔", "๒๕๖๕", "๒๕๖๖", "๒๕๖๗", "๒๕๖๘"]
    assert ws.cell(row=17, column=4).value == pytest.approx(83.21)  # published overall of 2559
