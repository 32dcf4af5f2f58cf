"""Line-breaking rules: Thai word boundaries, and what must stay together."""
from __future__ import annotations

import pytest

from app.typeset import ParaStyle, register_font_set, set_custom_words
from app.typeset.paragraph import layout_runs, normalise_runs
from app.typeset.shaping import FOLLOWERS


def _lines(text, width, **kw):
    style = ParaStyle(register_font_set(), size=16, **kw)
    lines = layout_runs(normalise_runs(text, style), style, width)
    return ["".join(p.shaped.text[p.shaped.cell_char[p.c0]:p.shaped.cell_char[p.c1]]
                    for p in ln.pieces) for ln in lines]


@pytest.fixture(autouse=True)
def _no_custom_words():
    yield
    set_custom_words([])


def test_text_is_kept_and_lines_break_only_at_words():
    text = "องค์การบริหารส่วนตำบลได้ดำเนินการจัดทำแผนงานเสริมสร้างคุณธรรมจริยธรรมเพื่อป้องกันการทุจริต"
    lines = _lines(text, 120)
    assert "".join(lines) == text
    assert len(lines) > 2
    for ln in lines[1:]:
        assert ln[0] not in FOLLOWERS


@pytest.mark.parametrize("text,together", [
    ("ผลการประเมินได้คะแนนสูงขึ้นมากในปีนี้ ๙๕.๔๑ คะแนน", "๙๕.๔๑ คะแนน"),
    ("รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. ๒๕๖๘", "พ.ศ. ๒๕๖๘"),
    ("เจ้าหน้าที่ผู้รับผิดชอบโครงการคือ นางสาวอัมภพร อยู่เจริญ", "นางสาวอัมภพร"),
    ("หน่วยงานต่างๆ ทั้งหมดต้องร่วมกันดำเนินการ", "ต่างๆ"),
    ("ตามแผนงานเสริมสร้างคุณธรรม (จริยธรรม) ของหน่วยงาน", "(จริยธรรม)"),
    # a memo's ส่วนราชการ line (held-out unit): the extension stays with its word
    ("สำนักปลัดเทศบาล งานบริหารทั่วไป โทร. ๐ ๔๓๒๗ ๔๑๒๓ ต่อ ๑๑๒", "ต่อ ๑๑๒"),
])
def test_units_stay_together(text, together):
    # from a width the unit fits in (narrower, it may break at its last-resort point)
    for width in range(100, 260, 7):
        lines = _lines(text, width)
        assert "".join(lines) == text
        assert any(together in ln for ln in lines), (width, lines)


def test_custom_words_never_split():
    text = "ติดต่อสำนักปลัดองค์การบริหารส่วนตำบลเขาสมอคอนเพื่อขอรับบริการ"
    set_custom_words(["เขาสมอคอน"])
    for width in range(60, 200, 5):
        lines = _lines(text, width)
        assert any("เขาสมอคอน" in ln for ln in lines), (width, lines)


def test_overlong_word_splits_between_cells():
    text = "ประชาสัมพันธ์" * 6
    lines = _lines(text, 50)
    assert "".join(lines) == text
    for ln in lines[1:]:
        assert ln[0] not in FOLLOWERS


def test_hard_line_break_and_thai_digits():
    lines = _lines("บรรทัดที่ 1\nบรรทัดที่ 2", 400, thai_digits=True)
    assert lines == ["บรรทัดที่ ๑", "บรรทัดที่ ๒"]


def test_overwide_protected_text_never_breaks_before_pai_yan_or_after_a_bracket():
    """Even when a name wider than the column must be cut, ฯ and ) stay with the word before
    them and a line never ends with an opening bracket."""
    from app.typeset import ParaStyle, register_font_set
    from app.typeset.paragraph import layout_runs

    style = ParaStyle(register_font_set(), 14, align="left")
    text = "ผู้รับผิดชอบ (กองการศึกษาฯ) และ (สำนักปลัดฯ)"

    def line_text(line):
        return "".join(p.shaped.text[p.shaped.cell_char[p.c0]:p.shaped.cell_char[p.c1]] for p in line.pieces)

    for width in range(30, 200, 3):  # from about 1 cm: narrower, a bracket may stand alone
        lines = [line_text(ln) for ln in layout_runs([(text, False)], style, width)]
        assert "".join(lines) == text
        for ln in lines[1:]:
            assert not ln.lstrip().startswith(("ฯ", ")")), (width, lines)
        for ln in lines[:-1]:
            assert not ln.rstrip().endswith("("), (width, lines)


def test_word_dictionary_is_cached_on_disk_by_pythainlp_version(tmp_path, monkeypatch):
    """The large trie is built once and kept in the data folder; the next start loads it instead
    of building it, and the unit's words are laid over it without rebuilding anything."""
    import pythainlp
    import pythainlp.util

    from app.typeset import breaking

    monkeypatch.setenv("ITA_DESK_DATA", str(tmp_path))
    monkeypatch.setattr(breaking, "_base", None)
    monkeypatch.setattr(breaking, "_overlay", None)
    path = breaking._cache_path()
    assert path.parent.parent == tmp_path and pythainlp.__version__ in path.name
    first = breaking._base_trie()
    # the large trie is pythainlp's own word list (newmm's default dictionary): our compounds
    # are laid over it with the unit's words
    assert path.is_file() and "ประชาสัมพันธ์" in first and "ตัวชี้วัด" not in first

    def no_build(*_a, **_k):
        raise AssertionError("the cached dictionary must be loaded, not built")

    from app.typeset.wordtrie import DictTrie

    monkeypatch.setattr(breaking, "_base", None)
    monkeypatch.setattr(pythainlp.util, "Trie", no_build)
    monkeypatch.setattr(DictTrie, "from_words", no_build)
    second = breaking._base_trie()
    assert second is not first and "ประชาสัมพันธ์" in second and len(second) == len(first)
    monkeypatch.undo()  # the real Trie again (the overlay subclasses it)
    monkeypatch.setattr(breaking, "_base", second)
    monkeypatch.setattr(breaking, "_overlay", None)
    set_custom_words(["ขามสะแกแสง"])
    assert breaking._dictionary().base is second  # an overlay, the large trie not copied
    assert "ขามสะแกแสง" in breaking._dictionary() and "ตัวชี้วัด" in breaking._dictionary()


def test_words_the_issue_found_split_stay_whole():
    """มาตร|การ, ประ|เภท, ประ|จำปี, ตัวชี้|วัด, ระยะเวลาดำเนิน|การ, ผ่าน|ดีเยี่ยม, ผู้นำชุม|ชน,
    ลงนามรับ|ทราบ, ทรัพย์|สิน: at every width they fit, none is cut."""
    words = ["มาตรการ", "ประเภท", "ประจำปี", "ตัวชี้วัด", "ระยะเวลาดำเนินการ", "ผ่านดีเยี่ยม", "ผู้นำชุมชน",
             "ลงนามรับทราบ", "ทรัพย์สิน"]
    text = ("หน่วยงานประเภทองค์กรปกครองส่วนท้องถิ่นกำหนดมาตรการประจำปีตามตัวชี้วัดโดยระบุระยะเวลาดำเนินการ"
            "ผลการประเมินผ่านดีเยี่ยมและผู้นำชุมชนลงนามรับทราบการใช้ทรัพย์สินของทางราชการ")
    for width in range(110, 400, 9):
        lines = _lines(text, width)
        assert "".join(lines) == text
        for w in words:
            assert any(w in ln for ln in lines), (width, w, lines)


def test_justified_word_gaps_stay_within_half_an_em():
    """Thai distributed justification: a word gap (the space and what is added to it) is at most
    half an em; letters take the rest, up to 0.09 em each, else the line stays short."""
    from app.typeset.layout import place_line
    from app.typeset.shaping import shape

    style = ParaStyle(register_font_set(), size=16, align="justify")
    text = ("ตามที่ เทศบาลตำบลม่วงยาย ได้เข้ารับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
            "(Integrity and Transparency Assessment : ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ที่ผ่านมา "
            "เพื่อส่งเสริมให้องค์กรปฏิบัติงานและบริการประชาชนด้วยคุณธรรม มีความโปร่งใส ตรวจสอบได้") * 3
    size = style.real_size
    space = shape(style.font.regular, " ").width / shape(style.font.regular, " ").font.upem * size
    seen = 0
    for width in (300, 360, 425):
        lines = layout_runs(normalise_runs(text, style), style, width)
        for line in lines[:-1]:
            _g, drawn, tc, tw = place_line(line, 0, 0, width, "justify")
            assert space + tw <= 0.5 * size + 1e-6
            assert tc <= 0.09 * size + 1e-6
            seen += tw > 0
    assert seen  # lines were justified


# --- justified lines that cannot be filled (word gaps and letter spacing at their caps) ------------

# เวียงห้า's seed paragraph: the unit's full name may break only between its kind and its place,
# so some lines cannot be filled within the caps.
SHORT_LINE_TEXT = (
    "ตามที่ได้จัดทำมาตรการหรือแนวทางในการส่งเสริมคุณธรรมและความโปร่งใสขององค์การบริหารส่วนตำบลเวียงห้า "
    "โดยได้ดำเนินการขับเคลื่อนมาตรการส่งเสริมคุณธรรมและความโปร่งใสขององค์การบริหารส่วนตำบลเวียงห้า "
    "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ (รอบ ๑๒ เดือน) ดังต่อไปนี้")


def _short_lines(text, width):
    """How many lines of the justified paragraph are left short with both caps reached, and how
    many lines it has."""
    from app.typeset.layout import CELL_STRETCH_EM, SPACE_STRETCH_EM

    style = ParaStyle(register_font_set(), size=16, align="justify")
    lines = layout_runs(normalise_runs(text, style), style, width)
    short = 0
    for ln in lines[:-1]:
        body = list(ln.pieces)
        while body and body[-1].space:
            body.pop()
        spaces = sum(p.c1 - p.c0 for p in body if p.space)
        gaps = sum(p.c1 - p.c0 for p in body) - 1
        short += width - ln.width > (spaces * SPACE_STRETCH_EM + gaps * CELL_STRETCH_EM) * ln.size + 0.01
    return short, len(lines)


def test_breaker_avoids_lines_left_short(monkeypatch):
    """A line that word gaps and letter spacing at their caps still leave short is as bad as a
    line can be short of a last-resort break: the breaker takes the unit's kind|place break
    instead wherever that fills the lines (at 425 pt, about a portrait page's first-line
    measure, it leaves one such line instead of two)."""
    from app.typeset import totalfit

    set_custom_words(["องค์การบริหารส่วนตำบลเวียงห้า", "เวียงห้า"])
    widths = range(300, 700, 5)
    now = {w: _short_lines(SHORT_LINE_TEXT, w) for w in widths}
    monkeypatch.setattr(totalfit, "SHORT_PENALTY", 0)
    before = {w: _short_lines(SHORT_LINE_TEXT, w) for w in widths}
    assert all(now[w][0] <= before[w][0] for w in widths)
    assert now[425] == (1, 4) and before[425] == (2, 4)
    assert sum(now[w][0] for w in widths) < sum(before[w][0] for w in widths)


def test_line_left_short_is_set_at_natural_spacing():
    """Where no other break exists the short line is not half-justified (gaping word gaps and
    letter spacing, and still short): it is set as typed, flush left; full lines are justified."""
    from app.typeset.layout import place_line

    set_custom_words(["องค์การบริหารส่วนตำบลเวียงห้า", "เวียงห้า"])
    style = ParaStyle(register_font_set(), size=16, align="justify")
    lines = layout_runs(normalise_runs(SHORT_LINE_TEXT, style), style, 425)
    placed = [place_line(ln, 0, 0, 425, "justify") for ln in lines[:-1]]
    natural = [(w, tc, tw) for (_g, w, tc, tw), ln in zip(placed, lines) if abs(w - 425) > 0.01]
    assert len(natural) == 1
    width, tc, tw = natural[0]
    assert tc == tw == 0 and width < 425
    assert sum(abs(w - 425) <= 0.01 for _g, w, _tc, _tw in placed) == len(placed) - 1


def test_fiscal_year_parts_only_to_spare_a_short_line(monkeypatch):
    """ประจำปีงบประมาณ ("of fiscal year") may part as ประจำ|ปีงบประมาณ, reluctantly: เวียงห้า's
    paragraph at 425 pt had a first line left short before it; wherever the lines fill without
    it, it stays whole."""
    from app.typeset import breaking

    text = ("ดังนั้น การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสภายใน การดำเนินการประจำปีงบประมาณ "
            "พ.ศ. ๒๕๖๖ สามารถนำข้อมูลที่เดิมในข้อ o๔๒ ที่มีการกำหนดมาตรการไว้แล้ว มาใช้เพื่อตอบตัวชี้วัดข้อ o๓๕")
    lines = _lines(text, 425, align="justify")
    assert lines[0].endswith("ประจำ") and _short_lines(text, 425) == (0, 3)
    assert all("ประจำปีงบประมาณ" in "".join(_lines(text, w, align="justify")[:2]).replace(" ", "")
               for w in (450, 500))
    monkeypatch.setattr(breaking, "DOMAIN_SPLITS", {})
    breaking.tokenize.cache_clear()
    try:
        assert _short_lines(text, 425) == (1, 3)
    finally:
        breaking.tokenize.cache_clear()
