"""Test set-up: offscreen Qt, a private data folder and a private home folder, all fixed before
anything imports Qt or pythainlp; fixtures for fresh and demo databases.

No test may touch the real home folder: HOME, the XDG folders (where QSettings keeps
``ITADesk/ITA Desk.conf`` on Linux) and the Windows profile folders point into a temporary
folder for the whole run (``tests/test_home_folder.py`` checks it).
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_DATA = Path(tempfile.mkdtemp(prefix="ita-test-data-"))
os.environ["ITA_DESK_DATA"] = str(_DATA)
TEST_HOME = Path(tempfile.mkdtemp(prefix="ita-test-home-"))
for _var, _sub in (("HOME", ""), ("USERPROFILE", ""), ("XDG_CONFIG_HOME", ".config"),
                   ("XDG_DATA_HOME", ".local/share"), ("XDG_CACHE_HOME", ".cache"),
                   ("APPDATA", "AppData/Roaming"), ("LOCALAPPDATA", "AppData/Local")):
    os.environ[_var] = str(TEST_HOME / _sub)

import pytest  # noqa: E402

import app  # noqa: E402,F401  (configures pythainlp before any test imports it)
from tests.legacy_venv import installed_pyside, pad_none_on_leaky_pyside  # noqa: E402

_PADDED = pad_none_on_leaky_pyside()


def pytest_report_header(config):
    if _PADDED:
        return (f"PySide6 {installed_pyside()} is installed, not the locked release: "
                "rebuild the venv from requirements.lock (make install)")
    return None

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT / "tests" / "data" / "seeds"


@pytest.fixture(scope="session")
def build_process():
    """One warm document-build process for the tests that build through the Documents screen
    (a fresh one per test would cost each a few seconds of start-up); stopped at the end."""
    from ui.build_process import BuildProcess

    process = BuildProcess()
    yield process
    process.shutdown()


@pytest.fixture
def db(tmp_path):
    """A fresh, migrated, empty database."""
    from app.store.db import open_database

    database = open_database(tmp_path / "test.sqlite3")
    yield database
    database.close()


@pytest.fixture(scope="session")
def _demo_db_file(tmp_path_factory):
    from app.exchange.demo import load_demo
    from app.store.db import open_database

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = open_database(path)
    load_demo(database)
    database.close()
    return path


@pytest.fixture
def demo_db(_demo_db_file, tmp_path):
    """A database holding every demo unit (a private copy per test)."""
    from app.store.db import open_database

    path = tmp_path / "demo.sqlite3"
    shutil.copy(_demo_db_file, path)
    database = open_database(path)
    yield database
    database.close()


@pytest.fixture(scope="module")
def demo_session(_demo_db_file, tmp_path_factory):
    """A session on a copy of the demo database, shared by a module's read-only tests."""
    from app.store.db import open_database

    path = tmp_path_factory.mktemp("demo-session") / "demo.sqlite3"
    shutil.copy(_demo_db_file, path)
    database = open_database(path)
    with database.session() as s:
        yield s
    database.close()


@pytest.fixture(scope="session")
def corpus_documents(_demo_db_file, tmp_path_factory):
    """Every document kind and layout of every demo unit, built once (tests/document_corpus.py):
    a list of (job name, pdf path, expected texts, names that fit a column, wider names)."""
    from app.reports import build_document
    from app.store.db import open_database
    from tests import document_corpus as corpus

    path = tmp_path_factory.mktemp("corpus") / "demo.sqlite3"
    shutil.copy(_demo_db_file, path)
    out = path.parent
    docs = []
    database = open_database(path)
    try:
        with database.session() as session:
            for job in corpus.jobs(session):
                pdf = out / f"{job.name}.pdf"
                pdf.write_bytes(build_document(session, job.request))
                docs.append((job.name, pdf, corpus.expected_texts(session, job.request),
                             corpus.protected_names(session, job.request),
                             corpus.protected_names(session, job.request, fitting=False)))
    finally:
        database.close()
    return docs
