"""A ReportLab TrueType font that can show any glyph HarfBuzz chose and still extract as the source text.

ReportLab maps one Unicode character to one glyph. Shaped Thai needs glyphs that have no character
(Sarabun's ``.small``/``.narrow`` tone marks, the nikhahit+tone ligature) and characters drawn as two
glyphs (ำ). ReportLab's own ``shaping=1`` gives such glyphs private-use code points, so copy/paste and
search break. Here every drawn glyph gets a *key* = (glyph id, source text of that glyph): keys whose
glyph is the font's own glyph for a single character keep that character as key (so ordinary text and
other writers' ``drawString`` share codes); any other key gets a synthetic integer above U+10FFFF. The
8-bit subset machinery of ReportLab is reused unchanged; only the ToUnicode CMap is written by us, with
the key's source text (several characters, or none for the second glyph of ำ).
"""
from __future__ import annotations

import threading

import uharfbuzz as hb
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

_FIRST_SYNTHETIC = 0x110000


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def to_unicode_cmap(fontname: str, texts: list[str]) -> str:
    """ToUnicode CMap giving code i the text ``texts[i]`` (empty: the glyph adds no text)."""
    entries = [f"<{i:02X}> <{_utf16_hex(t)}>" for i, t in enumerate(texts)]
    out = [
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0",
        ">> def", f"/CMapName /{fontname} def", "/CMapType 2 def",
        "1 begincodespacerange", "<00> <FF>", "endcodespacerange",
    ]
    # bfchar blocks may hold at most 100 entries.
    for k in range(0, len(entries), 100):
        block = entries[k:k + 100]
        out.append(f"{len(block)} beginbfchar")
        out.extend(block)
        out.append("endbfchar")
    out += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(out)


class _PathPen:
    """fontTools-style pen writing PDF path operators (quadratic curves raised to cubic)."""

    def __init__(self):
        self.ops: list[str] = []
        self.cur = (0.0, 0.0)

    def moveTo(self, p):
        self.ops.append(f"{p[0]:g} {p[1]:g} m")
        self.cur = p

    def lineTo(self, p):
        self.ops.append(f"{p[0]:g} {p[1]:g} l")
        self.cur = p

    def curveTo(self, *pts):
        (a, b, c) = pts[-3:]
        self.ops.append(f"{a[0]:g} {a[1]:g} {b[0]:g} {b[1]:g} {c[0]:g} {c[1]:g} c")
        self.cur = c

    def qCurveTo(self, *pts):
        # TrueType: implied on-curve points between consecutive off-curve points.
        offs, end = list(pts[:-1]), pts[-1]
        for i, q in enumerate(offs):
            nxt = end if i == len(offs) - 1 else ((q[0] + offs[i + 1][0]) / 2, (q[1] + offs[i + 1][1]) / 2)
            p0 = self.cur
            c1 = (p0[0] + 2 * (q[0] - p0[0]) / 3, p0[1] + 2 * (q[1] - p0[1]) / 3)
            c2 = (nxt[0] + 2 * (q[0] - nxt[0]) / 3, nxt[1] + 2 * (q[1] - nxt[1]) / 3)
            self.ops.append(f"{c1[0]:.1f} {c1[1]:.1f} {c2[0]:.1f} {c2[1]:.1f} {nxt[0]:g} {nxt[1]:g} c")
            self.cur = nxt

    def closePath(self):
        self.ops.append("h")

    def endPath(self):
        pass


class GlyphFont(TTFont):
    """TTFont plus a HarfBuzz font on the same file and glyph-keyed encoding (see module doc)."""

    def __init__(self, name: str, path: str):
        super().__init__(name, path, asciiReadable=False)
        self.path = path
        self.hb_face = hb.Face(hb.Blob.from_file_path(path))
        self.hb_font = hb.Font(self.hb_face)
        self.upem = self.hb_face.upem
        self._lock = threading.Lock()
        self._keys: dict[tuple[int, str], int] = {}
        self._key_text: dict[int, str] = {}
        self._next_key = _FIRST_SYNTHETIC
        self._outlines: dict[int, str] = {}

    def glyph_key(self, gid: int, text: str, width: int | None = None) -> int:
        """The encoding key for glyph ``gid`` standing for ``text``; ``width`` (font units) overrides
        the advance written to the PDF /Widths (see shaping.py: it keeps glyph boxes contiguous)."""
        hmtx = self.hb_font.get_glyph_h_advance(gid)
        if width == hmtx:
            width = None
        ident = (gid, text, width)
        k = self._keys.get(ident)
        if k is not None:
            return k
        with self._lock:
            k = self._keys.get(ident)
            if k is not None:
                return k
            face = self.face
            if width is None and len(text) == 1 and face.charToGlyph.get(ord(text)) == gid:
                k = ord(text)
            else:
                k = self._next_key
                self._next_key += 1
                face.charToGlyph[k] = gid
                face.charWidths[k] = (hmtx if width is None else width) * 1000.0 / self.upem
                self._key_text[k] = text
            self._keys[ident] = k
            return k

    def is_silent(self, key: int) -> bool:
        """A glyph with no source text of its own (the nikhahit of ำ): drawn as an outline."""
        return key >= _FIRST_SYNTHETIC and not self._key_text[key]

    def outline(self, key: int) -> str:
        """PDF path operators for the key's glyph, in font units."""
        gid = self.face.charToGlyph[key]
        path = self._outlines.get(gid)
        if path is None:
            pen = _PathPen()
            self.hb_font.draw_glyph_with_pen(gid, pen)
            path = self._outlines[gid] = " ".join(pen.ops) + " f"
        return path

    def codes(self, keys, doc) -> list[int]:
        """Like ``splitString`` but for keys: subset * 256 + 8-bit code of each key in ``doc``."""
        state = self._assignState(doc)
        assignments = state.assignments
        subsets = state.subsets
        char_to_glyph = self.face.charToGlyph
        out: list[int] = []
        for key in keys:
            n = assignments.get(key)
            if n is None:
                if key not in char_to_glyph:
                    n = 0
                else:
                    if state.frozen:
                        raise pdfdoc.PDFError(f"Font {self.fontName} is already frozen")
                    n = state.nextCode
                    if n & 0xFF == 32:
                        # code 32 stays a space in every subset, as ReportLab expects
                        if n != 32:
                            subsets[n >> 8].append(32)
                        state.nextCode += 1
                        n = state.nextCode
                    if n > 32:
                        if not (n & 0xFF):
                            subsets.append([0])
                            state.nextCode += 1
                            n = state.nextCode
                        subsets[n >> 8].append(key)
                    else:
                        subsets[0][n] = key
                    state.nextCode += 1
                    assignments[key] = n
            out.append(n)
        return out

    def _text_of(self, key: int) -> str:
        if key < _FIRST_SYNTHETIC:
            return chr(key)
        return self._key_text[key]

    def addObjects(self, doc):
        """ReportLab's TTFont.addObjects with our ToUnicode CMap (key -> source text)."""
        state = self._assignState(doc)
        state.frozen = 1
        for n, subset in enumerate(state.subsets):
            internal_name = self.getSubsetInternalName(n, doc)[1:]
            base_font_name = (b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX))).decode("pdfdoc")
            pdf_font = pdfdoc.PDFTrueTypeFont()
            pdf_font.__Comment__ = "Font %s subset %d" % (self.fontName, n)
            pdf_font.Name = internal_name
            pdf_font.BaseFont = base_font_name
            pdf_font.FirstChar = 0
            pdf_font.LastChar = len(subset) - 1
            pdf_font.Widths = pdfdoc.PDFArray([self.face.getCharWidth(k) for k in subset])
            cmap = pdfdoc.PDFStream()
            cmap.content = to_unicode_cmap(base_font_name, [self._text_of(k) for k in subset])
            if doc.compression:
                cmap.filters = [pdfdoc.PDFZCompress]
            pdf_font.ToUnicode = doc.Reference(cmap, "toUnicodeCMap:" + base_font_name)
            pdf_font.FontDescriptor = self.face.addSubsetObjects(doc, base_font_name, subset)
            doc.Reference(pdf_font, internal_name)
            doc.idToObject["BasicFonts"].dict[internal_name] = pdf_font
        del self.state[doc]
