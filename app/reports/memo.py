"""The cover memo (บันทึกข้อความ) laid out per the ระเบียบงานสารบรรณ (docs/domain.md, "The memo").

A4 portrait, margins 3 cm left / 2 cm right; the unit's Garuda image 1.5 cm high at the top left
when it has one; "บันทึกข้อความ" bold 29 pt centred; the fields ส่วนราชการ / ที่ + วันที่ / เรื่อง with
bold 20 pt labels, 16 pt text and a dotted line to the right margin; เรียน; the body with a 2.5 cm
first-line indent and 6 pt before each paragraph; the signature right of centre; comment blocks
with room to write and their own signers.
"""
from __future__ import annotations

import io

from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable, Image

from app.reports.model import MemoDoc
from app.reports.styles import BODY, MEMO_INDENT, MEMO_LABEL, MEMO_TITLE, Styles
from app.thai.dates import format_date
from app.typeset import ThaiParagraph, draw_thai_line, measure_thai_line

GARUDA_HEIGHT = 1.5 * cm
FIELD_LEADING = 26  # real pt: room for the 20 pt labels
LABEL_GAP = 4
DOT_DROP = 3  # dotted line below the baseline
SIGN_SPACE = 1.3 * cm  # room to sign above the name
SIGN_INDENT = 0.4  # the signature block is centred on [0.4, 1] of the line: right of centre
SIGNATURE_MAX_WIDTH = 5 * cm
SIDE_BY_SIDE_MAX = 0.45  # two comment blocks side by side only while each fits this share of a page


def _dotted(canvas, x0: float, x1: float, y: float) -> None:
    if x1 - x0 < 2:
        return
    canvas.saveState()
    canvas.setLineWidth(0.6)
    canvas.setDash(0.6, 2.2)
    canvas.setLineCap(1)
    canvas.line(x0, y, x1, y)
    canvas.restoreState()


class MemoHead(Flowable):
    """Garuda (optional) at the top left and "บันทึกข้อความ" centred beside it."""

    def __init__(self, st: Styles, garuda_png: bytes | None):
        super().__init__()
        self.st = st
        self.garuda = garuda_png
        self.height = GARUDA_HEIGHT + 0.3 * cm

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        return self.width, self.height

    def draw(self):
        c = self.canv
        top = self.height
        if self.garuda:
            img = Image(io.BytesIO(self.garuda))
            ratio = img.imageWidth / float(img.imageHeight or 1)
            img.drawWidth, img.drawHeight = GARUDA_HEIGHT * ratio, GARUDA_HEIGHT
            img.drawOn(c, 0, top - GARUDA_HEIGHT)
        # The heading sits on the line of the emblem's lower part, as in the official form.
        draw_thai_line(c, self.width / 2, top - GARUDA_HEIGHT + 0.2 * cm, "บันทึกข้อความ",
                       self.st.fonts.bold, self.st.real(MEMO_TITLE), align="center")


class MemoField(Flowable):
    """"เรื่อง  text…" with a dotted line under every line of text up to the right margin."""

    def __init__(self, st: Styles, label: str, text: str):
        super().__init__()
        self.st = st
        self.label = label
        self.text = st.t(text)
        self.spaceBefore = 2

    def wrap(self, availWidth, availHeight):
        st = self.st
        self.width = availWidth
        self.label_w = measure_thai_line(self.label, st.fonts.bold, st.real(MEMO_LABEL))
        self.style = st.style(BODY, align="left", leading=FIELD_LEADING,
                              left_indent=self.label_w + LABEL_GAP)
        self.para = ThaiParagraph(self.text or " ", self.style)
        _w, h = self.para.wrap(availWidth, availHeight)
        self.nlines = max(1, round(h / FIELD_LEADING))
        self.height = self.nlines * FIELD_LEADING
        return self.width, self.height

    def draw(self):
        c, st = self.canv, self.st
        base = self.height - self.style.baseline_drop
        draw_thai_line(c, 0, base, self.label, st.fonts.bold, st.real(MEMO_LABEL))
        if self.text.strip():
            self.para.drawOn(c, 0, self.height - self.para.height)
        for i in range(self.nlines):
            _dotted(c, self.label_w + 1, self.width, base - i * FIELD_LEADING - DOT_DROP)


class MemoFieldRow(Flowable):
    """Two one-line fields on one line: "ที่ …" on the left, "วันที่ …" from the middle."""

    def __init__(self, st: Styles, fields: list[tuple[str, str]], split: float = 0.5):
        super().__init__()
        self.st = st
        self.fields = [(label, st.t(text)) for label, text in fields]
        self.split = split
        self.spaceBefore = 2

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        self.height = FIELD_LEADING
        return self.width, self.height

    def draw(self):
        c, st = self.canv, self.st
        style = st.style(BODY, leading=FIELD_LEADING)
        base = self.height - style.baseline_drop
        starts = [0.0, self.width * self.split]
        ends = [self.width * self.split - 6, self.width]
        for (label, text), x0, x1 in zip(self.fields, starts, ends):
            lw = draw_thai_line(c, x0, base, label, st.fonts.bold, st.real(MEMO_LABEL))
            _dotted(c, x0 + lw + 1, x1, base - DOT_DROP)
            if text:
                draw_thai_line(c, x0 + lw + LABEL_GAP, base, text, st.fonts.regular, st.real(BODY))


class SignatureSpace(Flowable):
    """Room to sign above a name; a scanned signature, when there is one, drawn in it centred on
    the name below (``center`` is a fraction of the width)."""

    def __init__(self, image: bytes | None, center: float, height: float = SIGN_SPACE):
        super().__init__()
        self.image = image
        self.center = center
        self.height = height

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        return self.width, self.height

    def draw(self):
        if not self.image:
            return
        img = Image(io.BytesIO(self.image))
        ratio = img.imageWidth / float(img.imageHeight or 1)
        h = self.height - 4
        w = min(h * ratio, SIGNATURE_MAX_WIDTH, self.width)
        h = w / ratio
        img.drawWidth, img.drawHeight = w, h
        img.drawOn(self.canv, self.width * self.center - w / 2, 2)


class WritingLines(Flowable):
    """Dotted lines left empty for a handwritten comment."""

    def __init__(self, count: int = 2, leading: float = FIELD_LEADING):
        super().__init__()
        self.count = count
        self.leading = leading

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        self.height = self.count * self.leading
        return self.width, self.height

    def draw(self):
        for i in range(self.count):
            _dotted(self.canv, 0, self.width, self.height - (i + 1) * self.leading + 6)


BLANK_NAME = "(" + "." * 40 + ")"
BLANK_POSITION = "ตำแหน่ง" + "." * 34


def _signature(st: Styles, name: str, positions: list[str], indent_ratio: float, width: float,
               signature: bytes | None = None) -> list:
    """(name) over its position lines; a person not on record gets the blank form's lines to
    write in by hand, "(……)" and "ตำแหน่ง……" (never an invented name)."""
    style = st.style(BODY, align="center", left_indent=width * indent_ratio)
    name = f"({name})" if name.strip() else BLANK_NAME
    room = SignatureSpace(signature, indent_ratio + (1 - indent_ratio) / 2) if signature else Spacer(1, SIGN_SPACE)
    out = [room, st.p(name, style)]
    out += [st.p(pos, style) for pos in positions if pos.strip()] or [st.p(BLANK_POSITION, style)]
    return out


def default_proposal(memo: MemoDoc) -> str:
    """ข้อเสนอแนะ of a four-part memo left empty: what the officer proposes, in the form's words."""
    head = memo.addressee or memo.unit.head_title or "ผู้บริหาร"
    return (f"เห็นควรนำเสนอ{head} เพื่อโปรดทราบ และพิจารณาอนุญาตให้เผยแพร่ทางเว็บไซต์ของ"
            f"{memo.unit.name}ต่อไป")


def _body(st: Styles, memo: MemoDoc) -> list:
    para = st.style(BODY, align="justify", first_indent=MEMO_INDENT, space_before=6)
    follow = para.replace(space_before=0)
    heading = st.style(BODY, align="left", bold=True, first_indent=MEMO_INDENT, space_before=6,
                       keep_with_next=True)
    out = []
    has_closing = any("จึงเรียน" in s.text for s in memo.sections)
    four_part = memo.body_form == "four_part"
    sections = memo.sections
    for i, sec in enumerate(sections):
        last = i == len(sections) - 1
        text = sec.text.strip()
        if not text and four_part and sec.heading.strip() == "ข้อเสนอแนะ":
            text = default_proposal(memo)
        if not text and last and not has_closing:
            text = memo.closing or "จึงเรียนมาเพื่อโปรดทราบและพิจารณา"
            has_closing = True
        if not text:
            continue
        if four_part and sec.heading.strip():
            out.append(st.p(sec.heading.strip(), heading))
        lines = [x.strip() for x in text.split("\n") if x.strip()]
        for k, line in enumerate(lines):
            out.append(st.p(line, para if k == 0 else follow))
    if not has_closing:
        out.append(st.p(memo.closing or "จึงเรียนมาเพื่อโปรดทราบ", para))
    return out


def _block_height(block: list, width: float) -> float:
    return sum(f.wrap(width, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in block)


TITLE_SHRINK = 0.88  # a comment title a little wider than its column is set this much smaller at most


def _title_size(st: Styles, title: str, width: float) -> float:
    """A comment block's title on one line, as the seeds print "ความเห็นปลัดองค์การบริหารส่วนตำบล
    เขาสมอคอน" in half the page: slightly smaller when it just misses (a substitute font is wider
    than TH SarabunIT๙), wrapped as any text when it is much longer."""
    natural = measure_thai_line(st.t(title), st.fonts.bold, st.real(BODY))
    if width < natural <= width / TITLE_SHRINK:
        return BODY * width / natural * 0.99
    return BODY


def _comments(st: Styles, memo: MemoDoc, width: float, frame_height: float) -> list:
    if not memo.comments:
        return []

    def head_for(cm_, col_w: float) -> list:
        # the left cell of two side by side keeps 12 pt from its neighbour: col_w - 6 is what it holds
        block = [st.p(cm_.title, st.style(_title_size(st, cm_.title, col_w - 6), align="left", bold=True))]
        if cm_.text.strip():
            block += [st.p(line, st.style(BODY, align="left")) for line in cm_.text.split("\n") if line.strip()]
        else:
            block.append(WritingLines(2))
        return block

    def sign_for(cm_, col_w: float, indent: float) -> list:
        return _signature(st, cm_.signer_name, cm_.positions, indent, col_w, cm_.signature)

    def block_for(cm_, col_w: float, indent: float) -> list:
        return head_for(cm_, col_w) + sign_for(cm_, col_w, indent)

    if len(memo.comments) == 2:
        col_w = width / 2 - 6
        heads = [head_for(c, col_w) for c in memo.comments]
        signs = [sign_for(c, col_w, 0.0) for c in memo.comments]
        # Side by side only while both fit well on a page: a table row cannot split, and a long
        # handwritten-style comment would not fit (ReportLab's LayoutError); stacked blocks flow.
        if max(_block_height(h + g, col_w) for h, g in zip(heads, signs)) <= frame_height * SIDE_BY_SIDE_MAX:
            # comments in one row, signatures in the next: the two signatures sit level however
            # long either comment is, as signed by hand on the form
            table = Table([heads, signs], colWidths=[width / 2, width / 2], hAlign="LEFT")
            table.setStyle(TableStyle([
                ("FONTNAME", (0, 0), (-1, -1), st.fonts.regular),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (0, -1), 12),
                ("RIGHTPADDING", (1, 0), (1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]))
            return [Spacer(1, 0.5 * cm), KeepTogether([table])]
    out = []
    for c in memo.comments:
        out += [Spacer(1, 0.4 * cm), KeepTogether(block_for(c, width, SIGN_INDENT))]
    return out


NUMBER_SPLIT = 0.45  # "วันที่" starts this far across the line


def _number_and_date(st: Styles, memo: MemoDoc, width: float) -> list:
    """"ที่ … วันที่ …" on one line, or on two when the number would reach "วันที่"."""
    date_text = format_date(memo.date, st.thai) if memo.date else ""
    number = st.t(memo.number)
    room = width * NUMBER_SPLIT - 6 - LABEL_GAP - 8
    used = (measure_thai_line("ที่", st.fonts.bold, st.real(MEMO_LABEL))
            + measure_thai_line(number, st.fonts.regular, st.real(BODY)))
    if used <= room:
        return [MemoFieldRow(st, [("ที่", memo.number), ("วันที่", date_text)], split=NUMBER_SPLIT)]
    return [MemoField(st, "ที่", memo.number), MemoField(st, "วันที่", date_text)]


def memo_story(st: Styles, memo: MemoDoc, width: float, frame_height: float = 700) -> list:
    """The memo's flowables, for a frame ``width`` wide and ``frame_height`` high (the memo
    template's)."""
    story: list = [
        MemoHead(st, memo.unit.garuda_png),
        MemoField(st, "ส่วนราชการ", memo.office),
        *_number_and_date(st, memo, width),
        MemoField(st, "เรื่อง", memo.subject),
        Spacer(1, 4),
        st.p([("เรียน", False), ("  " + (memo.addressee or memo.unit.head_title), False)],
             st.style(BODY, align="left", space_before=6)),
    ]
    body = _body(st, memo)
    # "จึงเรียน…" never ends a page whose next one opens with the signature: they go over together
    # (ReportLab's keep-with-next does not reach into a KeepTogether, so the line joins it)
    closing = body[-1:]
    story += body[:-1]
    story.append(KeepTogether(closing + _signature(st, memo.signer_name, memo.signer_positions, SIGN_INDENT,
                                                   width, memo.signer_signature)))
    story += _comments(st, memo, width, frame_height)
    return story
