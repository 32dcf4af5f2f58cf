"""Measure what a reader copies and searches from one of our PDFs (the project's own check for tests).

Figures, read with pypdfium2 (the engine of Chrome, Edge and many Windows viewers):
``pua`` private-use characters; ``split_am`` ำ extracted decomposed (ํา); ``missing`` expected strings
not found verbatim (whitespace ignored); ``cluster`` line starts that cut a grapheme cluster;
``midword`` line breaks inside an expected string that are neither at a space, nor at a newmm word
boundary, nor between two dictionary words; ``protected`` breaks inside phrases that must stay whole.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

import app  # noqa: F401  (pins pythainlp offline)
from app.typeset.breaking import _pythainlp

FOLLOWERS = set("ะัาำิีึืฺุู็่้๊๋์ํๅๆ")


@dataclass
class CheckResult:
    pages: int = 0
    pua: int = 0
    split_am: int = 0
    expected: int = 0
    found: int = 0
    breaks: int = 0
    midword: int = 0
    cluster: int = 0
    protected: int = 0
    missing: list[str] = field(default_factory=list)
    bad_breaks: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.pua or self.split_am or self.midword or self.cluster or self.protected
                    or self.missing)


def extract_lines(path) -> tuple[int, list[str]]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    lines = []
    for page in pdf:
        text = page.get_textpage().get_text_range()
        lines += [ln for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if ln.strip()]
    return len(pdf), lines


def _squeeze(s: str) -> str:
    return "".join(c for c in s if not c.isspace())


def _is_thai(c: str) -> bool:
    return "\u0e01" <= c <= "\u0e5b"


_words: frozenset[str] | None = None


def _between_words(s: str, k: int, longest: int = 24) -> bool:
    global _words
    if _words is None:
        _pythainlp()
        from pythainlp.corpus import thai_words

        _words = frozenset(thai_words())
    if not (_is_thai(s[k - 1]) and _is_thai(s[k])):
        return True
    ends = any(s[max(0, k - n):k] in _words for n in range(1, min(k, longest) + 1))
    starts = any(s[k:k + n] in _words for n in range(1, min(len(s) - k, longest) + 1))
    return ends and starts


def _word_boundaries(text: str) -> set[int]:
    newmm = _pythainlp()
    bounds, pos = {0}, 0
    for tok in newmm.segment(text):
        pos += sum(1 for c in tok if not c.isspace())
        bounds.add(pos)
    return bounds


def _find_in_lines(s: str, lines: list[str], window: int = 800) -> list[int] | None:
    """Break offsets of ``s`` read as a sequence of line beginnings, not necessarily adjacent.

    A table cell split across pages is read as its first part, the other cells of the row, the
    repeated header, then its second part; and pdfium joins text of neighbouring cells that share a
    baseline into one line. So the cell is found when, line after line, the beginnings of lines
    spell it (a piece shorter than its line must be at least 4 characters or finish the text).
    """
    def common(ln: str, pos: int) -> int:
        n, limit = 0, min(len(ln), len(s) - pos)
        while n < limit and ln[n] == s[pos + n]:
            n += 1
        return n

    for i, first in enumerate(lines):
        n0 = common(first, 0)
        if not n0 or not (n0 == len(first) or n0 == len(s) or n0 >= 4):
            continue
        pos, offsets, j = n0, [], i + 1
        while pos < len(s):
            end = min(len(lines), i + window)
            nxt = next((k for k in range(j, end) if lines[k] and common(lines[k], pos) in
                        (len(lines[k]), len(s) - pos)), None)
            if nxt is None:
                nxt = next((k for k in range(j, end) if common(lines[k], pos) >= 4), None)
            if nxt is None:
                break
            offsets.append(pos)
            pos += common(lines[nxt], pos)
            j = nxt + 1
        if pos == len(s):
            return offsets
    return None


def check_pdf(path, texts=(), protect=()) -> CheckResult:
    pages, lines = extract_lines(path)
    chars: list[str] = []
    starts: set[int] = set()
    for ln in lines:
        starts.add(len(chars))
        chars.extend(c for c in ln if not c.isspace())
    flat = "".join(chars)
    squeezed_lines = [_squeeze(ln) for ln in lines]
    r = CheckResult(pages=pages, expected=len(texts))
    r.pua = sum(1 for c in flat if 0xE000 <= ord(c) <= 0xF8FF or ord(c) >= 0xF0000)
    r.split_am = flat.count("\u0e4d\u0e32")
    for t in texts:
        s = _squeeze(t)
        if not s:
            r.found += 1
            continue
        at = flat.find(s)
        if at >= 0:
            inner = sorted(p - at for p in starts if at < p < at + len(s))
        else:
            inner = _find_in_lines(s, squeezed_lines)
            if inner is None:
                r.missing.append(t[:60])
                continue
        r.found += 1
        if not inner:
            continue
        bounds = _word_boundaries(t)
        for off in inner:
            r.breaks += 1
            ctx = s[max(0, off - 8):off] + "|" + s[off:off + 8]
            if s[off] in FOLLOWERS or unicodedata.category(s[off]) == "Mn":
                r.cluster += 1
                r.bad_breaks.append(ctx)
            elif off not in bounds and not _between_words(s, off):
                r.midword += 1
                r.bad_breaks.append(ctx)
            for ph in protect:
                q = _squeeze(ph)
                k = s.find(q)
                while k >= 0:
                    if k < off < k + len(q):
                        r.protected += 1
                        r.bad_breaks.append("protect:" + ctx)
                    k = s.find(q, k + 1)
    return r
