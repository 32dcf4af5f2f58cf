"""Every Qt model of the screens under qtmodeltester, loaded with demo data; the
screenshots mode; the no-display start."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from app.services import phrases
from app.services.overview import year_overview
from app.services.scoring import compute
from app.services.units import get_assessment
from app.store.models import Unit

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parent.parent
MUANG_YAI = "เทศบาลตำบลม่วงยาย"


def test_scores_model(qtmodeltester, demo_db):
    from ui.models.scores_model import ScoresModel

    model = ScoresModel()
    with demo_db.session() as s:
        a = get_assessment(s, MUANG_YAI, 2568)
        model.load(a, compute(a))
    qtmodeltester.check(model)
    assert model.rowCount() == 5  # overall, level, three tools
    model.load(None, None)
    qtmodeltester.check(model)


def test_scores_model_for_a_year_with_single_eit_scores(qtmodeltester, demo_db):
    from ui.models.scores_model import ScoresModel

    model = ScoresModel()
    with demo_db.session() as s:
        a = get_assessment(s, "องค์การบริหารส่วนตำบลเขาสมอคอน", 2567)
        model.load(a, compute(a))
    qtmodeltester.check(model)
    assert not model.has_dual


def test_overview_models(qtmodeltester, demo_db):
    from ui.pages.overview import IndicatorCompareModel, OverdueModel, RoundCountsModel, WeakItemsModel

    with demo_db.session() as s:
        uid = s.scalar(select(Unit.id).where(Unit.name == MUANG_YAI))
        o = year_overview(s, uid, 2568)
        plan = year_overview(s, uid, 2569, today=dt.date(2027, 1, 1))
    for model, rows in ((IndicatorCompareModel(), o.indicators), (WeakItemsModel(), o.weakest_items),
                        (RoundCountsModel(), plan.rounds), (OverdueModel(), plan.overdue)):
        model.set_rows(rows)
        assert model.rowCount() == len(rows) > 0
        qtmodeltester.check(model)


def test_analysis_and_settings_models(qtmodeltester, demo_db):
    from ui.pages.analysis import ItemScoresModel, PhrasesModel, Topic, TopicsModel
    from ui.pages.settings import DepartmentsModel, SignersModel

    with demo_db.session() as s:
        sheet = compute(get_assessment(s, MUANG_YAI, 2568))
        rows = phrases.list_phrases(s)
    cases = [
        (TopicsModel(), [Topic("indicator", i.number, i.name, i.value.effective) for i in sheet.indicators]),
        (ItemScoresModel(), [(it, n == 0, "1.00") for n, it in enumerate(sheet.indicator(9).items)]),
        (PhrasesModel(), rows),
        (DepartmentsModel(), ["สำนักปลัด", "กองคลัง"]),
        (SignersModel(), [("k", "นาย ก", ["ปลัด", "รักษาราชการแทน"])]),
    ]
    for model, data in cases:
        model.set_rows(data)
        qtmodeltester.check(model)


def test_screenshots_mode_saves_every_page(qapp, tmp_path):
    from ui.pages.registry import PAGES
    from ui.screenshots import take_screenshots

    files = take_screenshots(tmp_path / "shots")
    assert [f.name for f in files] == [f"{i + 1:02d}-{p.key}.png" for i, p in enumerate(PAGES)]
    from PySide6.QtGui import QImage

    for f in files:
        img = QImage(str(f))
        assert img.width() >= 1200 and img.height() >= 700


def test_no_display_writes_documents_instead_of_failing(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "ITA_DESK_DATA": str(tmp_path / "data"), "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "ui", "run", "--db", str(tmp_path / "x.sqlite3")],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1 and "ไม่พบหน้าจอ" in lines[0] and "No display" in lines[0]
    written = list((tmp_path / "data" / "documents-headless").iterdir())
    assert any(p.suffix == ".itaz" for p in written) and any(p.name.endswith("-scores.txt") for p in written)
