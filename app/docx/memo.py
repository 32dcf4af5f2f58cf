"""The memo's own flowables in Word form, as officers' memo templates build them.

The PDF draws the dotted lines of ส่วนราชการ / ที่ / วันที่ / เรื่อง and the comment lines itself; in Word
they are tab stops with dotted leaders, so the line still reaches the right margin when the officer
types into the field. The heading is the Garuda (when the unit has one) and "บันทึกข้อความ" centred
on the line of its lower part.
"""
from __future__ import annotations

import io

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Pt

from app.docx import styles
from app.reports.memo import GARUDA_HEIGHT, LABEL_GAP, MemoField, MemoFieldRow, MemoHead, WritingLines

MEMO_TYPES = (MemoHead, MemoField, MemoFieldRow, WritingLines)


def handles(flowable) -> bool:
    return isinstance(flowable, MEMO_TYPES)


def write(writer, f, where, width: float) -> None:
    if isinstance(f, MemoHead):
        _head(writer, f, where, width)
    elif isinstance(f, MemoField):
        _field(writer, f, where, width)
    elif isinstance(f, MemoFieldRow):
        _field_row(writer, f, where, width)
    elif isinstance(f, WritingLines):
        for _ in range(f.count):
            p = _field_paragraph(writer, where)
            _dotted_tab(p, width, WD_TAB_ALIGNMENT.RIGHT)
            p.add_run("\t")


def _field_paragraph(writer, where):
    p = where.paragraph()
    p.style = writer.doc.styles[styles.MEMO_FIELD_STYLE]
    p.paragraph_format.space_before = Pt(2 + writer.space)
    writer.space = 0.0
    return p


def _dotted_tab(p, position: float, alignment) -> None:
    p.paragraph_format.tab_stops.add_tab_stop(Pt(position), alignment, WD_TAB_LEADER.DOTS)


def _label(writer, p, text: str) -> None:
    p.add_run(text, style=writer.doc.styles[styles.MEMO_LABEL_STYLE])


def _head(writer, f: MemoHead, where, width: float) -> None:
    p = where.paragraph()
    p.style = writer.doc.styles[styles.MEMO_TITLE_STYLE]
    if f.garuda:
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        p.paragraph_format.tab_stops.add_tab_stop(Pt(width / 2), WD_TAB_ALIGNMENT.CENTER)
        p.add_run().add_picture(io.BytesIO(f.garuda), height=Pt(GARUDA_HEIGHT))
        p.add_run("\tบันทึกข้อความ")
    else:
        p.add_run("บันทึกข้อความ")


def _field(writer, f: MemoField, where, width: float) -> None:
    f.wrap(width, 1000)
    p = _field_paragraph(writer, where)
    indent = f.label_w + LABEL_GAP
    p.paragraph_format.left_indent = Pt(indent)
    p.paragraph_format.first_line_indent = Pt(-indent)
    p.paragraph_format.tab_stops.add_tab_stop(Pt(indent), WD_TAB_ALIGNMENT.LEFT)
    _dotted_tab(p, width, WD_TAB_ALIGNMENT.RIGHT)
    _label(writer, p, f.label)
    p.add_run("\t" + f.text.strip() + "\t")


def _field_row(writer, f: MemoFieldRow, where, width: float) -> None:
    p = _field_paragraph(writer, where)
    (label1, text1), (label2, text2) = f.fields[0], f.fields[1]
    _dotted_tab(p, width * f.split, WD_TAB_ALIGNMENT.LEFT)
    _dotted_tab(p, width, WD_TAB_ALIGNMENT.RIGHT)
    _label(writer, p, label1)
    p.add_run(f"  {text1}\t")
    _label(writer, p, label2)
    p.add_run(f"  {text2}\t")
