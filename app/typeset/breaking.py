"""Where a line of Thai may break.

Thai is written without spaces between words, and ReportLab breaks lines only at spaces (then cuts
long "words" anywhere, e.g. ``ประเ|มิน``), so we find break opportunities ourselves: pythainlp's
dictionary segmenter (newmm) with the unit's own words added, then typographic rules. Each segment
gets a break level for the point *before* it:

- ``NEVER``: inside a word, a name or a unit's own word, before ๆ ฯ or closing punctuation, after
  an opening bracket; only an emergency split between cells may happen there;
- ``NORMAL``: a word boundary or after a space;
- ``LAST_RESORT``: allowed only when the text does not fit otherwise (an honorific and its name,
  a number and its unit, inside abbreviations);
- ``DISCOURAGED``: between the kind and the place of a unit's full name, taken only when keeping
  the name whole would leave a line very loose;
- ``RELUCTANT``: a word boundary of ours that newmm with pythainlp's own dictionary, run over the
  whole paragraph, does not make (``เฉพาะ|ตัวชี้วัด`` where it reads ``เฉพาะตัว|ชี้|วัด``,
  ``ของ|กองช่าง`` where it reads ``ของกอง|ช่าง``): sound Thai, but a reader or checker segmenting
  the text with the common dictionary sees a word cut, so it is taken only when every other break
  is much worse (``segments`` marks it; our own rules still decide where a break may be at all);
- ``LINK``: inside a web or e-mail address or a code, taken only when the whole address is wider
  than the line (totalfit.py: an address that fits moves whole to the next line).
"""
from __future__ import annotations

import gc

import os
import re
import sys
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

import app  # noqa: F401  (pins pythainlp offline before it is imported)
from app.thai.digits import LATIN_SPAN

NEVER, NORMAL, LAST_RESORT, DISCOURAGED, RELUCTANT, LINK = 0, 1, 2, 3, 4, 5

# A unit's full name may break between its kind and its place ("องค์การบริหารส่วนตำบล|เขาสมอคอน"),
# reluctantly (DISCOURAGED): only to spare a line gaping letter spacing.
UNIT_KINDS = ("องค์การบริหารส่วนตำบล", "เทศบาลตำบล", "เทศบาลเมือง", "เทศบาลนคร")

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
ไตรมาส รอบ ปี ปีงบประมาณ โทร. โทร โทรศัพท์ ต่อ โทรสาร วันที่ ภายในวันที่ ณ บาท ผลคะแนน
""".split())
# Units that stay with the number before them: "๙๕.๔๑ คะแนน".
AFTER_NUMBER = frozenset("""
คะแนน บาท ปี เดือน วัน คน ราย ครั้ง ข้อ แห่ง เรื่อง ชั่วโมง นาที หน่วย โครงการ กิจกรรม ตัวชี้วัด ฉบับ
เล่ม ชุด หมู่บ้าน ตำบล รายการ หลัง ไร่ กิโลเมตร เมตร % ระดับ ลำดับ ด้าน ช่องทาง ประเด็น มาตรการ
""".split()) | frozenset("มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม "
                          "พฤศจิกายน ธันวาคม ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.".split())
MONTHS = frozenset(w for w in AFTER_NUMBER if w.endswith(("คม", "ยน", "พันธ์", ".")) and len(w) > 2)

DASHES = frozenset("-‐‑–—")
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
#
# newmm segments with a trie. pythainlp's word list is built into a trie once per pythainlp version
# and cached on disk in the data folder (it loads several times faster than the words are read and
# the trie built); our own domain compounds and the unit's own names are laid over it in a small
# second trie (``_Overlay``), so switching units never rebuilds the large one, and the large one
# alone is newmm's default dictionary (``newmm_boundaries``).

# Compounds of the officers' documents that newmm's dictionary splits (ตัว|ชี้|วัด): a line must
# not break inside them either.
DOMAIN_WORDS = frozenset("""
ตัวชี้วัด ตัวชี้วัดย่อย ข้อคำถาม ผู้มีส่วนได้ส่วนเสีย ผู้รับบริการ ผู้รับผิดชอบ ผู้บริหาร ผู้นำชุมชน
ลงนามรับทราบ รับทราบ ทรัพย์สิน ผ่านดีเยี่ยม ดีเยี่ยม ระยะเวลาดำเนินการ ประจำปีงบประมาณ ปีงบประมาณ
องค์การบริหารส่วนตำบล เทศบาลตำบล เทศบาลเมือง เทศบาลนคร สำนักปลัด กองคลัง กองช่าง กองการศึกษา
กองสาธารณสุขและสิ่งแวดล้อม เว็บไซต์ เฟซบุ๊ก เฟสบุ๊ก คุณธรรม ความโปร่งใส จริยธรรม ธรรมาภิบาล ผลคะแนน
""".split())
# Compounds of those that are two words an officer would part at a line's end if nothing else
# fills the line (ประจำ|ปีงบประมาณ, "of | fiscal year"): a DISCOURAGED break, like a unit's
# kind and place.
DOMAIN_SPLITS = {"ประจำปีงบประมาณ": "ประจำ"}
DICT_VERSION = 2  # bump when the way the cached trie is built changes

_lock = threading.Lock()
_custom_words: frozenset[str] = frozenset()
_custom_re: re.Pattern | None = None
_base = None
_overlay = None


def _pythainlp():
    # app.paths sets both variables; pythainlp 5.4 refuses to start when both are set.
    if os.environ.get("PYTHAINLP_DATA") and os.environ.get("PYTHAINLP_DATA_DIR"):
        os.environ.pop("PYTHAINLP_DATA_DIR")
    from pythainlp.tokenize import newmm

    return newmm


def _cache_path():
    import pythainlp

    from app.paths import data_dir

    # marshal's format belongs to the Python version: it is part of the name too
    python = f"py{sys.version_info[0]}{sys.version_info[1]}"
    return data_dir() / "cache" / f"wordbreak-{pythainlp.__version__}-{DICT_VERSION}-{python}.marshal"


def _build_base():
    """The large trie (``wordtrie.DictTrie``) of pythainlp's own word list, exactly newmm's default
    dictionary: from the disk cache when it is there, else built and cached."""
    _pythainlp()
    from app.typeset.wordtrie import DictTrie

    path = _cache_path()
    try:
        return DictTrie.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        pass
    from pythainlp.corpus.common import thai_words

    trie = DictTrie.from_words(thai_words())
    try:
        # Written under a temporary name and renamed, so a reader never sees half a file.
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(trie.dumps())
        os.replace(tmp, path)
        for stale in path.parent.glob("wordbreak-*"):  # an older program's or pythainlp's cache
            if stale != path and not stale.name.endswith(".tmp"):
                stale.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only data folder costs the build on every start, nothing else
    return trie


def _base_trie():
    global _base
    if _base is None:
        # The trie is ~60 k words of small nodes. Allocating them triggers full garbage
        # collections that hold the GIL for 100–300 ms each, which froze the window while a
        # document was built in a worker thread; the trie holds no cycles, so collection is
        # paused while it is built or loaded, and the long-lived result is moved out of the
        # collector's view (gc.freeze) so later collections do not walk it again.
        paused = gc.isenabled()
        gc.disable()
        try:
            _base = _build_base()
        finally:
            if paused:
                gc.enable()
        gc.freeze()
    return _base


def _overlay_class():
    from pythainlp.util import Trie

    class Overlay(Trie):
        """The base trie with a few more words: what newmm asks of a dictionary (prefixes,
        membership, size), answered from both without copying the large one."""

        def __init__(self, base, words):
            super().__init__(words)
            self.base = base

        def prefixes(self, text, start=0):
            extra = Trie.prefixes(self, text, start)
            found = self.base.prefixes(text, start)
            if not extra:
                return found
            return sorted(set(found).union(extra), key=len)

        def __contains__(self, key):
            return Trie.__contains__(self, key) or key in self.base

        def __len__(self):
            return len(self.base) + self._word_count

    return Overlay


def set_custom_words(words: Iterable[str]) -> None:
    """Names of people, places and departments that a line must never split."""
    global _custom_words, _custom_re, _overlay
    cleaned = frozenset(w.strip() for w in words if w and w.strip())
    with _lock:
        if cleaned == _custom_words:
            return
        _custom_words = cleaned
        _overlay = None
        parts = sorted(cleaned, key=len, reverse=True)
        _custom_re = re.compile("|".join(map(re.escape, parts))) if parts else None
        tokenize.cache_clear()
        inner_breaks.cache_clear()


def _dictionary():
    """The dictionary lines break by: pythainlp's words, our domain compounds, the unit's names."""
    global _overlay
    with _lock:
        base = _base_trie()
        if _overlay is None:
            extra = DOMAIN_WORDS | {w for w in _custom_words if " " not in w}
            _overlay = _overlay_class()(base, sorted(extra))
        return _overlay


@lru_cache(maxsize=4096)
def newmm_boundaries(text: str) -> frozenset[int]:
    """Offsets in ``text`` where a word or a space begins or ends as newmm with pythainlp's default
    dictionary segments the whole text: the call readers' checks make (``word_tokenize(text,
    engine="newmm")``; the cached large trie *is* that dictionary, so it is passed to spare
    pythainlp building its own)."""
    _pythainlp()
    from pythainlp.tokenize import word_tokenize

    with _lock:  # (a document built in a worker thread may be the first to load it)
        base = _base_trie()
    out, pos = {0}, 0
    for tok in word_tokenize(text, custom_dict=base, engine="newmm", keep_whitespace=True):
        pos += len(tok)
        out.add(pos)
    return frozenset(out)


def warm_up() -> None:
    """Load the dictionary now instead of at the first paragraph; safe in a thread."""
    _pythainlp().segment("ทดสอบ", custom_dict=_dictionary())


# --- tokens and rules ------------------------------------------------------------------------------

# A web or e-mail address (or a code) breaks after "/ . _", so the line ends with the mark and
# reads as unfinished, and before "- @ ? & = #": a line ending in "-" reads as a hyphenated word
# (a reader would type the address without it). A piece shorter than MIN_LINK_PIECE characters
# ("go." of ".go.th", "th") stays with its neighbour, so no line holds a scrap of an address.
_LINK_AFTER = frozenset("/._")
_LINK_BEFORE = frozenset("-@?&=#")
MIN_LINK_PIECE = 4


def _link_tokens(link: str) -> list[str]:
    """A web or e-mail address or a code cut where it may break (see above)."""
    marks = _LINK_AFTER | _LINK_BEFORE
    pieces, start = [], 0
    for i in range(1, len(link)):
        a, b = link[i - 1], link[i]
        if (a in _LINK_AFTER and b not in marks) or (b in _LINK_BEFORE and a not in marks):
            pieces.append(link[start:i])
            start = i
    pieces.append(link[start:])
    out: list[str] = []
    for piece in pieces:
        if out and len(out[-1]) < MIN_LINK_PIECE:
            out[-1] += piece
        else:
            out.append(piece)
    if len(out) > 1 and len(out[-1]) < MIN_LINK_PIECE:
        out[-2:] = [out[-2] + out[-1]]
    return out


def _tokens(text: str) -> tuple[list[str], set[int]]:
    """Tokens of ``text``, the indices of tokens that continue a link (break: LINK) and of
    the places after a unit's kind (DISCOURAGED)."""
    out: list[str] = []
    linked: set[int] = set()
    kinds: set[int] = set()
    pos = 0

    def words(part: str) -> None:
        for tok in _word_tokens(part):
            kind = next((k for k in UNIT_KINDS if tok.startswith(k) and len(tok) > len(k)), None)
            if tok in DOMAIN_SPLITS:
                kind = DOMAIN_SPLITS[tok]
            if kind and (tok in _custom_words or tok in DOMAIN_SPLITS):
                out.append(kind)
                kinds.add(len(out))
                out.append(tok[len(kind):])
            else:
                out.append(tok)

    for m in LATIN_SPAN.finditer(text):
        if m.start() > pos:
            words(text[pos:m.start()])
        parts = _link_tokens(m.group())
        first = len(out)
        out += parts
        linked.update(range(first + 1, len(out)))
        pos = m.end()
    if pos < len(text):
        words(text[pos:])
    return out, linked, kinds


def _word_tokens(text: str) -> list[str]:
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
    if y in CLOSING or x in OPENING or x in DASHES:
        # (a line never ends in a bare dash: readers take it for hyphenation and drop it)
        return NEVER
    if unicodedata.category(y).startswith("M"):
        return NEVER  # a combining mark newmm left apart (a Lao vowel typed in Thai text)
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
    if b[0] in CLOSING or unicodedata.category(b[0]).startswith("M") or b[0] in "ะาำๅ":
        return NEVER  # (a stray space typed before a vowel: the vowel never starts a line)
    if prev_word is None:
        return NORMAL
    if _DASHES.match(prev_word):
        # a dash ending a line is taken for hyphenation by extractors (poppler drops it, pdfium
        # reads U+FFFE): the line breaks before the dash instead
        return NEVER
    if _DASHES.match(b):
        return LAST_RESORT  # a range "๒๕๖๘ - ๓๐"
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
    tokens, linked, kinds = _tokens(line)
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
        elif i in linked:
            level = LINK
        elif i in kinds:
            level = DISCOURAGED
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
            level = DISCOURAGED if i in kinds else NEVER
        out.append((tok, level))
        if not tok.isspace():
            prev_word = tok
        pos += len(tok)
    return tuple(out)


def segments(runs: list[tuple[str, bool]]) -> list[Segment]:
    """Break the runs of a paragraph into segments with break levels; a word break that newmm with
    the default dictionary does not make over the whole text is RELUCTANT (or stays more so)."""
    text = "".join(t for t, _ in runs)
    agreed = newmm_boundaries(text)
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
            if level in (NORMAL, DISCOURAGED) and pos not in agreed:
                level = RELUCTANT
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

_MAX_WORD = 24


def _good_part(w: str) -> bool:
    # short dictionary fragments (วิ อำ กา) are syllables, not words to break a line after
    return len(w) >= 3 or (len(w) == 2 and all("\u0e01" <= c <= "\u0e2e" for c in w))


@lru_cache(maxsize=4096)
def inner_breaks(word: str) -> tuple[int, ...]:
    """Offsets inside a dictionary compound (``อำนวย|ความ|สะดวก``) where it splits into the fewest
    dictionary words: a better place to break a word too long for its line than between letters
    (also a unit's own name, which is cut only when it alone is wider than the line)."""
    n = len(word)
    if n < 5 or n > 80 or not all(_is_thai_letter(c) for c in word):
        return ()
    words = _dictionary()  # the unit's own words are words here too
    # never inside a unit's own word within this one (the place in the unit's full name)
    inside = set()
    for cw in _custom_words:
        if cw != word and cw in word:
            k = word.find(cw)
            while k >= 0:
                inside.update(range(k + 1, k + len(cw)))
                k = word.find(cw, k + 1)
    inf = n + 1
    # best[i]: fewest words spelling word[:i]; rest[j]: fewest spelling word[j:] (whole word excluded)
    best = [0] + [inf] * n
    for i in range(n):
        if best[i] < inf:
            for j in range(i + 2, min(n, i + _MAX_WORD) + 1):
                w = word[i:j]
                if (i, j) != (0, n) and j not in inside and w in words and _good_part(w):
                    best[j] = min(best[j], best[i] + 1)
    rest = [inf] * n + [0]
    for j in range(n, 0, -1):
        if rest[j] < inf:
            for i in range(max(0, j - _MAX_WORD), j - 1):
                w = word[i:j]
                if (i, j) != (0, n) and i not in inside and w in words and _good_part(w):
                    rest[i] = min(rest[i], rest[j] + 1)
    total = best[n]
    if total >= inf:
        return ()
    return tuple(i for i in range(2, n - 1) if best[i] + rest[i] == total)
