"""Measure what a reader copies and searches from one of our PDFs (the project's own check for tests).

Figures, read with pypdfium2 (the engine of Chrome, Edge and many Windows viewers):
``pua`` private-use characters; ``split_am`` ำ extracted decomposed (ํา); ``missing`` expected strings
not found verbatim (whitespace ignored); ``cluster`` line starts that cut a grapheme cluster;
``midword`` line breaks inside an expected string that are neither at a space, nor at a newmm word
boundary, nor between two dictionary words; ``protected`` breaks inside phrases that must stay whole.
A U+FFFE anywhere (pdfium's reading of a line-final hyphen it takes for hyphenation, which the
typesetter no longer produces) fails the extraction itself: every user of ``extract_lines`` sees it.
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
        # pdfium reads a hyphen it takes for hyphenation (one ending a line) as U+FFFE; the
        # typesetter ends no line that way (app.typeset.render), so one read is a fault
        assert "\ufffe" not in text, f"{path}: a line-final hyphen read as U+FFFE by pdfium"
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


def _find_in_pieces(s: str, flat: str, edges: set[int], window: int = 30000):
    """``s`` read as successive pieces of ``flat``: [(offset in s, offset in flat)] of each piece
    after the first, with the first's offset in flat; None if it is not there.

    pdfium reads a page in content-stream order, where each table cell is drawn whole; a cell
    split across pages is read as its first part, the rest of that page (other cells, the next
    page's repeated header) and then its second part. So a text is found when it is the
    concatenation of pieces of the whitespace-free extraction, in order, each starting and ending
    at an edge of the extracted text (a line start or end, or whitespace), each but the last at
    least 4 characters long, each found within ``window`` characters after the previous one.
    """
    def common(a: int, pos: int) -> int:
        n, limit = 0, min(len(flat) - a, len(s) - pos)
        while n < limit and flat[a + n] == s[pos + n]:
            n += 1
        return n

    head = s[:4]
    a = flat.find(head)
    while a >= 0:
        if a in edges:
            pos, cur, cuts = 0, a, []
            while True:
                n = common(cur, pos)
                if pos + n == len(s):
                    return a, cuts
                while n >= 4 and cur + n not in edges:
                    n -= 1
                if n < 4:
                    break
                pos += n
                # the next piece: of the candidates in the window, the one reading furthest
                probe, best, nxt = s[pos:pos + 4], None, flat.find(s[pos:pos + 4], cur + n)
                while 0 <= nxt < cur + n + window:
                    if nxt in edges:
                        m = common(nxt, pos)
                        if pos + m != len(s):
                            while m >= 4 and nxt + m not in edges:
                                m -= 1
                        if best is None or m > best[1]:
                            best = (nxt, m)
                            if pos + m == len(s):
                                break
                    nxt = flat.find(probe, nxt + 1)
                if best is None:
                    break
                cur = best[0]
                cuts.append((pos, cur))
        a = flat.find(head, a + 1)
    return None


def _breaks_in_pieces(s: str, starts: set[int], first: int, cuts) -> list[int]:
    """Offsets in ``s`` of its line breaks: where pieces meet, and line starts inside a piece."""
    out: set[int] = set()
    bounds = [(0, first)] + list(cuts) + [(len(s), None)]
    for (pos, at), (end, _nxt) in zip(bounds, bounds[1:]):
        if pos:
            out.add(pos)
        out.update(p - at + pos for p in starts if at < p < at + end - pos)
    return sorted(out)


def check_pdf(path, texts=(), protect=()) -> CheckResult:
    pages, lines = extract_lines(path)
    chars: list[str] = []
    starts: set[int] = set()
    edges: set[int] = set()
    for ln in lines:
        starts.add(len(chars))
        for c in ln:
            if c.isspace():
                edges.add(len(chars))
            else:
                chars.append(c)
        edges.add(len(chars))
    edges |= starts
    flat = "".join(chars)
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
            found = _find_in_pieces(s, flat, edges)
            if found is None:
                r.missing.append(t[:60])
                continue
            inner = _breaks_in_pieces(s, starts, *found)
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
