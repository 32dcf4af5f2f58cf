"""Tracking edits on the demo units: statuses and the Overview's counts, narratives, photos
(downscaled on import, reordered, removed and restored) and cover memos."""
from __future__ import annotations

import datetime as dt
import io

import pytest
from PIL import Image

from app import limits
from app.reports import memo_edits
from app.services import overview, photo_edits, progress_edits
from app.services.measure_edits import find_plan_id
from app.store.models import Memo, MeasurePlan
from tests.demo_units import unit_id_like as _unit_id


def _measure_ids(db, unit_id: int, year: int) -> list[int]:
    with db.session() as s:
        return [m.id for m in s.get(MeasurePlan, find_plan_id(s, unit_id, year)).measures]


def _jpeg(size: tuple[int, int], color=(200, 120, 40)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "JPEG", quality=90)
    return out.getvalue()


def test_status_changes_overview_counts(demo_db):
    unit = _unit_id(demo_db, "ม่วงยาย")
    ids = _measure_ids(demo_db, unit, 2569)

    def counts(rnd):
        with demo_db.session() as s:
            ov = overview.year_overview(s, unit, 2569)
        return next(r for r in ov.rounds if r.round == rnd).counts

    before = counts(6)
    assert before["not_started"] == len(ids)
    with demo_db.transaction() as s:
        assert progress_edits.get_progress(s, ids[0], 6)["status"] == "not_started"
        progress_edits.set_progress(s, ids[0], 6, {"status": "done", "summary": "ดำเนินการแล้วเสร็จ"})
        progress_edits.set_progress(s, ids[1], 6, {"status": "in_progress"})
    after = counts(6)
    assert after == {"done": 1, "in_progress": 1, "not_started": len(ids) - 2}
    assert counts(12) == before  # the other round is untouched
    with pytest.raises(ValueError, match="ไม่รู้จักสถานะ"):
        with demo_db.transaction() as s:
            progress_edits.set_progress(s, ids[2], 6, {"status": "finished", "summary": "x"})
    with demo_db.session() as s:
        assert progress_edits.get_progress(s, ids[2], 6)["summary"] == ""


def test_tracking_view_marks_overdue(demo_db):
    unit = _unit_id(demo_db, "ปลาไหล")
    with demo_db.session() as s:
        view = progress_edits.tracking_view(s, unit, 2568, 12)
    assert len(view.rows) == 19 and view.round_end == dt.date(2025, 9, 30)
    today = dt.date(2026, 1, 1)
    overdue = [r for r in view.rows if r.overdue(today)]
    with demo_db.session() as s:
        ov = overview.year_overview(s, unit, 2568, today=today)
    assert sorted(r.measure_id for r in overdue) == sorted(o.measure_id for o in ov.overdue)


def test_notes_set_replace_and_remove(demo_db):
    unit = _unit_id(demo_db, "ขามสะแกแสง")
    with demo_db.session() as s:
        plan = find_plan_id(s, unit, 2566)
        assert progress_edits.get_note(s, plan, 6, indicator=4)
    with demo_db.transaction() as s:
        progress_edits.set_note(s, plan, 12, "  ผลการดำเนินงานตัวชี้วัดที่ ๔  ", indicator=4)
    with demo_db.session() as s:
        assert progress_edits.get_note(s, plan, 12, indicator=4) == "ผลการดำเนินงานตัวชี้วัดที่ ๔"
        view = progress_edits.tracking_view(s, unit, 2566, 12)
        assert view.notes[(4, None)] == "ผลการดำเนินงานตัวชี้วัดที่ ๔"
    with demo_db.transaction() as s:
        progress_edits.set_note(s, plan, 12, "", indicator=4)
    with demo_db.session() as s:
        assert not [n for n in s.get(MeasurePlan, plan).notes if n.round == 12]


def test_photos_downscale_reorder_remove_restore(demo_db):
    unit = _unit_id(demo_db, "เวียงห้า")
    mid = _measure_ids(demo_db, unit, 2566)[0]
    big = _jpeg((4800, 3200))
    with demo_db.transaction() as s:
        _, a = photo_edits.add_photo(s, mid, 6, big, "IMG_0001.JPG", "ประชุมประจำเดือน")
        _, b = photo_edits.add_photo(s, mid, 6, _jpeg((800, 600), (10, 10, 200)), "b.jpg")
        _, c = photo_edits.add_photo(s, mid, 6, _jpeg((640, 480), (10, 200, 10)), "c.jpg", index=0)
    with demo_db.session() as s:
        photos = photo_edits.list_photos(s, mid, 6)
    assert [p.id for p in photos] == [c, a, b]
    stored = Image.open(io.BytesIO(photos[1].data))
    side = limits.PHOTO_STORED_MAX_SIDE  # prepared once for print: long side at most this
    assert stored.size == (side, round(side * 3200 / 4800)) and photos[1].mime == "image/jpeg"
    assert len(photos[1].data) < len(big)

    with demo_db.transaction() as s:
        photo_edits.move_photo(s, a, 2)
        photo_edits.set_caption(s, b, " ป้ายประชาสัมพันธ์ ")
    with demo_db.session() as s:
        assert [p.id for p in photo_edits.list_photos(s, mid, 6)] == [c, b, a]
        assert photo_edits.get_caption(s, b) == "ป้ายประชาสัมพันธ์"
    with demo_db.transaction() as s:
        _, snap = photo_edits.remove_photo(s, b)
    with demo_db.session() as s:
        assert [p.id for p in photo_edits.list_photos(s, mid, 6)] == [c, a]
    with demo_db.transaction() as s:
        photo_edits.restore_photo(s, snap)
    with demo_db.session() as s:
        assert [p.id for p in photo_edits.list_photos(s, mid, 6)] == [c, b, a]

    with pytest.raises(ValueError, match="ไม่ใช่ภาพ"):
        with demo_db.transaction() as s:
            photo_edits.add_photo(s, mid, 6, b"%PDF-1.4 not an image", "report.pdf")


def test_memo_prefill_first_edit_stores_it(demo_db):
    unit = _unit_id(demo_db, "ปลาไหล")
    with demo_db.session() as s:
        assert memo_edits.find_memo_id(s, unit, "progress", 2568, 6) is None
        values = memo_edits.memo_values(s, unit, "progress", 2568, 6)
    assert "รอบ ๖ เดือน" in values["subject"] and values["sections"]
    with demo_db.transaction() as s:
        _, created = memo_edits.save_memo(s, unit, "progress", 2568, 6,
                                          {"number": "ชบ ๗๒๑๐๑/๑๒๓", "date": dt.date(2025, 4, 10)})
    assert created
    with demo_db.session() as s:
        mm = s.get(Memo, memo_edits.find_memo_id(s, unit, "progress", 2568, 6))
        assert mm.number == "ชบ ๗๒๑๐๑/๑๒๓" and mm.subject == values["subject"] and mm.round == 6
        assert memo_edits.find_memo_id(s, unit, "progress", 2568, 12) is None
        four = memo_edits.body_template(s, unit, "progress", 2568, 6, "four_part")
    assert [p["heading"] for p in four] == list(memo_edits.FOUR_PART_HEADINGS)
    with demo_db.transaction() as s:
        _, created = memo_edits.save_memo(s, unit, "progress", 2568, 6, {"body_form": "four_part", "sections": four})
        assert not created
    with demo_db.transaction() as s:
        memo_edits.delete_memo(s, unit, "progress", 2568, 6)
        assert memo_edits.find_memo_id(s, unit, "progress", 2568, 6) is None
