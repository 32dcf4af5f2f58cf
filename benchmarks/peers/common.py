"""What every peer lays out the same way: A4 landscape, 2 cm margins, Sarabun, column ratios."""
from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FONTS = ROOT / "resources" / "fonts"
REGULAR = FONTS / "Sarabun-Regular.ttf"
BOLD = FONTS / "Sarabun-Bold.ttf"
RATIOS = [2, 2, 1, 1, 2, 2, 1]
SIZE = 9.52      # pt: 14 "TH Sarabun points" in Sarabun (the documents' table size)
LEADING = 17.5   # pt, baseline to baseline, as the program's table cells
PADDING = 4      # pt
MARGIN_CM = 2


def read_rows(path: str) -> list[list[str]]:
    return json.loads(Path(path).read_text(encoding="utf-8"))
