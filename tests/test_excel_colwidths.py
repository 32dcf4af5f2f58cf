"""Summary workbook columns fit what they hold (issue 10 §7): measure dates printed through
LibreOffice no longer come out as "###" (they did in 13-character columns)."""
from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from app.excel.colwidths import displayed, fit_columns, points_to_width, text_points
from app.excel.styles import WRAP_TOP, Formats, put
from app.excel.summary import write_summary

MUANG_YAI = "เทศบาลตำบลม่วงยาย"


def test_dates_and_numbers_are_measured_as_printed():
    wb = openpyxl.Workbook()
    ws = wb.active
    thai, arabic = Formats.for_digits(True), Formats.for_digits(False)
    assert displayed(put(ws, 1, 1, dt.date(2026, 9, 30), fmt=thai.date)) == "๓๐ ก.ย. ๒๕๖๙"
    assert displayed(put(ws, 2, 1, dt.date(2025, 10, 1), fmt=arabic.date)) == "1 ต.ค. 2568"
    assert displayed(put(ws, 3, 1, 98.666, fmt=thai.score)) == "๙๘.๖๗"
    assert displayed(put(ws, 4, 1, 7, fmt=thai.integer)) == "๗"
    # a 16 pt Thai date does not fit the 13 characters the summary used to give it
    assert points_to_width(text_points("๓๐ ก.ย. ๒๕๖๙")) > 13


def test_fit_columns_widens_for_dates_and_narrows_short_text():
    wb = openpyxl.Workbook()
    ws = wb.active
    for col, width in ((1, 13), (2, 40), (3, 8)):
        ws.column_dimensions[get_column_letter(col)].width = width
    fmt = Formats.for_digits(True)
    put(ws, 1, 1, dt.date(2026, 9, 30), fmt=fmt.date)
    put(ws, 1, 2, "กองคลัง", align=WRAP_TOP)
    put(ws, 2, 2, "ข้อความยาวมาก " * 30, align=WRAP_TOP)  # wraps: the designed width is its ceiling
    put(ws, 3, 3, "หมายเหตุใต้ตารางที่ยาวกว่าคอลัมน์และไม่ตัดบรรทัด", align=None)  # runs on into empty cells
    widths = fit_columns(ws)
    assert widths[1] >= points_to_width(text_points("๓๐ ก.ย. ๒๕๖๙")) > 13
    assert widths[2] == 40
    assert 3 not in widths and ws.column_dimensions["C"].width == 8
    ws.delete_rows(2)
    assert fit_columns(ws)[2] < 15  # only "กองคลัง" left


def test_every_number_and_date_cell_fits_its_column(demo_db, tmp_path):
    path = tmp_path / "สรุป.xlsx"
    with demo_db.session() as s:
        write_summary(s, MUANG_YAI, 2569, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["มาตรการ"]
    dates = [c for row in ws.iter_rows() for c in row if isinstance(c.value, dt.datetime)]
    assert len(dates) >= 20  # the 2569 plan's start and end dates
    checked = 0
    for sheet in wb.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                text = displayed(cell)
                if text is None or isinstance(cell.value, str):
                    continue
                width = sheet.column_dimensions[get_column_letter(cell.column)].width
                size = cell.font.sz or 16
                assert width >= points_to_width(text_points(text, size, bool(cell.font.b))), (sheet.title, cell.coordinate, text)
                checked += 1
    assert checked > 40


def test_libreoffice_prints_the_dates_not_hashes(demo_db, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-calc-nogui)")
    import pypdfium2

    path = tmp_path / "summary.xlsx"
    with demo_db.session() as s:
        write_summary(s, MUANG_YAI, 2569, path)
    env = dict(os.environ, HOME=str(tmp_path))
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path / 'profile'}",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                   check=True, capture_output=True, env=env, timeout=300)
    pdf = pypdfium2.PdfDocument(str(tmp_path / "summary.pdf"))
    text = "\n".join(page.get_textpage().get_text_range() for page in pdf)
    assert "###" not in text
    assert "๓๐ ก.ย. ๒๕๖๙" in text and "๑ ต.ค. ๒๕๖๘" in text
