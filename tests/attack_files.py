"""Hostile and damaged exchange files, built on the fly (the attacks of issue 11, as files).

Each builder writes one file into a folder and returns its path; ``ATTACKS`` lists them with the
Thai words the refusal must contain. Built small where the attack allows (a 12000 × 12000 PNG
needs only its header to be one), so the suite stays fast.
"""
from __future__ import annotations

import io
import json
import os
import struct
import zipfile
import zlib
from pathlib import Path
from typing import Callable

from PIL import Image

UNIT = "เทศบาลตำบลทดสอบ"


def minimal_doc(name: str = UNIT, **extra) -> dict:
    doc = {"format": "ita-workspace", "format_version": 1, "unit": {"name": name}}
    doc.update(extra)
    return doc


def write_json(path: Path, doc: dict) -> Path:
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def jpeg_bytes(size=(64, 48), color=(200, 30, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "JPEG", quality=90)
    return out.getvalue()


def png_header_only(width: int, height: int) -> bytes:
    """A PNG whose header claims width × height (with one tiny, damaged IDAT)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


def photo_doc(ref: str = "photos/a.jpg", name: str = UNIT) -> dict:
    return minimal_doc(name, plans=[{"fiscal_year": 2569, "measures": [{
        "title": "ประชุมประชาคม", "progress": [{"round": 6, "photos": [{"file": ref, "caption": "ภาพ"}]}]}]}])


def write_zip(path: Path, doc: dict, members: dict[str, bytes] | None = None,
              method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        info = zipfile.ZipInfo("workspace.json", (2000, 1, 1, 0, 0, 0))
        info.compress_type = method
        zf.writestr(info, json.dumps(doc, ensure_ascii=False).encode("utf-8"))
        for name, data in (members or {}).items():
            zf.writestr(zipfile.ZipInfo(name, (2000, 1, 1, 0, 0, 0)), data)
    return path


def _patch_headers(path: Path, local_offset: int, central_offset: int, patch: Callable[[bytearray, int], None]) -> None:
    data = bytearray(path.read_bytes())
    for sig, off in ((b"PK\x03\x04", local_offset), (b"PK\x01\x02", central_offset)):
        start = 0
        while (i := data.find(sig, start)) >= 0:
            patch(data, i + off)
            start = i + 4
    path.write_bytes(bytes(data))


# --- the attacks -----------------------------------------------------------------------------


_BOMB: list[bytes] = []  # built once per test session (deflating 199 MB takes seconds)


def attack_bomb_photo(folder: Path) -> Path:
    """A ~200 KB .itaz carrying a 199 MB "photo" (deflated zeros)."""
    path = folder / "bomb.itaz"
    if _BOMB:
        path.write_bytes(_BOMB[0])
        return path
    write_zip(path, photo_doc("photos/a.jpg"))
    info = zipfile.ZipInfo("photos/a.jpg", (2000, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(path, "a") as zf, zf.open(info, "w", force_zip64=True) as fh:
        block = b"\0" * (1024 * 1024)
        for _ in range(199):
            fh.write(block)
    _BOMB.append(path.read_bytes())
    return path


def attack_ratio_photo(folder: Path) -> Path:
    """Under the size limit but 1000× compressed: a bomb by ratio."""
    path = folder / "ratio.itaz"
    info = zipfile.ZipInfo("photos/a.jpg", (2000, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("workspace.json", json.dumps(photo_doc()))
        zf.writestr(info, b"\0" * (20 * 1024 * 1024))
    return path


def attack_huge_text(folder: Path) -> Path:
    doc = minimal_doc(plans=[{"fiscal_year": 2569, "measures": [{"title": "ก", "steps": "ข" * 200_001}]}])
    return write_json(folder / "long.json", doc)


def attack_deep_json(folder: Path) -> Path:
    path = folder / "deep.json"
    path.write_bytes(b'{"format": "ita-workspace", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}")
    return path


def attack_many_members(folder: Path) -> Path:
    return write_zip(folder / "members.itaz", minimal_doc(), {f"photos/{i}.jpg": b"" for i in range(3000)})


def attack_many_items(folder: Path) -> Path:
    return write_json(folder / "items.json", minimal_doc(signers=[{"key": str(i), "name": "ก"} for i in range(30_000)]))


def attack_executable_photo(folder: Path) -> Path:
    return write_zip(folder / "exe.itaz", photo_doc("photos/a.jpg"), {"photos/a.jpg": b"MZ\x90\0" + b"\0" * 200})


def attack_script_photo(folder: Path) -> Path:
    return write_zip(folder / "script.itaz", photo_doc("photos/a.png"),
                     {"photos/a.png": b"#!/bin/sh\nrm -rf ~\n"})


def attack_truncated_photo(folder: Path) -> Path:
    data = jpeg_bytes((800, 600))
    return write_zip(folder / "truncated.itaz", photo_doc(), {"photos/a.jpg": data[: len(data) // 2]})


def attack_huge_png(folder: Path) -> Path:
    return write_zip(folder / "bigpng.itaz", photo_doc("photos/a.png"), {"photos/a.png": png_header_only(12000, 12000)})


def attack_gif_photo(folder: Path) -> Path:
    out = io.BytesIO()
    Image.new("P", (10, 10)).save(out, "GIF")
    return write_zip(folder / "gif.itaz", photo_doc("photos/a.gif"), {"photos/a.gif": out.getvalue()})


def attack_bit_flip(folder: Path) -> Path:
    doc = minimal_doc(signers=[{"key": "a", "name": "นาย ก " * 50}])
    path = write_zip(folder / "flip.itaz", doc)
    data = bytearray(path.read_bytes())
    data[60] ^= 0x10  # inside workspace.json's deflated data
    path.write_bytes(bytes(data))
    return path


def attack_encrypted_flag(folder: Path) -> Path:
    path = write_zip(folder / "encrypted.itaz", minimal_doc())
    _patch_headers(path, 6, 8, lambda d, i: d.__setitem__(i, d[i] | 0x01))
    return path


def attack_unknown_method(folder: Path) -> Path:
    path = write_zip(folder / "method.itaz", minimal_doc())
    _patch_headers(path, 8, 10, lambda d, i: d.__setitem__(i, 99))
    return path


def attack_truncated_zip(folder: Path) -> Path:
    path = write_zip(folder / "half.itaz", photo_doc(), {"photos/a.jpg": jpeg_bytes((400, 300))})
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def attack_not_utf8(folder: Path) -> Path:
    path = folder / "latin.json"
    path.write_bytes(b'{"format": "ita-workspace", "unit": {"name": "\xe0\xb8"}}')
    return path


def attack_fifo(folder: Path) -> Path:
    path = folder / "pipe.itaz"
    os.mkfifo(path)
    return path


def attack_dev_zero(_folder: Path) -> Path:
    return Path("/dev/zero")


def attack_directory(folder: Path) -> Path:
    path = folder / "folder.itaz"
    path.mkdir()
    return path


def attack_missing(folder: Path) -> Path:
    return folder / "missing.itaz"


def attack_zwsp_name_only(folder: Path) -> Path:
    return write_json(folder / "blank.json", minimal_doc("\u200b\u200d\ufeff \u00ad"))


# (builder, Thai words the refusal must contain)
ATTACKS: list[tuple[Callable[[Path], Path], str]] = [
    (attack_bomb_photo, "แตกออกแล้วใหญ่"),
    (attack_ratio_photo, "อาจเป็นไฟล์อันตราย"),
    (attack_huge_text, "เกินที่รับได้"),
    (attack_deep_json, "ซ้อนกันลึก"),
    (attack_many_members, "ส่วนประกอบ"),
    (attack_many_items, "เกินที่รับได้"),
    (attack_executable_photo, "ไม่ใช่ภาพ"),
    (attack_script_photo, "ไม่ใช่ภาพ"),
    (attack_truncated_photo, "เสียหายหรือไม่ครบ"),
    (attack_huge_png, "ล้านจุด"),
    (attack_gif_photo, "ไม่ใช่ภาพ"),
    (attack_bit_flip, "เสียหาย"),
    (attack_encrypted_flag, "รหัสผ่าน"),
    (attack_unknown_method, "วิธีบีบอัด"),
    (attack_truncated_zip, "เสียหาย"),
    (attack_not_utf8, "UTF-8"),
    (attack_fifo, "FIFO"),
    (attack_dev_zero, "ไม่ใช่ไฟล์ธรรมดา"),
    (attack_directory, "เป็นโฟลเดอร์"),
    (attack_missing, "ไม่พบ"),
    (attack_zwsp_name_only, "ต้องไม่ว่าง"),
]
