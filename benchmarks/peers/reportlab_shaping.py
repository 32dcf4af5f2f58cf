"""ReportLab's own Thai: Paragraph(shaping=1) (uharfbuzz) in a Table split across pages.

usage: python reportlab_shaping.py rows.json out.pdf
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import BOLD, LEADING, MARGIN_CM, PADDING, RATIOS, REGULAR, SIZE, read_rows  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle  # noqa: E402


def main(src: str, out: str) -> None:
    pdfmetrics.registerFont(TTFont("Sarabun", str(REGULAR)))
    pdfmetrics.registerFont(TTFont("Sarabun-Bold", str(BOLD)))
    rows = read_rows(src)
    body = ParagraphStyle("cell", fontName="Sarabun", fontSize=SIZE, leading=LEADING, shaping=1,
                          alignment=TA_JUSTIFY)
    head = ParagraphStyle("head", parent=body, fontName="Sarabun-Bold", alignment=TA_CENTER)
    m = MARGIN_CM * cm
    doc = SimpleDocTemplate(out, pagesize=landscape(A4), leftMargin=m, rightMargin=m, topMargin=m, bottomMargin=m)
    data = [[Paragraph(c, head) for c in rows[0]]] + [[Paragraph(c, body) for c in r] for r in rows[1:]]
    widths = [doc.width * r / sum(RATIOS) for r in RATIOS]
    t = Table(data, colWidths=widths, repeatRows=1, splitInRow=1, style=TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING), ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), PADDING), ("BOTTOMPADDING", (0, 0), (-1, -1), PADDING)]))
    doc.build([t])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
