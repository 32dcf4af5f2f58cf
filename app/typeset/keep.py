"""Keep-with-next that keeps a heading with the *start* of what follows, not with all of it.

ReportLab groups a flowable whose ``keepWithNext`` is set with the flowable after it in the doc
template's ``keepTogetherClass`` (``BaseDocTemplate.handle_keepWithNext``); its ``KeepTogether``
moves the group to the next frame whenever the *whole* group does not fit, so a heading followed by a
long paragraph or table leaves most of a page empty. ``KeepWithNext`` is a drop-in
``keepTogetherClass``: it measures the group as the flowables kept with the next one plus only the
smallest first part the next one would accept when split (``min_head_height``: the first two lines
of a ThaiParagraph under its widow/orphan rule, the header rows and first row of a ThaiTable). If
that fits, the group's content flows on normally (the heading stays, the next flowable splits);
otherwise ReportLab's own frame-break logic moves the group, as before. A last flowable without
``min_head_height`` is measured whole, exactly as ``KeepTogether`` does.

Our flowables install the class on the doc template they are laid out in, when it still has
ReportLab's default (see ``install``), so documents need no change; a template may also pass
``keepTogetherClass=KeepWithNext`` itself, which covers a keep-with-next heading that comes before
any other Thai flowable of the document.
"""
from __future__ import annotations

from reportlab.platypus.flowables import Flowable, KeepTogether, Spacer, _listWrapOn


class _Head(Flowable):
    """Stands for the first part of ``f`` (height ``height``) when measuring a group."""

    def __init__(self, f: Flowable, height: float):
        super().__init__()
        self._f = f
        self._h = height

    def wrap(self, availWidth, availHeight):
        return availWidth, self._h

    def getSpaceBefore(self):
        return self._f.getSpaceBefore()

    def getSpaceAfter(self):
        return 0


class KeepWithNext(KeepTogether):
    def wrap(self, aW, aH):
        W, H = super().wrap(aW, aH)  # sets _H (whole group), _H0 (first flowable), _wrapInfo
        last = self._content[-1]
        head = getattr(last, "min_head_height", None) if len(self._content) >= 2 else None
        if head is not None:
            had = "canv" in last.__dict__
            if not had:   # the page's measures (frame height) for the table's rules
                last.canv = self.canv
            try:
                h = head(aW)
            finally:
                if not had:
                    del last.canv
            if h is not None:
                _w, need = _listWrapOn(self._content[:-1] + [_Head(last, h)], aW, self.canv)
                self._H = min(self._H, need)
        return W, H

    def split(self, aW, aH):
        S = super().split(aW, aH)
        if self._H > aH and S and isinstance(S[0], self.NullActionFlowable):
            # kept together on no page: the heading stays here, and what it introduces must start
            # under it rather than leave it alone (a table then relaxes its sliver rules)
            self._content[-1]._start_here = True
        return S


def install(canv) -> None:
    """Make the doc template that ``canv`` belongs to group keep-with-next flowables with
    ``KeepWithNext``, unless it was given a class of its own."""
    doc = getattr(canv, "_doctemplate", None)
    if doc is not None and getattr(doc, "keepTogetherClass", None) is KeepTogether:
        doc.keepTogetherClass = KeepWithNext


class PageRules:
    """Mixin for a ReportLab doc template (before ``BaseDocTemplate`` in the bases): the page rules
    officers' documents follow beyond ReportLab's own.

    - Keep-with-next groups with ``KeepWithNext`` (the start of what follows, see above).
    - Keep-with-next carries across vertical space: heading, Spacer, table is one chain, so a
      heading (or an intro paragraph marked keep-with-next) is not left at the foot of a page
      while the table it introduces starts overleaf.
    - Vertical space that does not fit at the foot of a page is dropped, not carried to the top
      of the next one: a trailing Spacer never makes a blank page.
    """

    def __init__(self, *args, **kw):
        kw.setdefault("keepTogetherClass", KeepWithNext)
        super().__init__(*args, **kw)

    def filterFlowables(self, flowables):
        # what is still to come (the live list): a table asks whether anything follows it on
        # the page its rest goes to (rowsplit.py)
        self.pending_flowables = flowables
        f = flowables[0]
        if type(f) is Spacer and not getattr(f, "keepWithNext", False):
            frame = getattr(self, "frame", None)
            if frame is not None and not frame._atTop and f.height > frame._y - frame._y1p + 1e-6:
                flowables[0] = None
                return
        i = 0
        while i + 1 < len(flowables) and flowables[i] is not None and flowables[i].getKeepWithNext():
            nxt = flowables[i + 1]
            if type(nxt) is Spacer:
                nxt.keepWithNext = True
            i += 1
        super().filterFlowables(flowables)
