"""Which Qt modules the program imports, and does a built bundle hold them all?

The spec takes its Qt hidden imports from ``imported_qt_modules()`` (every ``PySide6.QtX``
that ``app/`` or ``ui/`` imports, found with ``ast``, lazy imports inside functions included), so
a module a screen imports can never be left out or excluded by hand; ``check_bundle()`` then
looks in the built folder for each one's extension module and its Qt library, so the build
fails when one is missing (issue 12: the Documents screen imported QtPdfWidgets, which the spec
excluded, and the bundled program died on that screen only).

    python packaging/qt_modules.py                 # list the imported Qt modules
    python packaging/qt_modules.py BUNDLE_DIR      # check a built one-folder bundle (exit 1 if not)
"""
from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_PACKAGES = ("app", "ui")


def _qt_names(node: ast.AST) -> set[str]:
    names: set[str] = set()
    if isinstance(node, ast.Import):
        for alias in node.names:
            parts = alias.name.split(".")
            if parts[0] == "PySide6" and len(parts) > 1:
                names.add(parts[1])
    elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
        parts = node.module.split(".")
        if parts[0] == "PySide6":
            if len(parts) > 1:
                names.add(parts[1])
            else:  # from PySide6 import QtCore, QtGui
                names.update(a.name for a in node.names if a.name.startswith("Qt"))
    return names


def imported_qt_modules(root: Path = ROOT) -> dict[str, list[str]]:
    """``{"QtPdfWidgets": ["ui/widgets/pdf_preview.py", …], …}`` for every Qt module imported."""
    found: dict[str, list[str]] = {}
    for package in SOURCE_PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            for node in ast.walk(tree):
                for name in _qt_names(node):
                    found.setdefault(name, []).append(path.relative_to(root).as_posix())
    return dict(sorted(found.items()))


def _extension_present(pyside_dir: Path, module: str) -> bool:
    return any(pyside_dir.glob(f"{module}.*.so")) or any(pyside_dir.glob(f"{module}.pyd")) \
        or any(pyside_dir.glob(f"{module}.so"))


def _library_present(bundle_internal: Path, module: str) -> bool:
    """Qt's own library for the module: libQt6Pdf.so.6 (Linux), Qt6Pdf.dll (Windows)."""
    stem = "Qt6" + module[2:]
    patterns = (f"lib{stem}.so*", f"{stem}.dll", f"{stem}.framework")
    return any(next(bundle_internal.rglob(p), None) is not None for p in patterns)


def addons_modules() -> set[str]:
    """Qt modules that come in the large PySide6-Addons wheel (from its own module list)."""
    import json

    import PySide6

    listing = Path(PySide6.__file__).resolve().parent / "PySide6_Addons.json"
    if not listing.is_file():
        return set()
    return {f"Qt{name}" for name in json.loads(listing.read_text(encoding="utf-8"))}


def bundled_modules(bundle: Path) -> set[str]:
    internal = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    return {p.name.split(".")[0] for p in (internal / "PySide6").glob("Qt*") if p.suffix in (".so", ".pyd")}


def check_bundle(bundle: Path, root: Path = ROOT) -> list[str]:
    """Problems with ``bundle`` (the one-folder ITADesk/); empty when it holds every module the
    program imports and, of the Addons wheel's modules, only those."""
    internal = bundle / "_internal"
    if not internal.is_dir():
        internal = bundle
    pyside = internal / "PySide6"
    imported = imported_qt_modules(root)
    problems = [f"PySide6.{m} comes from PySide6-Addons but the program does not import it"
                for m in sorted((bundled_modules(bundle) & addons_modules()) - set(imported))]
    for module, users in imported.items():
        if not _extension_present(pyside, module):
            problems.append(f"PySide6.{module} (imported by {', '.join(users[:3])}) is not in the bundle")
        elif not _library_present(internal, module):
            problems.append(f"the Qt library of PySide6.{module} is not in the bundle")
    return problems


def main(argv: list[str]) -> int:
    if not argv:
        for module, users in imported_qt_modules().items():
            print(f"{module}\t{', '.join(users)}")
        return 0
    problems = check_bundle(Path(argv[0]))
    for p in problems:
        print(f"BUNDLE IS MISSING: {p}", file=sys.stderr)
    if not problems:
        print(f"bundle holds every Qt module the program imports: {', '.join(imported_qt_modules())}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
