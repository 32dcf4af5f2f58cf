"""A past year holding indicator scores only (2564, 2565: no item wording shipped) works
everywhere a year does: overview, the analysis report and its multi-year chart, the comparison,
the Excel summary, and the scores and analysis pages (issue 10 §1)."""
from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from sqlalchemy import select

from app.reports import DocumentRequest, build_document
from app.reports.gather import analysis_doc
from app.services import analysis_edits, score_edits
from app.services.overview import year_overview
from app.services.score_edits import FIELD_PUBLISHED, KIND_INDICATOR, KIND_OVERALL, ScoreCell
from app.services.years import add_results_year
from app.store.models import Unit
from tests.pdfcheck import extract_lines

MUANG = "เทศบาลตำบลม่วงยาย"
TODAY = dt.date(2026, 11, 30)
SCORES = {2564: (88.1, 85.0, 92.3, 75.4, 70.2, 84.9, 80.0, 81.5, 66.7, 55.0),
          2565: (91.2, 88.5, 95.0, 80.1, 77.3, 86.4, 84.0, 82.7, 70.5, 62.0)}


@pytest.fixture
def history_db(demo_db):
    """ม่วงยาย (seed 003) with indicator-only 2564 and 2565 beside its full 2568."""
    with demo_db.transaction() as s:
        uid = s.scalar(select(Unit.id).where(Unit.name == MUANG))
        for year, values in SCORES.items():
            added = add_results_year(s, uid, year, today=TODAY)
            cells = [(ScoreCell(KIND_INDICATOR, str(n), FIELD_PUBLISHED), v) for n, v in enumerate(values, 1)]
            score_edits.set_values(s, added.assessment_id, cells)
        a2565 = score_edits.assessment_id_for(s, uid, 2565)
        score_edits.set_values(s, a2565, [(ScoreCell(KIND_OVERALL, "", FIELD_PUBLISHED), 79.8)])
        score_edits.set_published_level(s, a2565, "B")
        analysis_edits.set_text(s, a2565, 10, "deficiency", "คะแนนการป้องกันการทุจริตต่ำที่สุดของปี")
    demo_db.unit_id = uid
    return demo_db


def test_overview_of_an_indicator_only_year(history_db):
    with history_db.session() as s:
        o = year_overview(s, history_db.unit_id, 2565, today=TODAY)
    assert o.has_assessment and o.previous_year == 2564 and o.level == "B"
    assert [r.score for r in o.indicators] == list(SCORES[2565])
    assert o.indicators[9].previous == 55.0 and o.indicators[9].delta == 7.0
    assert o.weakest_items == [] and [r.number for r in o.weakest_indicators] == [10, 9, 5]


def _text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    return "\n".join(extract_lines(path)[1])


def test_analysis_report_of_an_indicator_only_year_and_the_five_year_chart(history_db, tmp_path):
    with history_db.session() as s:
        doc = analysis_doc(s, MUANG, 2565)
        assert doc.series.years == [2564, 2565]  # the chart stops at the year reported on
        assert analysis_doc(s, MUANG, 2568).series.years == [2564, 2565, 2568]
        pdf = build_document(s, DocumentRequest("analysis", MUANG, 2565, include_plan=False))
    text = _text(pdf, tmp_path)
    assert "การป้องกันการทุจริต" in text and "๖๒.๐๐" in text and "๗๙.๘๐" in text
    # only indicator 10 has something to detail; no empty item tables for the others
    assert "แยกเป็น ๑ ตัวชี้วัด" in text
    assert "คะแนนการป้องกันการทุจริตต่ำที่สุดของปี" in text
    assert "เครื่องมือการประเมินแบบวัด" not in text


def test_comparison_and_excel_summary_of_an_indicator_only_year(history_db, tmp_path):
    from app.excel.summary import write_summary

    with history_db.session() as s:
        pdf = build_document(s, DocumentRequest("comparison", MUANG, 2565))
        write_summary(s, MUANG, 2565, tmp_path / "2565.xlsx")
    text = _text(pdf, tmp_path)
    assert "๕๕.๐๐" in text and "๖๒.๐๐" in text  # indicator 10 in 2564 and 2565
    wb = openpyxl.load_workbook(tmp_path / "2565.xlsx")
    values = [c for row in wb["คะแนนรายปี"].iter_rows(values_only=True) for c in row if isinstance(c, (int, float))]
    assert 62.0 in values and 55.0 in values and 79.8 in values


def test_scores_and_analysis_pages_show_an_indicator_only_year(history_db, qtbot):
    from ui.context import UiContext
    from ui.pages.analysis import AnalysisPage
    from ui.pages.scores import ScoresPage
    from ui.models.scores_model import COL_PUBLISHED, COL_SCORE

    ctx = UiContext(history_db)
    ctx.select(history_db.unit_id, 2564)
    page = ScoresPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    cell = page.index_for("indicator", "10", COL_PUBLISHED)
    assert cell.data() == "55.00"
    # no empty item-score column; the hint says where an indicator-level year's scores go
    assert page.view.isColumnHidden(COL_SCORE) and "“ที่ประกาศ”" in page.hint.text()
    assert page.model.setData(cell, "๕๖")
    with history_db.session() as s:
        o = year_overview(s, history_db.unit_id, 2564, today=TODAY)
    assert o.indicators[9].score == 56.0
    assert o.overall_computed == pytest.approx(0.3 * sum(SCORES[2564][:5]) / 5 + 0.3 * (84.9 + 80 + 81.5) / 3 + 0.4 * (66.7 + 56) / 2, abs=0.01)
    analysis = AnalysisPage(ctx)
    qtbot.addWidget(analysis)
    analysis.show()
    qtbot.waitExposed(analysis)
    assert analysis.items.rowCount() == 0
    # no empty item table: a Thai note says the year is at indicator level
    assert not analysis.items_view.isVisible() and analysis.items_note.isVisible()
    assert "ระดับตัวชี้วัด" in analysis.items_note.text() and "๒๕๖๔" in analysis.items_note.text()
    ctx.select(history_db.unit_id, 2568)  # a year with items shows its table again
    qtbot.waitUntil(lambda: analysis.items.rowCount() > 0)
    assert analysis.items_view.isVisible() and not analysis.items_note.isVisible()
    assert not page.view.isColumnHidden(COL_SCORE) and "“ที่ประกาศ”" not in page.hint.text()


def test_overview_page_names_the_year_it_compares_with(history_db, qtbot):
    """The nearest earlier year with results is not always the year before: 2568 compares with
    2565 here, and the overview says so instead of "ปีก่อน"."""
    from PySide6.QtCore import Qt

    from ui.context import UiContext
    from ui.pages.overview import OverviewPage

    ctx = UiContext(history_db)
    ctx.today = lambda: TODAY
    ctx.select(history_db.unit_id, 2568)
    page = OverviewPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    model = page.indicator_model
    assert model.headerData(model.COL_PREVIOUS, Qt.Orientation.Horizontal) == "ปี ๒๕๖๕"
    assert page.ind_box.title().endswith("เทียบกับปี ๒๕๖๕")
    assert model.index(0, model.COL_PREVIOUS).data() == "91.20"
