"""The program's entry: ``python -m ui [VERB …]``, the ``ita-desk`` command and the bundle.

No verb (or ``run``) opens the window; any other verb is the headless command line's
(``app.cli``), so one command does both. The window lives here, outside ``app/``, because
``app/`` never imports Qt or ``ui``: this module hands ``app.cli.main`` the function that
opens the window instead. Qt is imported only when the window opens, so ``ita-desk units``
stays as quick as ``python -m app units``.
"""
from __future__ import annotations

import sys
from pathlib import Path


def open_window(db_path: Path | None, demo_first_run: bool) -> int:
    from ui.main import run_gui

    return run_gui(db_path, demo_first_run=demo_first_run)


def main(argv: list[str] | None = None) -> int:
    from app.cli import main as cli_main

    return cli_main(sys.argv[1:] if argv is None else argv, window=open_window)
