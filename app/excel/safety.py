"""Opening workbooks we did not write: refuse what is not xlsx, is damaged, or would unpack to far
more than any real ITA workbook (a zip bomb), before openpyxl reads a byte of XML.

An .xlsx is a ZIP of XML parts. The ZIP directory states each part's unpacked size and Python's
zipfile never unpacks more than that, so checking the directory's sizes and ratios bounds memory.
XML entity expansion is bounded by expat (2.4 and later refuse "billion laughs").
"""
from __future__ import annotations

import zipfile
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

from app.errors import InputError

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_TOTAL_UNPACKED = 200 * 1024 * 1024
MAX_MEMBER_UNPACKED = 100 * 1024 * 1024
MAX_MEMBERS = 5000
# Worksheet XML compresses well (~10–30x); 200x on a part larger than 1 MB is not a spreadsheet.
MAX_RATIO = 200
RATIO_FLOOR = 1024 * 1024

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls and encrypted .xlsx
_REQUIRED_PARTS = ("[Content_Types].xml", "xl/workbook.xml")


class ExcelFileError(InputError):
    """A workbook we refuse to read; ``str()`` is the Thai message for the user."""


def check_xlsx(path: Path) -> None:
    """Raise ExcelFileError unless ``path`` looks like a sane .xlsx workbook."""
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise ExcelFileError(f"ไม่พบไฟล์ {path}")
    size = path.stat().st_size
    if size == 0:
        raise ExcelFileError(f"ไฟล์ {name} ว่างเปล่า (ขนาด ๐ ไบต์)")
    if size > MAX_FILE_BYTES:
        raise ExcelFileError(f"ไฟล์ {name} ใหญ่เกินไป ({size // (1024 * 1024)} MB) จึงไม่เปิด")
    with path.open("rb") as fh:
        head = fh.read(8)
    if head == _OLE_MAGIC:
        raise ExcelFileError(
            f"ไฟล์ {name} เป็น Excel รุ่นเก่า (.xls) หรือมีรหัสผ่าน กรุณาเปิดใน Excel แล้วบันทึกเป็น .xlsx โดยไม่ตั้งรหัสผ่าน")
    if not head.startswith(b"PK"):
        raise ExcelFileError(f"ไฟล์ {name} ไม่ใช่ไฟล์ Excel (.xlsx)")
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise ExcelFileError(f"ไฟล์ {name} เสียหาย อ่านไม่ได้ ({exc})") from None
    if len(infos) > MAX_MEMBERS:
        raise ExcelFileError(f"ไฟล์ {name} มีส่วนประกอบมากผิดปกติ ({len(infos)} ส่วน) จึงไม่เปิด")
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > MAX_MEMBER_UNPACKED or (
            info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1)
        ):
            raise ExcelFileError(
                f"ไฟล์ {name} มีส่วน “{info.filename}” ที่แตกออกแล้วใหญ่ผิดปกติ "
                f"({info.file_size // (1024 * 1024)} MB จาก {info.compress_size // 1024} KB) อาจเป็นไฟล์อันตราย จึงไม่เปิด")
    if total > MAX_TOTAL_UNPACKED:
        raise ExcelFileError(f"ไฟล์ {name} แตกออกแล้วใหญ่ผิดปกติ ({total // (1024 * 1024)} MB) จึงไม่เปิด")
    names = {i.filename for i in infos}
    missing = [p for p in _REQUIRED_PARTS if p not in names]
    if missing:
        raise ExcelFileError(f"ไฟล์ {name} ไม่ใช่ไฟล์ Excel (.xlsx) (ไม่มีส่วน {', '.join(missing)})")


def open_workbook(path: Path, *, read_only: bool = False, data_only: bool = False) -> Workbook:
    """Check, then load; any failure inside openpyxl becomes a Thai 'damaged file' message."""
    check_xlsx(path)
    try:
        return load_workbook(path, read_only=read_only, data_only=data_only, keep_links=False)
    except ExcelFileError:
        raise
    except Exception as exc:  # openpyxl raises many kinds (KeyError, XML errors, TypeError …)
        raise ExcelFileError(f"ไฟล์ {Path(path).name} เสียหายหรือไม่ใช่ไฟล์ Excel ที่อ่านได้ "
                             f"({type(exc).__name__}: {exc})") from None
