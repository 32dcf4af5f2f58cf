"""Font sets for Thai documents: the bundled Sarabun, or an official TH Sarabun font installed on the PC.

Sizes in this program are given in "TH Sarabun points" (what an officer means by 16 pt); a FontSet's
``scale`` turns them into real points for its font. The TH Sarabun fonts are free but not OFL, so we
never bundle them: we only use a copy the user already has installed.
"""
from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics

from app.paths import resources_dir
from app.typeset.pdffont import GlyphFont

DEFAULT_CHOICE = "Sarabun"

# Sarabun is ~1.46x taller and ~1.53x wider than TH SarabunPSK at the same nominal size;
# 0.68 makes 16 "TH Sarabun points" look like the officers' 16 pt.
SARABUN_SCALE = 0.68

# choice -> (file-name stems to look for, normalised: lower case, no spaces/dashes/underscores)
_INSTALLED = {
    "TH SarabunIT๙": ("thsarabunit๙", "thsarabunit9"),
    "TH SarabunPSK": ("thsarabunpsk", "thsarabun"),
    "TH Sarabun New": ("thsarabunnew",),
}
_PDF_NAMES = {
    "Sarabun": "Sarabun",
    "TH SarabunIT๙": "THSarabunIT9",
    "TH SarabunPSK": "THSarabunPSK",
    "TH Sarabun New": "THSarabunNew",
}


@dataclass(frozen=True)
class FontSet:
    name: str
    regular: str
    bold: str
    regular_path: str
    bold_path: str
    scale: float

    def face(self, bold: bool = False) -> str:
        return self.bold if bold else self.regular


_lock = threading.Lock()
_registered: dict[str, FontSet] = {}


def _font_dirs() -> list[Path]:
    dirs: list[Path] = []
    if sys.platform == "win32":
        windir = os.environ.get("WINDIR", r"C:\Windows")
        dirs.append(Path(windir) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    else:
        home = Path.home()
        dirs += [home / ".fonts", home / ".local" / "share" / "fonts", Path("/usr/share/fonts"),
                 Path("/usr/local/share/fonts")]
        if sys.platform == "darwin":
            dirs += [home / "Library" / "Fonts", Path("/Library/Fonts")]
    return [d for d in dirs if d.is_dir()]


def _norm(name: str) -> str:
    stem = name.rsplit(".", 1)[0].lower()
    for ch in " -_":
        stem = stem.replace(ch, "")
    return stem


_scan_cache: dict[str, tuple[Path, Path]] | None = None


def _scan_installed() -> dict[str, tuple[Path, Path]]:
    """choice -> (regular, bold) paths of the TH Sarabun fonts found on this PC."""
    global _scan_cache
    if _scan_cache is not None:
        return _scan_cache
    files: dict[str, Path] = {}
    for d in _font_dirs():
        try:
            for root, _dirs, names in os.walk(d):
                for n in names:
                    if n.lower().endswith(".ttf"):
                        files.setdefault(_norm(n), Path(root) / n)
        except OSError:
            continue
    found: dict[str, tuple[Path, Path]] = {}
    for choice, stems in _INSTALLED.items():
        for stem in stems:
            regular = files.get(stem) or files.get(stem + "regular")
            if regular:
                bold = files.get(stem + "bold") or regular
                found[choice] = (regular, bold)
                break
    _scan_cache = found
    return found


def available_font_choices() -> list[str]:
    """"Sarabun" (bundled) first, then the official fonts installed on this PC."""
    return [DEFAULT_CHOICE] + [c for c in _INSTALLED if c in _scan_installed()]


def _paths(choice: str) -> tuple[Path, Path, float]:
    if choice == DEFAULT_CHOICE:
        d = resources_dir() / "fonts"
        return d / "Sarabun-Regular.ttf", d / "Sarabun-Bold.ttf", SARABUN_SCALE
    installed = _scan_installed()
    if choice not in installed:
        raise ValueError(f"ไม่พบแบบอักษร {choice} ในเครื่องนี้")
    regular, bold = installed[choice]
    return regular, bold, 1.0


def register_font_set(choice: str = DEFAULT_CHOICE) -> FontSet:
    """Register the regular and bold faces of ``choice`` with ReportLab (once per process)."""
    with _lock:
        fs = _registered.get(choice)
        if fs is not None:
            return fs
        regular_path, bold_path, scale = _paths(choice)
        base = _PDF_NAMES.get(choice, _norm(choice))
        names = (base, base + "-Bold")
        for name, path in zip(names, (regular_path, bold_path)):
            existing = pdfmetrics._fonts.get(name)
            if not (isinstance(existing, GlyphFont) and existing.path == str(path)):
                pdfmetrics.registerFont(GlyphFont(name, str(path)))
        # So that ReportLab's own <b> markup (used by other writers) finds the bold face.
        addMapping(base, 0, 0, names[0])
        addMapping(base, 1, 0, names[1])
        addMapping(base, 0, 1, names[0])
        addMapping(base, 1, 1, names[1])
        fs = FontSet(choice, names[0], names[1], str(regular_path), str(bold_path), scale)
        _registered[choice] = fs
        return fs
