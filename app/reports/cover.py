"""A report's optional cover page (seeds 001, 003) and its optional ผู้จัดทำ block (seed 004).

The cover carries the report's title, its fiscal year (and round), the unit and its place, and the
unit's emblem when it has one (the program ships none).
"""
from __future__ import annotations

import io

from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, Spacer
from reportlab.platypus.flowables import Image

from app.reports.memo import SignatureSpace
from app.reports.model import SignerInfo, UnitInfo
from app.reports.options import KIND_PROGRESS, KIND_SUMMARY, DocumentRequest
from app.reports.styles import BODY, Styles
from app.reports.wording import Wording

COVER_TITLE = 26
COVER_UNIT = 22
EMBLEM_HEIGHT = 3.5 * cm


def _emblem(png: bytes) -> Image:
    img = Image(io.BytesIO(png))
    ratio = img.imageWidth / float(img.imageHeight or 1)
    img.drawWidth, img.drawHeight = EMBLEM_HEIGHT * ratio, EMBLEM_HEIGHT
    img.hAlign = "CENTER"
    return img


def cover_page(st: Styles, unit: UnitInfo, wording: Wording, request: DocumentRequest,
               frame_height: float) -> list:
    """The cover's flowables: emblem, title block in the upper half, the unit in the lower."""
    title_style = st.style(COVER_TITLE, align="center", bold=True)
    unit_style = st.style(COVER_UNIT, align="center", bold=True)
    lines = wording.title_lines + [f"ประจำปีงบประมาณ พ.ศ. {request.year}"]
    if request.kind in (KIND_PROGRESS, KIND_SUMMARY):
        lines.append(f"(รอบ {request.round} เดือน)")  # seed 001
    out: list = [Spacer(1, frame_height * 0.08)]
    if unit.garuda_png:
        out += [_emblem(unit.garuda_png), Spacer(1, 1 * cm)]
    else:
        out.append(Spacer(1, frame_height * 0.12))
    out += [st.p(line, title_style) for line in lines]
    out.append(Spacer(1, frame_height * 0.22))
    out.append(st.p(unit.name, unit_style))
    if unit.place:
        out.append(st.p(unit.place, unit_style))
    return out


def preparer_block(st: Styles, person: SignerInfo) -> list:
    """"ผู้จัดทำ" over the person's name and position lines, right of centre (seed 004); a
    scanned signature above the name when the person has one."""
    style = st.style(BODY, align="center", left_indent=0)
    block = [st.p("ผู้จัดทำ", style.replace(bold=True))]
    if person.signature:
        block.append(SignatureSpace(person.signature, 0.5))
    block.append(st.p(person.name, style))
    block += [st.p(pos, style) for pos in person.positions if pos.strip()]
    return [Spacer(1, 0.8 * cm), KeepTogether(_right_of_centre(st, block))]


def _right_of_centre(st: Styles, block: list) -> list:
    """The block in the right half of the frame, as a signature sits."""
    from reportlab.platypus import Table, TableStyle

    t = Table([[None, block]], colWidths=["45%", "55%"], hAlign="LEFT")
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), st.fonts.regular),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return [t]
