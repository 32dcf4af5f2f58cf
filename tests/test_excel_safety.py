"""Files we refuse before openpyxl reads them: not xlsx, old .xls, damaged, zip bombs; through
every reader (check, score import, consolidation)."""
from __future__ import annotations

import io
import zipfile

import pytest

from app.excel.consolidate import read_units
from app.excel.safety import ExcelFileError, check_xlsx, open_workbook
from app.excel.score_import import read_score_file
from app.excel.template import write_score_template
from tests.excel_fixtures import add_unit, unit_doc


def _zip(path, members: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)


@pytest.fixture
def files(tmp_path, db):
    name = add_unit(db, unit_doc("อบต.ไฟล์เสีย"))
    with db.session() as session:
        good = write_score_template(session, "ITA-2568", tmp_path / "good.xlsx", name, 2568)
    raw = good.read_bytes()
    out = {"good": good}
    out["text"] = tmp_path / "notes.xlsx"
    out["text"].write_text("คะแนน ๙๕.๔๑\n", encoding="utf-8")
    out["empty"] = tmp_path / "empty.xlsx"
    out["empty"].write_bytes(b"")
    out["xls"] = tmp_path / "old.xls"
    out["xls"].write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1000)
    out["truncated"] = tmp_path / "cut.xlsx"
    out["truncated"].write_bytes(raw[: len(raw) // 2])
    out["bomb"] = tmp_path / "bomb.xlsx"
    _zip(out["bomb"], {"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>",
                       "xl/worksheets/sheet1.xml": b"\0" * (30 * 1024 * 1024)})
    out["zip_not_xlsx"] = tmp_path / "photos.xlsx"
    _zip(out["zip_not_xlsx"], {"a.jpg": b"\xff\xd8\xff" + b"x" * 100})
    # A zip with the right part names but XML openpyxl cannot read.
    out["garbled"] = tmp_path / "garbled.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(out["garbled"], "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            dst.writestr(info, b"<workbook><sheets><broken" if info.filename == "xl/workbook.xml" else data)
    return out, name


EXPECTED = {
    "text": "ไม่ใช่ไฟล์ Excel",
    "empty": "ว่างเปล่า",
    "xls": "รุ่นเก่า",
    "truncated": "เสียหาย",
    "bomb": "ใหญ่ผิดปกติ",
    "zip_not_xlsx": "ไม่ใช่ไฟล์ Excel",
    "garbled": "เสียหาย",
}


def test_bad_files_refused_with_thai_message(files, db):
    paths, name = files
    check_xlsx(paths["good"])
    for kind, words in EXPECTED.items():
        with pytest.raises(ExcelFileError, match=words):
            open_workbook(paths[kind])
        with db.session() as session, pytest.raises(ExcelFileError, match=words):
            read_score_file(session, paths[kind], name, 2568)


def test_zip_bomb_refused_before_unpacking(tmp_path):
    # Declared 1.5 GB in a few KB: refused from the directory alone, nothing is inflated.
    path = tmp_path / "huge.xlsx"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", b"<Types/>")
        zf.writestr("xl/workbook.xml", b"<workbook/>")
        for i in range(60):
            zf.writestr(f"xl/worksheets/sheet{i}.xml", b"\0" * (4 * 1024 * 1024))
    path.write_bytes(buf.getvalue())
    assert path.stat().st_size < 1024 * 1024
    with pytest.raises(ExcelFileError, match="ใหญ่ผิดปกติ"):
        check_xlsx(path)


def test_consolidation_skips_every_bad_file(files):
    paths, _ = files
    result = read_units([paths[k] for k in EXPECTED] + [paths["good"]])
    assert result.units == []
    reasons = {s.path.name: s.reason for s in result.skipped}
    assert len(reasons) == len(EXPECTED) + 1
    assert "ไม่ใช่ไฟล์สรุปผล" in reasons["good.xlsx"]
    for kind, words in EXPECTED.items():
        assert words in reasons[paths[kind].name]
