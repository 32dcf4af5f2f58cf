"""Paragraph style: sizes in "TH Sarabun points", converted to real points by the font set's scale."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors

from app.typeset.fonts import FontSet

ALIGNS = ("left", "center", "right", "justify")
# Word's single spacing for TH SarabunPSK is ~1.25 x the nominal size (16 pt -> 20 pt); since the
# font set's scale makes glyphs look the same in every font, the leading follows the nominal size.
LEADING_FACTOR = 1.25


@dataclass(frozen=True)
class ParaStyle:
    font: FontSet
    size: float = 16
    leading: float | None = None
    align: str = "justify"
    first_indent: float = 0
    left_indent: float = 0
    right_indent: float = 0
    hanging: float = 0
    space_before: float = 0
    space_after: float = 0
    bold: bool = False
    thai_digits: bool = False
    keep_with_next: bool = False
    color: Any = colors.black

    def __post_init__(self):
        if self.align not in ALIGNS:
            raise ValueError(f"align must be one of {ALIGNS}, not {self.align!r}")

    def replace(self, **kw) -> "ParaStyle":
        return dataclasses.replace(self, **kw)

    @property
    def real_size(self) -> float:
        return self.size * self.font.scale

    @property
    def real_leading(self) -> float:
        return self.leading if self.leading is not None else self.size * LEADING_FACTOR

    @property
    def baseline_drop(self) -> float:
        """Distance from the top of a line box to its baseline: Thai glyphs sit centred in the box."""
        visual = self.size * 0.68  # the same visual size in every font set
        return self.real_leading / 2 + 0.3 * visual
