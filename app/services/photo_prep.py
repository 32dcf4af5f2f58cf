"""Photos prepared once, when they enter the database (from the window or from an import).

A phone photo is 4000 × 3000 px and several MB; printed it never needs more than about
200 dpi at the largest box a report gives a photo (``app.limits.PHOTO_STORED_MAX_SIDE``). So
each photo is decoded and verified here, once: the format must be one we accept (an import
carries JPEG or PNG only), the pixel count is bounded before decoding, a truncated or damaged
file is refused, and the image is turned upright (EXIF orientation), scaled down and
re-encoded (JPEG; PNG when it has transparency). Its size in pixels is stored beside it, so a
report places the stored bytes as they are and never decodes a photo again.

The original is not kept: printing and the window need no more than the prepared image, and
keeping 4000 px originals would make the database (and every backup and exchange file) ten
times larger for nothing a report can show; the officer still has the original file.
"""
from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from app import limits

PHOTO_FORMATS_IMPORT = limits.PHOTO_FORMATS_IMPORT
PHOTO_FORMATS_PICKED = limits.PHOTO_FORMATS_PICKED
_FORMAT_NAMES = {"JPEG": "JPG"}


@dataclass(frozen=True)
class PreparedImage:
    data: bytes
    mime: str
    width: int
    height: int


def _names(formats: tuple[str, ...]) -> str:
    return ", ".join(dict.fromkeys(_FORMAT_NAMES.get(f, f) for f in formats))


def prepare_image(data: bytes, filename: str = "", formats: tuple[str, ...] = PHOTO_FORMATS_PICKED) -> PreparedImage:
    """Verify ``data`` as an image in one of ``formats`` and return it prepared for storing.

    Raises ValueError with a Thai message naming the file.
    """
    from PIL import Image, ImageOps, UnidentifiedImageError

    name = f"“{filename}” " if filename else ""
    if len(data) > limits.PHOTO_MAX_INPUT_BYTES:
        raise ValueError(f"ไฟล์ภาพ {name}ใหญ่เกิน {limits.PHOTO_MAX_INPUT_BYTES // (1024 * 1024)} MB")
    not_image = f"ไฟล์ {name}ไม่ใช่ภาพที่โปรแกรมรับได้ (รับเฉพาะ {_names(formats)})"
    try:
        with warnings.catch_warnings():
            # Our own pixel limit below is the rule (lower than Pillow's default).
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data), formats=list(formats))
            w, h = img.size  # read from the header: nothing decoded yet
            if w * h > limits.PHOTO_MAX_PIXELS:
                raise ValueError(f"ภาพ {name}ใหญ่ {w:,} × {h:,} จุด เกินที่รับได้ "
                                 f"({limits.PHOTO_MAX_PIXELS // 1_000_000} ล้านจุด) กรุณาย่อภาพก่อน")
            img.verify()  # structure and checksums (PNG CRCs)
            img = Image.open(io.BytesIO(data), formats=list(formats))
            if img.format == "JPEG" and max(w, h) > limits.PHOTO_STORED_MAX_SIDE * 2:
                # Decode at 1/2, 1/4 or 1/8 scale straight from the JPEG data: 4–16× less work.
                img.draft("RGB", (limits.PHOTO_STORED_MAX_SIDE, limits.PHOTO_STORED_MAX_SIDE))
            img.load()  # a truncated file fails here (Pillow refuses truncated images by default)
    except ValueError as exc:
        if str(exc).startswith(("ภาพ", "ไฟล์")):
            raise
        raise ValueError(not_image) from None
    except Image.DecompressionBombError:
        raise ValueError(f"ภาพ {name}ใหญ่เกินที่รับได้ ({limits.PHOTO_MAX_PIXELS // 1_000_000} ล้านจุด) "
                         "กรุณาย่อภาพก่อน") from None
    except (UnidentifiedImageError, KeyError):
        raise ValueError(not_image) from None
    except (OSError, SyntaxError, EOFError) as exc:  # Pillow reports damage as these
        raise ValueError(f"ไฟล์ภาพ {name}เสียหายหรือไม่ครบ (อาจคัดลอกมาไม่หมด) อ่านไม่ได้: {exc}") from None
    orientation = img.getexif().get(0x0112, 1)
    if img.format in ("JPEG", "PNG") and orientation in (None, 1) and img.size == (w, h) \
            and max(w, h) <= limits.PHOTO_STORED_MAX_SIDE \
            and img.mode in ("RGB", "L", "RGBA", "LA", "P") and not (img.format == "JPEG" and img.mode not in ("RGB", "L")):
        # Already prepared (a photo exported by this program and imported again, or a small
        # picture): stored byte for byte, so a round trip neither degrades nor changes it.
        return PreparedImage(data, "image/jpeg" if img.format == "JPEG" else "image/png", *img.size)
    img = ImageOps.exif_transpose(img)
    if max(img.size) > limits.PHOTO_STORED_MAX_SIDE:
        img.thumbnail((limits.PHOTO_STORED_MAX_SIDE, limits.PHOTO_STORED_MAX_SIDE), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    has_alpha = img.mode in ("RGBA", "LA") or (img.mode == "P" and "transparency" in img.info)
    if has_alpha:
        img.save(out, "PNG", optimize=True)
        mime = "image/png"
    else:
        if img.mode not in ("RGB", "L"):
            img = img.convert("RGB")
        img.save(out, "JPEG", quality=limits.PHOTO_JPEG_QUALITY, optimize=True)
        mime = "image/jpeg"
    return PreparedImage(out.getvalue(), mime, *img.size)
