"""The program's typesetter (app.typeset): ThaiTable on a ReportLab document, as a report is built.

usage: python ours.py rows.json out.pdf
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import app  # noqa: E402,F401  (pythainlp offline, data folder)
from common import MARGIN_CM, PADDING, RATIOS, read_rows  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import SimpleDocTemplate  # noqa: E402

from app.typeset import ParaStyle, ThaiTable, register_font_set  # noqa: E402


def main(src: str, out: str) -> None:
    rows = read_rows(src)
    style = ParaStyle(register_font_set(), size=14, align="justify")
    m = MARGIN_CM * cm
    doc = SimpleDocTemplate(out, pagesize=landscape(A4), leftMargin=m, rightMargin=m, topMargin=m, bottomMargin=m)
    doc.build([ThaiTable(rows, RATIOS, style=style, padding=PADDING)])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
