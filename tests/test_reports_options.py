"""Options change the output (digits, photos, grouping, columns), the CLI verb, progress and errors."""
from __future__ import annotations

import re
import shutil

import pypdf
import pytest

from app.errors import InputError
from app.reports import DocumentRequest, build_document, memo_for
from app.reports.gather import plan_doc, progress_doc
from tests.pdfcheck import extract_lines

KHAO = "องค์การบริหารส่วนตำบลเขาสมอคอน"
MUANG = "เทศบาลตำบลม่วงยาย"
THAI_DIGITS = set("๐๑๒๓๔๕๖๗๘๙")


@pytest.fixture(scope="module")
def reports_db(_demo_db_file, tmp_path_factory):
    from app.store.db import open_database

    path = tmp_path_factory.mktemp("options") / "demo.sqlite3"
    shutil.copy(_demo_db_file, path)
    database = open_database(path)
    yield database
    database.close()


@pytest.fixture(scope="module")
def variants(reports_db, tmp_path_factory):
    """The seed-000 progress report (with memo) as printed by default and with each option."""
    out = tmp_path_factory.mktemp("variants")
    base = DocumentRequest("progress", KHAO, 2568, round=12, with_memo=True)
    jobs = {
        "default": base,
        "arabic": base.with_(thai_digits=False),
        "no_photos": base.with_(photos=False),
        "columns": base.with_(columns=("title", "summary", "outcome"), with_memo=False),
    }
    paths = {}
    with reports_db.session() as session:
        for name, req in jobs.items():
            paths[name] = out / f"{name}.pdf"
            paths[name].write_bytes(build_document(session, req))
    return paths


def _text(path) -> str:
    return "\n".join(extract_lines(path)[1])


def test_arabic_digits_replace_thai_digits_everywhere(variants):
    thai, arabic = _text(variants["default"]), _text(variants["arabic"])
    assert "๒๕๖๘" in thai and "13 ตุลาคม 2568" not in thai
    assert "13 ตุลาคม 2568" in arabic  # the memo date
    assert not THAI_DIGITS & set(arabic), sorted(THAI_DIGITS & set(arabic))
    # page numbers (page 2 lies inside the long intro: its number is drawn as shapes, unread)
    assert re.search(r"- [0-9]+ -", arabic) and re.search(r"- [๐-๙]+ -", thai)


def test_no_photos_leaves_out_the_photo_pages(variants):
    with_photos = pypdf.PdfReader(str(variants["default"]))
    without = pypdf.PdfReader(str(variants["no_photos"]))
    assert sum(len(p.images) for p in with_photos.pages) >= 12
    assert sum(len(p.images) for p in without.pages) == 0
    assert len(without.pages) < len(with_photos.pages)
    assert "ภาพประกอบผลการดำเนินงานตามมาตรการ" not in _text(variants["no_photos"])
    assert variants["no_photos"].stat().st_size < variants["default"].stat().st_size / 2


def test_chosen_columns_only(variants):
    squeezed = "".join(_text(variants["columns"]).split())
    # the unit's stored wording gives seed 000's headings; the request's columns win over its columns
    assert "สรุปผลการดำเนินงานตามมาตรการหรือกิจกรรม" in squeezed and "ผลลัพธ์หรือความสำเร็จ" in squeezed
    assert "ขั้นตอน/วิธีปฏิบัติ" not in squeezed and "หน่วยงานผู้รับผิดชอบ" not in squeezed
    assert "บันทึกข้อความ" not in squeezed  # no memo asked for


def test_plan_grouping_option(reports_db):
    with reports_db.session() as session:
        by_theme = plan_doc(session, KHAO, 2568)
        assert by_theme.grouping == "theme"
        assert by_theme.groups[0].heading.startswith("ประเด็นที่ 1 ")
        by_indicator = plan_doc(session, MUANG, 2569)
        assert by_indicator.groups[0].heading == "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ (98.67 คะแนน)"
        assert sum(len(g.rows) for g in by_indicator.groups) == 13


def test_progress_layout_defaults_follow_the_data(reports_db):
    with reports_db.session() as session:
        assert progress_doc(session, "องค์การบริหารส่วนตำบลขามสะแกแสง", 2566, 6).layout == "status"
        assert progress_doc(session, KHAO, 2568, 12).layout == "columns"
        assert progress_doc(session, "เทศบาลตำบลปลาไหล", 2568, 12, "items").item_scores


def test_edited_memo_text_is_printed(reports_db, tmp_path):
    with reports_db.session() as session:
        req = DocumentRequest("memo", KHAO, 2568, memo_kind="progress")
        memo = memo_for(session, req)
        memo.subject = "เรื่องที่แก้ไขแล้วโดยเจ้าหน้าที่"
        path = tmp_path / "memo.pdf"
        path.write_bytes(build_document(session, req, memo=memo))
    assert "เรื่องที่แก้ไขแล้วโดยเจ้าหน้าที่" in _text(path)


def test_progress_callback_runs_to_the_end(reports_db):
    seen = []
    with reports_db.session() as session:
        build_document(session, DocumentRequest("plan", MUANG, 2569), progress=lambda f, msg: seen.append((f, msg)))
    fractions = [f for f, _ in seen]
    assert fractions[0] == 0.0 and fractions[-1] == 1.0
    assert fractions == sorted(fractions)
    assert all(isinstance(msg, str) and msg for _, msg in seen)


def test_bad_requests_say_what_is_wrong_in_thai(reports_db):
    with reports_db.session() as session:
        with pytest.raises(InputError, match="ไม่พบหน่วยงาน"):
            build_document(session, DocumentRequest("plan", "ไม่มีหน่วยงานนี้", 2569))
        with pytest.raises(InputError, match="ไม่มีมาตรการปีงบประมาณ 2560"):
            build_document(session, DocumentRequest("plan", MUANG, 2560))
        with pytest.raises(ValueError, match="รูปแบบรายงาน"):
            build_document(session, DocumentRequest("progress", KHAO, 2568, layout="fancy"))


def test_cli_report_verb_writes_each_kind(_demo_db_file, tmp_path, capsys):
    from app.cli import main

    db = tmp_path / "cli.sqlite3"
    shutil.copy(_demo_db_file, db)
    out = tmp_path / "plan.pdf"
    assert main(["report", "plan", "--db", str(db), "--unit", MUANG, "--year", "2569", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    out2 = tmp_path / "progress.pdf"
    assert main(["report", "progress", "--db", str(db), "--unit", KHAO, "--year", "2568", "--round", "12",
                 "--layout", "columns", "--memo", "--arabic-digits", "--no-photos", "-o", str(out2)]) == 0
    text = _text(out2)
    assert "บันทึกข้อความ" in text and not THAI_DIGITS & set(text)
    assert main(["report", "analysis", "--db", str(db), "--unit", "ไม่มี", "--year", "2568",
                 "-o", str(tmp_path / "x.pdf")]) == 1
    assert "ไม่พบหน่วยงาน" in capsys.readouterr().err
