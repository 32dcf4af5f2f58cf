"""A report's optional cover page (seeds 001, 003) and its optional ผู้จัดทำ block (seed 004).

The cover carries its own title (the report's title unless the officer wrote a shorter one, as
seed 001 does), the fiscal year lines as the report's heading words them (and the round), the
unit and its place, the officer's further lines (seed 003: "ภาค ๖" and the unit's pledge), and
the unit's emblem when it has one (the program ships none). A cover title
that names its own year ("…ในปีงบประมาณ พ.ศ. ๒๕๖๖", seed 001) gets no year lines from the program.
"""
from __future__ import annotations

import io
import math

from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, Spacer
from reportlab.platypus.flowables import Image

from app.reports.memo import SignatureSpace
from app.reports.model import SignerInfo, UnitInfo
from app.reports.options import KIND_ANALYSIS, KIND_PROGRESS, KIND_SUMMARY, DocumentRequest
from app.reports.styles import BODY, Styles
from app.reports.wording import Wording, names_year
from app.typeset import measure_thai_line

COVER_TITLE = 26
COVER_UNIT = 22
COVER_EXTRA = 18  # the officer's further cover lines
EXTRA_GAP = 8  # an empty line among them
EXTRA_BEFORE = 1 * cm  # between the unit and those lines
COVER_SLACK = 6  # rounding room, so the cover never spills onto a second page
EMBLEM_HEIGHT = 3.5 * cm


def _emblem(png: bytes) -> Image:
    img = Image(io.BytesIO(png))
    ratio = img.imageWidth / float(img.imageHeight or 1)
    img.drawWidth, img.drawHeight = EMBLEM_HEIGHT * ratio, EMBLEM_HEIGHT
    img.hAlign = "CENTER"
    return img


def cover_lines(wording: Wording, request: DocumentRequest, next_plan: bool = False) -> list[str]:
    """The cover's title block: its title lines, then the year lines the title does not carry.

    The analysis words its years as its heading does (seed 003's cover): "ปีงบประมาณ พ.ศ. ๒๕๖๘",
    and with next year's measures in it "เพื่อจัดทำมาตรการ… ประจำปีงบประมาณ พ.ศ. ๒๕๖๙"; the
    other kinds "ประจำปีงบประมาณ พ.ศ. …", progress and the summary with "(รอบ ๑๒ เดือน)" (seed 001).
    """
    lines = list(wording.cover_title_lines)
    own = " ".join(lines)
    if not names_year(own):
        if request.kind == KIND_ANALYSIS:
            lines.append(f"ปีงบประมาณ พ.ศ. {request.year}")
            if next_plan:
                lines += ["เพื่อจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
                          f"ประจำปีงบประมาณ พ.ศ. {request.year + 1}"]
        else:
            lines.append(f"ประจำปีงบประมาณ พ.ศ. {request.year}")
    if request.kind in (KIND_PROGRESS, KIND_SUMMARY) and "รอบ" not in own:
        lines.append(f"(รอบ {request.round} เดือน)")  # seed 001
    return lines


BALANCE_SLACK = 1.12  # room over the mean line length, for the breaks to fall between words


def _balanced(st: Styles, style, line: str, width: float):
    """``style`` narrowed so a line too long for the cover wraps into lines of about equal length
    ("…ความโปร่งใส / ในการดำเนินงาน" would leave a short last line under a full one)."""
    natural = measure_thai_line(st.t(line), st.fonts.bold, st.real(COVER_TITLE))
    if natural <= width:
        return style
    lines = math.ceil(natural / width)
    target = min(width, natural / lines * BALANCE_SLACK)
    side = (width - target) / 2
    return style.replace(left_indent=side, right_indent=side)


def _height(flowables: list, width: float, room: float) -> float:
    return sum(f.wrap(width, room)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flowables)


def cover_page(st: Styles, unit: UnitInfo, wording: Wording, request: DocumentRequest,
               frame_height: float, next_plan: bool = False, width: float = 16 * cm) -> list:
    """The cover's flowables: emblem, title block in the upper half, the unit in the lower, then
    the officer's further cover lines (seed 003: "ภาค ๖", the unit's pledge, "งดรับ งดให้"), for a
    frame ``width`` wide. The gaps shrink, in proportion, so that those lines keep the cover on one
    page. ``next_plan``: the analysis carries next year's measures (its cover says so)."""
    title_style = st.style(COVER_TITLE, align="center", bold=True)
    unit_style = st.style(COVER_UNIT, align="center", bold=True)
    extra_style = st.style(COVER_EXTRA, align="center")
    head = [_emblem(unit.garuda_png)] if unit.garuda_png else []
    title = [st.p(line, _balanced(st, title_style, line, width)) for line in cover_lines(wording, request, next_plan)]
    who = [st.p(unit.name, unit_style)] + ([st.p(unit.place, unit_style)] if unit.place else [])
    extra = [st.p(line, extra_style) if line else Spacer(1, EXTRA_GAP) for line in wording.cover_extra_lines]
    gaps = [frame_height * 0.08, 1 * cm if head else frame_height * 0.12, frame_height * 0.22,
            EXTRA_BEFORE if extra else 0]
    room = frame_height - _height(head + title + who + extra, width, frame_height) - COVER_SLACK
    if sum(gaps) > room:
        gaps = [g * max(0.0, room) / sum(gaps) for g in gaps]
    return [Spacer(1, gaps[0]), *head, Spacer(1, gaps[1]), *title, Spacer(1, gaps[2]), *who,
            *([Spacer(1, gaps[3]), *extra] if extra else [])]


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
