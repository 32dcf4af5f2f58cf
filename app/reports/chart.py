"""The indicator chart: bars of every indicator's score for each year on record.

Shapes are ReportLab graphics (a Drawing rendered onto the page); every label — years, indicator
numbers, values, the scale — is set by the Thai layer, so Thai digits and text are shaped and
copy exactly like the rest of the document.
"""
from __future__ import annotations

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Line, Rect
from reportlab.lib import colors
from reportlab.platypus.flowables import Flowable

from app.reports.model import YearSeries
from app.reports.styles import Styles
from app.typeset import draw_thai_line, measure_thai_line

# Restrained, print-safe palette (distinct in greyscale too): oldest year lightest.
PALETTE = ["#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c", "#08306b"]
LABEL_SIZE = 12  # TH points
VALUE_SIZE = 10


def _colours(n: int) -> list:
    """n colours spread over the palette, oldest lightest, the latest year always the darkest."""
    if n <= 1:
        return [colors.HexColor(PALETTE[-2])]
    last = len(PALETTE) - 2
    return [colors.HexColor(PALETTE[round(i * last / (n - 1))]) for i in range(n)]


class IndicatorChart(Flowable):
    def __init__(self, st: Styles, series: YearSeries, height: float = 220, title: str = ""):
        super().__init__()
        self.st = st
        self.series = series
        self.height = height
        self.title = title

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        return self.width, self.height

    def _years(self) -> list[int]:
        return self.series.years[-len(PALETTE):]

    def draw(self):
        st, c = self.st, self.canv
        years = self._years()
        numbers = sorted({n for y in years for n in self.series.scores[y]})
        if not years or not numbers:
            return
        lab = st.real(LABEL_SIZE)
        val = st.real(VALUE_SIZE)
        top_pad = 30 if self.title else 16  # title + legend
        left, right, bottom = 30.0, 6.0, 34.0
        plot_w = self.width - left - right
        plot_h = self.height - bottom - top_pad - 14
        d = Drawing(self.width, self.height)
        d.initialFontName = st.fonts.regular  # else the renderer declares Helvetica on the page
        # scale 0–100 with light grid lines every 20
        for v in range(0, 101, 20):
            y = bottom + plot_h * v / 100
            d.add(Line(left, y, left + plot_w, y, strokeColor=colors.HexColor("#d9d9d9") if v else colors.black,
                       strokeWidth=0.4 if v else 0.8))
        group_w = plot_w / len(numbers)
        bar_w = min(18.0, group_w * 0.8 / len(years))
        colours = _colours(len(years))
        show_values = bar_w >= measure_thai_line(st.score(100.0), st.fonts.regular, val) + 1
        labels = []
        for gi, n in enumerate(numbers):
            gx = left + gi * group_w + (group_w - bar_w * len(years)) / 2
            for yi, year in enumerate(years):
                score = self.series.scores[year].get(n)
                if score is None:
                    continue
                h = plot_h * max(0.0, min(100.0, score)) / 100
                x = gx + yi * bar_w
                d.add(Rect(x, bottom, bar_w - 1, h, fillColor=colours[yi],
                           strokeColor=None))
                if show_values:
                    labels.append((x + (bar_w - 1) / 2, bottom + h + 2, st.score(score), val))
            labels.append((left + gi * group_w + group_w / 2, bottom - lab - 2, st.n(n), lab))
        renderPDF.draw(d, c, 0, 0)
        regular = st.fonts.regular
        for x, y, text, size in labels:
            draw_thai_line(c, x, y, text, regular, size, align="center")
        for v in range(0, 101, 20):
            draw_thai_line(c, left - 4, bottom + plot_h * v / 100 - lab / 3, st.n(v), regular, lab, align="right")
        draw_thai_line(c, left + plot_w / 2, 4, "ตัวชี้วัดที่", regular, lab, align="center")
        # legend along the top
        y_leg = self.height - top_pad + 4
        if self.title:
            draw_thai_line(c, self.width / 2, self.height - 12, self.title, st.fonts.bold, st.real(14),
                           align="center")
        entries = [(colours[i], st.t(f"ปี {y}")) for i, y in enumerate(years)]
        widths = [12 + 4 + 36 for _ in entries]
        x = self.width / 2 - sum(widths) / 2
        for (color, text), w in zip(entries, widths):
            c.setFillColor(color)
            c.rect(x, y_leg, 10, 8, stroke=0, fill=1)
            c.setFillColor(colors.black)
            draw_thai_line(c, x + 14, y_leg + 1, text, regular, lab)
            x += w
