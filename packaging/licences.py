"""Licence check of a build: everything in the bundle is on the licence list, with its texts.

- ``distributions_of(modules)``: the installed distributions that the bundle's modules (the
  spec's Analysis: pure modules and binaries) come from. The spec fails the build when one of
  them is not in ``app.maintenance.licences.runtime_closure()`` (a library shipped without its
  licence listed).
- ``check_bundle(bundle)``: in the built folder, the list (resources/licences/shipped.json), the
  project's licence texts (LGPL/GPL, Qt's offer of source, Python, HarfBuzz, the fonts' OFL),
  and each listed distribution's metadata with at least one licence text are all there.

    python packaging/licences.py BUNDLE_DIR
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Modules of the standard library / the bootloader, or of no distribution: not a library shipped.
_NOT_DISTRIBUTED = {"pyimod01_archive", "pyimod02_importers", "pyimod03_ctypes", "pyimod04_pywin32",
                    "pyiboot01_bootstrap", "app", "ui", "ita_desk_main"}


def distributions_of(module_names) -> set[str]:
    """Canonical names of the distributions that provide these top-level modules."""
    from importlib.metadata import packages_distributions

    owners = packages_distributions()
    out = set()
    for name in module_names:
        top = name.split(".")[0]
        if top in _NOT_DISTRIBUTED or top in sys.stdlib_module_names:
            continue
        for dist in owners.get(top, ()):
            out.add(dist.lower().replace("_", "-").replace(".", "-"))
    return out


def check_bundle(bundle: Path) -> list[str]:
    internal = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    resources = internal / "resources"
    problems = []
    manifest = resources / "licences" / "shipped.json"
    if not manifest.is_file():
        return [f"{manifest} is missing"]
    names = json.loads(manifest.read_text(encoding="utf-8"))["distributions"]
    for required in ("licences/LGPL-3.0.txt", "licences/GPL-3.0.txt", "licences/Qt-source-offer.txt",
                     "licences/Python-LICENSE.txt", "licences/HarfBuzz-COPYING.txt", "fonts/OFL.txt"):
        if not (resources / required).is_file():
            problems.append(f"resources/{required} is missing")
    covered = {"pyside6-essentials", "pyside6-addons", "shiboken6"}  # by LGPL-3.0.txt + the offer
    for name in names:
        infos = [p for p in internal.glob("*.dist-info")
                 if p.name.split("-")[0].lower().replace("_", "-").replace(".", "-") == name]
        if not infos:
            problems.append(f"the metadata of {name} (its licence) is not in the bundle")
            continue
        texts = [p for p in infos[0].rglob("*") if p.is_file() and any(
            k in p.relative_to(infos[0]).as_posix().upper() for k in ("LICEN", "COPYING", "NOTICE"))]
        if not texts and name not in covered:
            problems.append(f"{name} is shipped without a licence text")
    return problems


def main(argv: list[str]) -> int:
    problems = check_bundle(Path(argv[0]))
    for p in problems:
        print(f"LICENCE CHECK: {p}", file=sys.stderr)
    if not problems:
        print("licence check: every shipped distribution and component has its licence text in the bundle")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
