"""A score edit repaints only the rows whose figures changed, and the page re-scores from the
stored numbers alone, on the catalogue it already holds."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import event, select

from app.store.models import Unit
from ui.models.scores_model import COL_PUBLISHED, COL_SCORE
from ui.pages.registry import PAGES
from ui.settings import WindowSettings

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, demo_db, tmp_path):
    from ui.main import build_window, make_application

    make_application()
    w = build_window(demo_db, WindowSettings(QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(w)
    with demo_db.session() as s:
        w.select(s.scalar(select(Unit.id).where(Unit.name == "เทศบาลตำบลม่วงยาย")), 2568)
    w.show()
    qtbot.waitExposed(w)
    w.show_page([p.key for p in PAGES].index("scores"))
    yield w.page("scores")
    w.close()


def _rows(model, spans):
    out = set()
    for first, last in spans:
        assert first.parent() == last.parent()
        for row in range(first.row(), last.row() + 1):
            node = model.node(model.index(row, 0, first.parent()))
            out.add((node.kind, node.key))
    return out


def test_an_item_edit_repaints_its_row_and_the_totals_it_moves(page):
    model = page.model
    spans = []
    model.dataChanged.connect(lambda first, last, roles=(): spans.append((first, last)))
    assert model.setData(page.index_for("item", "i1", COL_SCORE), "50")
    # indicator 1 keeps its published figure, so only its computed value moves; the tool,
    # overall and level above it are computed from the published one and stay as they were
    assert _rows(model, spans) == {("item", "i1"), ("indicator", "1")}
    assert len(model.nodes_in_order()) > 60
    spans.clear()
    assert model.setData(page.index_for("indicator", "1", COL_PUBLISHED), "")  # clear its published figure
    rows = _rows(model, spans)
    assert {("indicator", "1"), ("tool", "IIT"), ("overall", "")} <= rows
    assert ("item", "i1") not in rows and ("indicator", "2") not in rows


def test_a_score_edit_does_not_read_the_catalogue_again(page, demo_db):
    statements = []

    def record(conn, cursor, statement, *args):
        statements.append(statement)

    assert page.model.setData(page.index_for("item", "i2", COL_SCORE), "61")
    event.listen(demo_db.engine, "before_cursor_execute", record)
    try:
        page.refresh()
    finally:
        event.remove(demo_db.engine, "before_cursor_execute", record)
    assert statements, "the stored numbers are read again"
    assert not [s for s in statements if "cat_item" in s or "FROM catalogue" in s]
    assert page.index_for("item", "i2", COL_SCORE).data() == "61.00"
