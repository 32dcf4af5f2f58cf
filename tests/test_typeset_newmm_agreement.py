"""Line breaks that readers segmenting with newmm's default dictionary also see between words.

The shared checker (``thai_pdf_check.py --strict``) counts a line break as ``inword`` when newmm
with pythainlp's default dictionary, run over the whole text, makes no word boundary there. Our own
segmentation (domain compounds, the unit's names) finds sound breaks it does not make
(``โดยเฉพาะ|ตัวชี้วัด`` where it reads ``โดย|เฉพาะตัว|ชี้|วัด``, ``ของ|กองช่าง`` where it reads
``ของกอง|ช่าง``): the breaker takes those only when every other break is much worse. And a web
address that fits a line is never cut: it moves whole to the next line.
"""
from __future__ import annotations

import pytest

import app  # noqa: F401  (pythainlp offline before it is imported)
from app.typeset import ParaStyle, register_font_set, set_custom_words
from app.typeset.breaking import newmm_boundaries
from app.typeset.paragraph import layout_runs, normalise_runs

URL = "https://www.banphaimai.go.th/ita/o12.pdf"


def _checker_boundaries(text: str) -> set[int]:
    """Offsets where the checker sees a word or space boundary: its own call, default dictionary."""
    from pythainlp.tokenize import word_tokenize

    out, pos = {0}, 0
    for tok in word_tokenize(text, engine="newmm", keep_whitespace=True):
        pos += len(tok)
        out.add(pos)
    return out


def _lines(text: str, width: float, align: str) -> list[str]:
    style = ParaStyle(register_font_set(), size=16, align=align, thai_digits=True)
    lines = layout_runs(normalise_runs(text, style), style, width)
    return ["".join(p.shaped.text[p.shaped.cell_char[p.c0]:p.shaped.cell_char[p.c1]]
                    for p in ln.pieces) for ln in lines]


def _breaks(lines: list[str]) -> list[int]:
    out, pos = [], 0
    for ln in lines[:-1]:
        pos += len(ln)
        out.append(pos)
    return out


@pytest.fixture(autouse=True)
def _departments():
    # the held-out unit's departments are protected names, as a document build sets them
    set_custom_words(["กองสวัสดิการสังคม", "กองช่าง", "เทศบาลเมืองบ้านไผ่ใหม่"])
    yield
    set_custom_words([])


PHRASES = [
    # newmm (default): โดย|เฉพาะตัว|ชี้|วัด — ours alone would break เฉพาะ|ตัวชี้วัด
    "ควรนำผลไปกำหนดเป้าหมายรายตัวชี้วัด โดยเฉพาะตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร",
    # newmm: ส่วน|ที่|ของกอง|สวัสดิการสังคม — ours would break before the department's name
    "จัดหน่วยบริการเคลื่อนที่ในส่วนที่ของกองสวัสดิการสังคมรับผิดชอบทุกเดือน",
    # newmm: ผล|การ|ดำเนินการ|ของกอง|ช่าง
    "รายงานผลการดำเนินการของกองช่างต่อผู้บริหารทุกไตรมาส",
]


@pytest.mark.parametrize("text", PHRASES, ids=["specifically-indicator", "welfare-division", "works-division"])
@pytest.mark.parametrize("align", ["left", "justify"])
def test_narrow_cells_break_only_where_newmm_sees_words(text, align):
    bounds = _checker_boundaries(text)
    bad = {}
    for width in range(120, 330, 4):
        lines = _lines(text, width, align)
        assert "".join(lines) == text
        off = [b for b in _breaks(lines) if b not in bounds]
        if off:
            bad[width] = " | ".join(lines)
    assert not bad, bad


def test_department_names_stay_whole_though_newmm_splits_them():
    """newmm's boundaries are preferred, never added: it reads ของกอง|สวัสดิการสังคม, the line
    still never breaks inside the department's name."""
    text = PHRASES[1]
    assert text.index("สวัสดิการ") in _checker_boundaries(text)
    for width in range(120, 330, 4):
        assert any("กองสวัสดิการสังคม" in ln for ln in _lines(text, width, "left")), width


def test_boundaries_are_the_checkers():
    """The large cached trie is exactly newmm's default dictionary: same boundaries as the
    checker's call, over texts with Thai digits, dates, URLs and our compounds."""
    texts = PHRASES + [
        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ผู้มีส่วนได้ส่วนเสีย ร้อยละ ๓๔.๖๐ ที่ " + URL,
        "ลงนามรับทราบ ผ่านดีเยี่ยม ทรัพย์สิน ระยะเวลาดำเนินการ\nสำนักปลัด กองคลัง โทร. 043-274-568",
    ]
    for text in texts:
        assert set(newmm_boundaries(text)) == _checker_boundaries(text), text


@pytest.mark.parametrize("align", ["left", "justify"])
def test_an_address_that_fits_moves_whole(align):
    text = f"รายงานที่ {URL}"
    for width in range(205, 300, 3):   # the address alone is about 201 pt wide at 16 pt
        lines = _lines(text, width, align)
        assert any(URL in ln for ln in lines), (width, lines)


def test_an_address_wider_than_the_line_breaks_at_its_marks():
    lines = _lines(f"รายงานที่ {URL} ทุกไตรมาส", 150, "left")
    parts = [ln for ln in lines if any(c.isascii() and c.isalpha() for c in ln)]
    assert len(parts) >= 2 and "".join(lines).count(URL) == 1
    for ln in parts[:-1]:
        assert ln.rstrip()[-1] in "/._", lines
