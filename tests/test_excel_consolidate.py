"""Consolidation of generated unit workbooks (demo units and small imported ones) plus bad files:
figures, ranking, status counts (including a status changed in a unit's workbook), safe text."""
from __future__ import annotations

from statistics import fmean

import openpyxl
import pytest

from app.cli import main
from app.excel import labels as L
from app.excel.consolidate import consolidate
from app.excel.summary import SHEET_PROGRESS, write_summary
from tests.excel_fixtures import add_unit, demo_unit_years, unit_doc


@pytest.fixture
def unit_files(demo_db, tmp_path):
    names = [
        add_unit(demo_db, unit_doc("เทศบาลตำบลหนึ่ง", years={2568: ("ITA-2568", 96.0)})),
        add_unit(demo_db, unit_doc("=1+1 อบต.สอง", years={2568: ("ITA-2568", 70.0)})),
        add_unit(demo_db, unit_doc("อบต.สาม", years={2568: ("ITA-2568", 80.0)},
                                   statuses=[("done", "done")] * 3)),
    ]
    paths = []
    with demo_db.session() as session:
        for i, name in enumerate(names):
            paths.append(write_summary(session, name, 2568, tmp_path / f"u{i}.xlsx"))
        for i, (name, year) in enumerate(demo_unit_years(session)):
            paths.append(write_summary(session, name, year, tmp_path / f"demo{i}.xlsx"))
    bad = tmp_path / "เสีย.xlsx"
    bad.write_bytes(paths[0].read_bytes()[:3000])
    return paths, bad


def test_consolidate_units_and_skip_bad_file(unit_files, tmp_path):
    paths, bad = unit_files
    # An officer changed a status with the dropdown before sending: the district counts it.
    wb = openpyxl.load_workbook(paths[2])
    ws = wb[SHEET_PROGRESS]
    first = next(r for r in range(5, ws.max_row + 1) if isinstance(ws.cell(row=r, column=1).value, int))
    assert ws.cell(row=first, column=4).value == "ดำเนินการแล้ว"
    ws.cell(row=first, column=4).value = "อยู่ระหว่างดำเนินการ"
    wb.save(paths[2])

    out = tmp_path / "district.xlsx"
    result = consolidate([*paths[:3], bad, *paths[3:]], out, fiscal_year=2568)
    assert result.xlsx == out and out.exists()
    skipped = {s.path.name: s.reason for s in result.skipped}
    assert "เสียหาย" in skipped["เสีย.xlsx"]
    # Demo units whose latest year is not 2568 are reported as another year; the three small units
    # written twice (their own file and the every-unit pass) are reported as duplicates.
    demo_reasons = [r for n, r in skipped.items() if n.startswith("demo")]
    assert sum("ไม่ใช่ปี 2568" in r for r in demo_reasons) == 3
    assert sum("ซ้ำกับไฟล์ u" in r for r in demo_reasons) == 3
    names = [u.name for u in result.units]
    assert {"เทศบาลตำบลหนึ่ง", "=1+1 อบต.สอง", "อบต.สาม", "เทศบาลตำบลม่วงยาย",
            "องค์การบริหารส่วนตำบลเขาสมอคอน"} <= set(names)

    overall = {u.name: u.overall for u in result.units}
    assert overall["เทศบาลตำบลหนึ่ง"] == pytest.approx(99.21)  # published 96 + 3.21
    assert result.average == pytest.approx(fmean(v for v in overall.values() if v is not None))
    ranks = [u.rank for u in result.units if u.overall is not None]
    assert ranks == sorted(ranks) and ranks[0] == 1
    scores = [u.overall for u in result.units if u.overall is not None]
    assert scores == sorted(scores, reverse=True)
    assert result.passed == sum(1 for s in scores if round(s, 2) >= 85)

    sam = next(u for u in result.units if u.name == "อบต.สาม")
    assert sam.measures == 3
    assert sam.status[6]["done"] == 2 and sam.status[6]["in_progress"] == 1
    assert sam.status[12]["done"] == 3

    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == [L.SHEET_UNITS, L.SHEET_OVERVIEW, L.SHEET_UNIT_STATUS, L.SHEET_SKIPPED]
    ws = wb[L.SHEET_UNITS]
    listed = [ws.cell(row=r, column=2).value for r in range(4, 4 + len(result.units))]
    assert listed == names
    injected = ws.cell(row=4 + names.index("=1+1 อบต.สอง"), column=2)
    assert injected.value == "=1+1 อบต.สอง" and injected.data_type == "s"
    assert ws.cell(row=4, column=5).number_format == "[$-D00041E]0.00"
    assert ws.freeze_panes == "C4" and ws.print_title_rows == "$2:$3"
    avg_row = 4 + len(result.units)
    assert ws.cell(row=avg_row, column=2).value == "ค่าเฉลี่ย"
    assert ws.cell(row=avg_row, column=5).value == pytest.approx(result.average)
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)
    skipped_ws = wb[L.SHEET_SKIPPED]
    assert "เสีย.xlsx" in [skipped_ws.cell(row=r, column=1).value for r in range(3, skipped_ws.max_row + 1)]
    rate = wb[L.SHEET_OVERVIEW]["B9"]
    assert rate.value == pytest.approx(result.pass_rate) and rate.number_format.endswith("0.00%")


def test_consolidate_command_line(unit_files, tmp_path, capsys):
    paths, bad = unit_files
    out, pdf = tmp_path / "cli.xlsx", tmp_path / "cli.pdf"
    assert main(["consolidate", str(paths[0]), str(paths[1]), str(bad), "-o", str(out), "--pdf", str(pdf)]) == 0
    captured = capsys.readouterr()
    assert "รวมผล 2 หน่วยงาน" in captured.out and "เสีย.xlsx" in captured.err
    assert out.exists()
    from pypdf import PdfReader

    text = "".join("".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert "เทศบาลตำบลหนึ่ง" in text and "=1+1อบต.สอง" in text and "ค่าเฉลี่ย" in text


def test_nothing_usable_is_an_error(tmp_path, capsys):
    bad = tmp_path / "a.xlsx"
    bad.write_text("ไม่ใช่ excel", encoding="utf-8")
    assert main(["consolidate", str(bad), "-o", str(tmp_path / "o.xlsx")]) == 1
    assert "ไม่มีไฟล์ที่ใช้รวมผลได้" in capsys.readouterr().err
    assert not (tmp_path / "o.xlsx").exists()
