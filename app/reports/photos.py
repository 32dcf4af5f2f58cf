"""Photo pages: evidence photos 2–4 to a page with captions, scaled to print resolution first.

Officers' photos come straight from phones (4000 px, several MB). Each is decoded once, turned
upright (EXIF), reduced to ~200 dpi at the size it is printed and re-encoded as JPEG, so a report
with a dozen photos stays a few MB.
"""
from __future__ import annotations

import hashlib
import io

from PIL import Image as PILImage, ImageOps
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Image

from app.reports.model import MeasureRow
from app.reports.styles import TABLE, Styles

PRINT_DPI = 200
JPEG_QUALITY = 82


# (sha1, box) -> prepared JPEG; keyed by digest so the originals are not kept alive.
_CACHE: dict[tuple[str, int, int], tuple[bytes, int, int]] = {}
_CACHE_MAX = 64


def _prepared(digest: str, data: bytes, max_w_pt: int, max_h_pt: int) -> tuple[bytes, int, int]:
    key = (digest, max_w_pt, max_h_pt)
    hit = _CACHE.get(key)
    if hit is None:
        hit = _prepare(data, max_w_pt, max_h_pt)
        if len(_CACHE) >= _CACHE_MAX:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[key] = hit
    return hit


def _prepare(data: bytes, max_w_pt: int, max_h_pt: int) -> tuple[bytes, int, int]:
    with PILImage.open(io.BytesIO(data)) as im:
        im = ImageOps.exif_transpose(im)
        if im.mode not in ("RGB", "L"):
            im = im.convert("RGB")
        w, h = im.size
        scale = min(max_w_pt / w, max_h_pt / h)  # pt per px when fitted in the box
        draw_w, draw_h = w * scale, h * scale
        target = (max(1, round(draw_w / 72 * PRINT_DPI)), max(1, round(draw_h / 72 * PRINT_DPI)))
        if target[0] < w:
            im = im.resize(target, PILImage.LANCZOS)
        out = io.BytesIO()
        im.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
        return out.getvalue(), round(draw_w * 100), round(draw_h * 100)


def print_image(data: bytes, max_w: float, max_h: float) -> Image | None:
    """A ReportLab Image of ``data`` fitted in max_w × max_h pt, at ~200 dpi; None if unreadable."""
    digest = hashlib.sha1(data).hexdigest()
    try:
        jpeg, w100, h100 = _prepared(digest, data, int(max_w), int(max_h))
    except (OSError, ValueError, PILImage.DecompressionBombError):
        return None
    img = Image(io.BytesIO(jpeg), width=w100 / 100, height=h100 / 100)
    return img


def photo_pages(st: Styles, rows: list[MeasureRow], width: float, height: float, per_page: int = 4) -> list:
    """Flowables for the photos of ``rows``: a heading per measure, then photos two to a row."""
    cols = 2 if per_page >= 2 else 1
    rows_per_page = max(1, per_page // cols)
    cell_w = width / cols - 12
    caption_room = 2 * st.real(TABLE) * 1.8
    cell_h = (height - 60) / rows_per_page - caption_room - 24
    out: list = [st.p("ภาพประกอบผลการดำเนินงานตามมาตรการ", st.title), Spacer(1, 6)]
    cap_style = st.caption
    for r in rows:
        if not r.photos:
            continue
        cells = []
        for ph in r.photos:
            img = print_image(ph.data, cell_w, cell_h)
            if img is None:
                continue
            img.hAlign = "CENTER"
            cell = [img]
            if ph.caption.strip():
                cell += [Spacer(1, 3), st.p(ph.caption.strip(), cap_style)]
            cells.append(cell)
        if not cells:
            continue
        grid = [cells[i:i + cols] for i in range(0, len(cells), cols)]
        for g in grid:
            g += [""] * (cols - len(g))
        heading = st.p(r.title.split("\n")[0], st.subheading)
        tables = []
        for k, g in enumerate(grid):
            t = Table([g], colWidths=[width / cols] * cols, hAlign="CENTER")
            t.setStyle(TableStyle([
                ("FONTNAME", (0, 0), (-1, -1), st.fonts.regular),
                ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]))
            tables.append(t)
        out.append(KeepTogether([heading, tables[0]]))
        out += tables[1:]
    return out if len(out) > 2 else []
