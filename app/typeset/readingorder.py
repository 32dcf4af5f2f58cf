"""Reading order across a page break: nothing is read between the two parts of a text.

pdfium, pypdf, pdf.js, mupdf and poppler's ``-raw`` mode read a page's text in the order it is
drawn (the content stream), not by its place on the page, and read the pages one after the other.
A paragraph or a table cell that continues on the next page is read whole only if nothing with
text is drawn after its first part on its page and before its second part on the next: not the
page number or the memo's catchword (page *furniture*), not the repeated header of a table.

So the flowables say whether their text goes on overleaf (``carries_out``: the first part of a
split paragraph or table row) or in the next flowable (``joins_next``: the paragraphs of one
entered text), and *safe points* are marked where nothing drawn before goes on in what is drawn
after: between two flowables when the text drawn last ended, or inside a ThaiTable after a
continued cell and before a continuing one (``safe_point``). The
document draws its furniture when a page ends and moves it in the page's stream to the last safe
point (app/reports/pages.py); where it stands on the page does not change. A table that continues
a split row draws the continued cell first, before its repeated header, and a split row has at
most one cell that continues (table.py, rowsplit.py).

pdfium also sorts by x the text drawn consecutively on one baseline: a one-line cell drawn just
before the continuing cell of its row, on the same baseline, would be read before it and join
its first line. ``run_break`` draws an invisible space on another baseline between them.
"""
from __future__ import annotations


def carries_out(flowable) -> bool:
    """Whether ``flowable`` ends with a text that goes on on the next page."""
    return bool(getattr(flowable, "carries_out", False))


def joins_next(flowable) -> bool:
    """Whether the next flowable goes on with the same text (paragraphs of one entered text)."""
    return bool(getattr(flowable, "joins_next", False))


def safe_point(canv) -> None:
    """Tell the document that nothing drawn so far on the page goes on in what is drawn next."""
    mark = getattr(getattr(canv, "_doctemplate", None), "mark_safe_point", None)
    if mark is not None:
        mark(canv)


def run_break(canv, x: float, y: float, font_name: str, size: float) -> None:
    """Invisible spaces with their baseline at ``y`` (away from the lines around it): pdfium ends
    its run of same-baseline text there (see the module doc). Readers read at most a blank."""
    from app.typeset.line import draw_thai_line

    canv.saveState()
    canv._code.append("3 Tr")
    # two: pdfium skips a text object whose box has no width, and a lone space has none
    draw_thai_line(canv, x, y, "  ", font_name, size)
    canv.restoreState()
