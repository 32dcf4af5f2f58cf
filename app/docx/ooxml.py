"""Raw WordprocessingML where python-docx has no API.

python-docx covers paragraphs, runs, tables, pictures, sections and tab stops. It has no API for the
complex-script run properties Thai needs (``w:cs`` font, ``w:szCs``, ``w:bCs``, ``w:lang w:bidi``),
Word's Thai distributed alignment (``w:jc w:val="thaiDistribute"``), repeating header rows
(``w:tblHeader``), cell shading, table borders, page-number fields and their number format, or
restarting page numbers in a section; those few elements are written here with its ``OxmlElement``.
"""
from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

THAI_LANG = "th-TH"


def _child(parent, tag: str, *, first: bool = False):
    """The ``tag`` child of ``parent``, created when missing (at the front with ``first``)."""
    el = parent.find(qn(tag))
    if el is None:
        el = OxmlElement(tag)
        if first:
            parent.insert(0, el)
        else:
            parent.append(el)
    return el


def set_run_font(rpr, font: str, size_pt: float | None = None, bold: bool | None = None) -> None:
    """Font, size and weight on a run-properties element (``w:rPr``) for Latin *and* complex
    script text: Word takes Thai from the ``cs`` slots, which python-docx never sets."""
    fonts = _child(rpr, "w:rFonts", first=True)
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(slot), font)
    fonts.set(qn("w:hint"), "cs")
    if bold is not None:
        for tag in ("w:b", "w:bCs"):
            el = _child(rpr, tag)
            el.set(qn("w:val"), "1" if bold else "0")
    if size_pt is not None:
        half_points = str(int(round(size_pt * 2)))
        for tag in ("w:sz", "w:szCs"):
            _child(rpr, tag).set(qn("w:val"), half_points)
    lang = _child(rpr, "w:lang")
    lang.set(qn("w:val"), THAI_LANG)
    lang.set(qn("w:bidi"), THAI_LANG)


def mark_properties(paragraph):
    """The paragraph mark's run properties (they size an empty paragraph)."""
    return _child(paragraph._p.get_or_add_pPr(), "w:rPr")


def run_properties(run):
    return run._r.get_or_add_rPr()


def style_run_properties(style):
    return style.element.get_or_add_rPr()


def set_alignment(paragraph_format_element, align: str) -> None:
    """``align`` in left/center/right/justify; justify is Word's Thai distributed alignment."""
    value = {"left": "left", "center": "center", "right": "right", "justify": "thaiDistribute"}[align]
    ppr = paragraph_format_element
    jc = ppr.find(qn("w:jc"))
    if jc is None:
        jc = OxmlElement("w:jc")
        ppr.append(jc)
    jc.set(qn("w:val"), value)


def repeat_as_header(row) -> None:
    """The row repeats at the top of every page the table continues on."""
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def shade_cell(cell, hex_colour: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour.lstrip("#").upper())
    tcpr.append(shd)


def set_cell_valign(cell, valign: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    el = OxmlElement("w:vAlign")
    el.set(qn("w:val"), {"TOP": "top", "MIDDLE": "center", "BOTTOM": "bottom"}.get(valign, "top"))
    tcpr.append(el)


def set_table_borders(table, size_eighths: int | None) -> None:
    """Single black grid lines ``size_eighths`` / 8 pt wide, or none at all."""
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        if size_eighths:
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), str(size_eighths))
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "000000")
        else:
            el.set(qn("w:val"), "nil")
        borders.append(el)
    existing = tblpr.find(qn("w:tblBorders"))
    if existing is not None:
        tblpr.remove(existing)
    tblpr.append(borders)


def set_cell_margins(table, points: float) -> None:
    tblpr = table._tbl.tblPr
    mar = OxmlElement("w:tblCellMar")
    for edge in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:w"), str(int(points * 20)))
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    tblpr.append(mar)


def set_fixed_layout(table, widths_twips: list[int]) -> None:
    """Column widths as given (Word would otherwise autofit them to the text)."""
    tblpr = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblpr.append(layout)
    width = OxmlElement("w:tblW")
    width.set(qn("w:w"), str(sum(widths_twips)))
    width.set(qn("w:type"), "dxa")
    existing = tblpr.find(qn("w:tblW"))
    if existing is not None:
        tblpr.remove(existing)
    tblpr.append(width)
    # Word and LibreOffice lay a fixed table out from its grid, not from the cells' widths
    for col, twips in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_twips):
        col.set(qn("w:w"), str(twips))


def add_field(paragraph, instruction: str, placeholder: str) -> None:
    """A simple field (``PAGE``…) showing ``placeholder`` until the reader updates it."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = placeholder
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)
    return fld


def set_page_numbering(section, *, restart: bool, thai_digits: bool) -> None:
    """Page numbers of ``section``: restarted at 1 for a new part, in Thai digits or Arabic."""
    sectpr = section._sectPr
    pg = sectpr.find(qn("w:pgNumType"))
    if pg is None:
        pg = OxmlElement("w:pgNumType")
        sectpr.append(pg)
    pg.set(qn("w:fmt"), "thaiNumbers" if thai_digits else "decimal")
    if restart:
        pg.set(qn("w:start"), "1")
    elif qn("w:start") in pg.attrib:  # python-docx copies the previous section's properties
        del pg.attrib[qn("w:start")]


def set_document_language(styles_element, font: str, size_pt: float) -> None:
    """Document defaults: Thai language and font for every script, so new text typed in Word is
    Thai-ready too."""
    defaults = styles_element.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles_element.insert(0, defaults)
    rpr_default = _child(defaults, "w:rPrDefault")
    rpr = _child(rpr_default, "w:rPr")
    set_run_font(rpr, font, size_pt)
