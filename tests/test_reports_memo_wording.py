"""Complete memos and the officer's wording (issue 13 §3, §4; issue 15 §4), on the seed units.

Each test builds the real document from a private copy of the demo database and reads the PDF back
with pdfium (tests.pdfcheck.extract_lines), page by page where the page matters.
"""
from __future__ import annotations

import datetime as dt
import io

import pypdf
import pytest
from PIL import Image
from sqlalchemy import select

from app.reports import DocumentRequest, build_document, memo_for
from app.reports import pages as pages_module
from app.store import models as m
from tests.pdfcheck import extract_lines

MUANG = "เทศบาลตำบลม่วงยาย"
KHAO = "องค์การบริหารส่วนตำบลเขาสมอคอน"
WIANG = "องค์การบริหารส่วนตำบลเวียงห้า"
KHAM = "องค์การบริหารส่วนตำบลขามสะแกแสง"


def _squeeze(s: str) -> str:
    return "".join(c for c in s if not c.isspace())


def _pages(pdf: bytes, tmp_path, name: str = "doc") -> list[str]:
    """Each page's text, whitespace removed (lines wrap wherever the typesetter chooses)."""
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    texts = [p.get_textpage().get_text_range() for p in doc]
    # a hyphen pdfium takes for hyphenation (line-final) reads U+FFFE: the typesetter ends no line so
    assert not any("\ufffe" in t for t in texts), "a line-final hyphen read as U+FFFE by pdfium"
    return [_squeeze(t) for t in texts]


def _build(db, request: DocumentRequest, **kw) -> bytes:
    with db.session() as session:
        return build_document(session, request, **kw)


def _unit(session, name: str) -> m.Unit:
    return session.scalar(select(m.Unit).where(m.Unit.name == name))


def _png(color=(20, 20, 160), size=(300, 100)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, color).save(buf, "PNG")
    return buf.getvalue()


def _image_count(pdf: bytes) -> int:
    """Images drawn on the pages: each use of an image XObject, or of a form wrapping one (as
    ReportLab draws images), counts."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))

    def is_image(x) -> bool:
        x = x.get_object()
        if x.get("/Subtype") == "/Image":
            return True
        inner = (x.get("/Resources") or {}).get("/XObject") or {}
        return x.get("/Subtype") == "/Form" and any(is_image(v) for v in inner.values())

    n = 0
    for page in reader.pages:
        xobjects = page.get("/Resources", {}).get("/XObject", {}) or {}
        images = {k for k, x in xobjects.items() if is_image(x)}
        contents = page.get_contents()
        for operands, operator in contents.operations if contents is not None else []:
            if operator == b"Do" and operands and operands[0] in images:
                n += 1
    return n


# --- §3 complete memos ---------------------------------------------------------------------------


def test_drafted_memo_comment_blocks_carry_the_units_chief_and_head(demo_db, tmp_path):
    # seed 000's unit has its ปลัด and นายก on the list of signers; a memo drafted for its plan
    # (no stored memo) prints both names and positions instead of "(………)"
    pages = _pages(_build(demo_db, DocumentRequest("memo", KHAO, 2568, memo_kind="plan")), tmp_path)
    text = "".join(pages)
    for expected in ("(นางสาววิชรา ทำนองงาม)", "ปลัดองค์การบริหารส่วนตำบลเขาสมอคอน",
                     "(นายเกษม ประภากร)", "นายกองค์การบริหารส่วนตำบลเขาสมอคอน",
                     "(นางสาวอัมภพร อยู่เจริญ)", "ความเห็นปลัดองค์การบริหารส่วนตำบลเขาสมอคอน"):
        assert _squeeze(expected) in text
    assert "(....." not in text


def test_stored_memo_with_unnamed_comment_blocks_takes_the_signers(demo_db, tmp_path):
    with demo_db.transaction() as session:
        unit = _unit(session, KHAO)
        for mm in unit.memos:
            mm.comments = [dict(c, signer_name="", positions=[]) for c in mm.comments]
    text = "".join(_pages(_build(demo_db, DocumentRequest("memo", KHAO, 2568, memo_kind="progress")), tmp_path))
    assert _squeeze("(นางสาววิชรา ทำนองงาม)") in text and _squeeze("(นายเกษม ประภากร)") in text


def test_scanned_signatures_print_in_signature_and_comment_blocks(demo_db):
    request = DocumentRequest("memo", KHAO, 2568, memo_kind="plan")
    before = _image_count(_build(demo_db, request))
    with demo_db.transaction() as session:
        for k, s in enumerate(_unit(session, KHAO).signers):
            s.signature_png = _png((20, 20, 60 * k))
    after = _image_count(_build(demo_db, request))
    assert after == before + 3  # the officer's and both commenters'


def test_four_part_memo_page_two_is_complete(demo_db, tmp_path):
    # seed 003: the memo flows to page 2, which must carry ข้อเสนอแนะ with its text, the signature
    # block and both comment blocks with their positions; page 1 ends with the catchword
    pages = _pages(_build(demo_db, DocumentRequest("memo", MUANG, 2568, memo_kind="analysis")), tmp_path)
    assert len(pages) == 2
    assert pages[0].endswith(_squeeze("/ข้อเสนอแนะ..."))
    second = pages[1]
    assert _squeeze("ข้อเสนอแนะเห็นควรนำเสนอนายกเทศมนตรีตำบลม่วงยาย") in second
    for expected in ("ความเห็นปลัดเทศบาลตำบลม่วงยาย", "ปลัดเทศบาลตำบลม่วงยาย",
                     "ความเห็นนายกเทศมนตรีตำบลม่วงยาย"):
        assert _squeeze(expected) in second
    # seed 003 names nobody: the demo's example people sign, each over the unit's position line
    for expected in ("(นางสาวทดลอง ใช้งาน)นิติกร", "(นายสมมติ ตัวอย่าง)ปลัดเทศบาลตำบลม่วงยาย",
                     "(นายตัวอย่าง นามสมมติ)นายกเทศมนตรีตำบลม่วงยาย"):
        assert _squeeze(expected) in second
    assert "(...." not in second


def test_memo_line_ending_in_a_hyphen_reads_as_typed(demo_db, tmp_path):
    # seed 002 typed "E-" before a line break: every "-" reads back as typed, none as U+FFFE
    # (``_pages`` fails on one) and none dropped
    with demo_db.transaction() as session:
        memo = next(mm for mm in _unit(session, KHAO).memos if mm.document_kind == "progress")
        memo.sections = [{"heading": "", "text": "จัดทำช่องทางการให้บริการ ในรูปแบบออนไลน์ หรือ E-\n"
                                                 "Service เพื่อลดการใช้ดุลยพินิจ ระยะเวลา ต.ค.-\nธ.ค. ๒๕๖๗"}]
    text = "".join(_pages(_build(demo_db, DocumentRequest("memo", KHAO, 2568, memo_kind="progress")), tmp_path))
    assert _squeeze("หรือ E-Service เพื่อลดการใช้ดุลยพินิจ ระยะเวลา ต.ค.-ธ.ค. ๒๕๖๗") in text


def test_office_is_the_units_own_with_phone(demo_db):
    with demo_db.session() as session:
        kham = memo_for(session, DocumentRequest("memo", KHAM, 2566, memo_kind="progress", round=6))
        khao = memo_for(session, DocumentRequest("memo", KHAO, 2568, memo_kind="plan"))
    assert kham.office == KHAM  # not its first department ("กองคลัง")
    assert khao.office == "สำนักงานปลัด องค์การบริหารส่วนตำบลเขาสมอคอน โทร. ๐ ๓๖๔๘ ๘๑๒๓"


def test_drafted_memo_is_dated_in_the_documents_period(demo_db, tmp_path):
    request = DocumentRequest("memo", KHAM, 2566, memo_kind="progress", round=6)
    with demo_db.session() as session:
        assert memo_for(session, request).date == dt.date(2023, 3, 31)
        assert memo_for(session, request.with_(round=12)).date == dt.date(2023, 9, 30)
        assert memo_for(session, request.with_(memo_kind="plan")).date == dt.date(2022, 10, 1)
    text = "".join(_pages(_build(demo_db, request), tmp_path))
    assert _squeeze("วันที่๓๑มีนาคม๒๕๖๖") in text and "๒๕๖๙" not in text
    # the date is a field: the officer's date wins, over a stored memo's too
    stored = DocumentRequest("memo", KHAO, 2568, memo_kind="progress", date=dt.date(2025, 10, 20))
    assert _squeeze("วันที่๒๐ตุลาคม๒๕๖๘") in "".join(_pages(_build(demo_db, stored), tmp_path, "stored"))


def test_long_number_moves_the_date_to_its_own_line(demo_db, tmp_path):
    number = "ลบ ๗๖๓๐๑/" + "๑๒๓๔๕๖๗๘๙๐" * 4 + "ก" * 3
    assert len(number) == 52
    with demo_db.session() as session:
        memo = memo_for(session, DocumentRequest("memo", KHAM, 2566, memo_kind="progress", round=6))
    memo.number = number
    path = tmp_path / "memo.pdf"
    path.write_bytes(_build(demo_db, DocumentRequest("memo", KHAM, 2566, memo_kind="progress", round=6),
                            memo=memo))
    _n, lines = extract_lines(path)
    number_line = next(ln for ln in lines if _squeeze(ln).startswith("ที่ลบ"))
    assert "วันที่" not in number_line  # nothing drawn over it
    assert any(_squeeze(ln).startswith("วันที่๓๑มีนาคม") for ln in lines)
    assert _squeeze("ที่" + number) in _squeeze("".join(lines))


def test_long_comments_side_by_side_flow_instead_of_crashing(demo_db, tmp_path):
    with demo_db.session() as session:
        memo = memo_for(session, DocumentRequest("memo", KHAO, 2568, memo_kind="plan"))
    long = ("เห็นควรให้ดำเนินการตามมาตรการอย่างต่อเนื่อง และรายงานผลให้ทราบทุกไตรมาส " * 20)[:1300]
    memo.comments[0].text = long
    memo.comments[1].text = "ทราบ"
    pdf = _build(demo_db, DocumentRequest("memo", KHAO, 2568, memo_kind="plan"), memo=memo)
    text = "".join(_pages(pdf, tmp_path))
    assert _squeeze(long) in text and _squeeze("(นายเกษม ประภากร)") in text


def test_memo_is_laid_out_once(demo_db, monkeypatch):
    builds = []
    original = pages_module.ReportDocument.build

    def counting(self, story, *a, **kw):
        builds.append(len(story))
        return original(self, story, *a, **kw)

    monkeypatch.setattr(pages_module.ReportDocument, "build", counting)
    _build(demo_db, DocumentRequest("analysis", MUANG, 2568, with_memo=True, include_plan=False))
    assert len(builds) == 1


# --- §4 the officer's wording --------------------------------------------------------------------


SEED000_TITLE = "รายงานผลการดำเนินการตามแผนงานเสริมสร้างคุณธรรม จริยธรรม ธรรมาภิบาลเพื่อป้องกันการทุจริต"


def test_seed_000_wording_title_headings_and_photos_per_theme(demo_db, tmp_path):
    pages = _pages(_build(demo_db, DocumentRequest("progress", KHAO, 2568)), tmp_path)
    text = "".join(pages)
    assert _squeeze(SEED000_TITLE) in pages[0]
    assert _squeeze("ตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน") not in pages[0]
    for heading in ("มาตรการ/กิจกรรมที่ดำเนินการ", "สรุปผลการดำเนินงานตามมาตรการหรือกิจกรรม",
                    "ผลลัพธ์หรือความสำเร็จ"):
        assert _squeeze(heading) in text
    # photos follow each theme's rows: the photo heading comes back once per theme with photos
    per_group = text.count(_squeeze("ภาพประกอบผลการดำเนินงานตามมาตรการ"))
    at_end = "".join(_pages(_build(demo_db, DocumentRequest("progress", KHAO, 2568, photos_placement="end")),
                            tmp_path, "end")).count(_squeeze("ภาพประกอบผลการดำเนินงานตามมาตรการ"))
    assert at_end == 1 and per_group > 1


def test_title_override_and_memo_subject_follows_the_title(demo_db, tmp_path):
    title = "รายงานผลการดำเนินการตามแผนงานเสริมสร้างคุณธรรม จริยธรรม ธรรมาภิบาล"
    request = DocumentRequest("progress", KHAM, 2566, round=6, with_memo=True, title=title)
    pages = _pages(_build(demo_db, request), tmp_path)
    assert _squeeze(f"เรื่อง{title}ประจำปีงบประมาณพ.ศ.๒๕๖๖รอบ๖เดือน") in pages[0]
    assert any(_squeeze(title) in p for p in pages[1:])
    subject = "รายงานผลตามมาตรการ ฉบับแก้ไข"
    pages = _pages(_build(demo_db, request.with_(subject=subject)), tmp_path, "subject")
    assert _squeeze("เรื่อง" + subject) in pages[0]


def test_heading_override_on_the_command_line(demo_db, tmp_path):
    request = DocumentRequest("plan", MUANG, 2569, headings=(("steps", "วิธีดำเนินการตามแผน"),))
    assert _squeeze("วิธีดำเนินการตามแผน") in "".join(_pages(_build(demo_db, request), tmp_path))
    with pytest.raises(ValueError, match="หัวคอลัมน์"):
        DocumentRequest("plan", MUANG, 2569, headings=(("nope", "x"),)).validate()


def test_cover_page_seed_001(demo_db, tmp_path):
    pages = _pages(_build(demo_db, DocumentRequest("progress", WIANG, 2566)), tmp_path)
    without = _pages(_build(demo_db, DocumentRequest("progress", WIANG, 2566, cover=False)), tmp_path, "bare")
    assert len(pages) == len(without) + 1
    cover = pages[0]
    for expected in ("รายงานผลการดำเนินการ", "เพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
                     "ในปีงบประมาณพ.ศ.๒๕๖๖", "(รอบ๑๒เดือน)", WIANG, "อำเภอพานจังหวัดเชียงราย"):
        assert _squeeze(expected) in cover
    assert _image_count(_build(demo_db, DocumentRequest("progress", WIANG, 2566, photos=False))) == 0


def test_cover_page_carries_the_units_emblem(demo_db):
    request = DocumentRequest("plan", MUANG, 2569, cover=True)
    before = _image_count(_build(demo_db, request))
    with demo_db.transaction() as session:
        _unit(session, MUANG).garuda_png = _png((0, 0, 0), (80, 100))
    assert _image_count(_build(demo_db, request)) == before + 1


def test_preparer_block_seed_004(demo_db, tmp_path):
    last = _pages(_build(demo_db, DocumentRequest("progress", KHAM, 2566, round=6)), tmp_path)[-1]
    block = _squeeze("ผู้จัดทำนายพศวัฒน์ หวังกลางนิติกรปฏิบัติการ")
    assert block in last and last.index(block) > last.index("รวม")  # after the summary: the end
    bare = "".join(_pages(_build(demo_db, DocumentRequest("progress", KHAM, 2566, round=6, preparer="")),
                          tmp_path, "bare"))
    assert "ผู้จัดทำ" not in bare
    with demo_db.session() as session, pytest.raises(ValueError, match="ไม่พบผู้ลงนาม"):
        build_document(session, DocumentRequest("progress", KHAM, 2566, round=6, preparer="ไม่มีคนนี้"))


def test_computed_notes_stay_off_the_document_unless_asked(demo_db, tmp_path):
    with demo_db.transaction() as session:
        a = next(a for a in _unit(session, MUANG).assessments if a.fiscal_year == 2568)
        a.published_level = "ผ่าน"  # the published level differs from the computed one
    request = DocumentRequest("analysis", MUANG, 2568, include_plan=False)
    assert "ต่างจากที่ประกาศ" not in "".join(_pages(_build(demo_db, request), tmp_path))
    shown = "".join(_pages(_build(demo_db, request.with_(computed_notes=True)), tmp_path, "notes"))
    assert "ต่างจากที่ประกาศ" in shown


def test_finding_shared_by_two_measures_prints_once(demo_db, tmp_path):
    with demo_db.session() as session:
        plan = next(p for p in _unit(session, MUANG).plans if p.fiscal_year == 2569)
        shared = next(a.finding for a, b in zip(plan.measures, plan.measures[1:])
                      if a.finding and a.finding == b.finding)
    text = "".join(_pages(_build(demo_db, DocumentRequest("plan", MUANG, 2569)), tmp_path))
    assert text.count(_squeeze(shared)) == 1


def test_plan_period_column_never_empty(demo_db, tmp_path):
    # seed 004's unit gave no period for its 17 measures: each runs through the fiscal year
    text = "".join(_pages(_build(demo_db, DocumentRequest("plan", KHAM, 2566)), tmp_path))
    assert text.count(_squeeze("๑ ตุลาคม ๒๕๖๕ - ๓๐ กันยายน ๒๕๖๖")) == 17
