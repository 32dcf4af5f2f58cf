"""WeasyPrint (HTML and CSS, Pango for Thai): the table as an HTML table with a repeated thead.

usage: python weasyprint_table.py rows.json out.pdf
"""
import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import BOLD, LEADING, MARGIN_CM, PADDING, RATIOS, REGULAR, SIZE, read_rows  # noqa: E402
from weasyprint import HTML  # noqa: E402

CSS = """
@font-face {{ font-family: Sarabun; src: url({regular}); font-weight: normal; }}
@font-face {{ font-family: Sarabun; src: url({bold}); font-weight: bold; }}
@page {{ size: A4 landscape; margin: {margin}cm; }}
body {{ font-family: Sarabun; font-size: {size}pt; line-height: {leading}pt; }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed; }}
td, th {{ border: 0.5pt solid black; padding: {padding}pt; vertical-align: top; text-align: justify; }}
th {{ text-align: center; }}
"""


def main(src: str, out: str) -> None:
    rows = read_rows(src)
    total = sum(RATIOS)
    cols = "".join(f'<col style="width:{r * 100 / total:.4f}%">' for r in RATIOS)
    head = "".join(f"<th>{html.escape(c)}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
    style = CSS.format(regular=REGULAR.as_uri(), bold=BOLD.as_uri(), margin=MARGIN_CM, size=SIZE,
                       leading=LEADING, padding=PADDING)
    doc = (f'<html lang="th"><head><meta charset="utf-8"><style>{style}</style></head><body><table>'
           f"<colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></body></html>")
    HTML(string=doc).write_pdf(out)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
