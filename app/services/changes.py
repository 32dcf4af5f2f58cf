"""What a use case changed, so each view refreshes only that (after Anki's ``OpChanges``).

Every write-side service returns a ``Changes``; the UI broadcasts it and views check the
flags they care about.
"""
from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Changes:
    unit: bool = False  # unit details, departments, signers, settings
    scores: bool = False  # item/group/indicator/tool/overall scores or published level
    analysis: bool = False  # per-indicator texts and free sections
    measures: bool = False  # plan and measures
    progress: bool = False  # statuses, summaries, photos, notes
    memos: bool = False
    catalogue: bool = False

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})

    @property
    def any(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


EVERYTHING = Changes(**{f.name: True for f in fields(Changes)})
