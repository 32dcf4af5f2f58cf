"""Every size limit in one place: text per field, photos, exchange files.

The editors (services and the window's fields), the import of exchange files and the database
itself (a check before every flush, ``app.store.db``) read the same numbers here, so a file can
never bring in what an officer could not type, and a report never meets a 200 MB "analysis".

The numbers are generous for real work and small enough that nothing here can exhaust a
4 GB office PC: the longest real analysis paragraph in the seed reports is under 3,000
characters; the largest photo box on any report page is about 20 cm.
"""
from __future__ import annotations

# --- text ------------------------------------------------------------------------------------

LONG_TEXT = 20_000  # a multi-paragraph field (analysis, steps, results, memo text): ~8 pages
TITLE_TEXT = 2_000  # a measure's title, a heading
CAPTION_TEXT = 500  # a photo caption
NAME_TEXT = 200  # names of units, people, departments; positions
LIST_ITEMS = 200  # entries in a list field (responsible departments, positions, memo sections)

# Fields whose limit differs from what their column type implies (see ``text_limit``).
_FIELD_LIMITS = {
    "title": TITLE_TEXT,
    "caption": CAPTION_TEXT,
    "heading": TITLE_TEXT,
    "cover_title": TITLE_TEXT,
    "cover_extra": TITLE_TEXT,
}

# Thai names of fields for messages (the editors' labels).
FIELD_LABELS = {
    "name": "ชื่อ", "kind": "ประเภท", "district": "อำเภอ", "province": "จังหวัด", "phone": "โทรศัพท์",
    "doc_prefix": "เลขที่หนังสือ", "head_title": "ตำแหน่งหัวหน้าหน่วยงาน", "font": "แบบอักษร",
    "title": "ชื่อมาตรการ", "finding": "ผลการวิเคราะห์", "steps": "ขั้นตอนการดำเนินการ",
    "period_text": "ระยะเวลา", "monitoring": "การติดตาม", "summary": "ผลการดำเนินการ",
    "outcome": "ผลที่ได้รับ", "remarks": "หมายเหตุ", "caption": "คำบรรยายภาพ", "filename": "ชื่อไฟล์ภาพ",
    "deficiency": "ข้อบกพร่อง", "to_develop": "สิ่งที่ต้องพัฒนา", "to_keep": "สิ่งที่ต้องรักษา",
    "text": "ข้อความ", "note": "หมายเหตุ", "intro": "บทนำ", "office": "ส่วนราชการ", "number": "ที่",
    "subject": "เรื่อง", "addressee": "เรียน", "positions": "ตำแหน่ง", "responsible": "ผู้รับผิดชอบ",
    "sections": "เนื้อหาบันทึกข้อความ", "comments": "ความเห็น", "heading": "หัวข้อ",
    "cover_title": "ชื่อบนหน้าปก",
    "cover_extra": "ข้อความเพิ่มบนหน้าปก",
}


# Where a field belongs, said after its label so "ชื่อ" is told apart (a department's, a signer's).
RECORD_LABELS = {
    "Unit": "ข้อมูลหน่วยงาน", "Department": "หน่วยงานย่อย", "Signer": "ผู้ลงนาม", "Catalogue": "ชุดตัวชี้วัด",
    "Analysis": "บทวิเคราะห์", "AssessmentSection": "บทวิเคราะห์", "Measure": "มาตรการ",
    "Progress": "ผลการดำเนินการ", "Photo": "ภาพประกอบ", "ProgressNote": "ผลการดำเนินการ",
    "Memo": "บันทึกข้อความ", "DocumentWording": "ถ้อยคำของเอกสาร", "Phrase": "คลังวลี",
}


def text_limit(field: str, column_length: int | None = None) -> int:
    """The most characters ``field`` may hold: its own limit, else its column's length, else
    ``LONG_TEXT`` (free text)."""
    if field in _FIELD_LIMITS:
        return _FIELD_LIMITS[field] if column_length is None else min(_FIELD_LIMITS[field], column_length)
    return column_length or LONG_TEXT


def too_long_message(field: str, length: int, limit: int, where: str = "") -> str:
    label = FIELD_LABELS.get(field, field)
    place = f" ({where})" if where else ""
    return (f"ข้อความในช่อง “{label}”{place} ยาว {length:,} ตัวอักษร เกินที่รับได้ {limit:,} ตัวอักษร "
            "กรุณาตัดให้สั้นลงหรือแบ่งเป็นหลายช่อง")


# --- photos ----------------------------------------------------------------------------------

PHOTO_MAX_INPUT_BYTES = 60 * 1024 * 1024  # one image file as picked or carried by an import
# Decoding cost is width × height: 60 MP covers 50 MP phone cameras and refuses the 12000 ×
# 12000 (144 MP, ~430 MB decoded) kind of file.
PHOTO_MAX_PIXELS = 60_000_000
PHOTO_FORMATS_IMPORT = ("JPEG", "PNG")  # what an exchange file may carry (what we store)
PHOTO_FORMATS_PICKED = ("JPEG", "PNG", "BMP", "GIF", "WEBP")  # what the window accepts
# Stored photos are prepared once for the largest box a report prints them in at ~200 dpi: the
# photo pages (app/reports/photos.py) give a photo at most half a landscape frame, 366 pt ≈
# 12.9 cm wide → 1,018 px. A test fails if a report's box outgrows this.
PHOTO_STORED_MAX_SIDE = 1100
PHOTO_JPEG_QUALITY = 85
PHOTOS_PER_UNIT = 2_000

# --- exchange files --------------------------------------------------------------------------

EXCHANGE_MAX_FILE = 1024 * 1024 * 1024  # the .itaz on disk
EXCHANGE_MAX_TOTAL = 1024 * 1024 * 1024  # sum of unpacked members
EXCHANGE_MAX_MEMBERS = PHOTOS_PER_UNIT + 10
EXCHANGE_MAX_JSON = 64 * 1024 * 1024  # workspace.json unpacked (a ten-year unit is ~1 MB)
EXCHANGE_MAX_DEPTH = 24  # the format nests 8 deep (plans → measures → progress → photos …)
# Thai JSON deflates ~5–15×, photos are stored; 100× on a member over 1 MB is a bomb.
EXCHANGE_MAX_RATIO = 100
EXCHANGE_RATIO_FLOOR = 1024 * 1024
EXCHANGE_MAX_ITEMS = 20_000  # entries in any one list of the document (measures, scores, …)
