"""Entry point of the bundled program (PyInstaller): ``ITADesk.exe`` and ``itadesk-cli.exe``.

The same as ``python -m app`` plus:

- ``--selftest [--report FILE]``: run the self-test (``app.maintenance.selftest``) and exit 0/1;
  the report defaults to ``ita-desk-selftest.json`` in the temporary folder.
- logs go to the data folder and an unexpected error shows a Thai message box naming the log
  instead of the program vanishing (a windowed program has no console to print to).
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
    import argparse
    import tempfile
    from pathlib import Path

    from app.maintenance.selftest import selftest_report, summary_lines, write_report

    parser = argparse.ArgumentParser(prog="ITADesk --selftest")
    parser.add_argument("--selftest", action="store_true")
    parser.add_argument("--report", default=str(Path(tempfile.gettempdir()) / "ita-desk-selftest.json"))
    parser.add_argument("--no-render", action="store_true")
    args = parser.parse_args(argv)
    report = selftest_report(render=not args.no_render)
    path = write_report(report, args.report)
    if sys.stdout is not None:
        for line in summary_lines(report):
            print(line)
        print(f"รายงานผลอยู่ที่ {path}")
    return 0 if report["ok"] else 1


def main(argv: list[str] | None = None) -> int:
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
    from app.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
