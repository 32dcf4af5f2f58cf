"""Where a line of Thai may break.

Thai is written without spaces between words, and ReportLab breaks lines only at spaces (then cuts
long "words" anywhere, e.g. ``ประเ|มิน``), so we find break opportunities ourselves: pythainlp's
dictionary segmenter (newmm) with the unit's own words added, then typographic rules. Each segment
gets a break level for the point *before* it:

- ``NEVER``: inside a word, a name or a unit's own word, before ๆ ฯ or closing punctuation, after
  an opening bracket; only an emergency split between cells may happen there;
- ``NORMAL``: a word boundary or after a space;
- ``LAST_RESORT``: allowed only when the text does not fit otherwise (an honorific and its name,
  a number and its unit, inside URLs and abbreviations).
"""
from __future__ import annotations

import gc

import os
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

import app  # noqa: F401  (pins pythainlp offline before it is imported)

NEVER, NORMAL, LAST_RESORT = 0, 1, 2

OPENING = frozenset("([{“‘«")
CLOSING = frozenset(")]}”’»,.:;!?%ๆฯ")
THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"

HONORIFICS = frozenset("""
นาย นาง นางสาว น.ส. ด.ช. ด.ญ. เด็กชาย เด็กหญิง ดร. ศ. รศ. ผศ. ศ.ดร. รศ.ดร. ผศ.ดร. พระ พระครู พระมหา
ว่าที่ร้อยตรี ว่าที่ ร.ต. ร.ท. ร.อ. จ.ส.ต. ส.ต.ต. ด.ต. พ.ต.อ. พ.ต.ท. ร.ต.อ. จ.ส.อ. พล.อ. คุณ
""".split())
# Words that stay with the number after them: "พ.ศ. ๒๕๖๘", "ร้อยละ ๘๐", "ข้อ ๓".
BEFORE_NUMBER = frozenset("""
พ.ศ. ค.ศ. ร.ศ. จ.ศ. ร้อยละ ข้อ ที่ ลำดับที่ ครั้งที่ ฉบับที่ หมู่ที่ เลขที่ หมู่ ม. ตัวชี้วัดที่ ประเด็นที่
ไตรมาส รอบ ปี ปีงบประมาณ โทร. โทร โทรศัพท์ วันที่ ภายในวันที่ ณ บาท
""".split())
# Units that stay with the number before them: "๙๕.๔๑ คะแนน".
AFTER_NUMBER = frozenset("""
คะแนน บาท ปี เดือน วัน คน ราย ครั้ง ข้อ แห่ง เรื่อง ชั่วโมง นาที หน่วย โครงการ กิจกรรม ตัวชี้วัด ฉบับ
เล่ม ชุด หมู่บ้าน ตำบล รายการ หลัง ไร่ กิโลเมตร เมตร % ระดับ ลำดับ ด้าน ช่องทาง ประเด็น มาตรการ
""".split()) | frozenset("มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม "
                          "พฤศจิกายน ธันวาคม ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.".split())
MONTHS = frozenset(w for w in AFTER_NUMBER if w.endswith(("คม", "ยน", "พันธ์", ".")) and len(w) > 2)

_DASHES = re.compile(r"^[-‐‑–—]+$")
_NUMBER = re.compile(r"^[0-9๐-๙][0-9๐-๙.,:/\-]*$")


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    bold: bool
    kind: str  # "word", "space" or "newline"
    brk: int   # break level before this segment


def _is_thai_letter(ch: str) -> bool:
    return "\u0e01" <= ch <= "\u0e4e" and ch not in "ฯๆ"


def _is_digit(ch: str) -> bool:
    return ch.isdigit()


# --- dictionary ------------------------------------------------------------------------------------

_lock = threading.Lock()
_custom_words: frozenset[str] = frozenset()
_custom_re: re.Pattern | None = None
_trie = None


def _pythainlp():
    # app.paths sets both variables; pythainlp 5.4 refuses to start when both are set.
    if os.environ.get("PYTHAINLP_DATA") and os.environ.get("PYTHAINLP_DATA_DIR"):
        os.environ.pop("PYTHAINLP_DATA_DIR")
    from pythainlp.tokenize import newmm

    return newmm


def set_custom_words(words: Iterable[str]) -> None:
    """Names of people, places and departments that a line must never split."""
    global _custom_words, _custom_re, _trie
    cleaned = frozenset(w.strip() for w in words if w and w.strip())
    with _lock:
        if cleaned == _custom_words:
            return
        _custom_words = cleaned
        _trie = None
        parts = sorted(cleaned, key=len, reverse=True)
        _custom_re = re.compile("|".join(map(re.escape, parts))) if parts else None
        tokenize.cache_clear()


def _dictionary():
    global _trie
    with _lock:
        if _trie is None:
            _pythainlp()
            from pythainlp.tokenize import word_dict_trie

            # The trie is ~60 k words of small nodes. Allocating them triggers full garbage
            # collections that hold the GIL for 100–300 ms each, which froze the window while a
            # document was built in a worker thread; the trie holds no cycles, so collection is
            # paused while it is built, and the long-lived result is moved out of the collector's
            # view (gc.freeze) so later collections do not walk it again.
            paused = gc.isenabled()
            gc.disable()
            try:
                if _custom_words:
                    from pythainlp.corpus.common import thai_words
                    from pythainlp.util import Trie

                    # Building a trie costs ~0.7 s: done once per word list.
                    _trie = Trie(set(thai_words()) | set(w for w in _custom_words if " " not in w))
                else:
                    _trie = word_dict_trie()
            finally:
                if paused:
                    gc.enable()
            gc.freeze()
        return _trie


def warm_up() -> None:
    """Load the dictionary now (0.5 s) instead of at the first paragraph; safe in a thread."""
    _pythainlp().segment("ทดสอบ", custom_dict=_dictionary())


# --- tokens and rules ------------------------------------------------------------------------------

def _tokens(text: str) -> list[str]:
    newmm = _pythainlp()
    out: list[str] = []
    for tok in newmm.segment(text, custom_dict=_dictionary()):
        # newmm glues brackets to words ("(Integrity"): split them off so the rules can see them.
        while len(tok) > 1 and (tok[0] in OPENING or tok[0] in CLOSING and tok[0] not in ".,:%"):
            out.append(tok[0])
            tok = tok[1:]
        tail = []
        while len(tok) > 1 and (tok[-1] in CLOSING and tok[-1] not in ".:,%" or tok[-1] in OPENING):
            tail.append(tok[-1])
            tok = tok[:-1]
        out.append(tok)
        out.extend(reversed(tail))
    return _join_paiyan_yai(out)


def _join_paiyan_yai(tokens: list[str]) -> list[str]:
    """ฯลฯ (et cetera) is one sign: the tokenizer gives ฯ | ล | ฯ, and a break after the first
    ฯ would start a line with ลฯ. Joined, it also never starts a line (ฯ is closing)."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if tokens[i:i + 3] == ["ฯ", "ล", "ฯ"]:
            out.append("ฯลฯ")
            i += 3
        else:
            out.append(tokens[i])
            i += 1
    return out


def _protected_spans(text: str) -> list[tuple[int, int]]:
    if _custom_re is None:
        return []
    return [m.span() for m in _custom_re.finditer(text)]


def _junction(a: str, b: str) -> int:
    """Break level between two adjacent non-space tokens ``a`` and ``b``."""
    x, y = a[-1], b[0]
    if y in CLOSING or x in OPENING:
        return NEVER
    if y in OPENING or x in ")]}”’»":
        return NORMAL
    if _is_digit(x) or _is_digit(y):
        return LAST_RESORT
    if x in "เแโใไ":
        return NEVER
    if _is_thai_letter(x) and _is_thai_letter(y):
        return NORMAL
    if (_is_thai_letter(x) and y.isalpha()) or (x.isalpha() and _is_thai_letter(y)):
        return NORMAL
    return LAST_RESORT


def _after_space(prev_word: str | None, b: str) -> int:
    """Break level at a space between ``prev_word`` and ``b``."""
    if b[0] in CLOSING:
        return NEVER
    if prev_word is None:
        return NORMAL
    if _DASHES.match(prev_word) or _DASHES.match(b):
        # a range "๒๕๖๘ - ๓๐": and a dash ending a line is taken for hyphenation by extractors
        # (poppler drops it, pdfium reads U+FFFE)
        return LAST_RESORT
    if prev_word[-1] in OPENING:
        return NEVER
    if prev_word in HONORIFICS:
        return LAST_RESORT
    if prev_word in BEFORE_NUMBER and _is_digit(b[0]):
        return LAST_RESORT
    if _NUMBER.match(prev_word) and (b in AFTER_NUMBER or b.rstrip(".,") in AFTER_NUMBER):
        return LAST_RESORT
    if prev_word in MONTHS and _is_digit(b[0]):
        return LAST_RESORT
    return NORMAL


@lru_cache(maxsize=8192)
def tokenize(line: str) -> tuple[tuple[str, int], ...]:
    """(token, break level before it) for one line of text without newlines; spaces are tokens."""
    tokens = _tokens(line)
    spans = _protected_spans(line)
    out: list[tuple[str, int]] = []
    prev_word: str | None = None
    honorific_glue = False
    pos = 0
    for i, tok in enumerate(tokens):
        if tok.isspace():
            level = NEVER
            honorific_glue = False
        elif i == 0:
            level = NORMAL
        elif tokens[i - 1].isspace():
            level = _after_space(prev_word, tok)
        else:
            level = _junction(tokens[i - 1], tok)
            if honorific_glue and level == NORMAL:
                level = LAST_RESORT
            if tokens[i - 1] in HONORIFICS and _is_thai_letter(tok[0]):
                honorific_glue = True
                level = LAST_RESORT
        if level != NEVER and any(s < pos < e for s, e in spans):
            level = NEVER
        out.append((tok, level))
        if not tok.isspace():
            prev_word = tok
        pos += len(tok)
    return tuple(out)


def segments(runs: list[tuple[str, bool]]) -> list[Segment]:
    """Break the runs of a paragraph into segments with break levels."""
    text = "".join(t for t, _ in runs)
    bold_at: list[bool] = []
    for t, b in runs:
        bold_at.extend([b] * len(t))
    out: list[Segment] = []
    pos = 0
    for n, line in enumerate(text.split("\n")):
        if n:
            out.append(Segment("\n", bold_at[pos], "newline", NORMAL))
            pos += 1
        for tok, level in tokenize(line) if line else ():
            kind = "space" if tok.isspace() else "word"
            # A change of bold inside a token splits it, without a break opportunity.
            start = 0
            for k in range(1, len(tok) + 1):
                if k == len(tok) or bold_at[pos + k] != bold_at[pos + start]:
                    out.append(Segment(tok[start:k], bold_at[pos + start], kind,
                                       level if start == 0 else NEVER))
                    start = k
            pos += len(tok)
    return out


# --- inner boundaries of long words ----------------------------------------------------------------

_word_set: frozenset[str] | None = None
_MAX_WORD = 24


def _words() -> frozenset[str]:
    global _word_set
    if _word_set is None:
        _pythainlp()
        from pythainlp.corpus import thai_words

        _word_set = frozenset(thai_words())
    return _word_set


def _good_part(w: str) -> bool:
    # short dictionary fragments (วิ อำ กา) are syllables, not words to break a line after
    return len(w) >= 3 or (len(w) == 2 and all("\u0e01" <= c <= "\u0e2e" for c in w))


@lru_cache(maxsize=4096)
def inner_breaks(word: str) -> tuple[int, ...]:
    """Offsets inside a dictionary compound (``อำนวย|ความ|สะดวก``) where it splits into the fewest
    dictionary words: a better place to break a word too long for its line than between letters.
    A unit's own words (set_custom_words) are never broken."""
    n = len(word)
    if n < 5 or n > 80 or not all(_is_thai_letter(c) for c in word) or word in _custom_words:
        return ()
    words = _words()
    inf = n + 1
    # best[i]: fewest words spelling word[:i]; rest[j]: fewest spelling word[j:] (whole word excluded)
    best = [0] + [inf] * n
    for i in range(n):
        if best[i] < inf:
            for j in range(i + 2, min(n, i + _MAX_WORD) + 1):
                w = word[i:j]
                if (i, j) != (0, n) and w in words and _good_part(w):
                    best[j] = min(best[j], best[i] + 1)
    rest = [inf] * n + [0]
    for j in range(n, 0, -1):
        if rest[j] < inf:
            for i in range(max(0, j - _MAX_WORD), j - 1):
                w = word[i:j]
                if (i, j) != (0, n) and w in words and _good_part(w):
                    rest[i] = min(rest[i], rest[j] + 1)
    total = best[n]
    if total >= inf:
        return ()
    return tuple(i for i in range(2, n - 1) if best[i] + rest[i] == total)
