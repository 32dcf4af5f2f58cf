"""Read the glyphs a PDF really places, back from its content streams (for tests and debugging).

An independent reader of what a viewer paints, used to check our output against HarfBuzz: it reads
each page's content stream, as parsed by pypdf's ``ContentStream``, (``q``/``Q``/``cm``, ``BT``/``ET``, ``Tf``, ``Tm``/``Td``/``TD``/``T*``,
``Tc``/``Tw``/``Tz``/``Ts``, ``TJ``/``Tj`` with kerning numbers) and follows the text and graphics
state as the PDF specification says (section 9.4.4: each glyph advances by
``(w0 / 1000 * Tfs + Tc + Tw) * Th``, ``Tw`` only for the single byte 32; a number in ``TJ`` moves by
``-n / 1000 * Tfs * Th``), with the advances ``w0`` taken from the font's ``/Widths``.

A glyph is identified in the *original* font file by its outline: each code is mapped to a glyph of
the embedded subset through the subset's own cmap, and that glyph's outline is looked up among the
outlines of the original font (subsetting renumbers glyphs, outlines stay). Glyphs filled as paths
(``q a 0 0 d x y cm … f Q``, how the nikhahit of ำ is drawn, see render.py) are identified the same
way from the path operators. Nothing here uses the writer's own bookkeeping.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import uharfbuzz as hb

Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


@dataclass(frozen=True)
class PlacedGlyph:
    page: int            # 0-based
    font: str            # /BaseFont without the subset tag, e.g. "Sarabun-Regular"
    gids: frozenset      # glyph ids in the original font with this outline (usually one)
    x: float             # glyph origin in page space (pt)
    y: float
    size: float          # effective font size (pt)
    code: int | None     # the byte shown, None for a glyph filled as a path


def _mul(m: Matrix, n: Matrix) -> Matrix:
    """m x n (PDF row-vector convention: a point is transformed by m first, then n)."""
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D,
            e * A + f * C + E, e * B + f * D + F)


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


# --- content stream ---------------------------------------------------------------------------

def _plain(obj):
    """A pypdf operand as plain Python: numbers as floats, names without "/", strings as bytes."""
    from pypdf.generic import ArrayObject, ByteStringObject, FloatObject, NameObject, NumberObject, TextStringObject

    if isinstance(obj, ArrayObject):
        return [_plain(o) for o in obj]
    if isinstance(obj, NameObject):
        return str(obj)[1:]
    if isinstance(obj, TextStringObject):
        return obj.get_original_bytes()
    if isinstance(obj, ByteStringObject):
        return bytes(obj)
    if isinstance(obj, (NumberObject, FloatObject)):
        return float(obj)
    return obj


def _operations(contents):
    """(operator, operands) of a page's content stream, parsed by pypdf's ``ContentStream``."""
    for operands, operator in contents.operations:
        yield operator.decode("latin-1"), [_plain(o) for o in operands]


# --- glyph identification by outline --------------------------------------------------------------

class _EndPen:
    """Records a glyph outline as its sequence of on-curve end points (how both TrueType drawing
    and our PDF paths end every segment), rounded to 0.1 font unit."""

    def __init__(self):
        self.pts: list[tuple[float, float]] = []

    def _p(self, p):
        self.pts.append((round(p[0], 1), round(p[1], 1)))

    def moveTo(self, p):
        self._p(p)

    def lineTo(self, p):
        self._p(p)

    def qCurveTo(self, *pts):
        self._p(pts[-1])

    def curveTo(self, *pts):
        self._p(pts[-1])

    def closePath(self):
        pass

    def endPath(self):
        pass


def _signature(font: hb.Font, gid: int) -> tuple:
    pen = _EndPen()
    font.draw_glyph_with_pen(gid, pen)
    return tuple(pen.pts)


@lru_cache(maxsize=8)
def _upem(path: str) -> int:
    return hb.Face(hb.Blob.from_file_path(path)).upem


@lru_cache(maxsize=8)
def _outline_index(path: str) -> dict[tuple, frozenset]:
    """Outline signature -> glyph ids of the font file at ``path``."""
    face = hb.Face(hb.Blob.from_file_path(path))
    font = hb.Font(face)
    out: dict[tuple, set] = {}
    for gid in range(face.glyph_count):
        out.setdefault(_signature(font, gid), set()).add(gid)
    return {k: frozenset(v) for k, v in out.items()}


def _path_signature(ops: list[tuple[str, list]]) -> tuple:
    pts = []
    for op, args in ops:
        if op in ("m", "l") and len(args) == 2:
            pts.append((round(args[0], 1), round(args[1], 1)))
        elif op == "c" and len(args) == 6:
            pts.append((round(args[4], 1), round(args[5], 1)))
    return tuple(pts)


class _PdfFont:
    def __init__(self, obj, originals: dict[str, str]):
        self.name = str(obj.get("/BaseFont", "")).lstrip("/").split("+", 1)[-1]
        self.first = int(obj.get("/FirstChar", 0))
        self.widths = [float(w) for w in obj.get("/Widths", [])]
        self.gids: dict[int, frozenset] = {}
        path = originals.get(self.name)
        desc = obj.get("/FontDescriptor")
        if path and desc is not None and "/FontFile2" in desc.get_object():
            index = _outline_index(path)
            sub_face = hb.Face(hb.Blob(desc.get_object()["/FontFile2"].get_data()))
            sub_font = hb.Font(sub_face)
            for code in range(self.first, self.first + len(self.widths)):
                g = sub_font.get_nominal_glyph(code)
                if g is not None:
                    self.gids[code] = index.get(_signature(sub_font, g), frozenset())

    def width(self, code: int) -> float:
        i = code - self.first
        return self.widths[i] if 0 <= i < len(self.widths) else 0.0


def read_glyphs(pdf_path, originals: dict[str, str]) -> list[PlacedGlyph]:
    """Every glyph painted on every page of ``pdf_path``, in content-stream order.

    ``originals`` maps a font's name (``/BaseFont`` without subset tag) to its original TTF file,
    whose glyph ids are reported; glyphs of other fonts get empty ``gids``.
    """
    import pypdf

    reader = pypdf.PdfReader(str(pdf_path))
    out: list[PlacedGlyph] = []
    for page_no, page in enumerate(reader.pages):
        res = page.get("/Resources")
        font_objs = res.get_object().get("/Font", {}) if res is not None else {}
        fonts = {str(k)[1:]: _PdfFont(v.get_object(), originals) for k, v in font_objs.items()}
        contents = page.get_contents()
        if contents is None:
            continue
        out += _run(contents, fonts, page_no, originals)
    return out


def _run(contents, fonts: dict[str, _PdfFont], page_no: int, originals) -> list[PlacedGlyph]:
    out: list[PlacedGlyph] = []
    ctm = _IDENTITY
    gstack: list[Matrix] = []
    tm = tlm = _IDENTITY
    font: _PdfFont | None = None
    tfs = tc = tw = rise = tl = 0.0
    th = 1.0
    path: list[tuple[str, list]] = []
    # text state (Tc Tw Tz TL Tf Ts) belongs to the graphics state: saved by q, restored by Q
    tstack: list[tuple] = []

    def show(s: bytes):
        nonlocal tm
        for code in s:
            trm = _mul(tm, ctm)
            x, y = _apply(trm, 0.0, rise)
            eff = tfs * abs(trm[3])
            out.append(PlacedGlyph(page_no, font.name if font else "", font.gids.get(code, frozenset())
                                   if font else frozenset(), x, y, eff, code))
            w0 = font.width(code) if font else 0.0
            tx = (w0 / 1000.0 * tfs + tc + (tw if code == 32 else 0.0)) * th
            tm = _mul((1.0, 0.0, 0.0, 1.0, tx, 0.0), tm)

    for op, args in _operations(contents):
        if op == "q":
            gstack.append(ctm)
            tstack.append((font, tfs, tc, tw, th, tl, rise))
        elif op == "Q":
            ctm = gstack.pop() if gstack else _IDENTITY
            if tstack:
                font, tfs, tc, tw, th, tl, rise = tstack.pop()
        elif op == "cm" and len(args) == 6:
            ctm = _mul(tuple(args), ctm)
        elif op == "BT":
            tm = tlm = _IDENTITY
        elif op == "Tf":
            font, tfs = fonts.get(str(args[0])), args[1]
        elif op == "Tc":
            tc = args[0]
        elif op == "Tw":
            tw = args[0]
        elif op == "Tz":
            th = args[0] / 100.0
        elif op == "TL":
            tl = args[0]
        elif op == "Ts":
            rise = args[0]
        elif op == "Tm":
            tm = tlm = tuple(args)
        elif op in ("Td", "TD"):
            if op == "TD":
                tl = -args[1]
            tm = tlm = _mul((1.0, 0.0, 0.0, 1.0, args[0], args[1]), tlm)
        elif op == "T*":
            tm = tlm = _mul((1.0, 0.0, 0.0, 1.0, 0.0, -tl), tlm)
        elif op == "Tj":
            show(args[0])
        elif op in ("'", '"'):
            if op == '"':
                tw, tc = args[0], args[1]
            tm = tlm = _mul((1.0, 0.0, 0.0, 1.0, 0.0, -tl), tlm)
            show(args[-1])
        elif op == "TJ":
            for item in args[0]:
                if isinstance(item, bytes):
                    show(item)
                else:
                    tm = _mul((1.0, 0.0, 0.0, 1.0, -item / 1000.0 * tfs * th, 0.0), tm)
        elif op in ("m", "l", "c", "v", "y", "h", "re"):
            path.append((op, args))
        elif op in ("f", "F", "f*", "B", "B*", "b", "b*", "S", "s", "n"):
            if op in ("f", "F", "f*") and path:
                _fill(out, path, ctm, page_no, originals)
            path = []
    return out


def _fill(out: list[PlacedGlyph], path, ctm: Matrix, page_no: int, originals) -> None:
    """A filled path is reported as a glyph when its outline is one of the original fonts' glyphs
    (drawn in font units under a ``k 0 0 k x y`` matrix)."""
    sig = _path_signature(path)
    if not sig:
        return
    for name, file in originals.items():
        gids = _outline_index(file).get(sig)
        if gids:
            x, y = _apply(ctm, 0.0, 0.0)
            out.append(PlacedGlyph(page_no, name, gids, x, y, ctm[3] * _upem(file), None))
            return
