"""Everything shipped carries its licence: the run-time libraries (from the program's own
metadata) each with their texts, Qt/PySide6 under LGPL with the offer of source, Python, the
fonts; the About box shows them all; a built bundle is checked against the same list."""
import json
import re
import tomllib
from pathlib import Path

import pytest

from app.maintenance import licences
from app.maintenance.licences import full_text, runtime_closure, shipped_components, write_manifest

ROOT = Path(__file__).resolve().parent.parent


def _declared() -> set[str]:
    """The run-time dependencies pyproject.toml declares (canonical names)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {re.sub(r"[-_.]+", "-", re.match(r"[A-Za-z0-9_.\-]+", r)[0]).lower() for r in project["dependencies"]}


@pytest.fixture
def current_metadata():
    """The list comes from the installed program's metadata: it must be this pyproject.toml's."""
    from importlib import metadata

    installed = {re.sub(r"[-_.]+", "-", re.match(r"[A-Za-z0-9_.\-]+", r)[0]).lower()
                 for r in metadata.distribution("ita-desk").requires or [] if "extra" not in r}
    if installed != _declared():
        pytest.skip("the installed ita-desk metadata predates pyproject.toml: reinstall (make install)")


DECLARED = {"pyside6-essentials", "shiboken6", "sqlalchemy", "alembic", "reportlab", "uharfbuzz",
            "pythainlp", "openpyxl", "platformdirs", "pillow"}


@pytest.mark.usefixtures("current_metadata")
def test_the_runtime_closure_is_every_library_shipped_and_no_test_tool():
    closure = set(runtime_closure())
    assert DECLARED | _declared() <= closure
    assert {"mako", "markupsafe", "et-xmlfile", "lxml"} <= closure  # transitive ones too
    assert not closure & {"pytest", "pyinstaller", "pypdf", "import-linter", "vulture", "pip"}


@pytest.mark.usefixtures("current_metadata")
def test_every_shipped_component_has_a_licence_and_its_text():
    components = shipped_components()
    names = {c.name.lower().replace("_", "-") for c in components}
    assert {d for d in DECLARED} <= names
    for c in components:
        assert c.licence, c.name
        texts = c.texts()
        assert any(len(t) > 200 for _, t in texts), (c.name, c.files)  # a real licence, not only AUTHORS
    qt = components[0]
    assert qt.licence == "LGPL-3.0-only"
    joined = "\n".join(t for _, t in qt.texts())
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in joined and "GNU GENERAL PUBLIC LICENSE" in joined
    assert "Offer of source" in joined and "ข้อเสนอให้รหัสต้นฉบับ" in joined and "6.11" in joined


@pytest.mark.usefixtures("current_metadata")
def test_the_full_text_names_everything():
    text = full_text()
    for needle in ("GNU LESSER GENERAL PUBLIC LICENSE", "SIL OPEN FONT LICENSE", "PYTHON SOFTWARE FOUNDATION",
                   "HarfBuzz is licensed", "Apache License"):
        assert needle.upper() in text.upper(), needle
    for name in runtime_closure():
        assert name.replace("-", "").lower() in text.replace("-", "").replace("_", "").lower(), name


def test_a_bundle_reads_its_list_from_the_manifest(tmp_path, monkeypatch):
    folder = tmp_path / "resources" / "licences"
    write_manifest(folder, ["alembic", "pillow"])
    assert json.loads((folder / "shipped.json").read_text())["versions"]["alembic"]
    monkeypatch.setattr(licences, "resources_dir", lambda: tmp_path / "resources")
    names = [c.name for c in shipped_components()]
    assert names[-2:] == ["alembic", "pillow"]


def test_the_bundle_licence_check_finds_what_is_missing(tmp_path):
    import importlib.util
    import shutil

    from app.paths import resources_dir

    spec = importlib.util.spec_from_file_location("bundle_licences", licences.__file__.replace(
        "app/maintenance/licences.py", "packaging/licences.py").replace("app\\maintenance\\licences.py",
                                                                         "packaging\\licences.py"))
    check = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(check)
    bundle = tmp_path / "ITADesk"
    internal = bundle / "_internal"
    shutil.copytree(resources_dir() / "licences", internal / "resources" / "licences")
    shutil.copytree(resources_dir() / "fonts", internal / "resources" / "fonts")
    write_manifest(internal / "resources" / "licences", ["alembic", "shiboken6"])
    problems = check.check_bundle(bundle)
    assert problems == ["the metadata of alembic (its licence) is not in the bundle",
                        "the metadata of shiboken6 (its licence) is not in the bundle"]
    (internal / "alembic-1.20.1.dist-info" / "licenses").mkdir(parents=True)
    (internal / "shiboken6-6.11.3.dist-info").mkdir()
    assert check.check_bundle(bundle) == ["alembic is shipped without a licence text"]
    (internal / "alembic-1.20.1.dist-info" / "licenses" / "LICENSE").write_text("MIT")
    assert check.check_bundle(bundle) == []
    (internal / "resources" / "licences" / "LGPL-3.0.txt").unlink()
    assert check.check_bundle(bundle) == ["resources/licences/LGPL-3.0.txt is missing"]
    assert check.distributions_of(["alembic.command", "os", "PIL.Image", "app.cli"]) == {"alembic", "pillow"}
