"""Write-side use cases for evidence photos (ภาพประกอบ) of a measure's progress in a round.

Photos live in the database so a workspace is one file. A phone photo is often 4000+ px and
several MB; printed 2–4 to an A4 page it needs far less, so ``prepare_image`` turns it upright
(EXIF orientation) and scales its long side down to ``MAX_SIDE`` on import. Small JPEG/PNG
files are stored untouched. Removal returns a snapshot that ``restore_photo`` puts back with
the same id (see ``measure_edits`` on why ids survive undo).
"""
from __future__ import annotations

import io
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.services.changes import Changes
from app.services.progress_edits import progress_row
from app.store.models import Photo, Progress

MAX_SIDE = 2400
MAX_INPUT_BYTES = 60 * 1024 * 1024
JPEG_QUALITY = 85


@dataclass(frozen=True)
class PreparedImage:
    data: bytes
    mime: str
    width: int
    height: int


def prepare_image(data: bytes, filename: str = "") -> PreparedImage:
    """Check that ``data`` is an image and make it storable: upright, long side ≤ MAX_SIDE,
    JPEG (photos) or PNG (images with transparency)."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    name = f"“{filename}” " if filename else ""
    if len(data) > MAX_INPUT_BYTES:
        raise ValueError(f"ไฟล์ภาพ {name}ใหญ่เกิน ๖๐ MB")
    try:
        img = Image.open(io.BytesIO(data))
        img.load()
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise ValueError(f"ไฟล์ {name}ไม่ใช่ภาพที่โปรแกรมอ่านได้ (รองรับ JPG, PNG, BMP, GIF, WEBP)") from exc
    fmt = img.format
    orientation = img.getexif().get(0x0112, 1) if hasattr(img, "getexif") else 1
    needs_turn = orientation not in (None, 1)
    too_big = max(img.size) > MAX_SIDE
    if fmt in ("JPEG", "PNG") and not needs_turn and not too_big:
        return PreparedImage(data, "image/jpeg" if fmt == "JPEG" else "image/png", *img.size)
    img = ImageOps.exif_transpose(img)
    if max(img.size) > MAX_SIDE:
        img.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    has_alpha = img.mode in ("RGBA", "LA") or (img.mode == "P" and "transparency" in img.info)
    if has_alpha:
        img.save(out, "PNG", optimize=True)
        mime = "image/png"
    else:
        img.convert("RGB").save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
        mime = "image/jpeg"
    return PreparedImage(out.getvalue(), mime, *img.size)


@dataclass(frozen=True)
class PhotoSnapshot:
    id: int
    measure_id: int
    round: int
    index: int
    caption: str
    filename: str
    mime: str
    data: bytes


@dataclass(frozen=True)
class PhotoInfo:
    id: int
    caption: str
    filename: str
    mime: str
    data: bytes


def _photo(session: Session, photo_id: int) -> Photo:
    ph = session.get(Photo, photo_id)
    if ph is None:
        raise ValueError("ไม่พบภาพ (อาจถูกลบไปแล้ว)")
    return ph


def list_photos(session: Session, measure_id: int, round_: int) -> list[PhotoInfo]:
    pr = progress_row(session, measure_id, round_, create=False)
    return [PhotoInfo(p.id, p.caption, p.filename, p.mime, p.data) for p in (pr.photos if pr else [])]


def _insert(pr: Progress, photo: Photo, index: int | None) -> None:
    pr.photos.insert(len(pr.photos) if index is None else max(0, index), photo)


def add_photo(session: Session, measure_id: int, round_: int, data: bytes, filename: str = "",
              caption: str = "", index: int | None = None) -> tuple[Changes, int]:
    """Import an image file's bytes (downscaled if huge); returns the new photo's id."""
    image = prepare_image(data, filename)
    pr = progress_row(session, measure_id, round_, create=True)
    photo = Photo(caption=caption.strip(), filename=filename[:300], mime=image.mime, data=image.data)
    _insert(pr, photo, index)
    session.flush()
    return Changes(progress=True), photo.id


def snapshot_photo(session: Session, photo_id: int) -> PhotoSnapshot:
    ph = _photo(session, photo_id)
    pr = ph.progress
    return PhotoSnapshot(ph.id, pr.measure_id, pr.round, list(pr.photos).index(ph), ph.caption,
                         ph.filename, ph.mime, ph.data)


def remove_photo(session: Session, photo_id: int) -> tuple[Changes, PhotoSnapshot]:
    snap = snapshot_photo(session, photo_id)
    ph = _photo(session, photo_id)
    pr = ph.progress
    pr.photos.remove(ph)  # the ordering list renumbers the rest
    session.flush()
    return Changes(progress=True), snap


def restore_photo(session: Session, snap: PhotoSnapshot) -> Changes:
    if session.get(Photo, snap.id) is not None:
        raise ValueError("ภาพนี้มีอยู่แล้ว")
    pr = progress_row(session, snap.measure_id, snap.round, create=True)
    _insert(pr, Photo(id=snap.id, caption=snap.caption, filename=snap.filename, mime=snap.mime,
                      data=snap.data), snap.index)
    session.flush()
    return Changes(progress=True)


def photo_index(session: Session, photo_id: int) -> int:
    ph = _photo(session, photo_id)
    return list(ph.progress.photos).index(ph)


def move_photo(session: Session, photo_id: int, new_index: int) -> Changes:
    ph = _photo(session, photo_id)
    pr = ph.progress
    pr.photos.remove(ph)  # pr was taken before: removing clears ph.progress
    pr.photos.insert(max(0, new_index), ph)
    session.flush()
    return Changes(progress=True)


def get_caption(session: Session, photo_id: int) -> str:
    return _photo(session, photo_id).caption


def set_caption(session: Session, photo_id: int, caption: str) -> Changes:
    _photo(session, photo_id).caption = (caption or "").strip()
    session.flush()
    return Changes(progress=True)
