"""requirements.lock agrees with pyproject.toml: every pin there is locked at the same version,
every locked package has hashes, and nothing is locked that nothing asks for."""
import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
REFRESH = "refresh it with `make lock` (README, Dependencies)"


def _locked() -> dict[str, tuple[str, int]]:
    """name -> (version, number of hashes)"""
    text = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    out = {}
    for block in re.split(r"\n(?=[A-Za-z0-9])", text):
        m = re.match(r"([A-Za-z0-9_.\-]+)==([^\s;\\]+)", block)
        if m:
            out[canonicalize_name(m[1])] = (m[2], block.count("--hash=sha256:"))
    return out


def _declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    reqs = list(project["project"]["dependencies"])
    for extra in ("test", "bundle"):
        reqs += project["project"]["optional-dependencies"][extra]
    reqs += project["dependency-groups"]["build"]
    return [Requirement(r) for r in reqs]


def test_every_declared_dependency_is_locked_at_its_pin():
    locked = _locked()
    for req in _declared():
        name = canonicalize_name(req.name)
        assert name in locked, f"{req.name} is in pyproject.toml but not in requirements.lock: {REFRESH}"
        assert req.specifier.contains(locked[name][0], prereleases=True), (
            f"{req} in pyproject.toml, {locked[name][0]} in requirements.lock: {REFRESH}")


def test_every_locked_package_has_hashes_and_the_gui_binding_is_the_tested_one():
    locked = _locked()
    assert len(locked) > len(_declared())  # transitive dependencies are there too
    assert all(hashes >= 1 for _, hashes in locked.values())
    # 6.12.0 corrupts CPython 3.11's reference counts (tests/test_ui_refcount.py).
    assert locked["pyside6-essentials"][0] == locked["pyside6-addons"][0] == locked["shiboken6"][0]
    assert locked["pyside6-essentials"][0] != "6.12.0"
