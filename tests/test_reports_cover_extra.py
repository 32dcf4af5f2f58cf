"""A cover page's further lines (issue 13 §4, seed 003): "ภาค ๖", the unit's pledge and "งดรับ งดให้"
print below the unit on the cover, stored with the document's wording (migration 0008), carried
by exchange files, asked for with ``--cover-extra`` and edited in the Documents page's wording box
with undo; the demo's ม่วงยาย stores seed 003's.
"""
from __future__ import annotations

import shutil

import pypdfium2 as pdfium
import pytest
from sqlalchemy import select

from app.reports import DocumentRequest, build_document, wording_edits
from app.store import models as m
from tests.demo_units import unit_id as _unit_id

MUANG = "เทศบาลตำบลม่วงยาย"
KHAO = "องค์การบริหารส่วนตำบลเขาสมอคอน"
PLEDGE = ["\"ผู้บริหารและเจ้าหน้าที่ของรัฐทุกคน...", "สังกัดเทศบาลตำบลม่วงยาย", "พร้อมใจปฏิบัติหน้าที่อย่างเป็นธรรม",
          "โปร่งใส ตรวจสอบได้และดำรงตน", "เป็นแบบอย่างที่ดี ไม่รับของขวัญ", "ของกำนัล และ ไม่เรียกรับผลประโยชน์",
          "ทุกชนิดจากการปฏิบัติหน้าที่", "ทั้งในขณะ ก่อน และหลัง", "การปฏิบัติหน้าที่", "ที่จะส่งผลให้เกิดการทุจริต",
          "และประพฤติมิชอบ\""]


def _page_lines(pdf: bytes, tmp_path, name: str) -> list[list[str]]:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    doc = pdfium.PdfDocument(str(path))
    out = []
    for page in doc:
        text = page.get_textpage().get_text_range().replace("\r\n", "\n")
        out.append([" ".join(ln.split()) for ln in text.split("\n") if ln.strip()])
    return out


def _build(db, request: DocumentRequest) -> bytes:
    with db.session() as session:
        return build_document(session, request)


def test_demo_muang_yai_cover_prints_seed_003s_lines(demo_db, tmp_path):
    pages = _page_lines(_build(demo_db, DocumentRequest("analysis", MUANG, 2568)), tmp_path, "a")
    cover = pages[0]
    unit_at = cover.index(MUANG)
    assert cover[unit_at + 1] == "อำเภอเวียงแก่น จังหวัดเชียงราย"
    assert cover[unit_at + 2:] == ["ภาค ๖", *PLEDGE, "งดรับ", "งดให้"]  # the whole cover on one page
    assert "ภาค ๖" not in pages[1]  # the report starts on the next page


def test_cover_lines_are_stored_cleared_and_need_the_cover(demo_db, tmp_path):
    uid = _unit_id(demo_db, KHAO)
    with demo_db.transaction() as session:
        wording_edits.save_wording(session, uid, "progress", 2568, 12,
                                   {"cover": True, "cover_extra": "\nภาค ๒\n\nคำขวัญ  \n\n"})
    with demo_db.session() as session:
        assert wording_edits.wording_values(session, uid, "progress", 2568, 12)["cover_extra"] == "ภาค ๒\n\nคำขวัญ"
    cover = _page_lines(_build(demo_db, DocumentRequest("progress", KHAO, 2568, photos=False)), tmp_path, "p")[0]
    assert cover[-2:] == ["ภาค ๒", "คำขวัญ"]
    # no cover: the lines are kept but not printed
    first = _page_lines(_build(demo_db, DocumentRequest("progress", KHAO, 2568, photos=False, cover=False)),
                        tmp_path, "n")[0]
    assert "ภาค ๒" not in first
    with demo_db.transaction() as session:
        wording_edits.save_wording(session, uid, "progress", 2568, 12, {"cover_extra": "", "cover": False})
        assert wording_edits.wording_values(session, uid, "progress", 2568, 12)["cover_extra"] == ""


def test_many_cover_lines_keep_the_cover_on_one_page(demo_db, tmp_path):
    lines = "\n".join(f"บรรทัดที่ {k}" for k in range(1, 17))
    pages = _page_lines(_build(demo_db, DocumentRequest("analysis", MUANG, 2568, cover_extra=lines)), tmp_path, "l")
    assert pages[0][-1] == "บรรทัดที่ ๑๖" and pages[0][0].startswith("รายงานการวิเคราะห์")
    assert not any(ln.startswith("บรรทัดที่") for ln in pages[1])


def test_cli_and_exchange_carry_the_cover_lines(_demo_db_file, tmp_path, capsys):
    from app.cli import main
    from app.store.db import open_database

    db = tmp_path / "cli.sqlite3"
    shutil.copy(_demo_db_file, db)
    out = tmp_path / "c.pdf"
    assert main(["report", "progress", "--unit", KHAO, "--year", "2568", "--no-photos",
                 "--cover-extra", "ภาค ๒\\nองค์กรโปร่งใส", "-o", str(out), "--db", str(db)]) == 0
    cover = _page_lines(out.read_bytes(), tmp_path, "cli")[0]  # the lines ask for the cover
    assert cover[-2:] == ["ภาค ๒", "องค์กรโปร่งใส"]
    exported = tmp_path / "muang.itaz"
    assert main(["export", str(exported), "--unit", MUANG, "--db", str(db)]) == 0
    assert main(["import", str(exported), "--as-new", "ม่วงยายสำเนา", "--db", str(db)]) == 0
    capsys.readouterr()
    database = open_database(db)
    try:
        with database.session() as session:
            copy = session.scalar(select(m.Unit).where(m.Unit.name == "ม่วงยายสำเนา"))
            (w,) = [w for w in copy.wordings if w.document_kind == "analysis"]
            assert w.cover_extra.split("\n") == ["ภาค ๖", "", *PLEDGE, "", "งดรับ", "งดให้"]
    finally:
        database.close()


def test_too_long_cover_lines_are_refused(demo_db):
    from app.limits import TITLE_TEXT

    with pytest.raises(Exception, match="ข้อความเพิ่มบนหน้าปก"):
        with demo_db.transaction() as session:
            wording_edits.save_wording(session, _unit_id(demo_db, KHAO), "progress", 2568, 12,
                                       {"cover_extra": "ก" * (TITLE_TEXT + 1)})
