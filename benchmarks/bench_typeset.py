"""Benchmark: the seeds' measure/result table rows, repeated to >= 30 landscape A4 pages, laid out as a
ThaiTable versus ReportLab's own Paragraph(shaping=1) table of the same rows, in the same run.

usage: python benchmarks/bench_typeset.py [repeats]
"""
from __future__ import annotations

import io
import statistics
import sys
import time
from pathlib import Path

import app  # noqa: F401
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from app.typeset import ParaStyle, ThaiTable, register_font_set
from app.typeset.debug import read_paragraphs

ROOT = Path(__file__).resolve().parent.parent
HEADER = ["มาตรการ", "ขั้นตอน/วิธีการ", "ผู้รับผิดชอบ", "ระยะเวลา", "สรุปผล", "ผลลัพธ์", "หมายเหตุ"]


def rows() -> list[list[str]]:
    cells = [p for f in sorted((ROOT / "tests/data/seeds").glob("*.txt")) for p in read_paragraphs(f)
             if 20 <= len(p) <= 600]
    body = [cells[i:i + 7] for i in range(0, len(cells) - 7, 7)][:36]
    return body


def doc(out):
    return SimpleDocTemplate(out, pagesize=landscape(A4), leftMargin=2 * cm, rightMargin=2 * cm,
                             topMargin=2 * cm, bottomMargin=2 * cm)


def build_ours(body, fs) -> int:
    out = io.BytesIO()
    d = doc(out)
    style = ParaStyle(fs, size=14, align="justify")
    d.build([ThaiTable([HEADER] + body, [2, 2, 1, 1, 2, 2, 1], style=style)])
    return d.page


def build_reportlab(body, fs) -> int:
    out = io.BytesIO()
    d = doc(out)
    ps = ParagraphStyle("c", fontName=fs.regular, fontSize=14 * fs.scale, leading=14 * 1.25, shaping=1)
    data = [[Paragraph(c, ps) for c in r] for r in [HEADER] + body]
    total = d.width
    ratios = [2, 2, 1, 1, 2, 2, 1]
    t = Table(data, colWidths=[total * r / sum(ratios) for r in ratios], repeatRows=1, splitInRow=1,
              style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    d.build([t])
    return d.page


def main(repeats: int = 5) -> None:
    fs = register_font_set()
    # ReportLab's shaping needs a plain TTFont; register the same file under another name.
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("BenchSarabun", fs.regular_path))
    rl_fs = type(fs)("bench", "BenchSarabun", "BenchSarabun", fs.regular_path, fs.regular_path, fs.scale)
    body = rows()
    reps = 1
    while build_ours(body * reps, fs) < 30:
        reps += 1
    body = body * reps
    build_reportlab(body[:7], rl_fs)  # warm-up (imports, font load)
    ours, theirs = [], []
    for _ in range(repeats):
        t = time.perf_counter()
        pages = build_ours(body, fs)
        ours.append(time.perf_counter() - t)
        t = time.perf_counter()
        rl_pages = build_reportlab(body, rl_fs)
        theirs.append(time.perf_counter() - t)
    a, b = statistics.median(ours), statistics.median(theirs)
    print(f"rows: {len(body)} x 7 columns, pages: ours {pages}, ReportLab {rl_pages}")
    print(f"ThaiTable (app.typeset):        median {a:.3f} s over {repeats} runs")
    print(f"ReportLab Paragraph(shaping=1): median {b:.3f} s")
    print(f"speed-up: {b / a:.2f}x")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
