"""What the About box shows: the program's version, the versions of what it is built on, and
the licences of the fonts and libraries shipped with it (Thai first, English beside it).

Headless: the Qt version is read from the installed PySide6 distribution (the window may pass
``qVersion()`` to be exact); nothing here imports Qt.
"""
from __future__ import annotations

import importlib
import platform
import sqlite3
import sys
from dataclasses import dataclass
from importlib import metadata

import app
from app.paths import data_dir, resources_dir

PROGRAM = "ITA Desk"
PROGRAM_TH = "ITA Desk - งานเอกสาร ITA"


@dataclass(frozen=True)
class Component:
    name: str
    version: str


@dataclass(frozen=True)
class Licence:
    component: str
    licence: str  # SPDX-style name
    text_th: str
    text_en: str


# (label, distribution(s), module attribute fallback): a frozen bundle may lack the dist-info.
# QtPdf comes in PySide6-Addons (the locked 6.11); a venv from before the lock has PySide6-Pdf.
_COMPONENTS = (
    ("Qt (PySide6)", "PySide6-Essentials", None),
    ("QtPdf", ("PySide6-Addons", "PySide6-Pdf"), None),
    ("SQLAlchemy", "SQLAlchemy", ("sqlalchemy", "__version__")),
    ("Alembic", "alembic", ("alembic", "__version__")),
    ("ReportLab", "reportlab", ("reportlab", "Version")),
    ("uharfbuzz", "uharfbuzz", ("uharfbuzz", "__version__")),
    ("PyThaiNLP", "pythainlp", ("pythainlp", "__version__")),
    ("openpyxl", "openpyxl", ("openpyxl", "__version__")),
    ("Pillow", "pillow", ("PIL", "__version__")),
    ("platformdirs", "platformdirs", ("platformdirs", "__version__")),
)

LICENCES = (
    Licence("ฟอนต์ Sarabun (Cadson Demak)", "OFL-1.1",
            "สัญญาอนุญาต SIL Open Font License 1.1 ใช้ แจกจ่าย และฝังในเอกสารได้โดยเสรี (ข้อความเต็มอยู่ในไฟล์ fonts/OFL.txt)",
            "SIL Open Font License 1.1; free to use, embed and redistribute (full text in fonts/OFL.txt)."),
    Licence("Qt / PySide6 / Shiboken6 / QtPdf", "LGPL-3.0-only",
            "สัญญาอนุญาต GNU LGPL รุ่น 3 ไลบรารี Qt อยู่เป็นไฟล์แยกในโฟลเดอร์โปรแกรม ผู้ใช้เปลี่ยนเป็นรุ่นอื่นได้; "
            "ขอรหัสต้นฉบับได้ที่ https://download.qt.io และ https://code.qt.io",
            "GNU LGPL v3. The Qt libraries are separate, replaceable files in the program folder; "
            "source at https://download.qt.io and https://code.qt.io."),
    Licence("Python", "PSF-2.0", "สัญญาอนุญาต Python Software Foundation License",
            "Python Software Foundation License."),
    Licence("ReportLab", "BSD-3-Clause", "สัญญาอนุญาตแบบ BSD", "BSD licence."),
    Licence("HarfBuzz / uharfbuzz", "MIT / Apache-2.0",
            "HarfBuzz ใช้สัญญาอนุญาตแบบ MIT (Old MIT) ส่วน uharfbuzz ใช้ Apache License 2.0",
            "HarfBuzz: Old MIT licence; uharfbuzz: Apache License 2.0."),
    Licence("PyThaiNLP", "Apache-2.0",
            "ตัวโปรแกรมใช้ Apache License 2.0 รายการคำ (words_th ฯลฯ) ใช้ CC0-1.0 สาธารณสมบัติ",
            "Code: Apache License 2.0; word lists (words_th etc.): CC0-1.0 public domain."),
    Licence("SQLAlchemy / Alembic / Mako", "MIT", "สัญญาอนุญาตแบบ MIT", "MIT licence."),
    Licence("MarkupSafe", "BSD-3-Clause", "สัญญาอนุญาตแบบ BSD", "BSD licence."),
    Licence("openpyxl / et_xmlfile", "MIT", "สัญญาอนุญาตแบบ MIT", "MIT licence."),
    Licence("Pillow", "MIT-CMU", "สัญญาอนุญาตแบบ MIT-CMU (HPND)", "MIT-CMU (HPND) licence."),
    Licence("platformdirs", "MIT", "สัญญาอนุญาตแบบ MIT", "MIT licence."),
    Licence("SQLite", "blessing", "สาธารณสมบัติ (public domain)", "Public domain."),
)


def _dist_version(dists: str | tuple[str, ...]) -> str | None:
    for dist in (dists,) if isinstance(dists, str) else dists:
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            continue
    return None


def _module_version(module: str, attr: str) -> str | None:
    try:
        value = getattr(importlib.import_module(module), attr, None)
    except ImportError:
        return None
    return str(value) if value else None


def component_versions(qt_version: str | None = None) -> list[Component]:
    """Program, Python, SQLite and every library, with their versions ("-" when unknown)."""
    out = [
        Component(PROGRAM, app.__version__),
        Component("Python", f"{platform.python_version()} ({platform.architecture()[0]})"),
        Component("SQLite", sqlite3.sqlite_version),
    ]
    for label, dist, fallback in _COMPONENTS:
        version = _dist_version(dist)
        if version is None and fallback:
            version = _module_version(*fallback)
        if label.startswith("Qt (") and qt_version:
            version = qt_version
        out.append(Component(label, version or "-"))
    hb = sys.modules.get("uharfbuzz")
    if hb is not None and hasattr(hb, "version_string"):
        out.append(Component("HarfBuzz", hb.version_string()))
    return out


def system_info() -> list[tuple[str, str]]:
    frozen = "ชุดติดตั้ง (bundle)" if getattr(sys, "frozen", False) else "จากรหัสต้นฉบับ (source)"
    return [
        ("ระบบปฏิบัติการ", platform.platform()),
        ("รูปแบบโปรแกรม", frozen),
        ("โฟลเดอร์ข้อมูล", str(data_dir())),
        ("โฟลเดอร์ทรัพยากร", str(resources_dir())),
    ]


def font_licence_text() -> str:
    path = resources_dir() / "fonts" / "OFL.txt"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""


def about_text(qt_version: str | None = None) -> str:
    """Plain text of everything the About box shows (the ``about`` verb prints it)."""
    lines = [f"{PROGRAM_TH} รุ่น {app.__version__}", "", "รุ่นของส่วนประกอบ (versions):"]
    lines += [f"  {c.name}: {c.version}" for c in component_versions(qt_version)]
    lines += ["", "ข้อมูลเครื่อง (system):"]
    lines += [f"  {k}: {v}" for k, v in system_info()]
    lines += ["", "สัญญาอนุญาตของฟอนต์และไลบรารีที่มากับโปรแกรม (licences):"]
    for lic in LICENCES:
        lines.append(f"  {lic.component} [{lic.licence}]")
        lines.append(f"    {lic.text_th}")
        lines.append(f"    {lic.text_en}")
    from app.maintenance.licences import shipped_components

    lines += ["", "ทุกส่วนประกอบที่มากับโปรแกรมและสัญญาอนุญาต (everything shipped; full texts in the About box "
              "and in resources/licences and each library's metadata):"]
    lines += [f"  {c.name} {c.version}".rstrip() + f" [{c.licence}]" for c in shipped_components()]
    return "\n".join(lines)
