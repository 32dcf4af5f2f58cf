"""Typst (the ``typst`` Python package): the table read from rows.json by the Typst source itself.

usage: python typst_table.py rows.json out.pdf
"""
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import typst  # noqa: E402
from common import FONTS, LEADING, MARGIN_CM, PADDING, RATIOS, SIZE  # noqa: E402

SOURCE = """
#set page(paper: "a4", flipped: true, margin: {margin}cm)
#set text(font: "Sarabun", size: {size}pt, lang: "th")
#set par(justify: true, leading: {gap}pt)
#let data = json("rows.json")
#table(
  columns: ({columns}),
  inset: {padding}pt,
  stroke: 0.5pt,
  table.header(..data.at(0).map(c => align(center, strong(c)))),
  ..data.slice(1).flatten(),
)
"""


def main(src: str, out: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(src, Path(tmp) / "rows.json")
        main_typ = Path(tmp) / "table.typ"
        # Typst's leading is the gap between lines; the peers' 17.5 pt is baseline to baseline
        main_typ.write_text(SOURCE.format(margin=MARGIN_CM, size=SIZE, gap=round(LEADING - SIZE * 1.0, 2),
                                          columns=", ".join(f"{r}fr" for r in RATIOS), padding=PADDING),
                            encoding="utf-8")
        typst.compile(str(main_typ), output=out, root=tmp, font_paths=[str(FONTS)], ignore_system_fonts=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
