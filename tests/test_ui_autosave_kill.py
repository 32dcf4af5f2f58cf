"""Nothing typed is lost: a real window in a child process types into a field with key events
and is killed with SIGKILL about 1.5 s after the last key, with the focus still in the field
(no focus-out, no close). Reopened, the database holds the text."""
from __future__ import annotations

import io
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from app.store.db import open_database
from app.store.models import Measure, MeasurePlan, Photo, Progress, Unit

pytestmark = [pytest.mark.gui, pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")]

ROOT = Path(__file__).resolve().parent.parent
CHILD = ROOT / "tests" / "kill_child.py"
TYPED = "ทดสอบพิมพ์แล้วไฟดับ ๑๒๓"


def _run_child_and_kill(db_path: Path, tmp_path: Path, unit: str, year: int, field: str, delay: float) -> None:
    env = dict(os.environ, ITA_DESK_DATA=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT))
    child = subprocess.Popen([sys.executable, str(CHILD), str(db_path), unit, str(year), field, TYPED],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    try:
        line = child.stdout.readline()  # blocks until the last key was sent (or the child died)
        assert line.strip() == "TYPED", child.stderr.read()
        time.sleep(delay)
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
        child.stderr.close()


def _prepare(db_path: Path, field: str) -> None:
    """What the field edits must exist: a signer for the signer's name, a photo (without a
    caption) in every measure's rounds for the caption."""
    from app.services import photo_edits, unit_edits

    db = open_database(db_path)
    try:
        with db.transaction() as s:
            unit = s.scalar(select(Unit).where(Unit.name.contains("ปลาไหล")))
            if field == "signer-name" and not unit.signers:
                unit_edits.add_signer(s, unit.id, "นายทดสอบ ลงนาม", ["ปลัด อบต."])
            if field == "photo-caption":
                image = io.BytesIO()
                Image.new("RGB", (64, 48), (30, 120, 200)).save(image, "PNG")
                plan = s.scalar(select(MeasurePlan).where(MeasurePlan.unit_id == unit.id, MeasurePlan.fiscal_year == 2568))
                for m in plan.measures:
                    for round_ in (6, 12):
                        photo_edits.add_photo(s, m.id, round_, image.getvalue(), "photo.png")
    finally:
        db.close()


def _stored(db_path: Path, field: str) -> str:
    db = open_database(db_path)
    try:
        with db.session() as s:
            unit = s.scalar(select(Unit).where(Unit.name.contains("ปลาไหล")))
            if field == "unit-district":
                return unit.district
            if field == "signer-name":
                return unit.signers[0].name
            if field == "photo-caption":
                return "\n".join(s.scalars(select(Photo.caption)))
            plan = s.scalar(select(MeasurePlan).where(MeasurePlan.unit_id == unit.id, MeasurePlan.fiscal_year == 2568))
            first = min(plan.measures, key=lambda m: m.position) if field == "measure-steps" else None
            if field == "measure-steps":
                return first.steps
            texts = [p.summary for m in plan.measures for p in s.scalars(
                select(Progress).where(Progress.measure_id == m.id, Progress.round == 12))]
            return "\n".join(texts)
    finally:
        db.close()


@pytest.mark.parametrize("field", ["tracking-summary", "measure-steps", "unit-district", "signer-name", "photo-caption"])
def test_text_typed_survives_sigkill(_demo_db_file, tmp_path, field):
    db_path = tmp_path / "ita.sqlite3"
    shutil.copy(_demo_db_file, db_path)
    _prepare(db_path, field)
    assert TYPED not in _stored(db_path, field)
    _run_child_and_kill(db_path, tmp_path, "ปลาไหล", 2568, field, delay=1.5)
    assert TYPED in _stored(db_path, field)
