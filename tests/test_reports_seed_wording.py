"""The demo units' documents say what the seeds say where an officer would otherwise retouch them
(issue 13 §4 leftovers): seed 002's column order and headings for ปลาไหล, cover titles in balanced
lines (seed 003's long analysis title)."""
from __future__ import annotations

import pypdfium2 as pdfium
import pytest

from app.reports import DocumentRequest
from tests.pdfcheck import extract_lines
from tests.test_reports_memo_wording import MUANG, _build

PLALAI = "เทศบาลตำบลปลาไหล"


def _x_of(page, text: str) -> float:
    textpage = page.get_textpage()
    found = textpage.search(text).get_next()
    assert found is not None, text
    return textpage.get_charbox(found[0])[0]


def test_seed_002_column_order_and_headings(demo_db, tmp_path):
    path = tmp_path / "p.pdf"
    path.write_bytes(_build(demo_db, DocumentRequest("progress", PLALAI, 2568, layout="columns")))
    page = pdfium.PdfDocument(str(path))[0]
    seed = ["มาตรการ/โครงการ/กิจกรรม", "ขั้นตอน/วิธีการปฏิบัติ", "ระยะเวลา", "หน่วยงาน", "ผลการดำเนินการ",
            "ผลลัพธ์หรือผลสัมฤทธิ์"]  # seed 002's header row, left to right
    xs = [_x_of(page, label) for label in seed]
    assert xs == sorted(xs)


def test_cover_title_lines_are_balanced(demo_db, tmp_path):
    """A cover line too long for the page wraps into two of about equal length, not a full line
    over a short one ("…ความโปร่งใส / ในการดำเนินงาน")."""
    path = tmp_path / "a.pdf"
    path.write_bytes(_build(demo_db, DocumentRequest("analysis", MUANG, 2568, cover=True)))
    _n, lines = extract_lines(path)
    cover = lines[:lines.index("เทศบาลตำบลม่วงยาย")]
    assert "".join(cover).replace(" ", "") == (
        "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานปีงบประมาณพ.ศ.๒๕๖๘"
        "เพื่อจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานประจำปีงบประมาณพ.ศ.๒๕๖๙")
    wrapped = [ln for ln in cover if "ปีงบประมาณ" not in ln]
    assert len(wrapped) == 4
    for first, second in (wrapped[:2], wrapped[2:]):
        assert min(len(first), len(second)) / max(len(first), len(second)) > 0.6, (first, second)


def test_analysis_prints_next_years_measures_with_the_plans_own_wording(demo_db, tmp_path):
    """Seed 003 carries the 2569 measures inside the 2568 analysis: headings and columns the
    officer set for the plan print there too, not the defaults."""
    from sqlalchemy import select

    from app.reports import wording_edits
    from app.store import models as m
    from tests.test_reports_memo_wording import _pages, _squeeze

    finding = _squeeze("ผลการวิเคราะห์ตัวชี้วัดที่สอดคล้องกับมาตรการ")
    before = "".join(_pages(_build(demo_db, DocumentRequest("analysis", MUANG, 2568, cover=False)), tmp_path))
    assert finding in before
    with demo_db.transaction() as session:
        unit_id = session.scalar(select(m.Unit.id).where(m.Unit.name == MUANG))
        wording_edits.save_wording(session, unit_id, "plan", 2569, None, {
            "headings": {"steps": "วิธีดำเนินการตามแผน"}, "columns": ["title", "steps", "period", "responsible"]})
    after = "".join(_pages(_build(demo_db, DocumentRequest("analysis", MUANG, 2568, cover=False)), tmp_path, "b"))
    assert _squeeze("วิธีดำเนินการตามแผน") in after and finding not in after


@pytest.mark.parametrize("unit, year, round_", [("องค์การบริหารส่วนตำบลเขาสมอคอน", 2568, 12),
                                                ("องค์การบริหารส่วนตำบลขามสะแกแสง", 2566, 6)])
def test_comment_titles_print_on_one_line_as_in_seed_000(demo_db, tmp_path, unit, year, round_):
    path = tmp_path / "m.pdf"
    path.write_bytes(_build(demo_db, DocumentRequest("memo", unit, year, round=round_, memo_kind="progress")))
    _n, lines = extract_lines(path)
    for role in ("ปลัด", "นายก"):
        # whole on one line (side by side, the two titles share their line; a reader may join them)
        assert any(f"ความเห็น{role}{unit}" in ln for ln in lines), lines
