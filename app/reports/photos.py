"""Photo pages: evidence photos 2–4 to a page with captions.

Photos are prepared once when they enter the database (``app.services.photo_prep``: upright,
at most ~200 dpi at the largest size a report prints them, JPEG or PNG, pixel size stored), so a
report places the stored bytes as they are: ReportLab embeds a JPEG without decoding it. Only a
photo stored before preparation existed (no pixel size) is decoded and scaled here, as before.
"""
from __future__ import annotations

import hashlib
import io

from PIL import Image as PILImage, ImageOps
from reportlab import rl_config
from reportlab.lib.utils import ImageReader
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Image

from app.reports.model import MeasureRow
from app.reports.styles import TABLE, Styles

PRINT_DPI = 200
JPEG_QUALITY = 82

# ReportLab wraps every embedded JPEG in ASCII85 by default, in pure Python (its C accelerator
# is a separate package): for a dozen photos that was most of a report's time, and it makes
# the PDF 25 % larger. PDF files are binary anyway; embed the JPEG bytes as they are.
rl_config.useA85 = 0


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


class _StoredJpeg(ImageReader):
    """A prepared JPEG as ReportLab's canvas wants it, without decoding it.

    ``canvas.drawImage`` names each image by a digest of its decoded pixels (``getRGBData``):
    a full decode per photo just for a name. The stored bytes identify the photo as well, so
    their digest is the name; the XObject itself embeds the JPEG bytes as they are
    (``jpeg_fh``), which is all the PDF needs.
    """

    def __init__(self, data: bytes) -> None:
        super().__init__(io.BytesIO(data))  # PIL reads the header only
        self._key = hashlib.sha1(data).digest()
        self._dataA = None  # a JPEG has no alpha channel (ReportLab reads this beside the name)

    def getRGBData(self) -> bytes:  # noqa: N802 - ReportLab's name
        return self._key


class PlacedPhoto(Image):
    """A prepared photo drawn at a given size from its stored bytes (a JPEG is never decoded).

    A ReportLab ``Image`` (header read only) so every writer that knows images places it as
    one, e.g. the Word copy takes ``filename``'s bytes as they are; only drawing differs.
    """

    def __init__(self, data: bytes, mime: str, width: float, height: float) -> None:
        super().__init__(io.BytesIO(data), width=width, height=height)
        self.data, self.mime = data, mime

    def draw(self) -> None:
        if self.mime != "image/jpeg":  # a PNG kept for its transparency: ReportLab's own way
            super().draw()
            return
        self.canv.drawImage(_StoredJpeg(self.data), getattr(self, "_offs_x", 0), getattr(self, "_offs_y", 0),
                            self.drawWidth, self.drawHeight)


def print_image(data: bytes, max_w: float, max_h: float, size: tuple[int, int] | None = None,
                mime: str = "image/jpeg") -> Image | None:
    """A flowable of ``data`` fitted in max_w × max_h pt; None if unreadable.

    ``size`` is the prepared photo's pixel size: the bytes are placed as stored, never decoded.
    """
    if size is not None and size[0] > 0 and size[1] > 0:
        w, h = size
        scale = min(max_w / w, max_h / h)
        return PlacedPhoto(data, mime, w * scale, h * scale)
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
    # the section title travels with the first measure's heading and photo row: the photos may
    # then start under a table's last rows rather than leave those rows alone on a page
    title: list = [st.p("ภาพประกอบผลการดำเนินงานตามมาตรการ", st.title), Spacer(1, 6)]
    out: list = []
    cap_style = st.caption
    for r in rows:
        if not r.photos:
            continue
        cells = []
        for ph in r.photos:
            size = (ph.width, ph.height) if ph.width and ph.height else None
            img = print_image(ph.data, cell_w, cell_h, size, ph.mime)
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
        out.append(KeepTogether([*(title if not out else []), heading, tables[0]]))
        out += tables[1:]
    return out
