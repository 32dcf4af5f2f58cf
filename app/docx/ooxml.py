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

# Child order the schema (ECMA-376 part 1) requires in the property elements written here; Word
# refuses a file whose children are out of order, so every element is inserted in its place.
SEQUENCES = {
    "w:rPr": ("w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps",
              "w:strike", "w:dstrike", "w:outline", "w:shadow", "w:emboss", "w:imprint", "w:noProof",
              "w:snapToGrid", "w:vanish", "w:webHidden", "w:color", "w:spacing", "w:w", "w:kern",
              "w:position", "w:sz", "w:szCs", "w:highlight", "w:u", "w:effect", "w:bdr", "w:shd",
              "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout",
              "w:specVanish", "w:oMath"),
    "w:tblPr": ("w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize",
                "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd",
                "w:tblBorders", "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook"),
    "w:tcPr": ("w:cnfStyle", "w:tcW", "w:gridSpan", "w:hMerge", "w:vMerge", "w:tcBorders", "w:shd",
               "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark"),
    "w:sectPr": ("w:headerReference", "w:footerReference", "w:footnotePr", "w:endnotePr", "w:type",
                 "w:pgSz", "w:pgMar", "w:paperSrc", "w:pgBorders", "w:lnNumType", "w:pgNumType",
                 "w:cols", "w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg", "w:textDirection",
                 "w:bidi", "w:rtlGutter", "w:docGrid", "w:printerSettings", "w:sectPrChange"),
    "w:pPr": ("w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr",
              "w:widowControl", "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs",
              "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct",
              "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
              "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap",
              "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl",
              "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange"),
}


def _tag_name(element) -> str:
    return "w:" + element.tag.rsplit("}", 1)[-1]


def _child(parent, tag: str, *, replace: bool = False):
    """The ``tag`` child of ``parent`` (a fresh one with ``replace``), created in its schema place."""
    el = parent.find(qn(tag))
    if el is not None and replace:
        parent.remove(el)
        el = None
    if el is not None:
        return el
    el = OxmlElement(tag)
    order = SEQUENCES[_tag_name(parent)]
    rank = order.index(tag)
    for k, sibling in enumerate(parent):
        name = _tag_name(sibling)
        if name in order and order.index(name) > rank:
            parent.insert(k, el)
            return el
    parent.append(el)
    return el


def set_run_font(rpr, font: str, size_pt: float | None = None, bold: bool | None = None) -> None:
    """Font, size and weight on a run-properties element (``w:rPr``) for Latin *and* complex
    script text: Word takes Thai from the ``cs`` slots, which python-docx never sets."""
    fonts = _child(rpr, "w:rFonts")
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
    _child(paragraph_format_element, "w:jc").set(qn("w:val"), value)


def repeat_as_header(row) -> None:
    """The row repeats at the top of every page the table continues on."""
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def shade_cell(cell, hex_colour: str) -> None:
    shd = _child(cell._tc.get_or_add_tcPr(), "w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour.lstrip("#").upper())


def set_cell_valign(cell, valign: str) -> None:
    el = _child(cell._tc.get_or_add_tcPr(), "w:vAlign")
    el.set(qn("w:val"), {"TOP": "top", "MIDDLE": "center", "BOTTOM": "bottom"}.get(valign, "top"))


def set_table_borders(table, size_eighths: int | None) -> None:
    """Single black grid lines ``size_eighths`` / 8 pt wide, or none at all."""
    borders = _child(table._tbl.tblPr, "w:tblBorders", replace=True)
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


def set_cell_margins(table, points: float) -> None:
    mar = _child(table._tbl.tblPr, "w:tblCellMar", replace=True)
    for edge in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:w"), str(int(points * 20)))
        el.set(qn("w:type"), "dxa")
        mar.append(el)


def set_fixed_layout(table, widths_twips: list[int]) -> None:
    """Column widths as given (Word would otherwise autofit them to the text)."""
    tblpr = table._tbl.tblPr
    _child(tblpr, "w:tblLayout").set(qn("w:type"), "fixed")
    width = _child(tblpr, "w:tblW", replace=True)
    width.set(qn("w:w"), str(sum(widths_twips)))
    width.set(qn("w:type"), "dxa")
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
    pg = _child(section._sectPr, "w:pgNumType")
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
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    set_run_font(rpr, font, size_pt)
