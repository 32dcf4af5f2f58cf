"""Side-by-side pages of the program's PDF and LibreOffice's rendering of the Word copy.

    .venv/bin/python docs/tools/word_side_by_side.py OUT.png

Builds the memo, the analysis report and a progress report of the demo units (in a temporary data
folder), converts the .docx copies with LibreOffice headless, and puts each document's first pages
side by side: the PDF on the left, the Word copy on the right. Needs LibreOffice and pdftoppm.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
JOBS = [  # (name, request arguments, pages shown)
    ("memo", dict(kind="memo", unit="องค์การบริหารส่วนตำบลขามสะแกแสง", year=2566, round=6, memo_kind="progress"), 1),
    ("analysis", dict(kind="analysis", unit="เทศบาลตำบลม่วงยาย", year=2568), 2),
    ("progress", dict(kind="progress", unit="องค์การบริหารส่วนตำบลเวียงห้า", year=2566, round=12), 2),
]


def main(out: Path) -> None:
    work = Path(tempfile.mkdtemp(prefix="ita-word-"))
    os.environ["ITA_DESK_DATA"] = str(work / "data")
    sys.path.insert(0, str(ROOT))
    from PIL import Image

    from app.docx import build_docx
    from app.reports import DocumentRequest, build_document
    from app.services.demo import load_demo
    from app.store.db import open_database

    db = open_database(work / "demo.sqlite3")
    load_demo(db)
    with db.session() as session:
        for name, kw, _pages in JOBS:
            request = DocumentRequest(**kw, font="Sarabun")
            (work / f"{name}.pdf").write_bytes(build_document(session, request))
            (work / f"{name}.docx").write_bytes(build_docx(session, request))
    conf = work / "fonts.conf"
    conf.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
                    '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
                    f'<dir>{ROOT / "resources" / "fonts"}</dir></fontconfig>', encoding="utf-8")
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{work / 'lo'}", "--convert-to", "pdf",
                    "--outdir", str(work / "lo-out")] + [str(work / f"{n}.docx") for n, _k, _p in JOBS],
                   check=True, capture_output=True, env=dict(os.environ, FONTCONFIG_FILE=str(conf)))
    rows = []
    for name, _kw, pages in JOBS:
        for side, pdf in (("pdf", work / f"{name}.pdf"), ("word", work / "lo-out" / f"{name}.pdf")):
            subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", str(pages), str(pdf),
                            str(work / f"{name}-{side}")], check=True)
        left = [Image.open(p) for p in sorted(work.glob(f"{name}-pdf-*.png"))]
        right = [Image.open(p) for p in sorted(work.glob(f"{name}-word-*.png"))]
        rows.append((left, right))
    gap = 16
    width = max(sum(i.width for i in l) + sum(i.width for i in r) + gap * (len(l) + len(r)) for l, r in rows)
    height = sum(max(i.height for i in l + r) + gap for l, r in rows)
    sheet = Image.new("RGB", (width + 3 * gap, height), "#d0d4d9")
    y = 0
    for left, right in rows:
        x = 0
        for im in left:
            sheet.paste(im, (x, y)); x += im.width + gap
        x += 3 * gap
        for im in right:
            sheet.paste(im, (x, y)); x += im.width + gap
        y += max(i.height for i in left + right) + gap
    sheet.save(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
