"""The five PDF readers an officer's document meets, as text extractors for the tests: pdfium
(Chrome, Edge), pypdf, pdf.js (Firefox; the ``pdfjs-dist`` package run by Node), mupdf
(``mutool draw -F txt``) and poppler (``pdftotext -raw``, and its default mode for tables).

pdf.js is installed by the tests themselves (``npm ci`` in tests/readers from its lock file);
a reader that cannot be had is reported with the reason, so the test can skip it saying why.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

READERS_DIR = Path(__file__).resolve().parent / "readers"
READERS = ("pdfium", "pypdf", "pdfjs", "mupdf", "poppler")


def pdfjs_ready() -> str | None:
    """None when pdf.js can run, else why not (after trying ``npm ci`` once)."""
    if not shutil.which("node") or not shutil.which("npm"):
        return "Node.js and npm are not installed"
    if not (READERS_DIR / "node_modules" / "pdfjs-dist").is_dir():
        try:
            subprocess.run(["npm", "ci", "--omit=optional", "--no-audit", "--no-fund"],
                           cwd=READERS_DIR, capture_output=True, text=True, check=True, timeout=300)
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
            tail = getattr(exc, "stderr", "") or str(exc)
            return f"npm ci of pdfjs-dist failed (registry unreachable?): {tail.strip()[-300:]}"
    return None


def missing_reader(name: str) -> str | None:
    if name == "pdfjs":
        return pdfjs_ready()
    if name == "mupdf" and not shutil.which("mutool"):
        return "mutool is not installed (make sysdeps: apt-get install mupdf-tools)"
    if name == "poppler" and not shutil.which("pdftotext"):
        return "pdftotext is not installed (make sysdeps: apt-get install poppler-utils)"
    return None


def extract(name: str, paths: list[Path], poppler_mode: str = "-raw") -> dict[Path, str]:
    """Text of each PDF as reader ``name`` gives it (pages joined by newlines)."""
    if name == "pdfium":
        import pypdfium2 as pdfium

        return {p: "\n".join(pg.get_textpage().get_text_range() for pg in pdfium.PdfDocument(str(p)))
                for p in paths}
    if name == "pypdf":
        import pypdf

        return {p: "\n".join(pg.extract_text() for pg in pypdf.PdfReader(str(p)).pages) for p in paths}
    if name == "pdfjs":
        env = dict(os.environ, NODE_NO_WARNINGS="1")
        subprocess.run(["node", str(READERS_DIR / "pdfjs_text.mjs"), *map(str, paths)],
                       capture_output=True, text=True, check=True, timeout=600, env=env)
        out = {}
        for p in paths:
            side = Path(str(p) + ".pdfjs.txt")
            out[p] = side.read_text(encoding="utf-8")
            side.unlink()
        return out
    if name == "mupdf":
        return {p: subprocess.run(["mutool", "draw", "-q", "-F", "txt", "-o", "-", str(p)],
                                  capture_output=True, text=True, check=True).stdout for p in paths}
    if name == "poppler":
        args = ["pdftotext", "-enc", "UTF-8"] + ([poppler_mode] if poppler_mode else [])
        return {p: subprocess.run(args + [str(p), "-"], capture_output=True, text=True, check=True).stdout
                for p in paths}
    raise ValueError(name)


def lines_of(text: str) -> list[str]:
    """Non-blank lines (pdfium marks a line-final hyphen U+FFFE: that is a fault, kept visible)."""
    return [ln for ln in re.split(r"[\r\n\x0c]+", text) if ln.strip()]


def joined(text: str) -> tuple[str, set[int]]:
    """The lines joined without separator, runs of blanks made one space, and the offsets where
    two lines were joined (where a line wrapped)."""
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln.strip()) for ln in lines_of(text)]
    out, joins, n = [], set(), 0
    for ln in lines:
        if out:
            joins.add(n)
        out.append(ln)
        n += len(ln)
    return "".join(out), joins


def reads_exactly(source: str, text: str, joins: set[int]) -> bool:
    """Whether ``text`` holds ``source`` (blanks made one space) character for character, where
    only a space of the source may be missing where a line wrapped. Nothing may be added: a space
    inside a word, a reordered mark, a split ำ or a dropped hyphen makes it fail."""
    p = re.sub(r"\s+", " ", source.strip())
    start = text.find(p[:6])
    while start >= 0:
        i, j = 0, start
        while i < len(p):
            if j < len(text) and p[i] == text[j]:
                i, j = i + 1, j + 1
            elif p[i] == " " and (j in joins or j == len(text)):
                i += 1
            elif j in joins and text[j:j + 1] == " ":
                j += 1
            else:
                break
        if i == len(p):
            return True
        start = text.find(p[:6], start + 1)
    return False
