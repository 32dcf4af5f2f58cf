"""The licence texts of everything the program ships, for the About box, the bundle and its check.

What is shipped: every Python distribution the program needs at run time (the dependency
closure of ``ita-desk``, extras left out), plus what no distribution describes: Qt and PySide6
(LGPL-3.0 with the offer of source), Python itself, the Sarabun fonts and HarfBuzz (compiled
into uharfbuzz). A distribution's texts are the licence files of its own metadata
(``*.dist-info/licenses/…``, ``LICENSE``, ``COPYING``, ``NOTICE``…), which the bundle keeps.

In a bundle the closure cannot be recomputed (the program's own metadata is not there), so the
build writes it to ``resources/licences/shipped.json`` (``write_manifest``) and this module reads
it back. ``packaging/licences.py`` checks a built bundle against the list.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from app.paths import resources_dir

ROOT_DISTRIBUTION = "ita-desk"
MANIFEST = "shipped.json"
# A licence file: any path with a part named like one (PEP 639 puts them under licenses/…), not code.
_LICENCE_FILE = re.compile(r"(^|/)[^/]*(licen[cs]e|copying|notice|authors)[^/]*(/.*)?$(?<!\.py)(?<!\.pyc)",
                           re.IGNORECASE)


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str  # SPDX expression (or the distribution's own words when it gives none)
    files: tuple[str, ...] = field(default=())  # where the texts are (for the check and the box)

    def texts(self) -> list[tuple[str, str]]:
        """(file name, text) of each licence text, read now."""
        out = []
        for name in self.files:
            text = _read(name)
            if text:
                out.append((name, text))
        return out


# Shipped but not described by any distribution's metadata: (name, version, licence, files
# under resources/).
_OTHER = (
    ("Qt / PySide6 / Shiboken6 (LGPL, offer of source)", "6.11", "LGPL-3.0-only",
     ("licences/Qt-source-offer.txt", "licences/LGPL-3.0.txt", "licences/GPL-3.0.txt")),
    ("Python", "3.11", "PSF-2.0", ("licences/Python-LICENSE.txt", "licences/Apache-2.0.txt")),
    ("Sarabun fonts (Cadson Demak)", "", "OFL-1.1", ("fonts/OFL.txt",)),
    ("HarfBuzz (in uharfbuzz)", "", "MIT-Modern-Variant", ("licences/HarfBuzz-COPYING.txt",)),
)
# Distributions whose metadata carries no licence text: the text is one of _OTHER's.
_COVERED_BY = {
    "pyside6-essentials": "licences/LGPL-3.0.txt",
    "pyside6-addons": "licences/LGPL-3.0.txt",
    "shiboken6": "licences/LGPL-3.0.txt",
    "pyside6-pdf": "licences/LGPL-3.0.txt",  # QtPdf's own wheel in PySide6 6.12
}


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _read(name: str) -> str:
    """A text named ``licences/...`` / ``fonts/...`` (resources) or ``dist:NAME:path``."""
    try:
        if name.startswith("dist:"):
            _, dist, path = name.split(":", 2)
            located = Path(metadata.distribution(dist).locate_file(path))
            return located.read_text(encoding="utf-8", errors="replace")
        return (resources_dir() / name).read_text(encoding="utf-8", errors="replace")
    except (OSError, ValueError, metadata.PackageNotFoundError):
        return ""


def runtime_closure(root: str = ROOT_DISTRIBUTION) -> list[str]:
    """Canonical names of the distributions the program needs at run time (root excluded)."""
    seen: set[str] = set()
    todo = [root]
    while todo:
        name = _canonical(todo.pop())
        if name in seen:
            continue
        seen.add(name)
        for line in metadata.distribution(name).requires or []:
            if _needed_at_run_time(line):
                todo.append(re.match(r"[A-Za-z0-9_.\-]+", line)[0])
    seen.discard(_canonical(root))
    return sorted(seen)


def _needed_at_run_time(requirement: str) -> bool:
    """A requirement line applies here and is not only for an extra (test, bundle, …)."""
    try:
        from packaging.requirements import Requirement
    except ImportError:  # packaging is a test-time library; fall back to reading the marker
        marker = requirement.partition(";")[2]
        return "extra" not in marker
    req = Requirement(requirement)
    return req.marker is None or req.marker.evaluate({"extra": ""})


def _distribution_component(name: str) -> Component:
    dist = metadata.distribution(name)
    meta = dist.metadata
    licence = meta.get("License-Expression") or ""
    if not licence:
        words = (meta.get("License") or "").strip()
        classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []
                       if c.startswith("License ::")]
        licence = words if words and len(words) < 80 and "\n" not in words else "; ".join(classifiers) or words[:80]
    files = tuple(f"dist:{name}:{f.as_posix()}" for f in dist.files or [] if _LICENCE_FILE.search(f.as_posix()))
    if not files and name in _COVERED_BY:
        files = (_COVERED_BY[name],)
    return Component(meta["Name"], dist.version, licence, files)


def _shipped_names() -> list[str]:
    manifest = resources_dir() / "licences" / MANIFEST
    if manifest.is_file():
        return json.loads(manifest.read_text(encoding="utf-8"))["distributions"]
    return runtime_closure()


def shipped_components() -> list[Component]:
    """Everything shipped with its licence: the other components, then each distribution."""
    out = [Component(n, v, lic, files) for n, v, lic, files in _OTHER]
    for name in _shipped_names():
        try:
            out.append(_distribution_component(name))
        except metadata.PackageNotFoundError:
            out.append(Component(name, "-", "-", ()))
    return out


def write_manifest(folder: Path, names: list[str] | None = None) -> Path:
    """Write the list of shipped distributions (the build does this into the bundle)."""
    folder.mkdir(parents=True, exist_ok=True)
    names = runtime_closure() if names is None else names
    path = folder / MANIFEST
    path.write_text(json.dumps({"distributions": names,
                                "versions": {n: metadata.version(n) for n in names}}, indent=1),
                    encoding="utf-8")
    return path


def full_text() -> str:
    """Every licence text, one after the other, under a heading naming what it is for."""
    parts = []
    for c in shipped_components():
        head = f"{c.name} {c.version}".strip() + f" — {c.licence}"
        parts.append("=" * len(head) + f"\n{head}\n" + "=" * len(head))
        for name, text in c.texts():
            parts.append(f"--- {name.rsplit(':', 1)[-1]} ---\n{text.strip()}\n")
    return "\n\n".join(parts)
