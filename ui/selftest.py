"""The installed program's self-test, window included: ``ITADesk --selftest``.

Runs ``app.maintenance.selftest``'s headless steps (fresh database with the demo, Thai PDF,
workbook, …) and then, on the offscreen platform, the steps only a window can check:

- ``render``: QtPdf opens the self-test PDF, draws its first page (not blank) and reads the
  Thai back exactly;
- ``window``: the main window with the demo database, translators installed, shows every
  screen in turn (each one built, laid out at 1366×768 and painted), then the Documents screen
  builds a document on its worker thread and shows it in the preview (pages counted, the
  preview painted with ink on it).

Any Python exception raised while the window runs, even one Qt would only print from a slot,
fails the step, so a screen that crashes can never pass. Nothing touches the user's data or
window settings: everything lives in a temporary folder.

    python -m ui.selftest [--report FILE] [--no-render]
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from app.maintenance.selftest import EXTRACT_WORD, StepFailed, selftest_report, summary_lines, write_report

WINDOW_SIZE = (1366, 768)
BUILD_TIMEOUT_S = 120.0


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise StepFailed(message)


def _application():
    """The QApplication (offscreen when the self-test makes it) with fonts and translators."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        # The self-test must run on a build machine, a CI runner or a PC with no one watching.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from ui.main import make_application

    return make_application(["ita-desk-selftest"])


def _render(ctx: dict) -> dict:
    from ui.selftest_render import render_first_page

    _application()
    result = render_first_page(ctx["pdf"])
    _check(result["pages"] >= 1, "QtPdf found no pages")
    _check(result["ink"] > 0.002, f"the first page is blank (ink {result['ink']:.4f})")
    text = "".join(result.get("text", "").split())
    # Copy-exact text: what QtPdf extracts is what we laid out (spaces aside).
    _check(EXTRACT_WORD in text, f"text extracted by QtPdf lacks {EXTRACT_WORD!r}: {text[:80]!r}")
    return {k: v for k, v in result.items() if k != "text"} | {"text_sample": text[:60]}


class _Errors:
    """Collects every exception Python reports while the window runs (Qt hands exceptions
    raised in slots and event handlers to ``sys.excepthook`` and carries on)."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __enter__(self) -> _Errors:
        import traceback

        self._previous = sys.excepthook

        def hook(kind, value, tb) -> None:
            self.seen.append("".join(traceback.format_exception(kind, value, tb, limit=8)))

        sys.excepthook = hook
        return self

    def __exit__(self, *exc) -> None:
        sys.excepthook = self._previous

    def check(self, where: str) -> None:
        if self.seen:
            raise StepFailed(f"exception while {where}:\n{self.seen[0]}")


def _wait(qapp, done, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            return False
        qapp.processEvents()
        time.sleep(0.01)
    return True


def _ink(widget) -> float:
    from ui.selftest_render import ink_fraction

    image = widget.grab().toImage()
    _check(not image.isNull(), f"{type(widget).__name__} could not be painted")
    return ink_fraction(image)


def _select_demo(window, ctx: dict) -> tuple[int, int]:
    from app.services.units import list_units

    with window.ctx.db.session() as session:
        unit_id = next(u.id for u in list_units(session) if u.name == ctx["unit"])
    window.select(unit_id, ctx["year"])
    return unit_id, ctx["year"]


def _window(ctx: dict) -> dict[str, Any]:
    from PySide6.QtCore import QSettings

    from ui.main import build_window
    from ui.pages.registry import PAGES
    from ui.settings import WindowSettings

    qapp = _application()
    _check(qapp.platformName() in ("offscreen", "minimal") or os.environ.get("ITA_SELFTEST_VISIBLE") == "1",
           f"the window self-test runs offscreen, not on {qapp.platformName()}")
    settings = WindowSettings(QSettings(str(ctx["dir"] / "window.ini"), QSettings.Format.IniFormat))
    detail: dict[str, Any] = {"platform": qapp.platformName(), "pages": {}}
    with _Errors() as errors:
        window = build_window(ctx["db"], settings)
        try:
            window.resize(*WINDOW_SIZE)
            window.show()
            qapp.processEvents()
            detail["unit"], detail["year"] = ctx["unit"], _select_demo(window, ctx)[1]
            qapp.processEvents()
            errors.check("opening the window")
            for index, spec in enumerate(PAGES):
                window.show_page(index)
                qapp.processEvents()
                errors.check(f"showing the {spec.key} screen")
                page = window.stack.currentWidget()
                _check(window.current_page_key() == spec.key, f"the {spec.key} screen did not come up")
                _check(page is window.page(spec.key), f"the {spec.key} screen is still a placeholder")
                ink = _ink(page)
                _check(ink > 0.001, f"the {spec.key} screen painted nothing")
                detail["pages"][spec.key] = {"widget": type(page).__name__, "ink": round(ink, 4)}
            detail["document"] = _document_in_preview(qapp, window, errors)
            window.close()
            qapp.processEvents()
            errors.check("closing the window")
        finally:
            window.deleteLater()
            qapp.processEvents()
    return detail


def _document_in_preview(qapp, window, errors: _Errors) -> dict[str, Any]:
    """Build the Documents screen's current document and show it in the preview."""
    page = window.page("documents")
    window.show_page(next(i for i in range(window.stack.count()) if window.stack.widget(i) is page))
    failures: list[str] = []
    page.runner.failed.connect(failures.append)
    started = time.perf_counter()
    job = page.generate()
    _check(job is not None, f"the Documents screen did not start a build: {page.status_label.text()}")
    _check(_wait(qapp, lambda: not page.busy() or failures, BUILD_TIMEOUT_S),
           f"the document was not built within {BUILD_TIMEOUT_S:.0f} s")
    _wait(qapp, lambda: page.pdf is not None or failures, 5.0)  # the finished signal is queued
    errors.check("building the document")
    _check(not failures, f"building the document failed: {failures[:1]}")
    _check(page.pdf is not None and page.pdf.startswith(b"%PDF"), "no PDF reached the Documents screen")
    builder = page.runner.process.pid  # built in the build process (in the bundle: freeze_support)
    _check(builder is not None and builder != os.getpid(), "the document was not built in the build process")
    pages = page.preview.page_count()
    _check(pages >= 1, "the preview shows no page")
    qapp.processEvents()
    ink = _ink(page.preview)
    _check(ink > 0.002, f"the preview painted no page (ink {ink:.4f})")
    return {"kind": page.kind(), "pages": pages, "bytes": len(page.pdf), "preview_ink": round(ink, 4),
            "seconds": round(time.perf_counter() - started, 2), "build_process": builder}


# The window's steps, after app.maintenance.selftest's headless ones.
WINDOW_STEPS = (
    ("render", _render, ("thai_pdf",)),
    ("window", _window, ("demo",)),
)


def full_report(*, render: bool = True, keep_dir: Path | None = None) -> dict[str, Any]:
    return selftest_report(render=render, keep_dir=keep_dir, extra_steps=WINDOW_STEPS)


def main(argv: list[str] | None = None) -> int:
    """Run the whole self-test; 0 only when every step passed (any crash is a failure)."""
    parser = argparse.ArgumentParser(prog="ITADesk --selftest")
    parser.add_argument("--selftest", action="store_true")
    parser.add_argument("--report", default=str(Path(tempfile.gettempdir()) / "ita-desk-selftest.json"))
    parser.add_argument("--no-render", action="store_true", help="ข้ามขั้นที่ใช้หน้าต่าง (Qt)")
    args, _unknown = parser.parse_known_args(sys.argv[1:] if argv is None else argv)
    try:
        report = full_report(render=not args.no_render)
        path = write_report(report, args.report)
    except BaseException as exc:  # noqa: BLE001 - a crash of the self-test itself is a failure too
        if sys.stderr is not None:
            print(f"ผลการทดสอบตัวเอง: ไม่ผ่าน ({type(exc).__name__}: {exc})", file=sys.stderr)
        return 1
    if sys.stdout is not None:
        for line in summary_lines(report):
            print(line)
        print(f"รายงานผลอยู่ที่ {path}")
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
