"""Issue 11: every hostile or careless import ends in a Thai message (or a correct result) with
nothing lost, through the command line and the service alike."""
from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.exchange.fields import ExchangeError
from app.exchange.importing import AS_NEW, REPLACE, UnitExistsError, import_workspace
from app.exchange.workspace import export_unit
from app.maintenance.backup import list_backups
from app.store import models as m
from app.store.db import open_database
from tests import attack_files
from tests.attack_files import ATTACKS, minimal_doc, write_json

MUANG = "เทศบาลตำบลม่วงยาย"


def has_thai(text: str) -> bool:
    return any("\u0e00" <= ch <= "\u0e7f" for ch in text)


def snapshot(path: Path) -> bytes:
    """The database's content as bytes (sqlite dump: stable, unlike the WAL file layout)."""
    import sqlite3

    conn = sqlite3.connect(str(path))
    try:
        return "\n".join(conn.iterdump()).encode()
    finally:
        conn.close()


def counts(db, name: str) -> tuple[int, int]:
    with db.session() as s:
        unit = s.scalar(select(m.Unit).where(m.Unit.name == name))
        if unit is None:
            return (0, 0)
        return len(unit.assessments), sum(len(p.measures) for p in unit.plans)


def run_cli(args: list[str], capsys, timeout: float = 60) -> tuple[int, str, str]:
    result: list = []
    t = threading.Thread(target=lambda: result.append(main(args)), daemon=True)
    t.start()
    t.join(timeout)
    assert not t.is_alive(), f"python -m app {' '.join(args)} hung"
    out, err = capsys.readouterr()
    return result[0], out, err


# --- 1. an import never replaces silently -----------------------------------------------------


def test_tiny_file_naming_an_existing_unit_is_refused_then_replaced_after_a_backup(demo_db, tmp_path, capsys):
    path = write_json(tmp_path / "wipe.json", minimal_doc(MUANG))
    assert len(path.read_bytes()) < 130  # the report's 84-byte file, as plain JSON
    before_counts = counts(demo_db, MUANG)
    assert before_counts[0] >= 1 and before_counts[1] >= 13
    before = snapshot(demo_db.path)
    code, out, err = run_cli(["import", str(path), "--db", str(demo_db.path)], capsys)
    assert code == 1 and "--replace" in err and MUANG in err and "Traceback" not in err
    assert snapshot(demo_db.path) == before and counts(demo_db, MUANG) == before_counts

    code, out, err = run_cli(["import", str(path), "--replace", "--db", str(demo_db.path)], capsys)
    assert code == 0, err
    assert "สำรองข้อมูลก่อนแทนที่ไว้ที่" in out
    backups = [b for b in list_backups(db_path=demo_db.path) if b.reason == "pre-import"]
    assert len(backups) == 1
    kept = open_database(backups[0].path)  # the promised backup holds the unit as it was
    try:
        assert counts(kept, MUANG) == before_counts
    finally:
        kept.close()
    assert counts(demo_db, MUANG) == (0, 0)


def test_import_as_new_keeps_the_existing_unit(demo_db, tmp_path, capsys):
    exported = tmp_path / "muang.itaz"
    with demo_db.session() as s:
        export_unit(s, MUANG, exported)
    before = counts(demo_db, MUANG)
    code, out, err = run_cli(["import", str(exported), "--as-new", "เทศบาลตำบลม่วงยาย (สำเนา)",
                              "--db", str(demo_db.path)], capsys)
    assert code == 0, err
    assert counts(demo_db, MUANG) == before == counts(demo_db, "เทศบาลตำบลม่วงยาย (สำเนา)")
    with pytest.raises(ExchangeError, match="ดูเหมือนกับหน่วยงานที่มีอยู่แล้ว"):
        import_workspace(demo_db, exported, AS_NEW, "เทศบาลตําบลม่วงยาย (สําเนา)")  # ํา for ำ


@pytest.mark.parametrize("variant", [
    "  เทศบาลตำบลม่วงยาย  ",  # padded
    "เทศบาลตำบล\u200bม่วงยาย",  # zero-width space
    "\ufeffเทศบาลตำบลม่วง\u00adยาย",  # BOM, soft hyphen
    "เทศบาลตำบล\u200dม่วงยาย\u2060",  # zero-width joiner, word joiner
    "เทศบาลตำบลม่วงยาย\u3000",  # ideographic space
])
def test_invisible_and_padded_names_are_the_same_unit(demo_db, tmp_path, variant):
    path = write_json(tmp_path / "v.json", minimal_doc(variant))
    before = snapshot(demo_db.path)
    with pytest.raises(UnitExistsError) as info:
        import_workspace(demo_db, path)
    assert info.value.name == MUANG and MUANG in str(info.value)
    assert snapshot(demo_db.path) == before


def test_lookalike_names_are_refused_naming_the_existing_unit(demo_db, tmp_path):
    path = write_json(tmp_path / "l.json", minimal_doc("เทศบาลตําบลม่วงยาย"))  # ํ + า for ำ
    before = snapshot(demo_db.path)
    for mode in ("refuse", REPLACE):  # not even an explicit replace takes a look-alike
        with pytest.raises(ExchangeError) as info:
            import_workspace(demo_db, path, mode)
        assert f"ดูเหมือนกับหน่วยงานที่มีอยู่แล้ว “{MUANG}”" in str(info.value)
    assert snapshot(demo_db.path) == before


@pytest.mark.parametrize("lookalike", ["อบต. ＰＨＡ ＤＥＥ", "อบต. pha dee", "อบต.  PHA DEE"])
def test_latin_lookalikes(db, tmp_path, lookalike):
    import_workspace(db, write_json(tmp_path / "a.json", minimal_doc("อบต. PHA DEE")))
    path = write_json(tmp_path / "b.json", minimal_doc(lookalike))
    if "  " in lookalike:  # collapsed spaces: the same name, so it asks
        with pytest.raises(UnitExistsError):
            import_workspace(db, path)
    else:
        with pytest.raises(ExchangeError, match="“อบต. PHA DEE”"):
            import_workspace(db, path)


def test_doubled_sara_e_is_a_lookalike(db, tmp_path):
    import_workspace(db, write_json(tmp_path / "a.json", minimal_doc("องค์การบริหารส่วนตำบลแม่สาย")))
    with pytest.raises(ExchangeError, match="ดูเหมือนกับหน่วยงานที่มีอยู่แล้ว “องค์การบริหารส่วนตำบลแม่สาย”"):
        import_workspace(db, write_json(tmp_path / "b.json", minimal_doc("องค์การบริหารส่วนตำบลเเม่สาย")))


def test_zwsp_name_is_stored_clean(db, tmp_path):
    result = import_workspace(db, write_json(tmp_path / "z.json", minimal_doc("อบต.\u200bทดสอบ  ใหม่")))
    assert result.unit_name == "อบต.ทดสอบ ใหม่"
    with db.session() as s:
        assert s.scalars(select(m.Unit.name)).all() == ["อบต.ทดสอบ ใหม่"]


# --- 2 and 5. limits, special files, damaged zips -------------------------------------------


@pytest.mark.parametrize("build, words", ATTACKS, ids=[a[0].__name__ for a in ATTACKS])
def test_attack_refused_in_thai_through_the_service(demo_db, tmp_path, build, words):
    path = build(tmp_path)
    before = snapshot(demo_db.path)
    done: list = []

    def attempt():
        try:
            import_workspace(demo_db, path)
            done.append(None)
        except (ExchangeError, ValueError) as exc:
            done.append(exc)

    t = threading.Thread(target=attempt, daemon=True)
    started = time.perf_counter()
    t.start()
    t.join(60)
    assert not t.is_alive(), "import hung"
    exc = done[0]
    assert exc is not None, "accepted"
    assert words in str(exc) and has_thai(str(exc)), str(exc)
    assert time.perf_counter() - started < 30
    assert snapshot(demo_db.path) == before  # refused: byte-identical data


@pytest.mark.parametrize("build, words", ATTACKS, ids=[a[0].__name__ for a in ATTACKS])
def test_attack_refused_in_thai_on_the_command_line(demo_db, tmp_path, capsys, build, words):
    path = build(tmp_path)
    before = snapshot(demo_db.path)
    code, out, err = run_cli(["import", str(path), "--db", str(demo_db.path)], capsys)
    assert code == 1
    assert err.startswith("ผิดพลาด:") and words in err and "Traceback" not in err + out
    assert snapshot(demo_db.path) == before


def test_bomb_is_refused_before_reading(db, tmp_path):
    import tracemalloc

    path = attack_files.attack_bomb_photo(tmp_path)
    assert path.stat().st_size < 400_000  # ~200 KB on disk, 199 MB unpacked
    tracemalloc.start()
    with pytest.raises(ExchangeError):
        import_workspace(db, path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 20 * 1024 * 1024


def test_real_photo_is_prepared_like_a_window_photo(db, tmp_path):
    from io import BytesIO

    from PIL import Image

    from app import limits

    big = BytesIO()
    Image.new("RGB", (4000, 3000), (30, 120, 200)).save(big, "JPEG", quality=95)
    path = attack_files.write_zip(tmp_path / "ok.itaz", attack_files.photo_doc(), {"photos/a.jpg": big.getvalue()})
    import_workspace(db, path)
    with db.session() as s:
        photo = s.scalars(select(m.Photo)).one()
        assert (photo.width, photo.height) == (limits.PHOTO_STORED_MAX_SIDE, limits.PHOTO_STORED_MAX_SIDE * 3 // 4)
        assert Image.open(BytesIO(photo.data)).size == (photo.width, photo.height)
        assert photo.mime == "image/jpeg" and len(photo.data) < len(big.getvalue())


def test_text_limits_match_the_editors(demo_db, tmp_path):
    """What an import refuses, the editors refuse too (one limit, app.limits)."""
    from app import limits
    from app.services import measure_edits
    from app.services.units import list_units

    too_long = "ก" * (limits.LONG_TEXT + 1)
    path = write_json(tmp_path / "t.json", minimal_doc(plans=[{"fiscal_year": 2569, "measures": [
        {"title": "ก", "steps": too_long}]}]))
    with pytest.raises(ExchangeError, match="plans\\[0\\].measures\\[0\\].steps"):
        import_workspace(demo_db, path)
    with demo_db.session() as s:
        unit = next(u for u in list_units(s) if u.name == MUANG)
        measure_id = s.scalar(select(m.Measure.id).join(m.MeasurePlan).where(m.MeasurePlan.unit_id == unit.id))
    with pytest.raises(ValueError, match="ขั้นตอนการดำเนินการ"):
        with demo_db.transaction() as s:
            measure_edits.set_fields(s, measure_id, {"steps": too_long})
    with pytest.raises(ValueError, match="เกินที่รับได้"):
        with demo_db.transaction() as s:
            s.get(m.Unit, unit.id).name = "ก" * 201


def test_attack_count_for_the_report():
    assert len(ATTACKS) >= 20
    json.dumps([a[0].__name__ for a in ATTACKS])
