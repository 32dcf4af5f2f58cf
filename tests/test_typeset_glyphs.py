"""Marks are placed exactly as HarfBuzz places them, and copy/search gives the source text back."""
from __future__ import annotations

import uharfbuzz as hb
from reportlab.pdfgen.canvas import Canvas

from app.typeset import draw_thai_line, register_font_set
from app.typeset.layout import Line, Piece, place_line
from tests.pdfcheck import check_pdf
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
    from tests.pdfcheck import extract_lines

    assert [ln.strip() for ln in extract_lines(path)[1]] == HARD_WORDS


# --- the glyphs as the PDF places them --------------------------------------------------------------

PDF_TOLERANCE = 0.01  # pt
LEAD = 40.0           # one word per line, lines far apart: a glyph belongs to the nearest baseline


def _harfbuzz_glyphs(path, word, size, x0, y0):
    """(gid, x, y) of ``word`` shaped by HarfBuzz alone, pen starting at (x0, y0), in pt."""
    face = hb.Face(hb.Blob.from_file_path(path))
    font = hb.Font(face)
    buf = hb.Buffer()
    buf.add_str(word)
    buf.guess_segment_properties()
    hb.shape(font, buf, {})
    k, pen, out = size / face.upem, 0, []
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions):
        out.append((info.codepoint, x0 + (pen + pos.x_offset) * k, y0 + pos.y_offset * k))
        pen += pos.x_advance
    return out


def _mismatches(placed, expected):
    """Expected glyphs with no placed glyph of the same id within the tolerance, and placed glyphs
    left over."""
    left = list(placed)
    missing = []
    for gid, x, y in expected:
        for i, g in enumerate(left):
            if gid in g.gids and abs(g.x - x) <= PDF_TOLERANCE and abs(g.y - y) <= PDF_TOLERANCE:
                del left[i]
                break
        else:
            missing.append((gid, round(x, 3), round(y, 3)))
    return missing, [(sorted(g.gids), round(g.x, 3), round(g.y, 3)) for g in left]


def _by_baseline(glyphs, baselines):
    rows = [[] for _ in baselines]
    for g in glyphs:
        rows[min(range(len(baselines)), key=lambda i: abs(baselines[i] - g.y))].append(g)
    return rows


def test_pdf_glyph_positions_equal_harfbuzz(tmp_path):
    """Lay the hard words out as left-aligned paragraphs in a frame (how every document places
    text) and as single lines (headers, memo fields), read the glyphs back from the PDF's content
    stream and compare each glyph's id and position with HarfBuzz's own shaping."""
    from reportlab.platypus import Frame

    from app.typeset import ParaStyle, ThaiParagraph
    from tests.pdfread import read_glyphs

    fs = register_font_set()
    style = ParaStyle(fs, size=16, align="left", leading=LEAD)
    path = tmp_path / "marks.pdf"
    c = Canvas(str(path))
    x1, top = 72.0, 800.0
    n = len(HARD_WORDS)
    frame = Frame(x1, top - n * LEAD, 300, n * LEAD, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0, showBoundary=0)
    story = [ThaiParagraph(w, style) for w in HARD_WORDS]
    frame.addFromList(story, c)
    assert not story  # all placed
    line_x = 300.0
    for i, word in enumerate(HARD_WORDS):
        draw_thai_line(c, line_x, top - i * LEAD - style.baseline_drop, word, fs.regular, style.real_size)
    c.save()

    placed = read_glyphs(path, {"Sarabun-Regular": fs.regular_path})
    assert all(g.gids for g in placed)  # every glyph identified in the original font
    baselines = [top - i * LEAD - style.baseline_drop for i in range(n)]
    para_rows = _by_baseline([g for g in placed if g.x < line_x - 1], baselines)
    line_rows = _by_baseline([g for g in placed if g.x >= line_x - 1], baselines)
    checked = 0
    for word, y0, para, single in zip(HARD_WORDS, baselines, para_rows, line_rows):
        for x0, got in ((x1, para), (line_x, single)):
            expected = _harfbuzz_glyphs(fs.regular_path, word, style.real_size, x0, y0)
            assert _mismatches(got, expected) == ([], []), word
            checked += len(expected)
    assert checked > 2 * 3 * n
    # ำ is drawn as a nikhahit filled as an outline plus a text glyph: both were read back
    assert any(g.code is None for g in placed)


def test_pdf_glyph_check_fails_on_unshaped_text(tmp_path):
    """The check above is able to fail: ReportLab's own drawString (no shaping) puts the tone mark
    of ซึ่ง at its default place, inside the upper vowel."""
    from tests.pdfread import read_glyphs

    fs = register_font_set()
    path = tmp_path / "unshaped.pdf"
    c = Canvas(str(path))
    c.setFont(fs.regular, SIZE)
    c.drawString(72, 700, "ซึ่ง")
    c.save()
    placed = [g for g in read_glyphs(path, {"Sarabun-Regular": fs.regular_path}) if g.gids]
    assert len(placed) == 4
    missing, extra = _mismatches(placed, _harfbuzz_glyphs(fs.regular_path, "ซึ่ง", SIZE, 72, 700))
    assert missing and extra
