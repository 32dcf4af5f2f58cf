"""Reading an exchange file we did not write, with every limit checked before the bytes are read.

A hostile or damaged file must end in a Thai message, never in a hang, a traceback or gigabytes
of memory. So, in order: the path must be a regular file (a FIFO or ``/dev/zero`` would block
or never end) of a bounded size; the ZIP directory is checked (member count, unpacked sizes and
ratios, encryption, compression method) before any member is unpacked; ``workspace.json`` is
read with a size bound and its nesting depth is measured on the raw text before ``json.loads``
(which would otherwise recurse until Python gives up). Photos are not read here: ``ZipPhotos``
unpacks one photo when the import asks for it, so memory holds one original at a time.
"""
from __future__ import annotations

import json
import re
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from app import limits
from app.exchange.fields import ExchangeError
from app.fsio import FileError, check_regular_file, os_error_message, read_regular

JSON_NAME = "workspace.json"
PHOTO_DIR = "photos/"
_SUPPORTED_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
_JSON_TOKENS = re.compile(rb'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):,.1f} MB"


@dataclass
class LoadedFile:
    """A read exchange document and its photos (``photos`` maps the file's references to bytes;
    for a ZIP it is a ``ZipPhotos`` that unpacks on demand)."""

    document: dict[str, Any]
    photos: Mapping[str, bytes] = field(default_factory=dict)
    source: Path | None = None


class ZipPhotos(Mapping):
    """The photos of an exchange ZIP, unpacked one at a time when asked for (bounded)."""

    def __init__(self, path: Path, infos: dict[str, zipfile.ZipInfo]) -> None:
        self.path = path
        self._infos = infos

    def __getitem__(self, name: str) -> bytes:
        info = self._infos[name]
        try:
            with zipfile.ZipFile(self.path) as zf, zf.open(info) as fh:
                data = fh.read(limits.PHOTO_MAX_INPUT_BYTES + 1)
        except (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError, NotImplementedError, ValueError) as exc:
            raise ExchangeError(f"ไฟล์ {self.path.name} เสียหาย: อ่านภาพ “{name}” ไม่ได้ ({exc}) "
                                "กรุณาขอไฟล์ใหม่จากผู้ส่ง") from None
        except OSError as exc:
            raise ExchangeError(os_error_message(exc, self.path, "อ่าน")) from None
        if len(data) > limits.PHOTO_MAX_INPUT_BYTES:
            raise ExchangeError(f"ภาพ “{name}” ในไฟล์ {self.path.name} ใหญ่เกินที่รับได้")
        return data

    def __iter__(self) -> Iterator[str]:
        return iter(self._infos)

    def __len__(self) -> int:
        return len(self._infos)


def json_depth(data: bytes) -> int:
    """The deepest nesting of arrays/objects in JSON text, without parsing it (strings skipped)."""
    depth = deepest = 0
    for m in _JSON_TOKENS.finditer(data):
        tok = m.group()
        if tok in (b"[", b"{"):
            depth += 1
            if depth > deepest:
                deepest = depth
        elif tok in (b"]", b"}"):
            depth -= 1
    return deepest


def parse_json(data: bytes, name: str) -> Any:
    """``json.loads`` of untrusted bytes: depth checked first, every failure a Thai message."""
    depth = json_depth(data)
    if depth > limits.EXCHANGE_MAX_DEPTH:
        raise ExchangeError(f"ไฟล์ {name} มีข้อมูลซ้อนกันลึก {depth:,} ชั้น เกินที่รูปแบบไฟล์แลกเปลี่ยนมี "
                            f"(ไม่เกิน {limits.EXCHANGE_MAX_DEPTH} ชั้น) อาจเป็นไฟล์ที่เสียหายหรือถูกดัดแปลง จึงไม่เปิด")
    try:
        return json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ExchangeError(f"ไฟล์ {name} ไม่ใช่ข้อความ UTF-8 จึงไม่ใช่ไฟล์แลกเปลี่ยนข้อมูล") from None
    except (json.JSONDecodeError, RecursionError, ValueError) as exc:
        raise ExchangeError(f"ไฟล์ {name} ไม่ใช่ไฟล์แลกเปลี่ยนข้อมูล (อ่าน JSON ไม่ได้: {exc})") from None


def read_file(path: Path | str) -> LoadedFile:
    """Read an exchange ZIP or a bare JSON file; photos of a bare file are read beside it."""
    path = Path(path)
    try:
        st = check_regular_file(path, "ไฟล์แลกเปลี่ยนข้อมูล")
        if st.st_size > limits.EXCHANGE_MAX_FILE:
            raise ExchangeError(f"ไฟล์ {path.name} ใหญ่เกินไป ({_mb(st.st_size)}) จึงไม่เปิด")
        with path.open("rb") as fh:
            head = fh.read(4)
    except FileError as exc:
        raise ExchangeError(str(exc)) from None
    except OSError as exc:
        raise ExchangeError(os_error_message(exc, path, "เปิด")) from None
    if head.startswith(b"PK"):
        return _read_zip(path)
    try:
        data = read_regular(path, limits.EXCHANGE_MAX_JSON, "ไฟล์แลกเปลี่ยนข้อมูล")
    except FileError as exc:
        raise ExchangeError(str(exc)) from None
    doc = parse_json(data, path.name)
    return LoadedFile(doc, _BesideFiles(path.parent, _photo_refs(doc)), path)


class _BesideFiles(Mapping):
    """Photos of a bare JSON document: files beside it, only inside its folder, read on demand."""

    def __init__(self, folder: Path, refs: list[str]) -> None:
        self.folder = folder.resolve()
        self._refs = []
        for ref in refs:
            candidate = (self.folder / ref).resolve()
            if self.folder in candidate.parents and candidate.is_file():
                self._refs.append(ref)

    def __getitem__(self, ref: str) -> bytes:
        if ref not in self._refs:
            raise KeyError(ref)
        try:
            return read_regular(self.folder / ref, limits.PHOTO_MAX_INPUT_BYTES, "ไฟล์ภาพ")
        except FileError as exc:
            raise ExchangeError(str(exc)) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._refs)

    def __len__(self) -> int:
        return len(self._refs)


def check_zip_directory(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    """Refuse a ZIP whose directory promises more than an exchange file ever holds."""
    name = path.name
    if len(infos) > limits.EXCHANGE_MAX_MEMBERS:
        raise ExchangeError(f"ไฟล์ {name} มีส่วนประกอบ {len(infos):,} ส่วน มากกว่าที่ไฟล์แลกเปลี่ยนมีได้ "
                            f"({limits.EXCHANGE_MAX_MEMBERS:,}) จึงไม่เปิด")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise ExchangeError(f"ไฟล์ {name} ถูกเข้ารหัสด้วยรหัสผ่าน (ส่วน “{info.filename}”) "
                                "โปรแกรมไม่เปิดไฟล์ที่มีรหัสผ่าน กรุณาส่งออกใหม่จาก ITA Desk โดยไม่ตั้งรหัส")
        if info.compress_type not in _SUPPORTED_METHODS:
            raise ExchangeError(f"ไฟล์ {name} ใช้วิธีบีบอัดที่โปรแกรมไม่รู้จัก (วิธีที่ {info.compress_type} "
                                f"ในส่วน “{info.filename}”) อาจเสียหายหรือไม่ได้สร้างจาก ITA Desk จึงไม่เปิด")
        total += info.file_size
        limit = limits.EXCHANGE_MAX_JSON if info.filename == JSON_NAME else limits.PHOTO_MAX_INPUT_BYTES
        if info.file_size > limit:
            raise ExchangeError(f"ไฟล์ {name} มีส่วน “{info.filename}” ที่แตกออกแล้วใหญ่ {_mb(info.file_size)} "
                                f"เกินที่รับได้ ({_mb(limit)}) จึงไม่เปิด")
        if info.file_size > limits.EXCHANGE_RATIO_FLOOR and \
                info.file_size > limits.EXCHANGE_MAX_RATIO * max(info.compress_size, 1):
            raise ExchangeError(
                f"ไฟล์ {name} มีส่วน “{info.filename}” ที่แตกออกแล้วใหญ่ผิดปกติ ({_mb(info.file_size)} "
                f"จาก {info.compress_size // 1024:,} KB) อาจเป็นไฟล์อันตราย จึงไม่เปิด")
    if total > limits.EXCHANGE_MAX_TOTAL:
        raise ExchangeError(f"ไฟล์ {name} แตกออกแล้วใหญ่ {_mb(total)} เกินที่รับได้ จึงไม่เปิด")


def _read_zip(path: Path) -> LoadedFile:
    name = path.name
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            check_zip_directory(path, infos)
            by_name = {i.filename: i for i in infos}
            if JSON_NAME not in by_name:
                raise ExchangeError(f"ไฟล์ {name} ไม่มี {JSON_NAME} จึงไม่ใช่ไฟล์แลกเปลี่ยนข้อมูล")
            with zf.open(by_name[JSON_NAME]) as fh:
                data = fh.read(limits.EXCHANGE_MAX_JSON + 1)
    except ExchangeError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError, NotImplementedError, ValueError) as exc:
        raise ExchangeError(f"ไฟล์ {name} เสียหาย อ่านไม่ได้ ({exc}) กรุณาขอไฟล์ใหม่จากผู้ส่ง") from None
    except OSError as exc:
        raise ExchangeError(os_error_message(exc, path, "อ่าน")) from None
    if len(data) > limits.EXCHANGE_MAX_JSON:
        raise ExchangeError(f"ไฟล์ {name}: {JSON_NAME} ใหญ่เกินที่รับได้ จึงไม่เปิด")
    doc = parse_json(data, name)
    photos = {n: i for n, i in by_name.items() if n.startswith(PHOTO_DIR) and not i.is_dir()}
    return LoadedFile(doc, ZipPhotos(path, photos), path)


def _photo_refs(doc: Any) -> list[str]:
    refs = []
    for s in (doc.get("signers") or []) if isinstance(doc, dict) else []:
        if isinstance(s, dict) and isinstance(s.get("signature"), str):
            refs.append(s["signature"])
    for plan in (doc.get("plans") or []) if isinstance(doc, dict) else []:
        for ms in plan.get("measures") or [] if isinstance(plan, dict) else []:
            for pr in ms.get("progress") or [] if isinstance(ms, dict) else []:
                for ph in pr.get("photos") or [] if isinstance(pr, dict) else []:
                    if isinstance(ph, dict) and isinstance(ph.get("file"), str):
                        refs.append(ph["file"])
    return refs
