"""Marks are placed exactly as HarfBuzz places them, and copy/search gives the source text back."""
from __future__ import annotations

import uharfbuzz as hb
from reportlab.pdfgen.canvas import Canvas

from app.typeset import draw_thai_line, register_font_set
from app.typeset.layout import Line, Piece, place_line
from app.typeset.pdfcheck import check_pdf
from app.typeset.shaping import shape

HARD_WORDS = ["น้ำ", "ป้ำ", "ปี่", "ฝั่ง", "ฟ้า", "ซึ่ง", "ที่", "ผู้ใหญ่", "ปฏิบัติ", "ฐาน", "ญาติ", "กำชับ",
              "ฤๅษี", "ปั้น", "นี้", "ทั้ง", "สำนัก", "ฎีกา", "ปู่", "ฟื้นฟู", "อำนาจ", "ตั้งแต่", "ฬ้า"]
SIZE = 16 * 0.68


def _raw_harfbuzz(path, word):
    face = hb.Face(hb.Blob.from_file_path(path))
    font = hb.Font(face)
    buf = hb.Buffer()
    buf.add_str(word)
    buf.guess_segment_properties()
    hb.shape(font, buf, {})
    k, pen, out = SIZE / face.upem, 0, []
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions):
        out.append((info.codepoint, round((pen + pos.x_offset) * k, 4), round(pos.y_offset * k, 4)))
        pen += pos.x_advance
    return sorted(out)


def test_glyph_positions_equal_harfbuzz():
    fs = register_font_set()
    for word in HARD_WORDS:
        s = shape(fs.regular, word)
        line = Line([Piece(s, 0, s.ncells, False)], s.width * SIZE / s.font.upem, True, SIZE)
        glyphs, _w, _tc, _tw = place_line(line, 0, 0, 500, "left")
        ours = sorted((f.face.charToGlyph.get(key), round(x, 4), round(y, 4)) for f, _s, key, x, y in glyphs)
        assert ours == _raw_harfbuzz(fs.regular_path, word), word


def test_hard_words_extract_exactly(tmp_path):
    fs = register_font_set()
    path = tmp_path / "words.pdf"
    c = Canvas(str(path))
    y = 800
    for word in HARD_WORDS:
        draw_thai_line(c, 72, y, word, fs.regular, 16)
        y -= 24
    c.save()
    r = check_pdf(path, HARD_WORDS)
    assert (r.pua, r.split_am, r.missing) == (0, 0, [])
    from app.typeset.pdfcheck import extract_lines

    assert [ln.strip() for ln in extract_lines(path)[1]] == HARD_WORDS
