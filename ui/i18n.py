"""Thai for Qt's own words (standard buttons, message boxes, file and print dialogs, context
menus, undo texts) and the project's translation catalogues, installed at start-up.

PySide6 ships no Thai translation of Qt, so the project keeps its own in
``resources/i18n/qtbase_th.ts``: Qt's source strings and contexts exactly as in Qt's qtbase
catalogue, with the project's Thai. ``resources/i18n/ita_desk_th.ts`` holds the program's own
``tr()`` strings (refreshed by ``make i18n`` with lupdate), so another language could follow.
Both are compiled to ``.qm`` at build time by lrelease from PySide6-Essentials (``make``, the
bundle spec); a source checkout that was never built compiles them on first use into the data
folder, so the window is Thai however it was started.

    python -m ui.i18n compile [DIR]   # .ts -> .qm (default: resources/i18n)
    python -m ui.i18n update          # refresh ita_desk_th.ts from ui/ (lupdate)
"""
from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from app.paths import data_dir, resources_dir

LANGUAGE = "th"
# Qt's own strings first: a project string with the same context and source wins (installed last).
CATALOGUES = ("qtbase", "ita_desk")
SOURCE_DIRS = ("ui",)  # where the tr() strings live

log = logging.getLogger(__name__)


def ts_dir() -> Path:
    return resources_dir() / "i18n"


def _qt_tool(name: str) -> Path | None:
    """lrelease/lupdate as shipped inside the PySide6-Essentials wheel."""
    try:
        import PySide6
    except ImportError:
        return None
    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return candidate
    found = shutil.which(f"pyside6-{name}")
    return Path(found) if found else None


def compile_catalogues(source: Path | None = None, dest: Path | None = None) -> list[Path]:
    """Compile every ``*.ts`` of ``source`` into ``dest`` (both default to resources/i18n)."""
    source = source or ts_dir()
    dest = dest or source
    lrelease = _qt_tool("lrelease")
    if lrelease is None:
        raise RuntimeError("lrelease (PySide6-Essentials) is not installed")
    dest.mkdir(parents=True, exist_ok=True)
    out = []
    for ts in sorted(source.glob("*.ts")):
        qm = dest / f"{ts.stem}.qm"
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
        out.append(qm)
    return out


def update_project_catalogue(root: Path | None = None) -> Path:
    """Refresh ita_desk_th.ts with every tr() string under ui/ (keeps existing translations)."""
    root = root or Path(__file__).resolve().parent.parent
    lupdate = _qt_tool("lupdate")
    if lupdate is None:
        raise RuntimeError("lupdate (PySide6-Essentials) is not installed")
    sources = sorted(str(p.relative_to(root)) for d in SOURCE_DIRS for p in (root / d).rglob("*.py"))
    target = root / "resources" / "i18n" / f"ita_desk_{LANGUAGE}.ts"
    subprocess.run([str(lupdate), "-silent", "-locations", "none", "-no-obsolete",
                    "-source-language", "th_TH", "-target-language", "th_TH", *sources, "-ts", str(target)],
                   check=True, cwd=root)
    from ui.i18n_extract import merge_into_catalogue, translator_strings

    # lupdate misses the strings of modules that bind their context once (ui/tr.py)
    merge_into_catalogue(target, translator_strings([root / p for p in sources]))
    return target


def _stale(ts: Path, qm: Path) -> bool:
    return not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime


def catalogue_dir() -> Path:
    """Where the compiled catalogues are: beside the .ts files when built (always so in the
    bundle), else a cache in the data folder compiled now from the .ts files."""
    shipped = ts_dir()
    sources = list(shipped.glob("*.ts"))
    if not sources or not any(_stale(ts, shipped / f"{ts.stem}.qm") for ts in sources):
        return shipped
    cache = data_dir() / "cache" / "i18n"
    if any(_stale(ts, cache / f"{ts.stem}.qm") for ts in sources):
        compile_catalogues(shipped, cache)
    return cache


def install_translators(qapp, language: str = LANGUAGE) -> list:
    """Install Qt's and the project's translators on ``qapp``; returns the ones loaded.

    A missing or broken catalogue is logged and skipped: English buttons are better than a
    program that does not start.
    """
    from PySide6.QtCore import QTranslator

    try:
        folder = catalogue_dir()
    except (OSError, RuntimeError, subprocess.CalledProcessError):
        log.exception("the translation catalogues could not be compiled")
        return []
    loaded = []
    for name in CATALOGUES:
        translator = QTranslator(qapp)  # parented: lives as long as the application
        if translator.load(f"{name}_{language}", str(folder)):
            qapp.installTranslator(translator)
            loaded.append(translator)
        else:
            log.warning("translation catalogue %s_%s not found in %s", name, language, folder)
    return loaded


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["compile"]:
        dest = Path(argv[1]) if len(argv) > 1 else None
        for qm in compile_catalogues(dest=dest):
            print(qm)
        return 0
    if argv[:1] == ["update"]:
        print(update_project_catalogue())
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
