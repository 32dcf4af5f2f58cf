"""Paragraph styles of the Word copies, named in Thai so an officer can restyle a whole document.

Each named style is the Word twin of one of the report styles (``app.reports.styles.Styles``); a
paragraph whose style differs from its twin in some property gets that property as direct formatting.
Sizes: the official TH Sarabun fonts take the program's "TH Sarabun points" as they are; the bundled
Sarabun is scaled the way the PDF scales it (``FontSet.scale``), so both look like 16 pt to an officer.
"""
from __future__ import annotations

from dataclasses import dataclass

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_LINE_SPACING
from docx.shared import Pt

from app.docx import ooxml
from app.reports.styles import BODY, MEMO_LABEL, MEMO_TITLE, TABLE, Styles
from app.typeset import ParaStyle

DEFAULT_FONT = "TH SarabunIT๙"
SARABUN_SCALE = 0.68  # as app.typeset.fonts: 16 TH points look like 10.9 pt of Sarabun

# Thai style names (what the officer sees in Word's style gallery)
BODY_STYLE = "ข้อความ"
PLAIN_STYLE = "ข้อความไม่ย่อหน้า"
TITLE_STYLE = "ชื่อเอกสาร"
HEADING_STYLE = "หัวข้อ"
SUBHEADING_STYLE = "หัวข้อย่อย"
CELL_STYLE = "ข้อความในตาราง"
HEADER_CELL_STYLE = "หัวตาราง"
CAPTION_STYLE = "คำบรรยายภาพ"
MEMO_TITLE_STYLE = "บันทึกข้อความ"
MEMO_FIELD_STYLE = "ช่องบันทึกข้อความ"
MEMO_LABEL_STYLE = "หัวช่องบันทึกข้อความ"  # character style: ส่วนราชการ, ที่, วันที่, เรื่อง
PAGE_NUMBER_STYLE = "เลขหน้า"


@dataclass(frozen=True)
class WordFont:
    """The font the Word copy names, and how program sizes become its point sizes."""

    name: str
    scale: float

    @classmethod
    def choose(cls, requested: str | None) -> WordFont:
        """TH SarabunIT๙ (every Thai government PC has it) unless the officer chose a font for
        this document; Sarabun is the bundled PDF font, so it is used only when asked for."""
        name = requested or DEFAULT_FONT
        return cls(name, SARABUN_SCALE if name == "Sarabun" else 1.0)

    def size(self, th_points: float) -> float:
        return round(th_points * self.scale * 2) / 2

    @property
    def single_spacing_fits(self) -> bool:
        """The official fonts' single spacing is the PDF's leading (16 pt → 20 pt), and officers
        expect single spacing; Sarabun's own is tighter, so its lines get the PDF's leading."""
        return self.scale == 1.0


def twins(st: Styles) -> dict[ParaStyle, str]:
    """The report styles and their Word names, for exact matches."""
    cell = st.cell.replace(first_indent=0, hanging=0, left_indent=0, right_indent=0, space_before=0,
                           space_after=0, keep_with_next=False)
    return {
        st.body: BODY_STYLE,
        st.plain: PLAIN_STYLE,
        st.title: TITLE_STYLE,
        st.heading: HEADING_STYLE,
        st.heading.replace(keep_with_next=False): HEADING_STYLE,
        st.subheading: SUBHEADING_STYLE,
        st.subheading.replace(keep_with_next=False): SUBHEADING_STYLE,
        cell: CELL_STYLE,
        cell.replace(bold=True, align="center"): HEADER_CELL_STYLE,
        st.caption: CAPTION_STYLE,
    }


def nearest(style: ParaStyle, table_cell: bool) -> str:
    """The named style closest to ``style`` (its differences become direct formatting)."""
    if table_cell:
        return HEADER_CELL_STYLE if style.bold and style.align == "center" else CELL_STYLE
    if style.size >= MEMO_TITLE:
        return MEMO_TITLE_STYLE
    if style.bold and style.align == "center":
        return TITLE_STYLE
    if style.bold:
        return SUBHEADING_STYLE
    if style.size <= TABLE and style.align == "center":
        return CAPTION_STYLE
    return BODY_STYLE if style.first_indent else PLAIN_STYLE


def base_styles(st: Styles) -> dict[str, ParaStyle]:
    """Each Word style's definition as a report style (what direct formatting is compared with)."""
    out = {name: style for style, name in twins(st).items()}
    out[MEMO_TITLE_STYLE] = st.style(MEMO_TITLE, align="center", bold=True)
    out[MEMO_FIELD_STYLE] = st.style(BODY, align="left")
    return out


def install(document, st: Styles, font: WordFont) -> None:
    """Define the Thai-named styles in ``document`` and make Thai the document's language."""
    ooxml.set_document_language(document.styles.element, font.name, font.size(BODY))
    normal = document.styles["Normal"]
    normal.font.name = font.name
    normal.font.size = Pt(font.size(BODY))
    ooxml.set_run_font(ooxml.style_run_properties(normal), font.name, font.size(BODY))
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(0)
    for name, ps in base_styles(st).items():
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.quick_style = True
        apply_paragraph(style.paragraph_format, ps, font=font)
        ooxml.set_alignment(style.element.get_or_add_pPr(), ps.align)
        ooxml.set_run_font(ooxml.style_run_properties(style), font.name, font.size(ps.size), ps.bold)
    label = document.styles.add_style(MEMO_LABEL_STYLE, WD_STYLE_TYPE.CHARACTER)
    label.quick_style = True
    ooxml.set_run_font(ooxml.style_run_properties(label), font.name, font.size(MEMO_LABEL), True)
    number = document.styles.add_style(PAGE_NUMBER_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    number.base_style = normal
    ooxml.set_alignment(number.element.get_or_add_pPr(), "center")


def apply_paragraph(fmt, ps: ParaStyle, base: ParaStyle | None = None, *, font: WordFont) -> None:
    """Indents, spacing, leading and keep-with-next of ``ps`` on a paragraph format (only what
    differs from ``base`` when given)."""
    def differs(attr: str) -> bool:
        return base is None or getattr(base, attr) != getattr(ps, attr)

    if differs("left_indent") or differs("hanging"):
        fmt.left_indent = Pt(ps.left_indent + ps.hanging)
    if differs("right_indent"):
        fmt.right_indent = Pt(ps.right_indent)
    if differs("first_indent") or differs("hanging"):
        fmt.first_line_indent = Pt(ps.first_indent - ps.hanging)
    if differs("space_before"):
        fmt.space_before = Pt(ps.space_before)
    if differs("space_after"):
        fmt.space_after = Pt(ps.space_after)
    if differs("keep_with_next"):
        fmt.keep_with_next = ps.keep_with_next
    if not font.single_spacing_fits and (base is None or base.real_leading != ps.real_leading):
        fmt.line_spacing_rule = WD_LINE_SPACING.AT_LEAST
        fmt.line_spacing = Pt(ps.real_leading)
