"""Entry point of the bundled program (PyInstaller): ``ITADesk.exe`` and ``itadesk-cli.exe``.

The same as ``python -m ui`` (``ui.launch``: the window, or a command-line verb) plus:

- ``--selftest [--report FILE]``: run the whole self-test (``ui.selftest``: the headless steps,
  then the window offscreen showing every screen and a document in the preview) and exit 0/1;
  the report defaults to ``ita-desk-selftest.json`` in the temporary folder.
- logs go to the data folder and an unexpected error shows a Thai message box naming the log
  instead of the program vanishing (a windowed program has no console to print to).
- started as the Documents screen's build process (``multiprocessing.freeze_support()``), it
  builds documents for the window instead (``ui.build_process``).
"""
from __future__ import annotations

import sys


def _show_error(text: str) -> None:
    """Tell the user about an unexpected error: a message box when a window is up, else stderr."""
    try:
        from PySide6.QtWidgets import QApplication, QMessageBox
    except ImportError:
        QApplication = None  # noqa: N806
    if QApplication is not None and QApplication.instance() is not None:
        QMessageBox.critical(None, "ITA Desk", text)
    elif sys.stderr is not None:
        print(text, file=sys.stderr)


def _selftest(argv: list[str]) -> int:
    from ui.selftest import main as selftest_main

    return selftest_main(argv)


def main(argv: list[str] | None = None) -> int:
    # First of all: started again as the document-build process (ui.build_process, multiprocessing
    # 'spawn'), the bundle's executable runs that child here and exits, never reaching the window.
    import multiprocessing

    multiprocessing.freeze_support()
    argv = sys.argv[1:] if argv is None else argv
    # A windowed program's console streams are None; keep Thai output encodable elsewhere.
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")

    import app  # noqa: F401  (pins pythainlp offline before anything imports it)
    from app.maintenance.logs import install_excepthook, setup_logging

    try:
        setup_logging()
    except OSError:
        pass  # a read-only data folder must not stop the program; errors still show
    install_excepthook(_show_error)
    import logging

    logging.getLogger("ita_desk").info("start %s %s", sys.executable, " ".join(argv))
    if "--selftest" in argv:
        return _selftest(argv)
    from ui.launch import main as launch

    return launch(argv)


if __name__ == "__main__":
    sys.exit(main())
