"""Workspace exchange: lossless round trip for every demo unit; bad files change nothing."""
import copy
import json
import zipfile

import pytest
from sqlalchemy import func, select

from app.exchange.fields import ExchangeError
from app.exchange.workspace import (
    REPLACE, LoadedFile, document_bytes, export_unit, import_document, import_file, read_file, unit_to_document,
)
from app.exchange.demo import demo_files
from app.store import models as m

DEMO_NAMES = [json.loads(p.read_text(encoding="utf-8"))["unit"]["name"] for p in demo_files()]


def _counts(db):
    with db.session() as s:
        return {t.__name__: s.scalar(select(func.count()).select_from(t))
                for t in (m.Unit, m.Assessment, m.ItemScore, m.Measure, m.Progress, m.Photo, m.Memo)}


def test_demo_files_exist():
    assert len(demo_files()) >= 3


@pytest.mark.parametrize("name", DEMO_NAMES)
def test_round_trip_is_byte_identical(demo_db, tmp_path, name):
    first = tmp_path / "first.itaz"
    with demo_db.session() as s:
        export_unit(s, name, first)
        before = document_bytes(s, name)
    # Import into a second, empty database and export again.
    from app.store.db import open_database

    other = open_database(tmp_path / "other.sqlite3")
    try:
        with other.transaction() as s:
            import_file(s, first)
        second = tmp_path / "second.itaz"
        with other.session() as s:
            export_unit(s, name, second)
            after = document_bytes(s, name)
    finally:
        other.close()
    assert before == after
    assert first.read_bytes() == second.read_bytes()


def test_round_trip_keeps_photos(demo_db, tmp_path):
    with demo_db.session() as s:
        units = s.scalars(select(m.Unit)).all()
        with_photos = [u.name for u in units if any(
            ph for p in u.plans for ms in p.measures for pr in ms.progress for ph in pr.photos)]
    if not with_photos:
        pytest.skip("no demo unit has photos yet")
    path = tmp_path / "p.itaz"
    with demo_db.session() as s:
        export_unit(s, with_photos[0], path)
    with zipfile.ZipFile(path) as zf:
        names = [n for n in zf.namelist() if n.startswith("photos/")]
    assert names and all(n.endswith((".jpg", ".png")) for n in names)
    loaded = read_file(path)
    assert set(loaded.photos) == set(names)


SAMPLE_UNIT = "เทศบาลตำบลม่วงยาย"  # seed 003: scores, analysis, measures and a memo


def _sample_doc(demo_db):
    with demo_db.session() as s:
        doc, photos = unit_to_document(s.scalar(select(m.Unit).where(m.Unit.name == SAMPLE_UNIT)))
    return doc, photos


def test_bad_score_names_the_field_and_writes_nothing(demo_db):
    doc, photos = _sample_doc(demo_db)
    bad = copy.deepcopy(doc)
    target = next(a for a in bad["assessments"] if a["item_scores"] or a["indicator_scores"])
    key = "item_scores" if target["item_scores"] else "indicator_scores"
    row = target[key][-1]
    row["score" if "score" in row else "published"] = 120
    # Also change a field that would be written before the bad one, to prove atomicity.
    bad["unit"]["phone"] = "ไม่ควรถูกบันทึก"
    before = _counts(demo_db)
    with pytest.raises(ExchangeError) as err:
        with demo_db.transaction() as s:
            import_document(s, LoadedFile(bad, photos), REPLACE)
    message = str(err.value)
    assert key in message and "๐ ถึง ๑๐๐" in message
    assert _counts(demo_db) == before
    with demo_db.session() as s:
        assert s.scalar(select(m.Unit).where(m.Unit.name == doc["unit"]["name"])).phone != "ไม่ควรถูกบันทึก"


@pytest.mark.parametrize("mutate, expect", [
    (lambda d: d.update(format="something-else"), "ita-workspace"),
    (lambda d: d.update(format_version=99), "format_version"),
    (lambda d: d["unit"].pop("name"), "unit.name"),
    (lambda d: d["assessments"][0].update(catalogue="ITA-1999"), "assessments[0].catalogue"),
    (lambda d: d["assessments"][0]["item_scores"].append({"item": "zz9", "score": 1}), "zz9"),
    (lambda d: d["plans"][0]["measures"][0].update(period_start="2025-13-40"), "period_start"),
    (lambda d: d["plans"][0]["measures"][0].update(progress=[{"round": 9}]), "round"),
])
def test_invalid_documents_are_refused_in_thai(demo_db, mutate, expect):
    doc, photos = _sample_doc(demo_db)
    bad = copy.deepcopy(doc)
    mutate(bad)
    before = _counts(demo_db)
    with pytest.raises(ExchangeError, match=expect.replace("[", r"\[").replace("]", r"\]")):
        with demo_db.transaction() as s:
            import_document(s, LoadedFile(bad, photos), REPLACE)
    assert _counts(demo_db) == before


def test_damaged_zip_is_refused(tmp_path, demo_db):
    good = tmp_path / "u.itaz"
    with demo_db.session() as s:
        export_unit(s, DEMO_NAMES[0], good)
    damaged = tmp_path / "bad.itaz"
    damaged.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])
    before = _counts(demo_db)
    with pytest.raises(ExchangeError, match="เสียหาย|ไม่ใช่"):
        with demo_db.transaction() as s:
            import_file(s, damaged, REPLACE)
    assert _counts(demo_db) == before


def test_cli_import_error_exit_code(tmp_path, capsys):
    from app.cli import main

    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    code = main(["import", str(bad), "--db", str(tmp_path / "x.sqlite3")])
    assert code != 0
    assert "ผิดพลาด" in capsys.readouterr().err
