"""The layer contracts (``.importlinter``) and the command line's lazy imports, as tests.

``app/`` never imports Qt or ``ui/``; ``app``'s packages import only those below them in the
declared order; no package has an import cycle between its modules. A verb imports only its own
layers: ``--help`` and ``units`` never load reports, Excel, typesetting or Qt.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from importlinter.application.use_cases import lint_imports
from importlinter.configuration import configure as configure_import_linter

ROOT = Path(__file__).resolve().parents[1]

# Loaded only by the verbs that print documents or workbooks, or by the window.
HEAVY = ("reportlab", "openpyxl", "uharfbuzz", "pythainlp", "PIL", "PySide6",
         "app.reports", "app.excel", "app.typeset", "app.exchange", "ui")


def test_layer_contracts_hold(capsys):
    configure_import_linter()  # what its command line does first: file readers, graph builder
    kept = lint_imports(config_filename=str(ROOT / ".importlinter"), cache_dir=None, no_logo=True)
    assert kept, capsys.readouterr().out


def _modules_after(argv: list[str], tmp_path: Path) -> set[str]:
    code = ("import json, sys\nfrom app.cli import main\n"
            f"try:\n    code = main({argv!r})\nexcept SystemExit as exit:\n    code = exit.code\n"
            "print(json.dumps(sorted(sys.modules)), file=sys.stderr)\nsys.exit(code)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                            env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "HOME": str(tmp_path),
                                 "ITA_DESK_DATA": str(tmp_path / "data")})
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stderr.strip().splitlines()[-1]))


def _loaded(modules: set[str], prefixes) -> list[str]:
    return sorted(m for m in modules if any(m == p or m.startswith(p + ".") for p in prefixes))


def test_help_loads_no_verb_module(tmp_path):
    modules = _modules_after(["--help"], tmp_path)
    assert _loaded(modules, HEAVY + ("sqlalchemy", "alembic", "app.store", "app.services")) == []
    assert "app.cli.data" not in modules and "app.cli.reports" not in modules


def test_units_loads_only_the_database_and_services(tmp_path):
    path = str(tmp_path / "ita.sqlite3")
    modules = _modules_after(["units", "--db", path], tmp_path)  # creates and migrates it
    assert {"app.cli.data", "app.services.units", "app.store.db"} <= modules
    assert _loaded(modules, HEAVY) == []
    assert "app.cli.excel" not in modules and "app.cli.reports" not in modules
    # a database at the head revision is read with sqlite3 alone
    modules = _modules_after(["units", "--db", path], tmp_path)
    assert "app.store.quick_read" in modules
    assert _loaded(modules, HEAVY + ("sqlalchemy", "alembic", "app.services", "app.store.db")) == []


def test_app_does_not_open_the_window(tmp_path, capsys):
    from app.cli import main

    assert main(["run", "--db", str(tmp_path / "x.sqlite3")]) == 2
    assert "python -m ui" in capsys.readouterr().err
    assert main([]) == 0  # no verb without a window: the list of verbs
    assert "units" in capsys.readouterr().out
