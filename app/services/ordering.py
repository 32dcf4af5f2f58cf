"""Ordered child rows (measures, photos, departments, signers) keep a ``position`` column."""
from __future__ import annotations

from typing import Any, Sequence


def renumber(rows: Sequence[Any]) -> None:
    for i, row in enumerate(rows):
        row.position = i


def moved(rows: Sequence[Any], row: Any, new_index: int) -> list[Any]:
    """``rows`` with ``row`` moved to ``new_index`` (clamped) and positions renumbered."""
    out = [r for r in rows if r is not row]
    out.insert(max(0, min(new_index, len(out))), row)
    renumber(out)
    return out


def inserted(rows: Sequence[Any], row: Any, index: int | None = None) -> list[Any]:
    """``rows`` with ``row`` inserted at ``index`` (clamped; None: at the end), renumbered."""
    out = list(rows)
    out.insert(len(out) if index is None else max(0, min(index, len(out))), row)
    renumber(out)
    return out
